<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="15" />
        <source>Open a batch file (batch.toml) to see its rows.</source>
        <translation>Ouvrez un fichier de lot (batch.toml) pour voir ses lignes.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="19" />
        <source>Catalog rows</source>
        <translation>Lignes du catalogue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="39" />
        <source>{0} rows, {1} ready, {2} with problems to fix.</source>
        <translation>{0} lignes, {1} prêtes, {2} avec des problèmes à corriger.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="38" />
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="39" />
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="40" />
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="41" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="42" />
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="43" />
        <source>what to do</source>
        <translation>que faire</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="44" />
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="45" />
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="48" />
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="49" />
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="65" />
        <source>Check the batch</source>
        <translation>Vérifier le lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="67" />
        <source>Offline (do not ask the wiki)</source>
        <translation>Hors ligne (sans interroger le wiki)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="69" />
        <source>Check progress</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="72" />
        <source>Checking reads every file and asks the wiki about titles, duplicates and categories, before anything is sent.</source>
        <translation>La vérification lit chaque fichier et interroge le wiki sur les titres, les doublons et les catégories, avant tout envoi.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="78" />
        <source>Filter the problems…</source>
        <translation>Filtrer les problèmes…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="79" />
        <source>Filter the problems</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="80" />
        <source>Export the problems…</source>
        <translation>Exporter les problèmes…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="92" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="138" />
        <source>{0} rows: {1} ready to upload, {2} blocked by an error.</source>
        <translation>{0} lignes : {1} prêtes à téléverser, {2} bloquées par une erreur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="147" />
        <source>The check could not run: {0}</source>
        <translation>La vérification n'a pas pu se faire : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="160" />
        <source>Export the problems</source>
        <translation>Exporter les problèmes</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="46" />
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="47" />
        <location filename="../../glamdonor/gui/impact_page.py" line="185" />
        <source>files used</source>
        <translation>fichiers utilisés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="48" />
        <source>share of files used</source>
        <translation>part des fichiers utilisés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="49" />
        <location filename="../../glamdonor/gui/impact_page.py" line="179" />
        <location filename="../../glamdonor/gui/impact_page.py" line="186" />
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="50" />
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="51" />
        <source>wikis</source>
        <translation>wikis</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="52" />
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="53" />
        <location filename="../../glamdonor/gui/impact_page.py" line="158" />
        <source>page-context views</source>
        <translation>vues des pages qui montrent les fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="54" />
        <location filename="../../glamdonor/gui/impact_page.py" line="158" />
        <source>media requests</source>
        <translation>demandes des fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="55" />
        <source>new usages</source>
        <translation>nouvelles utilisations</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="56" />
        <source>lost usages</source>
        <translation>utilisations perdues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="57" />
        <source>usage</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="58" />
        <source>page views</source>
        <translation>vues des pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="59" />
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="72" />
        <source>Refreshing stopped: {0}</source>
        <translation>La mise à jour s'est arrêtée : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="75" />
        <source>Refresh the figures</source>
        <translation>Mettre à jour les chiffres</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="80" />
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="81" />
        <source>Export the report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="86" />
        <source>Which pages show the uploaded files, and how often they are seen: take a new snapshot every month.</source>
        <translation>Quelles pages montrent les fichiers téléversés, et combien elles sont vues : prenez un nouvel instantané chaque mois.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="92" />
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="92" />
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="93" />
        <source>Impact figures</source>
        <translation>Chiffres de l'impact</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="97" />
        <source>Impact tables</source>
        <translation>Tableaux de l'impact</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="99" />
        <source>Views and requests per month</source>
        <translation>Vues et demandes par mois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="102" />
        <location filename="../../glamdonor/gui/impact_page.py" line="116" />
        <source>Languages reached</source>
        <translation>Langues atteintes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="104" />
        <location filename="../../glamdonor/gui/impact_page.py" line="115" />
        <source>Usage over time</source>
        <translation>Utilisation au fil du temps</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="113" />
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="114" />
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="117" />
        <source>Pages, files and languages</source>
        <translation>Pages, fichiers et langues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="138" />
        <source>{0}: {1}/{2}</source>
        <translation>{0} : {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="142" />
        <source>{0} files on the wiki, {1} shown on articles, {2} pages in all.</source>
        <translation>{0} fichiers sur le wiki, {1} montrés dans des articles, {2} pages en tout.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="227" />
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="26" />
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="27" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="28" />
        <source>Title on the wiki</source>
        <translation>Titre sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="29" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="30" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="33" />
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="34" />
        <source>hashed</source>
        <translation>empreinte calculée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="35" />
        <source>checked</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="36" />
        <source>uploading</source>
        <translation>en cours d'envoi</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="37" />
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="38" />
        <source>data written</source>
        <translation>données écrites</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="39" />
        <source>verified</source>
        <translation>vérifié sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="40" />
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="41" />
        <source>failed</source>
        <translation>non téléversé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="42" />
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="43" />
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="44" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="45" />
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="46" />
        <source>Upload</source>
        <translation>Téléversement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="47" />
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="88" />
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="123" />
        <source>&amp;Batch</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="124" />
        <source>&amp;New from a spreadsheet…</source>
        <translation>&amp;Nouveau à partir d'un tableur…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="128" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="132" />
        <source>Open &amp;recent</source>
        <translation>Ouvrir un lot &amp;récent</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="148" />
        <source>Open batch</source>
        <translation>Ouvrir un lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="148" />
        <source>Batch files (*.toml)</source>
        <translation>Fichiers de lot (*.toml)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="155" />
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="162" />
        <source>New batch from a spreadsheet</source>
        <translation>Nouveau lot à partir d'un tableur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="164" />
        <source>Spreadsheets (*.csv *.tsv *.xlsx *.xls *.ods)</source>
        <translation>Tableurs (*.csv *.tsv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="199" />
        <source>This batch's mapping does not fit its catalog yet: {0}</source>
        <translation>La correspondance de ce lot ne convient pas encore à son catalogue : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="216" />
        <source>This batch cannot be opened: {0}</source>
        <translation>Ce lot ne peut pas être ouvert : {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="41" />
        <source>a column</source>
        <translation>une colonne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="42" />
        <source>a fixed value</source>
        <translation>une valeur fixe</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="43" />
        <source>a pattern</source>
        <translation>un modèle</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="60" />
        <source>The wiki could not draw the page: {0}</source>
        <translation>Le wiki n'a pas pu dessiner la page : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="66" />
        <source>Preset</source>
        <translation>Modèle prédéfini</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="67" />
        <source>Suggest from the catalog's headers</source>
        <translation>Proposer d'après les en-têtes du catalogue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="69" />
        <source>Save and preview</source>
        <translation>Enregistrer et prévisualiser</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="74" />
        <source>Part of the page</source>
        <translation>Partie de la page</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="75" />
        <source>Comes from</source>
        <translation>Vient de</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="76" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="77" />
        <source>Transforms</source>
        <translation>Transformations</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="80" />
        <source>Mapping fields</source>
        <translation>Champs de la correspondance</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="85" />
        <source>Select a row in the Catalog step to see its page.</source>
        <translation>Choisissez une ligne dans l'étape Catalogue pour voir sa page.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="87" />
        <source>Preview of the selected row</source>
        <translation>Aperçu de la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="90" />
        <source>The page, drawn</source>
        <translation>La page, dessinée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="91" />
        <source>Draw it as the wiki does</source>
        <translation>La dessiner comme le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="95" />
        <source>The selected row's file</source>
        <translation>Le fichier de la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="97" />
        <source>Preset:</source>
        <translation>Modèle prédéfini :</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="114" />
        <source>The page</source>
        <translation>La page</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="115" />
        <source>Its text and data</source>
        <translation>Son texte et ses données</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="130" />
        <source>Mapping file: {0}</source>
        <translation>Fichier de correspondance : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="145" />
        <source>title (of the file)</source>
        <translation>titre (du fichier)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="152" />
        <source>Where {0} comes from</source>
        <translation>D'où vient {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="158" />
        <source>Source of {0}</source>
        <translation>Source de {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="163" />
        <source>(as written in the file)</source>
        <translation>(tel qu'écrit dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="177" />
        <source>Suggested from the “{0}” preset: {1} columns matched; not found: {2}. Check the sources, then save.</source>
        <translation>Proposé d'après le modèle « {0} » : {1} colonnes reconnues ; introuvables : {2}. Vérifiez les sources, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="213" />
        <source>Saved {0}; the preview follows.</source>
        <translation>{0} enregistré ; l'aperçu suit.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="234" />
        <source>Drawn by glamdonor, without the wiki.</source>
        <translation>Dessinée par glamdonor, sans le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="244" />
        <source>No picture of this file to show.</source>
        <translation>Aucune image de ce fichier à montrer.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="61" />
        <source>New batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="67" />
        <location filename="../../glamdonor/gui/new_batch.py" line="89" />
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="70" />
        <location filename="../../glamdonor/gui/new_batch.py" line="90" />
        <source>Header row</source>
        <translation>Ligne des en-têtes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="72" />
        <location filename="../../glamdonor/gui/new_batch.py" line="91" />
        <location filename="../../glamdonor/gui/new_batch.py" line="103" />
        <source>Media folder</source>
        <translation>Dossier des médias</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="73" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="77" />
        <location filename="../../glamdonor/gui/new_batch.py" line="92" />
        <source>Preset</source>
        <translation>Modèle prédéfini</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="80" />
        <location filename="../../glamdonor/gui/new_batch.py" line="93" />
        <source>Partner profile</source>
        <translation>Profil du partenaire</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="81" />
        <source>a partner profile (.toml), used by every batch</source>
        <translation>un profil de partenaire (.toml), utilisé par chaque lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="88" />
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="16" />
        <source>Institution's name</source>
        <translation>Nom de l'institution</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="17" />
        <source>Its Wikidata item (Q…)</source>
        <translation>Son élément Wikidata (Q…)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="18" />
        <source>Institution template</source>
        <translation>Modèle Institution</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="19" />
        <source>Credit line</source>
        <translation>Mention de crédit</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="20" />
        <source>Partnership template</source>
        <translation>Modèle de partenariat</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="21" />
        <source>Category of its media</source>
        <translation>Catégorie de ses médias</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="22" />
        <source>Category of each batch</source>
        <translation>Catégorie de chaque lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="23" />
        <source>Tracking category</source>
        <translation>Catégorie de suivi</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="24" />
        <source>Edit summary</source>
        <translation>Résumé de modification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="35" />
        <location filename="../../glamdonor/gui/partner_page.py" line="62" />
        <source>This batch names no partner profile.</source>
        <translation>Ce lot ne nomme aucun profil de partenaire.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="44" />
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="68" />
        <source>Profile {0}: every batch that names it credits the institution so.</source>
        <translation>Profil {0} : chaque lot qui le nomme crédite ainsi l'institution.</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="57" />
        <source>Make a BotPassword on the wiki: log in there, open Special:BotPasswords, give it a name (for example “glamdonor”) and the rights “High-volume editing”, “Edit existing pages”, “Create, edit, and move pages” and “Upload new files”. The wiki then shows a login name such as “YourName@glamdonor” and a password: enter both here. The password is kept in this computer's keyring, never in a file.</source>
        <translation>Créez un mot de passe de robot sur le wiki : connectez-vous, ouvrez Special:BotPasswords, donnez-lui un nom (par exemple « glamdonor ») et les droits « Modification à haut volume », « Modifier des pages existantes », « Créer, modifier et renommer des pages » et « Importer de nouveaux fichiers ». Le wiki affiche alors un identifiant comme « VotreNom@glamdonor » et un mot de passe : saisissez-les ici. Le mot de passe est gardé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="67" />
        <source>BotPassword login name</source>
        <translation>Identifiant du mot de passe de robot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="70" />
        <source>BotPassword password</source>
        <translation>Mot de passe de robot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="74" />
        <source>Login name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="75" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="78" />
        <source>Rows in the pilot</source>
        <translation>Lignes du lot pilote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="79" />
        <source>no pilot: every row</source>
        <translation>pas de pilote : toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="80" />
        <source>Start uploading</source>
        <translation>Commencer le téléversement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="81" />
        <location filename="../../glamdonor/gui/upload_page.py" line="154" />
        <location filename="../../glamdonor/gui/upload_page.py" line="193" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="82" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="89" />
        <source>Upload progress</source>
        <translation>Avancement du téléversement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="92" />
        <source>Every ready row is sent once; a stopped upload goes on where it stopped.</source>
        <translation>Chaque ligne prête est envoyée une seule fois ; un téléversement interrompu reprend là où il s'est arrêté.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="96" />
        <source>Pilot: upload first</source>
        <translation>Pilote : téléverser d'abord</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="98" />
        <source>rows drawn at random, to review on the wiki</source>
        <translation>lignes tirées au hasard, à relire sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="126" />
        <source>Connecting to the wiki…</source>
        <translation>Connexion au wiki…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="157" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="158" />
        <source>Paused after the file under way.</source>
        <translation>En pause après le fichier en cours.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="166" />
        <source>Uploading to {0} as {1}…</source>
        <translation>Téléversement vers {0} en tant que {1}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="177" />
        <source>{0} uploaded, {1} already there, {2} skipped, {3} not uploaded.</source>
        <translation>{0} téléversés, {1} déjà présents, {2} ignorés, {3} non téléversés.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="180" />
        <source> Stopped: start again to go on.</source>
        <translation> Arrêté : relancez pour continuer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="188" />
        <source>The upload stopped: {0}</source>
        <translation>Le téléversement s'est arrêté : {0}</translation>
    </message>
</context>
</TS>
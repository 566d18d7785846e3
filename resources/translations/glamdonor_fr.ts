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
    <name>Figures</name>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="18" />
        <source>Files of the scope found on the wiki at the latest snapshot.</source>
        <translation>Fichiers du périmètre trouvés sur le wiki au dernier instantané.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="22" />
        <source>Files shown on at least one article (main namespace) of any wiki, and their share of the files.</source>
        <translation>Fichiers montrés dans au moins un article (espace principal) d'un wiki, et leur part des fichiers.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="27" />
        <source>Distinct pages, on any wiki and in any namespace, that show at least one file.</source>
        <translation>Pages distinctes, sur tout wiki et dans tout espace, qui montrent au moins un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="31" />
        <source>Distinct articles (main namespace) that show at least one file.</source>
        <translation>Articles distincts (espace principal) qui montrent au moins un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="35" />
        <source>Distinct wikis with at least one page showing a file.</source>
        <translation>Wikis distincts ayant au moins une page qui montre un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="39" />
        <source>Distinct languages of those wikis (fr.wikipedia.org and fr.wikisource.org are both French); multilingual wikis (Commons, Wikidata) are not counted.</source>
        <translation>Langues distinctes de ces wikis (fr.wikipedia.org et fr.wikisource.org sont tous deux en français) ; les wikis multilingues (Commons, Wikidata) ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="44" />
        <source>Views by people (not bots) of the articles that show the files at the latest snapshot, per month over the period; each article counted once however many files it shows. These are views of pages, not people who saw the files.</source>
        <translation>Vues par des personnes (pas des robots) des articles qui montrent les fichiers au dernier instantané, par mois sur la période ; chaque article compte une fois, quel que soit le nombre de fichiers qu'il montre. Ce sont des vues de pages, pas des personnes qui ont vu les fichiers.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="50" />
        <source>Requests by people of the files themselves (originals and thumbnails, from any site), per month over the period.</source>
        <translation>Demandes par des personnes des fichiers eux-mêmes (originaux et vignettes, depuis tout site), par mois sur la période.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="55" />
        <source>Of the files uploaded at least N days before a snapshot, the share shown on an article in the first snapshot taken N days or more after their upload.</source>
        <translation>Parmi les fichiers téléversés au moins N jours avant un instantané, la part montrée dans un article au premier instantané pris N jours ou plus après leur téléversement.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="60" />
        <source>Pages showing a file at the latest snapshot and not at the one before, and the other way round.</source>
        <translation>Pages qui montrent un fichier au dernier instantané et pas au précédent, et l'inverse.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="65" />
        <source>At each snapshot: the files shown on at least one article, and the pages showing at least one file.</source>
        <translation>À chaque instantané : les fichiers montrés dans au moins un article, et les pages qui montrent au moins un fichier.</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="63" />
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="64" />
        <location filename="../../glamdonor/gui/impact_page.py" line="202" />
        <source>files used</source>
        <translation>fichiers utilisés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="65" />
        <source>share of files used</source>
        <translation>part des fichiers utilisés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="66" />
        <location filename="../../glamdonor/gui/impact_page.py" line="196" />
        <location filename="../../glamdonor/gui/impact_page.py" line="203" />
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="67" />
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="68" />
        <source>wikis</source>
        <translation>wikis</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="69" />
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="70" />
        <location filename="../../glamdonor/gui/impact_page.py" line="175" />
        <source>page-context views</source>
        <translation>vues des pages qui montrent les fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="71" />
        <location filename="../../glamdonor/gui/impact_page.py" line="175" />
        <source>media requests</source>
        <translation>demandes des fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="72" />
        <source>new usages</source>
        <translation>nouvelles utilisations</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="73" />
        <source>lost usages</source>
        <translation>utilisations perdues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="74" />
        <source>usage</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="75" />
        <source>page views</source>
        <translation>vues des pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="76" />
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="89" />
        <source>Refreshing stopped: {0}</source>
        <translation>La mise à jour s'est arrêtée : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="92" />
        <source>Refresh the figures</source>
        <translation>Mettre à jour les chiffres</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="97" />
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="98" />
        <source>Export the report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="103" />
        <source>Which pages show the uploaded files, and how often they are seen: take a new snapshot every month.</source>
        <translation>Quelles pages montrent les fichiers téléversés, et combien elles sont vues : prenez un nouvel instantané chaque mois.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="109" />
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="109" />
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="110" />
        <source>Impact figures</source>
        <translation>Chiffres de l'impact</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="114" />
        <source>Impact tables</source>
        <translation>Tableaux de l'impact</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="116" />
        <source>Views and requests per month</source>
        <translation>Vues et demandes par mois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="119" />
        <location filename="../../glamdonor/gui/impact_page.py" line="133" />
        <source>Languages reached</source>
        <translation>Langues atteintes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="51" />
        <location filename="../../glamdonor/gui/impact_page.py" line="121" />
        <location filename="../../glamdonor/gui/impact_page.py" line="132" />
        <source>Usage over time</source>
        <translation>Utilisation au fil du temps</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="46" />
        <source>Top pages</source>
        <translation>Pages les plus vues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="47" />
        <source>Top files</source>
        <translation>Fichiers les plus vus</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="48" />
        <source>Wikis</source>
        <translation>Wikis</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="49" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="50" />
        <source>In use after</source>
        <translation>Utilisés après</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="52" />
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="53" />
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="54" />
        <source>views</source>
        <translation>vues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="55" />
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="56" />
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="57" />
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="58" />
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="59" />
        <source>files counted</source>
        <translation>fichiers comptés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="60" />
        <source>snapshot</source>
        <translation>instantané</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="130" />
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="131" />
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="134" />
        <source>Pages, files and languages</source>
        <translation>Pages, fichiers et langues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="155" />
        <source>{0}: {1}/{2}</source>
        <translation>{0} : {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="159" />
        <source>{0} files on the wiki, {1} shown on articles, {2} pages in all.</source>
        <translation>{0} fichiers sur le wiki, {1} montrés dans des articles, {2} pages en tout.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="244" />
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="27" />
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="28" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="29" />
        <source>Title on the wiki</source>
        <translation>Titre sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="30" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="31" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="34" />
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="35" />
        <source>hashed</source>
        <translation>empreinte calculée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="36" />
        <source>checked</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="37" />
        <source>uploading</source>
        <translation>en cours d'envoi</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="38" />
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="39" />
        <source>data written</source>
        <translation>données écrites</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="40" />
        <source>verified</source>
        <translation>vérifié sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="41" />
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="42" />
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
    <name>Problems</name>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="13" />
        <source>This file is already on the wiki under this title.</source>
        <translation>Ce fichier est déjà sur le wiki sous ce titre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="14" />
        <source>Nothing to do: the upload skips it.</source>
        <translation>Rien à faire : le téléversement le saute.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="17" />
        <source>A category of this page does not exist on the wiki.</source>
        <translation>Une catégorie de cette page n'existe pas sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="18" />
        <source>Check the category's spelling, or create it on the wiki first.</source>
        <translation>Vérifiez l'orthographe de la catégorie, ou créez-la d'abord sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="23" />
        <source>The catalog's date and the camera's date differ.</source>
        <translation>La date du catalogue et celle de l'appareil photo diffèrent.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="24" />
        <source>Check which date is right.</source>
        <translation>Vérifiez quelle date est la bonne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="27" />
        <source>A date in this row cannot be read.</source>
        <translation>Une date de cette ligne est illisible.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="28" />
        <source>Write it as 1898, 1898-05-01, circa 1905, 1910-1912 or 1890s.</source>
        <translation>Écrivez-la 1898, 1898-05-01, circa 1905, 1910-1912 ou 1890s.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="33" />
        <source>A field Commons expects on every page is empty.</source>
        <translation>Un champ que Commons attend sur chaque page est vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="34" />
        <source>Fill it in the catalog, or map a column or a value to it.</source>
        <translation>Remplissez-le dans le catalogue, ou associez-lui une colonne ou une valeur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="37" />
        <source>This file has the same content as the file of another row.</source>
        <translation>Ce fichier a le même contenu que celui d'une autre ligne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="38" />
        <source>Remove one of the two rows, or point it at the file it should have.</source>
        <translation>Retirez l'une des deux lignes, ou indiquez-lui le bon fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="43" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="44" />
        <source>Export or copy the file again.</source>
        <translation>Exportez ou copiez de nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="47" />
        <source>This file is a web page, not media.</source>
        <translation>Ce fichier est une page web, pas un média.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="48" />
        <source>Download or export the file again and check that it opens.</source>
        <translation>Téléchargez ou exportez de nouveau le fichier et vérifiez qu'il s'ouvre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="51" />
        <source>The file named in this row is not in the media folder.</source>
        <translation>Le fichier nommé dans cette ligne n'est pas dans le dossier des médias.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="52" />
        <source>Check the file's name in the catalog (names must match exactly), or add the file to the folder.</source>
        <translation>Vérifiez le nom du fichier dans le catalogue (il doit correspondre exactement), ou ajoutez le fichier au dossier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="59" />
        <source>The file's name has no extension.</source>
        <translation>Le nom du fichier n'a pas d'extension.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="60" />
        <source>Name the file with the extension of its type.</source>
        <translation>Donnez au fichier l'extension de son type.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="63" />
        <source>This row names no media file.</source>
        <translation>Cette ligne ne nomme aucun fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="64" />
        <source>Fill the file column.</source>
        <translation>Remplissez la colonne du fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="67" />
        <location filename="../../glamdonor/gui/problems.py" line="192" />
        <source>The same file is already on the wiki under another title.</source>
        <translation>Le même fichier est déjà sur le wiki sous un autre titre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="68" />
        <location filename="../../glamdonor/gui/problems.py" line="193" />
        <source>Leave this row out, or use the file that is there.</source>
        <translation>Laissez cette ligne de côté, ou utilisez le fichier qui s'y trouve.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="71" />
        <source>The file named lies outside the batch's media folder.</source>
        <translation>Le fichier nommé est hors du dossier des médias du lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="72" />
        <source>Copy the file into the media folder and name it relative to that folder.</source>
        <translation>Copiez le fichier dans le dossier des médias et nommez-le par rapport à ce dossier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="77" />
        <source>The file is larger than Commons accepts (5 GiB).</source>
        <translation>Le fichier dépasse ce que Commons accepte (5 Gio).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="78" />
        <source>Make a smaller version (lower resolution or better compression).</source>
        <translation>Faites-en une version plus petite (résolution plus basse ou meilleure compression).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="83" />
        <source>The file's content does not match its extension.</source>
        <translation>Le contenu du fichier ne correspond pas à son extension.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="84" />
        <source>Give the file the extension of its type, in the folder and in the catalog.</source>
        <translation>Donnez au fichier l'extension de son type, dans le dossier et dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="89" />
        <source>The wiki does not accept files of this type.</source>
        <translation>Le wiki n'accepte pas les fichiers de ce type.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="90" />
        <source>Convert the file to a type the wiki accepts.</source>
        <translation>Convertissez le fichier dans un type que le wiki accepte.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="93" />
        <source>glamdonor may not read this file.</source>
        <translation>glamdonor n'a pas le droit de lire ce fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="94" />
        <source>Check the file's permissions (it must be readable by you) and check again.</source>
        <translation>Vérifiez les droits du fichier (vous devez pouvoir le lire) et vérifiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="99" />
        <source>The file was there when the batch was read, but not when it was checked.</source>
        <translation>Le fichier était là à la lecture du lot, mais plus lors de la vérification.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="102" />
        <source>Put the file back in the media folder and check again.</source>
        <translation>Remettez le fichier dans le dossier des médias et vérifiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="105" />
        <source>The file carries a GPS position, which will be public on Commons.</source>
        <translation>Le fichier contient une position GPS, qui sera publique sur Commons.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="108" />
        <source>If the place is private, remove the position from the file's EXIF data.</source>
        <translation>Si le lieu est privé, retirez la position des données EXIF du fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="113" />
        <source>The image is damaged or incomplete.</source>
        <translation>L'image est abîmée ou incomplète.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="114" />
        <source>Export or copy the file again from the original and check that it opens.</source>
        <translation>Exportez ou copiez de nouveau le fichier depuis l'original et vérifiez qu'il s'ouvre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="119" />
        <source>The license cell is not a license template name.</source>
        <translation>La cellule de licence n'est pas un nom de modèle de licence.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="120" />
        <source>Write a license template such as cc-by-4.0 or PD-old-100-expired.</source>
        <translation>Écrivez un modèle de licence comme cc-by-4.0 ou PD-old-100-expired.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="125" />
        <source>This row has no license; Commons deletes files without one.</source>
        <translation>Cette ligne n'a pas de licence ; Commons supprime les fichiers qui n'en ont pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="128" />
        <source>Fill the license column or give the mapping a license value.</source>
        <translation>Remplissez la colonne de licence ou donnez une licence dans la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="133" />
        <source>glamdonor does not know this license.</source>
        <translation>glamdonor ne connaît pas cette licence.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="134" />
        <source>If it is a license template on Commons, add it to the mapping's license lookup.</source>
        <translation>Si c'est un modèle de licence de Commons, ajoutez-le à la table des licences de la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="140" />
        <source>A value of this row is not in the mapping's lookup table.</source>
        <translation>Une valeur de cette ligne n'est pas dans la table de correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="141" />
        <source>Add it to the lookup table of the mapping, or correct the cell.</source>
        <translation>Ajoutez-la à la table de la correspondance, ou corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="146" />
        <source>A template the page uses does not exist on the wiki.</source>
        <translation>Un modèle utilisé par la page n'existe pas sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="147" />
        <source>The page would show a red link: check the template's name in the mapping.</source>
        <translation>La page afficherait un lien rouge : vérifiez le nom du modèle dans la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="152" />
        <source>A page the page refers to (Institution, Creator) does not exist on the wiki.</source>
        <translation>Une page à laquelle la page renvoie (Institution, Creator) n'existe pas sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="156" />
        <source>Create the page on the wiki, or check its name in the partner profile or lookup.</source>
        <translation>Créez la page sur le wiki, ou vérifiez son nom dans le profil du partenaire ou la table.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="162" />
        <source>The wiki refuses this title.</source>
        <translation>Le wiki refuse ce titre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="163" />
        <source>Choose a title that describes the subject.</source>
        <translation>Choisissez un titre qui décrit le sujet.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="166" />
        <source>The title starts like a camera's file name, which Commons refuses.</source>
        <translation>Le titre commence comme un nom de fichier d'appareil photo, ce que Commons refuse.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="169" />
        <source>Describe the subject in the title instead.</source>
        <translation>Décrivez plutôt le sujet dans le titre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="172" />
        <source>Another row would get the same title on the wiki.</source>
        <translation>Une autre ligne aurait le même titre sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="173" />
        <source>Change the title columns so that every title is unique.</source>
        <translation>Modifiez les colonnes du titre pour que chaque titre soit unique.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="176" />
        <source>This row would get an empty title.</source>
        <translation>Cette ligne aurait un titre vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="177" />
        <source>Fill the columns the title is made of.</source>
        <translation>Remplissez les colonnes dont le titre est fait.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="180" />
        <source>A different file already has this title on the wiki.</source>
        <translation>Un autre fichier porte déjà ce titre sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="181" />
        <source>Change the title columns of this row so that the title is unique.</source>
        <translation>Modifiez les colonnes du titre de cette ligne pour qu'il soit unique.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="186" />
        <source>A Wikidata identifier of this row is not written as Q followed by digits.</source>
        <translation>Un identifiant Wikidata de cette ligne n'est pas écrit Q suivi de chiffres.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="189" />
        <source>Write it like Q12345.</source>
        <translation>Écrivez-le comme Q12345.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="196" />
        <source>A file with this title was deleted from the wiki before.</source>
        <translation>Un fichier portant ce titre a déjà été supprimé du wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="197" />
        <source>Check the title's deletion log on the wiki, then change the title or ask an administrator.</source>
        <translation>Consultez le journal des suppressions du titre, puis changez le titre ou demandez à un administrateur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="204" />
        <source>The same file was on the wiki before and was deleted.</source>
        <translation>Le même fichier était sur le wiki et a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="205" />
        <source>Check the deletion log; upload it only if the reason no longer holds.</source>
        <translation>Consultez le journal des suppressions ; ne le téléversez que si la raison ne vaut plus.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="210" />
        <source>The wiki's reply was lost, and the file is not there.</source>
        <translation>La réponse du wiki s'est perdue, et le fichier n'y est pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="211" />
        <source>Upload the batch again: this row is tried again.</source>
        <translation>Relancez le téléversement : cette ligne sera réessayée.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="214" />
        <source>Sending took longer than the time allowed for this file.</source>
        <translation>L'envoi a pris plus que le temps permis pour ce fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="215" />
        <source>Upload the batch again: this file goes on from where the wiki got to.</source>
        <translation>Relancez le téléversement : ce fichier reprend là où le wiki en était.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="220" />
        <source>The file is on the wiki, but its captions and statements were refused.</source>
        <translation>Le fichier est sur le wiki, mais ses légendes et déclarations ont été refusées.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="223" />
        <source>Fix the structured data columns of this row, then upload again: the file is not sent again.</source>
        <translation>Corrigez les colonnes de données structurées de cette ligne, puis relancez : le fichier n'est pas renvoyé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="230" />
        <source>The file is on the wiki, but whether its captions and statements arrived could not be told.</source>
        <translation>Le fichier est sur le wiki, mais on ne sait pas si ses légendes et déclarations sont arrivées.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="235" />
        <source>Upload the batch again: the wiki is asked whether they arrived.</source>
        <translation>Relancez le téléversement : le wiki sera interrogé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="240" />
        <source>The file arrived, but its page does not read as sent.</source>
        <translation>Le fichier est arrivé, mais sa page ne correspond pas à ce qui a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="241" />
        <source>Look at the page on the wiki.</source>
        <translation>Regardez la page sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="245" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="246" />
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="56" />
        <source>Make a BotPassword on the wiki: log in there, open Special:BotPasswords, give it a name (for example “glamdonor”) and the rights “High-volume editing”, “Edit existing pages”, “Create, edit, and move pages” and “Upload new files”. The wiki then shows a login name such as “YourName@glamdonor” and a password: enter both here. The password is kept in this computer's keyring, never in a file.</source>
        <translation>Créez un mot de passe de robot sur le wiki : connectez-vous, ouvrez Special:BotPasswords, donnez-lui un nom (par exemple « glamdonor ») et les droits « Modification à haut volume », « Modifier des pages existantes », « Créer, modifier et renommer des pages » et « Importer de nouveaux fichiers ». Le wiki affiche alors un identifiant comme « VotreNom@glamdonor » et un mot de passe : saisissez-les ici. Le mot de passe est gardé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="66" />
        <source>BotPassword login name</source>
        <translation>Identifiant du mot de passe de robot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="69" />
        <source>BotPassword password</source>
        <translation>Mot de passe de robot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="73" />
        <source>Login name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="74" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="77" />
        <source>Rows in the pilot</source>
        <translation>Lignes du lot pilote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="78" />
        <source>no pilot: every row</source>
        <translation>pas de pilote : toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="79" />
        <source>Start uploading</source>
        <translation>Commencer le téléversement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="80" />
        <location filename="../../glamdonor/gui/upload_page.py" line="153" />
        <location filename="../../glamdonor/gui/upload_page.py" line="215" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="81" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="88" />
        <source>Upload progress</source>
        <translation>Avancement du téléversement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="91" />
        <source>Every ready row is sent once; a stopped upload goes on where it stopped.</source>
        <translation>Chaque ligne prête est envoyée une seule fois ; un téléversement interrompu reprend là où il s'est arrêté.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="95" />
        <source>Pilot: upload first</source>
        <translation>Pilote : téléverser d'abord</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="97" />
        <source>rows drawn at random, to review on the wiki</source>
        <translation>lignes tirées au hasard, à relire sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="125" />
        <source>Connecting to the wiki…</source>
        <translation>Connexion au wiki…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="156" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="157" />
        <source>Paused after the file under way.</source>
        <translation>En pause après le fichier en cours.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="165" />
        <source>Uploading to {0} as {1}…</source>
        <translation>Téléversement vers {0} en tant que {1}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="176" />
        <source>{0} uploaded, {1} already there, {2} skipped, {3} not uploaded.</source>
        <translation>{0} téléversés, {1} déjà présents, {2} ignorés, {3} non téléversés.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="179" />
        <source> Stopped: start again to go on.</source>
        <translation> Arrêté : relancez pour continuer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="189" />
        <source>{0}/{1} files, {2} of {3}, {4}/s</source>
        <translation>{0}/{1} fichiers, {2} sur {3}, {4}/s</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="197" />
        <source>, about {0} left</source>
        <translation>, encore {0} environ</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="203" />
        <source>row {0}: already there: {1}</source>
        <translation>ligne {0} : déjà présent : {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="204" />
        <source>row {0}: uploaded: {1}</source>
        <translation>ligne {0} : téléversé : {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="206" />
        <source>row {0}: skipped: {1}</source>
        <translation>ligne {0} : ignoré : {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="207" />
        <source>row {0}: not uploaded: {1}</source>
        <translation>ligne {0} : non téléversé : {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="210" />
        <source>The upload stopped: {0}</source>
        <translation>Le téléversement s'est arrêté : {0}</translation>
    </message>
</context>
</TS>
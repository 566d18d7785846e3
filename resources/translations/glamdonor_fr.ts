<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="41"/>
        <source>the catalog file does not exist.</source>
        <translation>le fichier du catalogue n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="41"/>
        <source>Check the catalog&apos;s path.</source>
        <translation>Vérifiez le chemin du catalogue.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="45"/>
        <source>the header row must be 1 or more.</source>
        <translation>la ligne d&apos;en-tête doit être 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="52"/>
        <source>glamdonor cannot read “{suffix}” catalogs.</source>
        <translation>glamdonor ne sait pas lire les catalogues « {suffix} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="53"/>
        <source>Save the sheet as XLSX, ODS or CSV from your spreadsheet program.</source>
        <translation>Enregistrez la feuille en XLSX, ODS ou CSV depuis votre tableur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="109"/>
        <source>row {header_row} should hold the column names, but it is empty.</source>
        <translation>la ligne {header_row} devrait porter les noms des colonnes, mais elle est vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="110"/>
        <source>Point glamdonor at the header row (--header-row), or add column names.</source>
        <translation>Indiquez à glamdonor la ligne d&apos;en-tête (--header-row), ou ajoutez des noms de colonnes.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="129"/>
        <source>Name every column in the header row, or remove the stray cells.</source>
        <translation>Nommez chaque colonne dans la ligne d&apos;en-tête, ou supprimez les cellules isolées.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="145"/>
        <source>the catalog has a header but no rows.</source>
        <translation>le catalogue a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="146"/>
        <source>Add one row per media file below the header.</source>
        <translation>Ajoutez une ligne par fichier média sous l&apos;en-tête.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="161"/>
        <source>column {position} has no name in the header row.</source>
        <translation>la colonne {position} n&apos;a pas de nom dans la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="162"/>
        <source>Give every column a name in the header row.</source>
        <translation>Donnez un nom à chaque colonne dans la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="169"/>
        <source>two columns are both called “{name}”.</source>
        <translation>deux colonnes s&apos;appellent toutes deux « {name} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="170"/>
        <source>Rename one of them so every column name is unique.</source>
        <translation>Renommez l&apos;une d&apos;elles pour que chaque nom de colonne soit unique.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="188"/>
        <location filename="../../glamdonor/catalog/read.py" line="242"/>
        <source>the catalog file is empty.</source>
        <translation>le fichier du catalogue est vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="188"/>
        <location filename="../../glamdonor/catalog/read.py" line="242"/>
        <source>Export the catalog again.</source>
        <translation>Exportez à nouveau le catalogue.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="197"/>
        <source>“{candidate}” is not an encoding glamdonor knows.</source>
        <translation>« {candidate} » n&apos;est pas un encodage que glamdonor connaît.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="198"/>
        <source>Name one such as utf-8, utf-16 or cp1252.</source>
        <translation>Indiquez-en un comme utf-8, utf-16 ou cp1252.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="205"/>
        <source>the file is not in {encoding} (byte {start} does not fit).</source>
        <translation>le fichier n&apos;est pas en {encoding} (l&apos;octet {start} ne convient pas).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="206"/>
        <source>Leave out --encoding to let glamdonor find out, or name another.</source>
        <translation>Retirez --encoding pour laisser glamdonor le trouver, ou indiquez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="213"/>
        <source>the catalog is in no text encoding glamdonor recognises.</source>
        <translation>le catalogue n&apos;est dans aucun encodage de texte que glamdonor reconnaisse.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="214"/>
        <source>Save it again as “CSV UTF-8” from your spreadsheet program.</source>
        <translation>Enregistrez-le à nouveau en « CSV UTF-8 » depuis votre tableur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="235"/>
        <source>this row has more cells than the first row has columns.</source>
        <translation>cette ligne a plus de cellules que la première ligne n&apos;a de colonnes.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="236"/>
        <source>Name every column in the header row, or check the quotes in this row.</source>
        <translation>Nommez chaque colonne dans la ligne d&apos;en-tête, ou vérifiez les guillemets de cette ligne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="323"/>
        <source>the workbook is protected by a password.</source>
        <translation>le classeur est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="324"/>
        <source>Save an unprotected copy for glamdonor.</source>
        <translation>Enregistrez une copie non protégée pour glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="310"/>
        <source>this file cannot be read as a {kind} workbook ({error}).</source>
        <translation>ce fichier ne peut pas être lu comme un classeur {kind} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="121"/>
        <source>a cell lies in column {letter}, which has no name in row {header_row}, the header row.</source>
        <translation>une cellule se trouve dans la colonne {letter}, qui n’a pas de nom dans la ligne {header_row}, la ligne d’en-tête.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="125"/>
        <source>Row {likely} looks like the column names: give --header-row {likely} (in a batch file: header_row = {likely} in its catalog line).</source>
        <translation>La ligne {likely} ressemble aux noms des colonnes : donnez --header-row {likely} (dans un fichier de lot : header_row = {likely} dans sa ligne catalog).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="311"/>
        <source>Open it in your spreadsheet program and save it again.</source>
        <translation>Ouvrez-le dans votre tableur et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="340"/>
        <source>the workbook has {count} sheet(s), not {position}.</source>
        <translation>le classeur a {count} feuille(s), pas {position}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="341"/>
        <location filename="../../glamdonor/catalog/read.py" line="353"/>
        <source>Its sheets are: {sheets}.</source>
        <translation>Ses feuilles sont : {sheets}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="352"/>
        <source>the workbook has no sheet called “{sheet}”.</source>
        <translation>le classeur n&apos;a pas de feuille nommée « {sheet} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="21"/>
        <source>glamdonor writes sheets as .csv or .xlsx, not “{suffix}”.</source>
        <translation>glamdonor écrit les feuilles en .csv ou .xlsx, pas en « {suffix} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="22"/>
        <source>Name the file with one of these endings.</source>
        <translation>Nommez le fichier avec l&apos;une de ces extensions.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="41"/>
        <source>the sheet cannot be written ({strerror}).</source>
        <translation>la feuille ne peut pas être écrite ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="42"/>
        <source>Check that the folder exists and the file is not open in another program.</source>
        <translation>Vérifiez que le dossier existe et que le fichier n&apos;est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="100"/>
        <source>the batch file does not name its {missing}.</source>
        <translation>le fichier du lot n&apos;indique pas : {missing}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="101"/>
        <source>Add a line like `catalog = &quot;catalog.csv&quot;` for each.</source>
        <translation>Ajoutez une ligne comme `catalog = &quot;catalog.csv&quot;` pour chacun.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="113"/>
        <source>the catalog&apos;s header_row is “{value}”: it takes a row number, 1 or more.</source>
        <translation>le header_row du catalogue vaut « {value} » : il faut un numéro de ligne, 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="114"/>
        <source>Write for example header_row = 2.</source>
        <translation>Écrivez par exemple header_row = 2.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="127"/>
        <source>“{key}” must name a file or folder in quotes, not “{value}”.</source>
        <translation>« {key} » doit nommer un fichier ou un dossier entre guillemets, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="128"/>
        <source>Write for example {key} = &quot;name&quot;, relative to the batch file.</source>
        <translation>Écrivez par exemple {key} = &quot;nom&quot;, relatif au fichier du lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="136"/>
        <source>the batch date “{date}” is not written as 2026-11-23.</source>
        <translation>la date du lot « {date} » n&apos;est pas écrite comme 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="137"/>
        <source>Write the date as year-month-day.</source>
        <translation>Écrivez la date sous la forme année-mois-jour.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="146"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="186"/>
        <source>the media folder “{media}” does not exist.</source>
        <translation>le dossier des médias « {media} » n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="147"/>
        <source>Check the `media` line of the batch file.</source>
        <translation>Vérifiez la ligne `media` du fichier du lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="155"/>
        <source>the target wiki “{target}” is neither a wiki glamdonor knows nor an address.</source>
        <translation>le wiki cible « {target} » n&apos;est ni un wiki que glamdonor connaît, ni une adresse.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="156"/>
        <source>Write wiki = one of {names}, or the address of the wiki&apos;s api.php.</source>
        <translation>Écrivez wiki = l&apos;un de {names}, ou l&apos;adresse de l&apos;api.php du wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="187"/>
        <source>[upload] takes chunked_above and chunk_size in bytes; a chunk is at least 1024.</source>
        <translation>[upload] prend chunked_above et chunk_size en octets ; un morceau fait au moins 1024.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="188"/>
        <source>Write for example chunked_above = 20971520 and chunk_size = 4194304.</source>
        <translation>Écrivez par exemple chunked_above = 20971520 et chunk_size = 4194304.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="198"/>
        <source>[upload] deadline_minutes is “{minutes}”: it takes a number of minutes above 0.</source>
        <translation>[upload] deadline_minutes vaut « {minutes} » : il faut un nombre de minutes supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="199"/>
        <source>Write for example deadline_minutes = 10.</source>
        <translation>Écrivez par exemple deadline_minutes = 10.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/errors.py" line="69"/>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/errors.py" line="70"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/errors.py" line="71"/>
        <source>column “{column}”</source>
        <translation>colonne « {column} »</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="274"/>
        <source>the journal {path} is damaged, or is not a glamdonor journal, and cannot be moved aside ({error}).</source>
        <translation>le journal {path} est endommagé, ou n’est pas un journal de glamdonor, et ne peut pas être mis de côté ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="278"/>
        <source>Move it aside (rename it), then run the same command again: a new journal is started, and the upload asks the wiki what is there already, so nothing is sent twice.</source>
        <translation>Mettez-le de côté (renommez-le), puis relancez la même commande : un nouveau journal est commencé, et le téléversement demande au wiki ce qui s’y trouve déjà, si bien que rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="401"/>
        <source>another glamdonor ({holder}) is working on this batch right now.</source>
        <translation>un autre glamdonor ({holder}) travaille sur ce lot en ce moment.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="402"/>
        <source>Wait until it has finished, or stop it, then start again: nothing is lost.</source>
        <translation>Attendez qu&apos;il ait fini, ou arrêtez-le, puis recommencez : rien n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="472"/>
        <source>the batch&apos;s journal {path} cannot be written ({error}).</source>
        <translation>le journal du lot {path} ne peut pas être écrit ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="474"/>
        <source>Free some space on the disk (or check the folder&apos;s permissions), then run the same command again: nothing is lost, nothing is sent twice.</source>
        <translation>Libérez de la place sur le disque (ou vérifiez les droits du dossier), puis relancez la même commande : rien n&apos;est perdu, rien n&apos;est envoyé deux fois.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="179"/>
        <source>the template “{template}” is not one glamdonor writes.</source>
        <translation>le modèle « {template} » n&apos;est pas de ceux qu&apos;écrit glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="180"/>
        <source>Use one of: {choices}.</source>
        <translation>Utilisez l&apos;un de ceux-ci : {choices}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="188"/>
        <source>the mapping does not say where “{required}” comes from.</source>
        <translation>la correspondance ne dit pas d&apos;où vient « {required} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="189"/>
        <source>Add a line such as `{required} = {{ column = &quot;...&quot; }}`.</source>
        <translation>Ajoutez une ligne comme `{required} = {{ column = &quot;...&quot; }}`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="199"/>
        <source>{{{{{name}}}}} has no parameter “{key}”.</source>
        <translation>{{{{{name}}}}} n&apos;a pas de paramètre « {key} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="200"/>
        <source>Its parameters are: {parameters}.</source>
        <translation>Ses paramètres sont : {parameters}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="212"/>
        <source>unknown key(s) under [structured_data]: {unknown}.</source>
        <translation>clé(s) inconnue(s) sous [structured_data] : {unknown}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="213"/>
        <source>The keys are: {keys}.</source>
        <translation>Les clés sont : {keys}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="240"/>
        <source>[structured_data] statements is a list of tables: [[structured_data.statements]].</source>
        <translation>statements de [structured_data] est une liste de tables : [[structured_data.statements]].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="241"/>
        <source>Write each as property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</source>
        <translation>Écrivez chacune sous la forme property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="250"/>
        <source>statement {number} of [structured_data] needs a property (P and digits) and a type ({types}).</source>
        <translation>la déclaration {number} de [structured_data] demande une propriété (P et des chiffres) et un type ({types}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="253"/>
        <source>Write it as property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</source>
        <translation>Écrivez-la sous la forme property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="260"/>
        <source>statement {number} of [structured_data] ({property}) says no value.</source>
        <translation>la déclaration {number} de [structured_data] ({property}) ne donne aucune valeur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="261"/>
        <source>Add value = {{ column = &quot;...&quot; }} or a pattern.</source>
        <translation>Ajoutez value = {{ column = &quot;...&quot; }} ou un motif.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="275"/>
        <source>“{name}” names no source: its list [ ] is empty.</source>
        <translation>« {name} » n&apos;indique aucune source : sa liste [ ] est vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="276"/>
        <source>Give it one, such as {{ column = &quot;Title&quot; }}, or leave the line out.</source>
        <translation>Donnez-lui en une, comme {{ column = &quot;Title&quot; }}, ou retirez la ligne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="291"/>
        <source>“{name}” must name exactly one of column, value, pattern or exif.</source>
        <translation>« {name} » doit indiquer exactement un élément parmi column, value, pattern ou exif.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="292"/>
        <source>For example `{field} = {{ column = &quot;Title&quot; }}`.</source>
        <translation>Par exemple `{field} = {{ column = &quot;Title&quot; }}`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="300"/>
        <source>“{name}” has unknown key(s): {extra}.</source>
        <translation>« {name} » a des clés inconnues : {extra}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="301"/>
        <source>A source takes: {keys}.</source>
        <translation>Une source accepte : {keys}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="310"/>
        <source>“{name}” asks the EXIF data for “{field}”.</source>
        <translation>« {name} » demande « {field} » aux données EXIF.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="311"/>
        <source>EXIF gives: {fields}.</source>
        <translation>EXIF fournit : {fields}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="322"/>
        <source>the transforms of “{name}” must be a list [ ... ].</source>
        <translation>les transformations de « {name} » doivent être une liste [ ... ].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="63"/>
        <source>the partner profile does not name the institution.</source>
        <translation>le profil du partenaire ne nomme pas l&apos;institution.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="64"/>
        <source>Add a line such as name = &quot;Example Museum&quot;.</source>
        <translation>Ajoutez une ligne comme name = &quot;Example Museum&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="71"/>
        <source>unknown key(s) in the partner profile: {unknown}.</source>
        <translation>clé(s) inconnue(s) dans le profil du partenaire : {unknown}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="72"/>
        <source>The keys are: {known}.</source>
        <translation>Les clés sont : {known}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="87"/>
        <source>“{wikidata}” is not a Wikidata id.</source>
        <translation>« {wikidata} » n&apos;est pas un identifiant Wikidata.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="88"/>
        <source>Write the institution&apos;s item id, such as Q190804.</source>
        <translation>Écrivez l&apos;identifiant de l&apos;élément de l&apos;institution, comme Q190804.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="96"/>
        <source>{key} “{value}” is not a template name.</source>
        <translation>{key} « {value} » n&apos;est pas un nom de modèle.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="97"/>
        <source>Write the name alone, without braces: Institution:Example Museum.</source>
        <translation>Écrivez le nom seul, sans accolades : Institution:Example Museum.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="106"/>
        <source>the logo “{logo}” is not a PNG or JPEG file beside the partner profile.</source>
        <translation>le logo « {logo} » n&apos;est pas un fichier PNG ou JPEG à côté du profil de partenaire.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="107"/>
        <source>Give the path of a PNG or JPEG file, from the profile&apos;s folder.</source>
        <translation>Donnez le chemin d&apos;un fichier PNG ou JPEG, depuis le dossier du profil.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="117"/>
        <source>a {{placeholder}} in batch_category or summary is unknown ({error}).</source>
        <translation>un {{placeholder}} de batch_category ou summary est inconnu ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="118"/>
        <source>batch_category may use {{category}} and {{date}}; summary {{batch}} and {{name}}.</source>
        <translation>batch_category peut utiliser {{category}} et {{date}} ; summary {{batch}} et {{name}}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="123"/>
        <source>the mapping uses {institution}, the partner&apos;s name, but the batch names no partner.</source>
        <translation>la correspondance utilise {institution}, le nom du partenaire, mais le lot ne nomme aucun partenaire.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="126"/>
        <source>Add a line such as partner = &quot;partner.toml&quot; to the batch (see docs/partner.md).</source>
        <translation>Ajoutez au lot une ligne comme partner = &quot;partner.toml&quot; (voir docs/partner.md).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="131"/>
        <source>the mapping uses column(s) {missing}, which the catalog {catalog} does not have.</source>
        <translation>la correspondance utilise la ou les colonnes {missing}, que le catalogue {catalog} n&apos;a pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="132"/>
        <location filename="../../glamdonor/jobs/reconcile.py" line="54"/>
        <location filename="../../glamdonor/jobs/reconcile.py" line="63"/>
        <source>The catalog&apos;s columns are: {columns}.</source>
        <translation>Les colonnes du catalogue sont : {columns}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="18"/>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="18"/>
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="21"/>
        <source>this is a folder, not a file.</source>
        <translation>c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="21"/>
        <source>Name the file.</source>
        <translation>Indiquez le fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="25"/>
        <source>this is not valid TOML ({error}).</source>
        <translation>ce n&apos;est pas du TOML valide ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="26"/>
        <source>Correct the line it names.</source>
        <translation>Corrigez la ligne indiquée.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="42"/>
        <source>this {what} has format_version {version!r}; this glamdonor reads version {readable}.</source>
        <translation>ce {what} a format_version {version!r} ; ce glamdonor lit la version {readable}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="46"/>
        <source>Write `format_version = {readable}` at the top of a file made by hand, or update glamdonor for a file made by a newer one.</source>
        <translation>Écrivez `format_version = {readable}` en tête d&apos;un fichier fait à la main, ou mettez glamdonor à jour pour un fichier fait par une version plus récente.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="62"/>
        <source>“{key}” must be a table: [{key}] with lines below it, or {key} = {{ ... }}.</source>
        <translation>« {key} » doit être une table : [{key}] avec des lignes en dessous, ou {key} = {{ ... }}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="63"/>
        <source>See docs/mapping.md for how such a file is written.</source>
        <translation>Voyez docs/mapping.md pour la manière d&apos;écrire un tel fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="63"/>
        <source>the lookup “{name}” has neither values nor a file.</source>
        <translation>la table de correspondance « {name} » n&apos;a ni valeurs ni fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="64"/>
        <source>Write [lookups.{name}.values] with &quot;from&quot; = &quot;to&quot; lines, or file = &quot;x.csv&quot;.</source>
        <translation>Écrivez [lookups.{name}.values] avec des lignes &quot;from&quot; = &quot;to&quot;, ou file = &quot;x.csv&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="88"/>
        <source>the lookup file {path} cannot be read.</source>
        <translation>le fichier de correspondance {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="89"/>
        <source>Check its name; it is read relative to the mapping&apos;s folder.</source>
        <translation>Vérifiez son nom ; il est lu par rapport au dossier de la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="96"/>
        <source>a lookup file needs two columns: the value, then what it becomes.</source>
        <translation>un fichier de correspondance a besoin de deux colonnes : la valeur, puis ce qu&apos;elle devient.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="97"/>
        <source>Fill both cells of the row.</source>
        <translation>Remplissez les deux cellules de la ligne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="110"/>
        <source>“{name}” is not a transform.</source>
        <translation>« {name} » n&apos;est pas une transformation.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="111"/>
        <source>The transforms are: {names}.</source>
        <translation>Les transformations sont : {names}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="130"/>
        <source>this transform cannot be read: {spec!r}.</source>
        <translation>cette transformation ne peut pas être lue : {spec!r}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="131"/>
        <source>Write a name (&quot;trim&quot;) or a table ({{ case = &quot;upper&quot; }}).</source>
        <translation>Écrivez un nom (&quot;trim&quot;) ou une table ({{ case = &quot;upper&quot; }}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="149"/>
        <source>replace takes [&quot;old&quot;, &quot;new&quot;].</source>
        <translation>replace prend [&quot;ancien&quot;, &quot;nouveau&quot;].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="156"/>
        <source>regex takes [&quot;pattern&quot;, &quot;replacement&quot;].</source>
        <translation>regex prend [&quot;motif&quot;, &quot;remplacement&quot;].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="162"/>
        <source>the regex {regex!r} or its replacement is not valid ({error}).</source>
        <translation>l&apos;expression régulière {regex!r} ou son remplacement n&apos;est pas valide ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="163"/>
        <source>Correct it; groups in the replacement are written \1.</source>
        <translation>Corrigez-la ; les groupes s&apos;écrivent \1 dans le remplacement.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="180"/>
        <source>case must be one of {cases}.</source>
        <translation>case doit être l&apos;une de ces valeurs : {cases}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="193"/>
        <source>a date&apos;s order is &quot;dmy&quot; (31/12/1900) or &quot;mdy&quot; (12/31/1900).</source>
        <translation>l&apos;ordre d&apos;une date est &quot;dmy&quot; (31/12/1900) ou &quot;mdy&quot; (12/31/1900).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="212"/>
        <source>the lookup table “{name}” is not defined.</source>
        <translation>la table de correspondance « {name} » n&apos;est pas définie.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="213"/>
        <source>Add a [lookups.{name}] table to the mapping.</source>
        <translation>Ajoutez une table [lookups.{name}] à la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="218"/>
        <source>a lookup&apos;s missing is &quot;keep&quot;, &quot;empty&quot; or &quot;problem&quot;.</source>
        <translation>le missing d&apos;une correspondance vaut &quot;keep&quot;, &quot;empty&quot; ou &quot;problem&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/account.py" line="15"/>
        <source>Log in on the Upload step with a BotPassword of the wiki.</source>
        <translation>Connectez-vous à l&apos;étape Téléversement avec un BotPassword du wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="187"/>
        <source>Choose the folder.</source>
        <translation>Choisissez le dossier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="199"/>
        <source>the partner profile “{partner}” does not exist.</source>
        <translation>le profil du partenaire « {partner} » n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="200"/>
        <source>Choose a partner profile, or leave the line empty.</source>
        <translation>Choisissez un profil de partenaire, ou laissez la ligne vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="194"/>
        <source>no figures are kept for {scope} yet.</source>
        <translation>aucun chiffre n&apos;est encore conservé pour {scope}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="195"/>
        <source>Run `glamdonor metrics refresh` for it first.</source>
        <translation>Lancez d&apos;abord `glamdonor metrics refresh` pour celui-ci.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="63"/>
        <source>{url} did not answer as a wiki&apos;s API does.</source>
        <translation>{url} n&apos;a pas répondu comme l&apos;API d&apos;un wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="64"/>
        <source>Check the address: it ends in api.php.</source>
        <translation>Vérifiez l&apos;adresse : elle se termine par api.php.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="73"/>
        <source>the wiki at {url} refused a question: {info}</source>
        <translation>le wiki à l&apos;adresse {url} a refusé une question : {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="74"/>
        <source>Try again later; if it persists, report it with the command you ran.</source>
        <translation>Réessayez plus tard ; si cela persiste, signalez-le avec la commande lancée.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="93"/>
        <source>{url} did not answer in JSON.</source>
        <translation>{url} n&apos;a pas répondu en JSON.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="94"/>
        <source>Check the REST API&apos;s address.</source>
        <translation>Vérifiez l&apos;adresse de l&apos;API REST.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="115"/>
        <source>{url} answered {status_code} {reason}.</source>
        <translation>{url} a répondu {status_code} {reason}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="116"/>
        <source>Check the addresses of the wiki and of the REST API.</source>
        <translation>Vérifiez les adresses du wiki et de l&apos;API REST.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="135"/>
        <source>{url} kept failing after {attempts} tries.</source>
        <translation>{url} a continué d&apos;échouer après {attempts} essais.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="136"/>
        <source>The service may be down: try again later. What was fetched so far is kept.</source>
        <translation>Le service est peut-être indisponible : réessayez plus tard. Ce qui a déjà été récupéré est conservé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/report.py" line="131"/>
        <source>“{kind}” is not a report format.</source>
        <translation>« {kind} » n&apos;est pas un format de rapport.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/report.py" line="132"/>
        <source>Use one of {formats}.</source>
        <translation>Utilisez l&apos;un de ceux-ci : {formats}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/sources.py" line="278"/>
        <source>the REST API answered in a shape glamdonor does not know.</source>
        <translation>l&apos;API REST a répondu sous une forme que glamdonor ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/sources.py" line="279"/>
        <source>Check the REST API&apos;s address; report it if it is Wikimedia&apos;s.</source>
        <translation>Vérifiez l&apos;adresse de l&apos;API REST ; signalez-le s&apos;il s&apos;agit de celle de Wikimedia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="93"/>
        <source>the account {account} does not exist on {api_url}, or its BotPassword is wrong.</source>
        <translation>le compte {account} n&apos;existe pas sur {api_url}, ou son BotPassword est faux.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="96"/>
        <source>Check the login name and password of the BotPassword.</source>
        <translation>Vérifiez le nom de connexion et le mot de passe du BotPassword.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="102"/>
        <source>the wiki at {api_url} stopped answering ({error}).</source>
        <translation>le wiki à l&apos;adresse {api_url} a cessé de répondre ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="104"/>
        <source>Check the address and your network connection; for the sandbox, run `glamdonor sandbox start`.</source>
        <translation>Vérifiez l&apos;adresse et votre connexion réseau ; pour le bac à sable, lancez `glamdonor sandbox start`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="126"/>
        <source>the wiki at {api_url} refused the login of {login_name}.</source>
        <translation>le wiki à l&apos;adresse {api_url} a refusé la connexion de {login_name}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="127"/>
        <source>Check the BotPassword&apos;s name and password on Special:BotPasswords.</source>
        <translation>Vérifiez le nom et le mot de passe du BotPassword sur Special:BotPasswords.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="154"/>
        <source>no wiki answers at {api_url} ({error}).</source>
        <translation>aucun wiki ne répond à l&apos;adresse {api_url} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="156"/>
        <source>Check the address (it ends in api.php) and your network connection; for the sandbox, run `glamdonor sandbox start`.</source>
        <translation>Vérifiez l&apos;adresse (elle se termine par api.php) et votre connexion réseau ; pour le bac à sable, lancez `glamdonor sandbox start`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="197"/>
        <source>the wiki at {api_url} did not answer, however often it was asked ({error}).</source>
        <translation>le wiki à {api_url} n’a pas répondu, si souvent qu’on l’ait interrogé ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="199"/>
        <source>When it answers again (for the sandbox: `glamdonor sandbox start`), run the same command again: nothing is lost, nothing is sent twice.</source>
        <translation>Quand il répondra de nouveau (pour le bac à sable : `glamdonor sandbox start`), relancez la même commande : rien n’est perdu, rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="207"/>
        <source>the wiki at {api_url} answered a question with an error: {info}</source>
        <translation>le wiki à l&apos;adresse {api_url} a répondu à une question par une erreur : {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="208"/>
        <source>Try again later; if it persists, report it with the batch.</source>
        <translation>Réessayez plus tard ; si cela persiste, signalez-le avec le lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="395"/>
        <source>the types of the properties could not be asked of {api_url} ({error}).</source>
        <translation>les types des propriétés n&apos;ont pas pu être demandés à {api_url} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="396"/>
        <source>Check your network connection and run the same command again.</source>
        <translation>Vérifiez votre connexion réseau et relancez la même commande.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="32"/>
        <source>“{login_name}” is not a BotPassword login name.</source>
        <translation>« {login_name} » n&apos;est pas un nom de connexion de BotPassword.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="34"/>
        <source>Create a BotPassword at Special:BotPasswords on the wiki and give its login name, which looks like “YourName@glamdonor”, with its password.</source>
        <translation>Créez un BotPassword sur la page Special:BotPasswords du wiki et donnez son nom de connexion, de la forme « VotreNom@glamdonor », avec son mot de passe.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="70"/>
        <source>the system keyring could not keep the password ({error}).</source>
        <translation>le trousseau du système n&apos;a pas pu garder le mot de passe ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="72"/>
        <source>On a computer without a keyring (a server), give the BotPassword in the GLAMDONOR_LOGIN and GLAMDONOR_PASSWORD environment variables instead.</source>
        <translation>Sur un ordinateur sans trousseau (un serveur), donnez plutôt le BotPassword dans les variables d&apos;environnement GLAMDONOR_LOGIN et GLAMDONOR_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pwb.py" line="67"/>
        <source>the wiki asked to log in again and glamdonor has no password to give.</source>
        <translation>le wiki a demandé une nouvelle connexion et glamdonor n&apos;a pas de mot de passe à donner.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pwb.py" line="68"/>
        <source>Check the account&apos;s BotPassword and start the upload again.</source>
        <translation>Vérifiez le BotPassword du compte et relancez le téléversement.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="126"/>
        <source>the sandbox wiki has no uploader account yet.</source>
        <translation>le wiki bac à sable n&apos;a pas encore de compte de téléversement.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="127"/>
        <source>Run `glamdonor sandbox start` first.</source>
        <translation>Lancez d&apos;abord `glamdonor sandbox start`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="230"/>
        <source>setting up the sandbox wiki failed at {script}: {output}</source>
        <translation>l&apos;installation du wiki bac à sable a échoué à {script} : {output}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="231"/>
        <source>Run `glamdonor sandbox reset` to start over; the folder is {folder}.</source>
        <translation>Lancez `glamdonor sandbox reset` pour repartir de zéro ; le dossier est {folder}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="264"/>
        <source>the sandbox wiki did not create the uploader&apos;s BotPassword.</source>
        <translation>le wiki bac à sable n&apos;a pas créé le BotPassword du compte de téléversement.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="147"/>
        <location filename="../../glamdonor/wiki/sandbox.py" line="265"/>
        <source>Run `glamdonor sandbox reset` to start over.</source>
        <translation>Lancez `glamdonor sandbox reset` pour repartir de zéro.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="146"/>
        <source>the sandbox wiki did not create the Volunteer&apos;s BotPassword.</source>
        <translation>le wiki bac à sable n&apos;a pas créé le BotPassword du Volunteer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="370"/>
        <source>the sandbox wiki&apos;s server stopped at once: {log}</source>
        <translation>le serveur du wiki bac à sable s&apos;est arrêté aussitôt : {log}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="371"/>
        <source>Is port {port} taken? Try `glamdonor sandbox start --port N`.</source>
        <translation>Le port {port} est-il pris ? Essayez `glamdonor sandbox start --port N`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="381"/>
        <source>the sandbox wiki did not answer within {seconds:.0f} s: {log}</source>
        <translation>le wiki bac à sable n&apos;a pas répondu en {seconds:.0f} s : {log}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="382"/>
        <source>See the server&apos;s log in {path}.</source>
        <translation>Voyez le journal du serveur dans {path}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="412"/>
        <source>To rehearse a batch from this computer, send it to Wikimedia&apos;s test wiki for Commons: write wiki = &quot;test-commons&quot; under [target] in the batch file (the guides say how to get an account there).</source>
        <translation>Pour répéter un lot depuis cet ordinateur, envoyez-le au wiki de test de Commons de Wikimedia : écrivez wiki = &quot;test-commons&quot; sous [target] dans le fichier du lot (les guides disent comment y obtenir un compte).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="408"/>
        <source>the sandbox wiki runs only on Linux, with Debian&apos;s MediaWiki package.</source>
        <translation>le wiki bac à sable ne fonctionne que sous Linux, avec le paquet MediaWiki de Debian.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="410"/>
        <source>the sandbox wiki needs MediaWiki and PHP, which this computer does not have.</source>
        <translation>le wiki bac à sable a besoin de MediaWiki et de PHP, que cet ordinateur n&apos;a pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="403"/>
        <source>the sandbox wiki needs MediaWiki and PHP, which are not installed.</source>
        <translation>le wiki bac à sable a besoin de MediaWiki et PHP, qui ne sont pas installés.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="404"/>
        <source>Install them with: sudo {command}</source>
        <translation>Installez-les avec : sudo {command}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="437"/>
        <source>installing MediaWiki and PHP failed: {output}</source>
        <translation>l&apos;installation de MediaWiki et PHP a échoué : {output}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="438"/>
        <location filename="../../glamdonor/wiki/sandbox.py" line="445"/>
        <source>Install them by hand with: {command}</source>
        <translation>Installez-les à la main avec : {command}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="444"/>
        <source>after installing, still missing: {missing}.</source>
        <translation>après l&apos;installation, il manque encore : {missing}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/target.py" line="33"/>
        <source>no account is given for {target}.</source>
        <translation>aucun compte n&apos;est donné pour {target}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/uploads.py" line="285"/>
        <source>the account {account} may not upload here ({code}).</source>
        <translation>le compte {account} n&apos;a pas le droit de téléverser ici ({code}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/uploads.py" line="286"/>
        <source>Ask the wiki&apos;s administrators for upload rights, or use another account.</source>
        <translation>Demandez les droits de téléversement aux administrateurs du wiki, ou utilisez un autre compte.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/upload.py" line="355"/>
        <source>the folder {folder} cannot be read any more: was a drive or a share disconnected?</source>
        <translation>le dossier {folder} ne peut plus être lu : un disque ou un partage a-t-il été déconnecté ?</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/upload.py" line="356"/>
        <source>Connect it again, then run the same upload again: nothing is lost.</source>
        <translation>Reconnectez-le, puis relancez le même téléversement : rien n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/wikis.py" line="33"/>
        <source>Wikimedia&apos;s test wiki for Commons</source>
        <translation>le wiki de test de Commons de Wikimedia</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/wikis.py" line="35"/>
        <source>Wikimedia Commons</source>
        <translation>Wikimedia Commons</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="39"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="39"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="150"/>
        <source>this row names no media file.</source>
        <translation>cette ligne ne nomme aucun fichier média.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="151"/>
        <source>Fill the file column.</source>
        <translation>Remplissez la colonne du fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="157"/>
        <source>“{file}” lies outside the batch&apos;s media folder.</source>
        <translation>« {file} » se trouve hors du dossier des médias du lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="158"/>
        <source>Copy the file into {folder} and name it relative to that folder.</source>
        <translation>Copiez le fichier dans {folder} et nommez-le par rapport à ce dossier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="164"/>
        <source>“{file}” could be any of these files: {candidates}.</source>
        <translation>« {file} » peut désigner chacun de ces fichiers : {candidates}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="165"/>
        <source>Name the file by its path below the media folder, as “{first}”.</source>
        <translation>Nommez le fichier par son chemin sous le dossier des médias, comme « {first} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="171"/>
        <source>the file “{file}” is not in the media folder {folder}.</source>
        <translation>le fichier « {file} » n’est pas dans le dossier des médias {folder}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="172"/>
        <source>Check the spelling of the file name, or add the file to the folder.</source>
        <translation>Vérifiez l’orthographe du nom de fichier, ou ajoutez le fichier au dossier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="173"/>
        <source>Did you mean “{similar}”? Names must match exactly.</source>
        <translation>Vouliez-vous dire « {similar} » ? Les noms doivent correspondre exactement.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="179"/>
        <source>this row gives no text for the file title.</source>
        <translation>cette ligne ne donne aucun texte pour le titre du fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="180"/>
        <source>Fill the columns the title is made from.</source>
        <translation>Remplissez les colonnes dont le titre est fait.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="187"/>
        <source>the file name “{file}” holds a control character ({character}), which the wiki refuses in titles and other programs mishandle.</source>
        <translation>le nom de fichier « {file} » contient un caractère de contrôle ({character}), que le wiki refuse dans les titres et que d&apos;autres programmes traitent mal.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="190"/>
        <source>Rename the file without it, in the folder and in the catalog.</source>
        <translation>Renommez le fichier sans ce caractère, dans le dossier et dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="196"/>
        <source>the file name “{file}” has no extension such as .jpg or .tif.</source>
        <translation>le nom de fichier « {file} » n’a pas d’extension comme .jpg ou .tif.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="197"/>
        <source>Rename the file with the extension of its type, in the folder and catalog.</source>
        <translation>Renommez le fichier avec l’extension de son type, dans le dossier et dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="203"/>
        <source>row {row} already gets the title “{title}”; the wiki would treat them as one file.</source>
        <translation>la ligne {row} reçoit déjà le titre « {title} » ; le wiki les traiterait comme un seul fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="204"/>
        <source>Make the titles differ, for example by adding the accession number to the title pattern.</source>
        <translation>Rendez les titres différents, par exemple en ajoutant le numéro d’inventaire au modèle du titre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="210"/>
        <source>“{value}” holds the character �, the mark of a catalog read in the wrong encoding.</source>
        <translation>« {value} » contient le caractère �, marque d’un catalogue lu dans le mauvais encodage.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="212"/>
        <source>Give the catalog&apos;s encoding (--encoding, or encoding = ... in the batch&apos;s catalog line), or save it again as “CSV UTF-8”.</source>
        <translation>Donnez l’encodage du catalogue (--encoding, ou encoding = ... dans la ligne catalog du lot), ou enregistrez-le de nouveau en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="220"/>
        <source>the wiki takes no title such as “{before}”: the title is “{after}”.</source>
        <translation>le wiki n’accepte aucun titre tel que « {before} » : le titre est « {after} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="221"/>
        <source>If you would rather say it otherwise, change the title columns of this row.</source>
        <translation>Si vous préférez le dire autrement, modifiez les colonnes du titre de cette ligne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="227"/>
        <source>the title was too long for the wiki (240 bytes) and is shortened to “{title}”.</source>
        <translation>le titre était trop long pour le wiki (240 octets) et est raccourci en « {title} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="228"/>
        <source>Check that it still says what the object is; shorten the title columns if not.</source>
        <translation>Vérifiez qu’il dit encore ce qu’est l’objet ; sinon, raccourcissez les colonnes du titre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="234"/>
        <source>“{value}” names no object: many files on the wiki have such a title.</source>
        <translation>« {value} » ne nomme aucun objet : beaucoup de fichiers du wiki portent un tel titre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="236"/>
        <source>Let the title pattern add what tells this object apart, such as the inventory number: {{title}} - {{inventory}}.</source>
        <translation>Faites ajouter au modèle du titre ce qui distingue cet objet, comme le numéro d’inventaire : {{title}} - {{inventory}}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="244"/>
        <source>this row&apos;s page would be {size} KiB; the wiki takes pages up to {limit} KiB.</source>
        <translation>la page de cette ligne ferait {size} Kio ; le wiki accepte des pages jusqu’à {limit} Kio.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="245"/>
        <source>Shorten the longest cells of this row (a description pasted twice?).</source>
        <translation>Raccourcissez les cellules les plus longues de cette ligne (une description collée deux fois ?).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="251"/>
        <source>this row has no license; Commons deletes files without one.</source>
        <translation>cette ligne n’a pas de licence ; Commons supprime les fichiers sans licence.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="252"/>
        <source>Fill the license column or give the mapping a license value.</source>
        <translation>Remplissez la colonne de licence ou donnez une licence à la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="258"/>
        <source>“{value}” is not a license template name.</source>
        <translation>« {value} » n’est pas un nom de modèle de licence.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="259"/>
        <source>Write a license template such as cc-by-4.0 or PD-old-100-expired.</source>
        <translation>Écrivez un modèle de licence comme cc-by-4.0 ou PD-old-100-expired.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="266"/>
        <source>“{value}” forbids commercial use or changes (NC, ND): Commons takes free licences only.</source>
        <translation>« {value} » interdit l’usage commercial ou les modifications (NC, ND) : Commons n’accepte que des licences libres.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="270"/>
        <source>Leave this row out, or ask the rights holder for a free licence (CC0, CC BY, CC BY-SA) or check whether the work is in the public domain.</source>
        <translation>Laissez cette ligne de côté, ou demandez à l’ayant droit une licence libre (CC0, CC BY, CC BY-SA), ou vérifiez si l’œuvre est dans le domaine public.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="278"/>
        <source>“{value}” is not a license glamdonor knows.</source>
        <translation>« {value} » n’est pas une licence que glamdonor connaît.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="280"/>
        <source>If it is a license template on Commons, add “{value}” to the mapping&apos;s [lookups.licenses.values] table.</source>
        <translation>S’il s’agit d’un modèle de licence de Commons, ajoutez « {value} » à la table [lookups.licenses.values] de la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="288"/>
        <source>“{field}” is empty; Commons expects it on every {template} page.</source>
        <translation>« {field} » est vide ; Commons l’attend sur chaque page {template}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="289"/>
        <source>Fill it in the catalog, or map a column or a value to it.</source>
        <translation>Remplissez-le dans le catalogue, ou associez-lui une colonne ou une valeur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="295"/>
        <source>the date “{value}” cannot be read.</source>
        <translation>la date « {value} » ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="296"/>
        <source>Write it as 1898, 1898-05-01, circa 1905, 1910-1912 or 1890s.</source>
        <translation>Écrivez-la comme 1898, 1898-05-01, circa 1905, 1910-1912 ou 1890s.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="302"/>
        <source>“{value}” is not in the lookup table “{table}”.</source>
        <translation>« {value} » n’est pas dans la table de correspondance « {table} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="303"/>
        <source>Add it to the table {table} of the mapping, or correct the cell.</source>
        <translation>Ajoutez-la à la table {table} de la correspondance, ou corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="310"/>
        <source>“{value}” is not a value of the type “{type}” the mapping gives {property}, so the file gets no {property} statement.</source>
        <translation>« {value} » n&apos;est pas une valeur du type « {type} » que la correspondance donne à {property}, donc le fichier n&apos;a pas de déclaration {property}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="313"/>
        <source>Correct the cell, or the type in [[structured_data.statements]].</source>
        <translation>Corrigez la cellule, ou le type dans [[structured_data.statements]].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="320"/>
        <source>the mapping writes {property} with values of the type “{type}”, but {property} takes values of the type {datatype}.</source>
        <translation>la correspondance écrit {property} avec des valeurs du type « {type} », mais {property} prend des valeurs du type {datatype}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="323"/>
        <source>Correct the type (or the property) in [[structured_data.statements]] of the mapping.</source>
        <translation>Corrigez le type (ou la propriété) dans [[structured_data.statements]] de la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="330"/>
        <source>“{value}” is not a position (latitude, longitude in degrees), so the file gets no coordinates of the point of view.</source>
        <translation>« {value} » n&apos;est pas une position (latitude, longitude en degrés), donc le fichier n&apos;aura pas de coordonnées du point de vue.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="333"/>
        <source>Write it as 52.3601, 4.8852, or leave the cell empty.</source>
        <translation>Écrivez-la sous la forme 52.3601, 4.8852, ou laissez la cellule vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="339"/>
        <source>“{value}” is not a web address, so the file&apos;s structured data does not link to it.</source>
        <translation>« {value} » n&apos;est pas une adresse web, donc les données structurées du fichier n&apos;y renvoient pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="340"/>
        <source>Write the whole address, starting with https://, or leave the cell empty.</source>
        <translation>Écrivez l&apos;adresse entière, commençant par https://, ou laissez la cellule vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="346"/>
        <source>“{value}” is not a Wikidata id, so “{statement}” gets no statement from it.</source>
        <translation>« {value} » n’est pas un identifiant Wikidata : « {statement} » n’en reçoit aucune déclaration.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="347"/>
        <source>Write Wikidata item ids such as Q42, separated as the mapping says.</source>
        <translation>Écrivez des identifiants d’éléments Wikidata comme Q42, séparés comme le dit la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="355"/>
        <source>the wiki does not accept “.{extension}” files.</source>
        <translation>le wiki n’accepte pas les fichiers « .{extension} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="356"/>
        <source>Convert the file to a type it accepts: {accepted}.</source>
        <translation>Convertissez le fichier en un type qu’il accepte : {accepted}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="362"/>
        <source>the file is empty (0 bytes).</source>
        <translation>le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="363"/>
        <location filename="../../glamdonor/core/problems.py" line="592"/>
        <source>Export or copy the file again.</source>
        <translation>Exportez ou copiez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="369"/>
        <source>the file is {size} GiB; Commons takes at most 5 GiB.</source>
        <translation>le fichier fait {size} Gio ; Commons accepte au plus 5 Gio.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="370"/>
        <source>Make a smaller version (lower resolution or better compression).</source>
        <translation>Faites-en une version plus petite (résolution plus basse ou meilleure compression).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="376"/>
        <source>this file is a web page (HTML), not media: maybe an error page saved as it.</source>
        <translation>ce fichier est une page web (HTML), pas un média : peut-être une page d’erreur enregistrée à sa place.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="377"/>
        <source>Download or export the file again and check that it opens.</source>
        <translation>Téléchargez ou exportez à nouveau le fichier et vérifiez qu’il s’ouvre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="383"/>
        <source>the file is {content}, but its name ends in “.{extension}”.</source>
        <translation>le fichier est {content}, mais son nom se termine par « .{extension} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="384"/>
        <source>Give the file the extension of its type, in the folder and in the catalog.</source>
        <translation>Donnez au fichier l’extension de son type, dans le dossier et dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="390"/>
        <source>the image is damaged or incomplete ({damage}).</source>
        <translation>l’image est endommagée ou incomplète ({damage}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="391"/>
        <source>Export or copy the file again from the original and check that it opens.</source>
        <translation>Exportez ou copiez à nouveau le fichier depuis l’original et vérifiez qu’il s’ouvre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="398"/>
        <source>the image has {megapixels} million pixels; Commons makes no thumbnails of {format} images over {limit} million, so articles could not show it.</source>
        <translation>l&apos;image a {megapixels} millions de pixels ; Commons ne fait pas de vignettes des images {format} de plus de {limit} millions, donc les articles ne pourraient pas l&apos;afficher.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="401"/>
        <source>Upload a version with fewer pixels, or a JPEG of it (JPEGs have no such limit).</source>
        <translation>Versez une version avec moins de pixels, ou un JPEG de l&apos;image (les JPEG n&apos;ont pas cette limite).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="408"/>
        <source>the animation has {megapixels} million pixels in its {frames} frames; over {limit} million, its thumbnails on Commons show the first frame only.</source>
        <translation>l&apos;animation a {megapixels} millions de pixels dans ses {frames} images ; au-delà de {limit} millions, ses vignettes sur Commons ne montrent que la première image.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="411"/>
        <source>Make it smaller or shorter if it should move in articles.</source>
        <translation>Rendez-la plus petite ou plus courte si elle doit bouger dans les articles.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="418"/>
        <source>the file was there when the batch was read, but is no longer there or can no longer be read; nothing was sent.</source>
        <translation>le fichier était là quand le lot a été lu, mais il n’y est plus ou ne peut plus être lu ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="421"/>
        <source>Put the file back in the media folder, then check or upload the batch again.</source>
        <translation>Remettez le fichier dans le dossier des médias, puis vérifiez ou téléversez à nouveau le lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="427"/>
        <source>glamdonor may not read this file.</source>
        <translation>glamdonor n’a pas le droit de lire ce fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="428"/>
        <source>Check the file&apos;s permissions (it must be readable by you) and check again.</source>
        <translation>Vérifiez les droits du fichier (vous devez pouvoir le lire) et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="434"/>
        <source>this file has the same content as the file of row {row}.</source>
        <translation>ce fichier a le même contenu que le fichier de la ligne {row}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="435"/>
        <source>Remove one of the two rows, or point it at the file it should have.</source>
        <translation>Retirez l’une des deux lignes, ou faites-la pointer vers le fichier qu’elle doit avoir.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="441"/>
        <source>the file carries a GPS position ({position}), which will be public on Commons.</source>
        <translation>le fichier porte une position GPS ({position}), qui sera publique sur Commons.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="442"/>
        <source>If the place is private, remove the position from the file&apos;s EXIF data.</source>
        <translation>Si le lieu est privé, retirez la position des données EXIF du fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="448"/>
        <source>the catalog dates the photograph {catalog}, the camera {camera}.</source>
        <translation>le catalogue date la photographie de {catalog}, l’appareil de {camera}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="449"/>
        <source>Check which date is right.</source>
        <translation>Vérifiez quelle date est la bonne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="455"/>
        <source>the title “{title}” starts like a camera&apos;s file name, which Commons refuses.</source>
        <translation>le titre « {title} » commence comme un nom de fichier d’appareil photo, ce que Commons refuse.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="456"/>
        <location filename="../../glamdonor/core/problems.py" line="578"/>
        <source>Describe the subject in the title instead.</source>
        <translation>Décrivez plutôt le sujet dans le titre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="464"/>
        <source>this file is already on the wiki under this title: {url}</source>
        <translation>ce fichier est déjà sur le wiki sous ce titre : {url}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="465"/>
        <source>Nothing to do: the upload skips it.</source>
        <translation>Rien à faire : le téléversement le passe.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="471"/>
        <source>another file already has the title “{title}” on the wiki: {url}</source>
        <translation>un autre fichier porte déjà le titre « {title} » sur le wiki : {url}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="472"/>
        <source>Change the title columns of this row so that the title differs.</source>
        <translation>Modifiez les colonnes du titre de cette ligne pour que le titre diffère.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="478"/>
        <location filename="../../glamdonor/core/problems.py" line="522"/>
        <source>the same file is already on the wiki as “File:{other}”.</source>
        <translation>le même fichier est déjà sur le wiki sous « File:{other} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="479"/>
        <location filename="../../glamdonor/core/problems.py" line="523"/>
        <source>Leave this row out, or use the file that is there.</source>
        <translation>Laissez cette ligne de côté, ou utilisez le fichier qui s’y trouve.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="485"/>
        <location filename="../../glamdonor/core/problems.py" line="492"/>
        <location filename="../../glamdonor/core/problems.py" line="499"/>
        <source>the page “{page}” does not exist on the wiki.</source>
        <translation>la page « {page} » n’existe pas sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="486"/>
        <source>Check the category&apos;s spelling, or create the category on the wiki first.</source>
        <translation>Vérifiez l’orthographe de la catégorie, ou créez d’abord la catégorie sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="493"/>
        <source>Create the page on the wiki, or check its name in the partner profile or lookup.</source>
        <translation>Créez la page sur le wiki, ou vérifiez son nom dans le profil du partenaire ou la table de correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="500"/>
        <source>The page would show a red link: check the template&apos;s name in the mapping.</source>
        <translation>La page afficherait un lien rouge : vérifiez le nom du modèle dans la correspondance.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="506"/>
        <source>the wiki takes no page with the title “{title}”: {reason}</source>
        <translation>le wiki n’accepte aucune page au titre « {title} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="507"/>
        <source>Change the title columns of this row: leave out the characters the wiki refuses.</source>
        <translation>Modifiez les colonnes du titre de cette ligne : retirez les caractères que le wiki refuse.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="513"/>
        <source>the wiki refuses the title “{title}”: {reason}</source>
        <translation>le wiki refuse le titre « {title} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="514"/>
        <source>Choose a title that describes the subject.</source>
        <translation>Choisissez un titre qui décrit le sujet.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="529"/>
        <source>a different file already has this title on the wiki.</source>
        <translation>un autre fichier porte déjà ce titre sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="530"/>
        <location filename="../../glamdonor/core/problems.py" line="537"/>
        <source>Change the title columns of this row so the title is unique.</source>
        <translation>Modifiez les colonnes du titre de cette ligne pour que le titre soit unique.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="536"/>
        <source>a file with nearly the same title already exists on the wiki.</source>
        <translation>un fichier au titre presque identique existe déjà sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="543"/>
        <source>a page with this title already exists on the wiki.</source>
        <translation>une page de ce titre existe déjà sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="544"/>
        <source>Change the title columns of this row.</source>
        <translation>Modifiez les colonnes du titre de cette ligne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="550"/>
        <source>a file with this title was deleted from the wiki before.</source>
        <translation>un fichier de ce titre a déjà été supprimé du wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="552"/>
        <source>Check the deletion log of the title on the wiki: the file may have been removed for a reason. Then change the title, or ask an administrator.</source>
        <translation>Consultez le journal des suppressions du titre sur le wiki : le fichier a pu être retiré pour une raison. Puis changez le titre, ou demandez à un administrateur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="560"/>
        <source>the same file was on the wiki before and was deleted.</source>
        <translation>le même fichier a déjà été sur le wiki et a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="562"/>
        <source>The same file was deleted from the wiki before: check the deletion log; upload it only if the reason no longer holds.</source>
        <translation>Le même fichier a déjà été supprimé du wiki : consultez le journal des suppressions ; ne le téléversez que si la raison ne tient plus.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="570"/>
        <source>the wiki would change this file name.</source>
        <translation>le wiki modifierait ce nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="571"/>
        <source>Leave out the characters the wiki does not allow in titles.</source>
        <translation>Retirez les caractères que le wiki n’accepte pas dans les titres.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="577"/>
        <source>the title starts like a camera&apos;s automatic file name.</source>
        <translation>le titre commence comme le nom de fichier automatique d’un appareil photo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="584"/>
        <source>the wiki does not want this file type.</source>
        <translation>le wiki ne veut pas de ce type de fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="585"/>
        <source>Convert the file to a type the wiki accepts.</source>
        <translation>Convertissez le fichier en un type que le wiki accepte.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="591"/>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="598"/>
        <source>the wiki already holds exactly this version.</source>
        <translation>le wiki contient déjà exactement cette version.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="599"/>
        <source>Nothing to send: check the page on the wiki.</source>
        <translation>Rien à envoyer : regardez la page sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="605"/>
        <source>this content is already an older version of the file.</source>
        <translation>ce contenu est déjà une version antérieure du fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="606"/>
        <source>Nothing to send: check the file&apos;s history on the wiki.</source>
        <translation>Rien à envoyer : regardez l’historique du fichier sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="612"/>
        <source>the wiki warned: {info}</source>
        <translation>le wiki a averti : {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="613"/>
        <source>Read the warning, fix the row, then upload the batch again.</source>
        <translation>Lisez l’avertissement, corrigez la ligne, puis téléversez à nouveau le lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="619"/>
        <source>the wiki refused it: {info}</source>
        <translation>le wiki l’a refusé : {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="620"/>
        <source>Upload the batch again; if it happens again, report it with the batch.</source>
        <translation>Téléversez à nouveau le lot ; si cela se reproduit, signalez-le avec le lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="627"/>
        <source>sending took longer than the {minutes} minutes allowed for this file; the wiki holds {held} of its {size} bytes.</source>
        <translation>l’envoi a pris plus que les {minutes} minutes accordées à ce fichier ; le wiki en détient {held} octets sur {size}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="630"/>
        <source>Upload the batch again: this file goes on from where the wiki got to.</source>
        <translation>Téléversez à nouveau le lot : ce fichier reprend là où le wiki en était.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="636"/>
        <source>the file changed between its check and its sending; nothing was published.</source>
        <translation>le fichier a changé entre sa vérification et son envoi ; rien n’a été publié.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="637"/>
        <source>Upload the batch again: the file is checked and sent as it is now.</source>
        <translation>Téléversez à nouveau le lot : le fichier est vérifié et envoyé tel qu’il est maintenant.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="643"/>
        <source>the wiki&apos;s reply was lost ({reason}), and the file is not there.</source>
        <translation>la réponse du wiki s’est perdue ({reason}), et le fichier n’y est pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="644"/>
        <source>Upload the batch again: this row is tried again.</source>
        <translation>Téléversez à nouveau le lot : cette ligne est retentée.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="650"/>
        <source>the file arrived, but its page does not read as sent.</source>
        <translation>le fichier est arrivé, mais sa page ne se lit pas comme elle a été envoyée.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="651"/>
        <source>Look at the page: {url}</source>
        <translation>Regardez la page : {url}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="657"/>
        <source>the file is on the wiki, but its captions and statements were refused: {reason}</source>
        <translation>le fichier est sur le wiki, mais ses légendes et déclarations ont été refusées : {reason}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="659"/>
        <source>Fix the structured data columns of this row, then upload again: the file is not sent again.</source>
        <translation>Corrigez les colonnes de données structurées de cette ligne, puis téléversez à nouveau : le fichier n’est pas renvoyé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="668"/>
        <source>the file is on the wiki, but whether its captions and statements arrived could not be told ({reason}).</source>
        <translation>le fichier est sur le wiki, mais on n’a pas pu savoir si ses légendes et déclarations sont arrivées ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="671"/>
        <source>Upload the batch again: the wiki is asked whether they arrived.</source>
        <translation>Téléversez à nouveau le lot : on demande au wiki si elles sont arrivées.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="678"/>
        <source>“{field}” was changed on the wiki to “{theirs}”; the catalog&apos;s correction “{ours}” was not written over it.</source>
        <translation>« {field} » a été changé sur le wiki en « {theirs} » ; la correction du catalogue « {ours} » n&apos;a pas été écrite par-dessus.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="682"/>
        <source>Look at the page and its history: if the catalog is right, talk to the editor or change the page by hand. The next update leaves this field as it is on the wiki.</source>
        <translation>Regardez la page et son historique : si le catalogue a raison, parlez à l&apos;auteur de la modification ou changez la page à la main. La prochaine mise à jour laisse ce champ tel qu&apos;il est sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="690"/>
        <source>the file&apos;s page is no longer on the wiki: it was deleted.</source>
        <translation>la page du fichier n&apos;est plus sur le wiki : elle a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="692"/>
        <source>Nothing is made again. See the deletion log on the wiki; upload the row again only when the deletion is undone or was a mistake.</source>
        <translation>Rien n&apos;est recréé. Consultez le journal des suppressions du wiki ; ne téléversez la ligne à nouveau que si la suppression est annulée ou était une erreur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="700"/>
        <source>the file&apos;s page now leads to {target}: the file was merged into another.</source>
        <translation>la page du fichier mène maintenant à {target} : le fichier a été fusionné avec un autre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="701"/>
        <source>Nothing was changed; correct {target} by hand if the correction concerns it.</source>
        <translation>Rien n&apos;a été changé ; corrigez {target} à la main si la correction le concerne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="707"/>
        <source>the file was renamed on the wiki: it is now “{title}”.</source>
        <translation>le fichier a été renommé sur le wiki : il s&apos;appelle maintenant « {title} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="708"/>
        <source>The correction is made there. The file keeps the name it was given on the wiki.</source>
        <translation>La correction y est faite. Le fichier garde le nom qu&apos;on lui a donné sur le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="714"/>
        <source>the page was edited by someone else each time the correction was about to be saved.</source>
        <translation>la page a été modifiée par quelqu&apos;un d&apos;autre chaque fois que la correction allait être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="715"/>
        <source>Run the update again: it merges the correction with the page as it is then.</source>
        <translation>Relancez la mise à jour : elle fusionne la correction avec la page telle qu&apos;elle sera alors.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="27"/>
        <source>Any media: events, documents, scans</source>
        <translation>Tout média : événements, documents, numérisations</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="28"/>
        <source>Artworks: paintings, drawings, prints, objects</source>
        <translation>Œuvres : peintures, dessins, estampes, objets</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="29"/>
        <source>Historical photographs</source>
        <translation>Photographies historiques</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="30"/>
        <source>Photographs of sculptures and 3D works</source>
        <translation>Photographies de sculptures et d’œuvres en 3D</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="31"/>
        <source>Books and other printed works</source>
        <translation>Livres et autres imprimés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="121"/>
        <source>the reconciled values in {path} cannot be read ({error}).</source>
        <translation>les valeurs réconciliées de {path} ne peuvent pas être lues ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="122"/>
        <source>Save it again as CSV in UTF-8, or move it aside to reconcile anew.</source>
        <translation>Enregistrez-le à nouveau en CSV UTF-8, ou mettez-le de côté pour réconcilier à nouveau.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="129"/>
        <source>{path} is not a file of reconciled values: its first line is not {header}.</source>
        <translation>{path} n&apos;est pas un fichier de valeurs réconciliées : sa première ligne n&apos;est pas {header}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="130"/>
        <source>Give another file with --out, or move this one aside.</source>
        <translation>Indiquez un autre fichier avec --out, ou mettez celui-ci de côté.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="164"/>
        <source>line {line} of {path} has the state “{state}”, which glamdonor does not know.</source>
        <translation>la ligne {line} de {path} a l&apos;état « {state} », que glamdonor ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="165"/>
        <source>Write one of: matched, chosen, no match, to review.</source>
        <translation>Écrivez l&apos;un de : matched, chosen, no match, to review.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="174"/>
        <source>line {line} of {path} gives “{qid}” as the item of “{value}”: not a Wikidata id.</source>
        <translation>la ligne {line} de {path} donne « {qid} » comme élément de « {value} » : ce n&apos;est pas un identifiant Wikidata.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="175"/>
        <source>Write the item&apos;s id, such as Q5582, or the state “to review”.</source>
        <translation>Écrivez l&apos;identifiant de l&apos;élément, par exemple Q5582, ou l&apos;état « to review ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/reconcile.py" line="53"/>
        <source>the catalog has no column “{column}”.</source>
        <translation>le catalogue n&apos;a pas de colonne « {column} ».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/reconcile.py" line="62"/>
        <source>the catalog has no column “{column}” for a property.</source>
        <translation>le catalogue n&apos;a pas de colonne « {column} » pour une propriété.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="63"/>
        <source>the reconciliation service at {url} answered something that is not a reconciliation reply.</source>
        <translation>le service de réconciliation à {url} a répondu quelque chose qui n&apos;est pas une réponse de réconciliation.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="67"/>
        <source>Check the address (--service): it is the service&apos;s endpoint, which OpenRefine would be given. What was decided so far is kept.</source>
        <translation>Vérifiez l&apos;adresse (--service) : c&apos;est le point d&apos;accès du service, celui qu&apos;on donnerait à OpenRefine. Ce qui a été décidé jusqu&apos;ici est conservé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="82"/>
        <source>the reconciliation service at {url} refused the question ({error}).</source>
        <translation>le service de réconciliation à {url} a refusé la question ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="83"/>
        <source>Check the address (--service). What was decided so far is kept.</source>
        <translation>Vérifiez l&apos;adresse (--service). Ce qui a été décidé jusqu&apos;ici est conservé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="90"/>
        <source>the reconciliation service at {url} does not answer ({error}).</source>
        <translation>le service de réconciliation à {url} ne répond pas ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="92"/>
        <source>Check the address and your network connection, then run the same command again: what was decided so far is kept, and only the rest is asked.</source>
        <translation>Vérifiez l&apos;adresse et votre connexion réseau, puis relancez la même commande : ce qui a été décidé jusqu&apos;ici est conservé, et seul le reste est demandé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="182"/>
        <source>the wiki refused to edit a page: {info}</source>
        <translation>le wiki a refusé de modifier une page : {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="183"/>
        <source>Look at the page on the wiki; run the same command again to retry.</source>
        <translation>Regardez la page sur le wiki ; relancez la même commande pour réessayer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="188"/>
        <source>the wiki did not save an edit: {info}</source>
        <translation>le wiki n&apos;a pas enregistré une modification : {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="189"/>
        <source>Run the same command again: what was saved is known, nothing is edited twice.</source>
        <translation>Relancez la même commande : ce qui a été enregistré est connu, rien n&apos;est modifié deux fois.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="312"/>
        <source>the wiki refused to change the structured data of a file: {info}</source>
        <translation>le wiki a refusé de modifier les données structurées d&apos;un fichier : {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="313"/>
        <source>Look at the file&apos;s structured data on the wiki; run the same command again.</source>
        <translation>Regardez les données structurées du fichier sur le wiki ; relancez la même commande.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="29"/>
        <source>To start a donation, drop your catalog (a spreadsheet: Excel, CSV or OpenDocument) or a folder of media files on this window, or press Ctrl+N to choose the spreadsheet. A batch made before opens with Ctrl+O. The guide is in the Help menu (F1).</source>
        <translation>Pour commencer un don, déposez votre catalogue (un tableur : Excel, CSV ou OpenDocument) ou un dossier de fichiers médias sur cette fenêtre, ou appuyez sur Ctrl+N pour choisir le tableur. Un lot fait auparavant s’ouvre avec Ctrl+O. Le guide est dans le menu Aide (F1).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="36"/>
        <source>New batch from a spreadsheet…</source>
        <translation>Nouveau lot depuis un tableur…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="38"/>
        <source>Open a batch…</source>
        <translation>Ouvrir un lot…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="48"/>
        <source>Catalog rows</source>
        <translation>Lignes du catalogue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="70"/>
        <source>{0} rows, {1} ready, {2} with problems to fix.</source>
        <translation>{0} lignes, {1} prêtes, {2} avec des problèmes à corriger.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="44"/>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="48"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="45"/>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="46"/>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="47"/>
        <source>what to do</source>
        <translation>que faire</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="49"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="50"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="53"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="54"/>
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="72"/>
        <source>Check the batch</source>
        <translation>Vérifier le lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="74"/>
        <source>Offline (do not ask the wiki)</source>
        <translation>Hors ligne (sans interroger le wiki)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="76"/>
        <source>Check progress</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="79"/>
        <source>Checking reads the catalog and every file again, and asks the wiki about titles, duplicates and categories, before anything is sent.</source>
        <translation>La vérification relit le catalogue et chaque fichier, et interroge le wiki sur les titres, les doublons et les catégories, avant que rien ne soit envoyé.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="85"/>
        <source>Kinds of problems</source>
        <translation>Types de problèmes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="252"/>
        <source>The problems are written to {0}.</source>
        <translation>Les problèmes sont écrits dans {0}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="88"/>
        <source>Filter the problems…</source>
        <translation>Filtrer les problèmes…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="89"/>
        <source>Filter the problems</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="90"/>
        <source>Export the problems…</source>
        <translation>Exporter les problèmes…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="107"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="120"/>
        <source>The problem, in full</source>
        <translation>Le problème, en entier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="191"/>
        <source>All problems ({0})</source>
        <translation>Tous les problèmes ({0})</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="203"/>
        <source>{0} rows: {1} ready to upload, {2} blocked by an error.</source>
        <translation>{0} lignes : {1} prêtes à téléverser, {2} bloquées par une erreur.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="222"/>
        <source>Row {0}: {1} {2}</source>
        <translation>Ligne {0} : {1} {2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="226"/>
        <source>The check could not run: {0}</source>
        <translation>La vérification n&apos;a pas pu se faire : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="242"/>
        <source>Export the problems</source>
        <translation>Exporter les problèmes</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="93"/>
        <source>After the upload, the files live on the wiki. Corrections of your catalog reach their pages without overwriting what volunteers did there, and what volunteers added comes back to you.</source>
        <translation>Après le téléversement, les fichiers vivent sur le wiki. Les corrections de votre catalogue atteignent leurs pages sans écraser ce que les bénévoles y ont fait, et ce que les bénévoles ont ajouté vous revient.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="100"/>
        <source>Look for corrections</source>
        <translation>Chercher les corrections</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="102"/>
        <source>Correct these pages</source>
        <translation>Corriger ces pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="106"/>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="106"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="106"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="107"/>
        <source>The pages to correct</source>
        <translation>Les pages à corriger</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="114"/>
        <source>The change of the page</source>
        <translation>La modification de la page</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="117"/>
        <source>Choose a page above to see its change: lines taken away (−), put in (+).</source>
        <translation>Choisissez une page ci-dessus pour voir sa modification : lignes retirées (−), ajoutées (+).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="121"/>
        <source>Change the catalog, the mapping or the partner, then look: nothing is edited before you choose to.</source>
        <translation>Modifiez le catalogue, la correspondance ou le partenaire, puis cherchez : rien n&apos;est modifié avant que vous le choisissiez.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="126"/>
        <source>Corrections from the catalog</source>
        <translation>Corrections venant du catalogue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="137"/>
        <source>See what others changed</source>
        <translation>Voir ce que d&apos;autres ont changé</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="139"/>
        <source>Save as a sheet…</source>
        <translation>Enregistrer comme feuille…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="144"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="144"/>
        <source>Editor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="145"/>
        <source>What others changed</source>
        <translation>Ce que d&apos;autres ont changé</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="153"/>
        <source>What the community added</source>
        <translation>Ce que la communauté a ajouté</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="189"/>
        <source>Reading the pages on the wiki…</source>
        <translation>Lecture des pages sur le wiki…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="202"/>
        <source>Correcting the pages…</source>
        <translation>Correction des pages…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="215"/>
        <source>Reading the pages&apos; histories on the wiki…</source>
        <translation>Lecture des historiques des pages sur le wiki…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="229"/>
        <source>Save what others changed</source>
        <translation>Enregistrer ce que d&apos;autres ont changé</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="230"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="238"/>
        <source>The sheet is written: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt; ({2} changes).</source>
        <translation>La feuille est écrite : &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt; ({2} modifications).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="250"/>
        <source>corrected: {0}</source>
        <translation>corrigé : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="258"/>
        <source>{n} page corrected</source>
        <translation>{n} page corrigée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="258"/>
        <source>{n} pages corrected</source>
        <translation>{n} pages corrigées</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="261"/>
        <source>{n} conflict</source>
        <translation>{n} conflit</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="261"/>
        <source>{n} conflicts</source>
        <translation>{n} conflits</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="265"/>
        <source>{0}, {1} unchanged, {2}: where a volunteer changed a field the catalog also changed, the volunteer&apos;s value was kept.</source>
        <translation>{0}, {1} sans changement, {2} : là où un bénévole a changé un champ que le catalogue a aussi changé, la valeur du bénévole a été gardée.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="282"/>
        <source>Correct {n} page</source>
        <translation>Corriger {n} page</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="282"/>
        <source>Correct {n} pages</source>
        <translation>Corriger {n} pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="324"/>
        <source>{0} on {1} of the {2} pages, by {3}; {4} by bots.</source>
        <translation>{0} sur {1} des {2} pages, par {3} ; {4} par des robots.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="325"/>
        <source>{n} change</source>
        <translation>{n} modification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="325"/>
        <source>{n} changes</source>
        <translation>{n} modifications</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="328"/>
        <source>{n} editor</source>
        <translation>{n} contributeur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="328"/>
        <source>{n} editors</source>
        <translation>{n} contributeurs</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="329"/>
        <source>{n} edit</source>
        <translation>{n} modification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="329"/>
        <source>{n} edits</source>
        <translation>{n} modifications</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="278"/>
        <source>corrects: {0}</source>
        <translation>corrige : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="286"/>
        <source>{0} of the {1} pages on the wiki would be corrected.</source>
        <translation>{0} des {1} pages du wiki seraient corrigées.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="290"/>
        <source>Nothing to correct: the {0} pages agree with the batch.</source>
        <translation>Rien à corriger : les {0} pages sont conformes au lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="338"/>
        <source>category added</source>
        <translation>catégorie ajoutée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="339"/>
        <source>category removed</source>
        <translation>catégorie retirée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="340"/>
        <source>description added</source>
        <translation>description ajoutée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="341"/>
        <source>field changed</source>
        <translation>champ modifié</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="342"/>
        <source>file renamed</source>
        <translation>fichier renommé</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="343"/>
        <source>other edits</source>
        <translation>autres modifications</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="344"/>
        <source>statement added</source>
        <translation>déclaration ajoutée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="345"/>
        <source>statement removed</source>
        <translation>déclaration retirée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="346"/>
        <source>caption added</source>
        <translation>légende ajoutée</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="20"/>
        <source>Files of the scope found on the wiki at the latest snapshot.</source>
        <translation>Fichiers du périmètre trouvés sur le wiki au dernier instantané.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="29"/>
        <source>Distinct pages, on any wiki and in any namespace, that show at least one file.</source>
        <translation>Pages distinctes, sur tout wiki et dans tout espace, qui montrent au moins un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="24"/>
        <source>Files shown on at least one article (main namespace) of any wiki but Wikidata, and their share of the files.</source>
        <translation>Fichiers montrés sur au moins un article (espace principal) d&apos;un wiki autre que Wikidata, et leur part des fichiers.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="33"/>
        <source>Distinct articles (main namespace) that show at least one file; Wikidata items are counted apart.</source>
        <translation>Articles distincts (espace principal) qui montrent au moins un fichier ; les éléments Wikidata sont comptés à part.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="38"/>
        <source>Distinct Wikidata items that show at least one file (as their image, logo, map...): Wikipedias and search engines show these images wherever they show the items.</source>
        <translation>Éléments Wikidata distincts qui montrent au moins un fichier (comme image, logo, carte…) : les Wikipédias et les moteurs de recherche montrent ces images partout où ils montrent les éléments.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="43"/>
        <source>Distinct wikis with at least one page showing a file.</source>
        <translation>Wikis distincts ayant au moins une page qui montre un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="47"/>
        <source>Distinct languages of those wikis (fr.wikipedia.org and fr.wikisource.org are both French); multilingual wikis (Commons, Wikidata) are not counted.</source>
        <translation>Langues distinctes de ces wikis (fr.wikipedia.org et fr.wikisource.org sont tous deux en français) ; les wikis multilingues (Commons, Wikidata) ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="52"/>
        <source>Views by people (not bots) of the articles that show the files at the latest snapshot, per month over the period; each article counted once however many files it shows. These are views of pages, not people who saw the files.</source>
        <translation>Vues par des personnes (pas des robots) des articles qui montrent les fichiers au dernier instantané, par mois sur la période ; chaque article compte une fois, quel que soit le nombre de fichiers qu&apos;il montre. Ce sont des vues de pages, pas des personnes qui ont vu les fichiers.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="58"/>
        <source>Requests by people of the files themselves (originals and thumbnails, from any site), per month over the period.</source>
        <translation>Demandes par des personnes des fichiers eux-mêmes (originaux et vignettes, depuis tout site), par mois sur la période.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="63"/>
        <source>Of the files uploaded at least N days before a snapshot, the share shown on an article in the first snapshot taken N days or more after their upload.</source>
        <translation>Parmi les fichiers téléversés au moins N jours avant un instantané, la part montrée dans un article au premier instantané pris N jours ou plus après leur téléversement.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="68"/>
        <source>Pages showing a file at the latest snapshot and not at the one before, and the other way round.</source>
        <translation>Pages qui montrent un fichier au dernier instantané et pas au précédent, et l&apos;inverse.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="73"/>
        <source>Edits of the files&apos; pages by other accounts since the upload (bots included), as glamdonor community last counted them; editors: the distinct accounts, bots apart; changes: categories, descriptions, statements and other fields they added or changed.</source>
        <translation>Modifications des pages des fichiers par d&apos;autres comptes depuis le téléversement (robots compris), telles que glamdonor community les a comptées en dernier ; contributeurs : les comptes distincts, robots à part ; changements : catégories, descriptions, déclarations et autres champs ajoutés ou modifiés.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="79"/>
        <source>At each snapshot: the files shown on at least one article, and the pages showing at least one file.</source>
        <translation>À chaque instantané : les fichiers montrés dans au moins un article, et les pages qui montrent au moins un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="90"/>
        <source>not available on this wiki</source>
        <translation>non disponible sur ce wiki</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="17"/>
        <source>None of your {files} is shown on a page of a wiki yet.</source>
        <translation>Aucun de vos {files} n&apos;est encore montré sur une page d&apos;un wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="20"/>
        <source>Your file is not shown on a page of a wiki yet.</source>
        <translation>Votre fichier n&apos;est encore montré sur aucune page d&apos;un wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="21"/>
        <source>Your {files} are shown on {pages} of {wikis}.</source>
        <translation>Vos {files} sont montrés sur {pages} de {wikis}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="22"/>
        <source>Your file is shown on {pages} of {wikis}.</source>
        <translation>Votre fichier est montré sur {pages} de {wikis}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="23"/>
        <source>{articles} of those pages are articles, in {languages}.</source>
        <translation>{articles} de ces pages sont des articles, en {languages}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="26"/>
        <source>One of those pages is an article, in {languages}.</source>
        <translation>L&apos;une de ces pages est un article, en {languages}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="27"/>
        <source>{articles} of those pages are articles.</source>
        <translation>{articles} de ces pages sont des articles.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="28"/>
        <source>One of those pages is an article.</source>
        <translation>L&apos;une de ces pages est un article.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="29"/>
        <source>None of those pages is an article.</source>
        <translation>Aucune de ces pages n&apos;est un article.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="30"/>
        <source>{used} of the files ({share}) are shown on at least one article.</source>
        <translation>{used} des fichiers ({share}) sont montrés sur au moins un article.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="33"/>
        <source>One of the files ({share}) is shown on at least one article.</source>
        <translation>L&apos;un des fichiers ({share}) est montré sur au moins un article.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="36"/>
        <source>{items} Wikidata items show them too: Wikipedias and search engines show those images wherever they show the items.</source>
        <translation>{items} éléments Wikidata les montrent aussi : les Wikipédias et les moteurs de recherche montrent ces images partout où ils montrent les éléments.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="41"/>
        <source>A Wikidata item shows them too: Wikipedias and search engines show its image wherever they show the item.</source>
        <translation>Un élément Wikidata les montre aussi : les Wikipédias et les moteurs de recherche montrent son image partout où ils montrent l&apos;élément.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="46"/>
        <source>The articles that show them were read {views} from {first} to {last}.</source>
        <translation>Les articles qui les montrent ont été lus {views} de {first} à {last}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="49"/>
        <source>The files themselves were requested {requests} in those months.</source>
        <translation>Les fichiers eux-mêmes ont été demandés {requests} pendant ces mois.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="52"/>
        <source>Since the upload, {editors} improved the files&apos; pages with {edits}: {changes} to categories, descriptions and data.</source>
        <translation>Depuis le téléversement, {editors} ont amélioré les pages des fichiers par {edits} : {changes} aux catégories, descriptions et données.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="64"/>
        <source>{n} file</source>
        <translation>{n} fichier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="64"/>
        <source>{n} files</source>
        <translation>{n} fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="65"/>
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="65"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="66"/>
        <source>{n} wiki</source>
        <translation>{n} wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="66"/>
        <source>{n} wikis</source>
        <translation>{n} wikis</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="68"/>
        <source>{n} language</source>
        <translation>{n} langue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="69"/>
        <source>{n} languages</source>
        <translation>{n} langues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="71"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="71"/>
        <source>{n} times</source>
        <translation>{n} fois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="73"/>
        <source>{n} volunteer</source>
        <translation>{n} bénévole</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="74"/>
        <source>{n} volunteers</source>
        <translation>{n} bénévoles</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="76"/>
        <source>{n} edit</source>
        <translation>{n} modification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="76"/>
        <source>{n} edits</source>
        <translation>{n} modifications</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="78"/>
        <source>{n} change</source>
        <translation>{n} changement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="79"/>
        <source>{n} changes</source>
        <translation>{n} changements</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="57"/>
        <source>This wiki counts no page views, so how often they were seen is not known.</source>
        <translation>Ce wiki ne compte pas les vues des pages : on ne sait donc pas combien de fois ils ont été vus.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="60"/>
        <source>No month is complete since the first upload: views are counted from next month.</source>
        <translation>Aucun mois n&apos;est complet depuis le premier versement : les vues seront comptées à partir du mois prochain.</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="93"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="94"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="267"/>
        <source>files used</source>
        <translation>fichiers utilisés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="95"/>
        <source>share of files used</source>
        <translation>part des fichiers utilisés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="96"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="261"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="268"/>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="97"/>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="98"/>
        <source>Wikidata items</source>
        <translation>éléments Wikidata</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="99"/>
        <source>wikis</source>
        <translation>wikis</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="100"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="101"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="240"/>
        <source>page-context views</source>
        <translation>vues des pages qui montrent les fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="102"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="240"/>
        <source>media requests</source>
        <translation>demandes des fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="103"/>
        <source>new usages</source>
        <translation>nouvelles utilisations</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="104"/>
        <source>lost usages</source>
        <translation>utilisations perdues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="105"/>
        <source>edits by others</source>
        <translation>modifications par d&apos;autres</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="106"/>
        <source>editors</source>
        <translation>contributeurs</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="107"/>
        <source>changes by others</source>
        <translation>changements par d&apos;autres</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="108"/>
        <source>usage</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="109"/>
        <source>page views</source>
        <translation>vues des pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="110"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="134"/>
        <source>Refreshing stopped: {0}</source>
        <translation>La mise à jour s&apos;est arrêtée : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="137"/>
        <source>Refresh the figures</source>
        <translation>Mettre à jour les chiffres</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="142"/>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="143"/>
        <source>Export the report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="148"/>
        <source>Which pages show the uploaded files, and how often they are seen: take a new snapshot every month.</source>
        <translation>Quelles pages montrent les fichiers téléversés, et combien elles sont vues : prenez un nouvel instantané chaque mois.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="155"/>
        <source>What the figures say</source>
        <translation>Ce que disent les chiffres</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="65"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="157"/>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="66"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="157"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="158"/>
        <source>Impact figures</source>
        <translation>Chiffres de l&apos;impact</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="162"/>
        <source>Impact tables</source>
        <translation>Tableaux de l&apos;impact</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="164"/>
        <source>Views and requests per month</source>
        <translation>Vues et demandes par mois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="167"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="182"/>
        <source>Languages reached</source>
        <translation>Langues atteintes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="325"/>
        <source>The report could not be written: {0}</source>
        <translation>Le rapport n&apos;a pas pu être écrit : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="327"/>
        <source>Wrote the report to {0}.</source>
        <translation>Rapport écrit dans {0}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="81"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="169"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="181"/>
        <source>Usage over time</source>
        <translation>Utilisation au fil du temps</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="60"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="62"/>
        <source>New usages</source>
        <translation>Nouvelles utilisations</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="63"/>
        <source>Lost usages</source>
        <translation>Utilisations perdues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="64"/>
        <source>Commons Impact Metrics</source>
        <translation>Commons Impact Metrics</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="67"/>
        <source>definition</source>
        <translation>définition</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="68"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="69"/>
        <source>in use after N days</source>
        <translation>utilisés après N jours</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="70"/>
        <source>new and lost usages</source>
        <translation>utilisations nouvelles et perdues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="71"/>
        <source>usage over time</source>
        <translation>utilisation au fil du temps</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="72"/>
        <source>Top pages</source>
        <translation>Pages les plus vues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="73"/>
        <source>Top files</source>
        <translation>Fichiers les plus vus</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="74"/>
        <source>Use on Wikidata</source>
        <translation>Utilisation sur Wikidata</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="75"/>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="76"/>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="77"/>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="78"/>
        <source>Wikis</source>
        <translation>Wikis</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="79"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="80"/>
        <source>In use after</source>
        <translation>Utilisés après</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="82"/>
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="83"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="84"/>
        <source>views</source>
        <translation>vues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="85"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="86"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="87"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="88"/>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="89"/>
        <source>files counted</source>
        <translation>fichiers comptés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="90"/>
        <source>snapshot</source>
        <translation>instantané</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="179"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="61"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="180"/>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="183"/>
        <source>Pages, files and languages</source>
        <translation>Pages, fichiers et langues</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="206"/>
        <source>{0}: {1}/{2}</source>
        <translation>{0} : {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="210"/>
        <source>{0} files on the wiki, {1} shown on articles, {2} pages in all.</source>
        <translation>{0} fichiers sur le wiki, {1} montrés dans des articles, {2} pages en tout.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="309"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="27"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="28"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="29"/>
        <source>Title on the wiki</source>
        <translation>Titre sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="30"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="31"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="34"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="35"/>
        <source>hashed</source>
        <translation>empreinte calculée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="36"/>
        <source>checked</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="37"/>
        <source>uploading</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="38"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="39"/>
        <source>data written</source>
        <translation>données écrites</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="40"/>
        <source>verified</source>
        <translation>vérifié sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="41"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="42"/>
        <source>failed</source>
        <translation>non téléversé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="57"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="58"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="59"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="60"/>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="61"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="62"/>
        <source>Upload</source>
        <translation>Téléversement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="63"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="64"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="109"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="153"/>
        <source>&amp;Batch</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="154"/>
        <source>&amp;New from a spreadsheet…</source>
        <translation>&amp;Nouveau à partir d&apos;un tableur…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="158"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="162"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un lot &amp;récent</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="164"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="165"/>
        <source>&amp;Guide for museum staff</source>
        <translation>&amp;Guide pour le personnel du musée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="183"/>
        <location filename="../../glamdonor/gui/app.py" line="188"/>
        <source>Guide for museum staff</source>
        <translation>Guide pour le personnel du musée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="202"/>
        <source>Open batch</source>
        <translation>Ouvrir un lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="202"/>
        <source>Batch files (*.toml)</source>
        <translation>Fichiers de lot (*.toml)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="209"/>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="216"/>
        <source>New batch from a spreadsheet</source>
        <translation>Nouveau lot à partir d&apos;un tableur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="218"/>
        <source>Spreadsheets (*.csv *.tsv *.xlsx *.xls *.ods)</source>
        <translation>Tableurs (*.csv *.tsv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="255"/>
        <source>This batch&apos;s mapping uses the institution&apos;s name: make its partner profile in the Partner step.</source>
        <translation>La correspondance de ce lot utilise le nom de l’institution : créez son profil de partenaire à l’étape Partenaire.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="262"/>
        <source>This batch&apos;s mapping does not fit its catalog yet: {0}</source>
        <translation>La correspondance de ce lot ne convient pas encore à son catalogue : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="293"/>
        <source>The catalog changed; reading it again…</source>
        <translation>Le catalogue a changé ; nouvelle lecture…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="305"/>
        <source>This batch cannot be opened: {0}</source>
        <translation>Ce lot ne peut pas être ouvert : {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="42"/>
        <source>a column</source>
        <translation>une colonne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="43"/>
        <source>a fixed value</source>
        <translation>une valeur fixe</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="44"/>
        <source>a pattern</source>
        <translation>un modèle</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="49"/>
        <source>categories, line {0}</source>
        <translation>catégories, ligne {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="50"/>
        <source>structured data: {0}</source>
        <translation>données structurées : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="65"/>
        <source>The wiki could not draw the page: {0}</source>
        <translation>Le wiki n&apos;a pas pu dessiner la page : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="72"/>
        <source>Preset</source>
        <translation>Modèle prédéfini</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="73"/>
        <source>Suggest from the catalog&apos;s headers</source>
        <translation>Proposer d&apos;après les en-têtes du catalogue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="75"/>
        <source>Undo the suggestion</source>
        <translation>Annuler la suggestion</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="79"/>
        <source>Add a line of categories</source>
        <translation>Ajouter une ligne de catégories</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="81"/>
        <source>Save and preview</source>
        <translation>Enregistrer et prévisualiser</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="86"/>
        <source>Part of the page</source>
        <translation>Partie de la page</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="87"/>
        <source>Comes from</source>
        <translation>Vient de</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="88"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="89"/>
        <source>Transforms</source>
        <translation>Transformations</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="92"/>
        <source>Mapping fields</source>
        <translation>Champs de la correspondance</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="97"/>
        <source>Select a row in the Catalog step to see its page.</source>
        <translation>Choisissez une ligne dans l&apos;étape Catalogue pour voir sa page.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="99"/>
        <source>Preview of the selected row</source>
        <translation>Aperçu de la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="102"/>
        <source>The page, drawn</source>
        <translation>La page, dessinée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="103"/>
        <source>Draw it as the wiki does</source>
        <translation>La dessiner comme le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="107"/>
        <source>The selected row&apos;s file</source>
        <translation>Le fichier de la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="109"/>
        <source>Preset:</source>
        <translation>Modèle prédéfini :</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="132"/>
        <source>The page</source>
        <translation>La page</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="133"/>
        <source>Its text and data</source>
        <translation>Son texte et ses données</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="150"/>
        <source>Mapping file: {0}</source>
        <translation>Fichier de correspondance : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="221"/>
        <source>Suggested from the “{0}” preset: {1} parts added, the rest kept as they were; not found in the catalog: {2}. Check the sources, then save (or undo).</source>
        <translation>Suggéré d’après le préréglage « {0} » : {1} parties ajoutées, le reste gardé tel quel ; absent du catalogue : {2}. Vérifiez les sources, puis enregistrez (ou annulez).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="229"/>
        <source>The mapping is back as it was before the suggestion.</source>
        <translation>La correspondance est revenue à ce qu’elle était avant la suggestion.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="48"/>
        <source>title (of the file)</source>
        <translation>titre (du fichier)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="174"/>
        <source>Where {0} comes from</source>
        <translation>D&apos;où vient {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="181"/>
        <source>Source of {0}</source>
        <translation>Source de {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="186"/>
        <source>(as written in the file)</source>
        <translation>(tel qu&apos;écrit dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="277"/>
        <source>Saved {0}; the preview follows.</source>
        <translation>{0} enregistré ; l&apos;aperçu suit.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="298"/>
        <source>Drawn by glamdonor, without the wiki.</source>
        <translation>Dessinée par glamdonor, sans le wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="308"/>
        <source>No picture of this file to show.</source>
        <translation>Aucune image de ce fichier à montrer.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="68"/>
        <source>New batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="74"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="109"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="77"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="112"/>
        <source>Header row</source>
        <translation>Ligne des en-têtes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="79"/>
        <source>The sheet&apos;s first rows</source>
        <translation>Les premières lignes de la feuille</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="88"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="113"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="169"/>
        <source>Media folder</source>
        <translation>Dossier des médias</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="89"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="94"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="114"/>
        <source>Preset</source>
        <translation>Modèle prédéfini</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="97"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="115"/>
        <source>Partner profile</source>
        <translation>Profil du partenaire</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="98"/>
        <source>a partner profile (.toml), used by every batch</source>
        <translation>un profil de partenaire (.toml), utilisé par chaque lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="102"/>
        <source>Make another batch of this spreadsheet</source>
        <translation>Faire un autre lot de ce tableur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="108"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="110"/>
        <source>Click the row that holds the column names (the header row):</source>
        <translation>Cliquez sur la ligne qui porte les noms des colonnes (la ligne d’en-tête) :</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="130"/>
        <source>This spreadsheet has a batch already: {0}. OK opens it as it is (its mapping and journal kept); tick the box above to make another one.</source>
        <translation>Ce tableur a déjà un lot : {0}. OK l’ouvre tel quel (sa correspondance et son journal gardés) ; cochez la case ci-dessus pour en faire un autre.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="20"/>
        <source>Institution&apos;s name</source>
        <translation>Nom de l&apos;institution</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="21"/>
        <source>Its Wikidata item (Q…)</source>
        <translation>Son élément Wikidata (Q…)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="22"/>
        <source>Institution template</source>
        <translation>Modèle Institution</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="23"/>
        <source>Credit line</source>
        <translation>Mention de crédit</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="24"/>
        <source>Partnership template</source>
        <translation>Modèle de partenariat</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="25"/>
        <source>Category of its media</source>
        <translation>Catégorie de ses médias</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="26"/>
        <source>Category of each batch</source>
        <translation>Catégorie de chaque lot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="27"/>
        <source>Tracking category</source>
        <translation>Catégorie de suivi</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="28"/>
        <source>Edit summary</source>
        <translation>Résumé de modification</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="39"/>
        <source>Open a batch first.</source>
        <translation>Ouvrez d’abord un lot.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="49"/>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="83"/>
        <source>This batch names no partner profile yet. Fill in at least the institution&apos;s name, then save: the profile is written as {0}, and the batch names it.</source>
        <translation>Ce lot ne nomme encore aucun profil de partenaire. Remplissez au moins le nom de l’institution, puis enregistrez : le profil est écrit dans {0}, et le lot le nomme.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="91"/>
        <source>Profile {0}: every batch that names it credits the institution so.</source>
        <translation>Profil {0} : chaque lot qui le nomme crédite ainsi l&apos;institution.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../glamdonor/gui/words.py" line="31"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../glamdonor/metrics/report.py" line="30"/>
        <source>Usage comes from the wiki&apos;s API on the day of each snapshot: on Commons, the pages of every Wikimedia wiki that show each file (GlobalUsage); on another wiki, its own pages. Page views and media requests come from the Wikimedia REST API (pageviews per article, media requests per file), counting people, not bots, per calendar month; a month without data counts 0. Past months do not change, so each is fetched once and kept. Views are those of the articles showing the files at the latest snapshot: a page that showed a file earlier and no longer does is not counted. Commons Impact Metrics, where shown, are Wikimedia&apos;s own figures for an allow-listed category; they count a page once per file of the category it shows, so they are higher than the page-context views here.</source>
        <translation>L&apos;utilisation vient de l&apos;API du wiki le jour de chaque instantané : sur Commons, les pages de tous les wikis Wikimedia qui montrent chaque fichier (GlobalUsage) ; sur un autre wiki, ses propres pages. Les vues de pages et les demandes de médias viennent de l&apos;API REST de Wikimedia (vues par article, demandes par fichier), en comptant les personnes et non les robots, par mois civil ; un mois sans données compte 0. Les mois passés ne changent pas : chacun est demandé une fois et gardé. Les vues sont celles des articles qui montrent les fichiers au dernier instantané : une page qui montrait un fichier et ne le montre plus n&apos;est pas comptée. Les Commons Impact Metrics, là où elles figurent, sont les chiffres de Wikimedia pour une catégorie admise ; elles comptent une page une fois par fichier de la catégorie qu&apos;elle montre, et sont donc plus élevées que les vues en contexte de page ici.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="45"/>
        <source>Impact of {title}</source>
        <translation>Impact de {title}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="46"/>
        <source>Impact of {title} on {wiki}: snapshot of {date}, months {first} to {last}</source>
        <translation>Impact de {title} sur {wiki} : instantané du {date}, mois {first} à {last}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="49"/>
        <source>Impact of {title} on {wiki}: snapshot of {date}, no month complete since the first upload ({first})</source>
        <translation>Impact de {title} sur {wiki} : instantané du {date}, aucun mois complet depuis le premier téléversement ({first})</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="54"/>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="55"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="56"/>
        <source>… and {rows} more rows (in the XLSX report).</source>
        <translation>… et {rows} lignes de plus (dans le rapport XLSX).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="57"/>
        <source>Page-context views and media requests per month</source>
        <translation>Vues en contexte de page et demandes de médias par mois</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="58"/>
        <source>Languages reached (pages showing the files)</source>
        <translation>Langues atteintes (pages montrant les fichiers)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="59"/>
        <source>Languages reached (pages showing the files): the {shown} with the most pages, of {reached}</source>
        <translation>Langues atteintes (pages montrant les fichiers) : les {shown} avec le plus de pages, sur {reached}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="63"/>
        <source>Share of files in use after 30, 90 and 365 days</source>
        <translation>Part des fichiers utilisés après 30, 90 et 365 jours</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="64"/>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="65"/>
        <source>% of files in use</source>
        <translation>% des fichiers utilisés</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="66"/>
        <source>after {days} days
({files} files)</source>
        <translation>après {days} jours
({files} fichiers)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="67"/>
        <source>no views or requests counted in these months</source>
        <translation>aucune vue ni demande comptée ces mois-ci</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="68"/>
        <source>no page in a language wiki shows these files yet</source>
        <translation>aucune page d&apos;un wiki de langue ne montre encore ces fichiers</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="69"/>
        <source>The {shown} most viewed of the {total} pages that show the files.</source>
        <translation>Les {shown} plus vues des {total} pages qui montrent les fichiers.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="72"/>
        <source>The {shown} most viewed of the {total} files shown on a page.</source>
        <translation>Les {shown} plus vus des {total} fichiers montrés sur une page.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../glamdonor/gui/worker.py" line="78"/>
        <source>Stopped while the wiki did not answer: start again to go on; nothing is lost.</source>
        <translation>Arrêté pendant que le wiki ne répondait pas : relancez pour continuer ; rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/worker.py" line="86"/>
        <source>Something unexpected went wrong; nothing was lost. The details are in {0}: please send that file with your report.</source>
        <translation>Un problème inattendu est survenu ; rien n&apos;a été perdu. Les détails sont dans {0} : envoyez ce fichier avec votre signalement.</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="80"/>
        <source>Make a BotPassword on the wiki: log in there, open Special:BotPasswords, give it a name (for example “glamdonor”) and the rights “High-volume editing”, “Edit existing pages”, “Create, edit, and move pages” and “Upload new files”. The wiki then shows a login name such as “YourName@glamdonor” and a password: enter both here. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Créez un mot de passe de robot sur le wiki : connectez-vous, ouvrez Special:BotPasswords, donnez-lui un nom (par exemple « glamdonor ») et les droits « Modification à haut volume », « Modifier des pages existantes », « Créer, modifier et renommer des pages » et « Importer de nouveaux fichiers ». Le wiki affiche alors un identifiant comme « VotreNom@glamdonor » et un mot de passe : saisissez-les ici. Le mot de passe est gardé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="90"/>
        <source>BotPassword login name</source>
        <translation>Identifiant du mot de passe de robot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="93"/>
        <source>BotPassword password</source>
        <translation>Mot de passe de robot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="97"/>
        <source>Login name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="98"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="101"/>
        <source>Rows in the pilot</source>
        <translation>Lignes du lot pilote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="102"/>
        <source>no pilot: every row</source>
        <translation>pas de pilote : toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="103"/>
        <source>Start uploading</source>
        <translation>Commencer le téléversement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="104"/>
        <location filename="../../glamdonor/gui/upload_page.py" line="251"/>
        <location filename="../../glamdonor/gui/upload_page.py" line="369"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="112"/>
        <source>Upload progress</source>
        <translation>Avancement du téléversement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="115"/>
        <source>Every ready row is sent once; a stopped upload goes on where it stopped.</source>
        <translation>Chaque ligne prête est envoyée une seule fois ; un téléversement interrompu reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="120"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="120"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="120"/>
        <source>Page on the wiki</source>
        <translation>Page sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="122"/>
        <source>The rows of this upload</source>
        <translation>Les lignes de ce téléversement</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="131"/>
        <source>Open the page on the wiki</source>
        <translation>Ouvrir la page sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="133"/>
        <source>Write the results sheet</source>
        <translation>Écrire la feuille des résultats</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="137"/>
        <source>Pilot: upload first</source>
        <translation>Pilote : téléverser d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="139"/>
        <source>rows drawn at random, to review on the wiki</source>
        <translation>lignes tirées au hasard, à relire sur le wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="176"/>
        <source>The results sheet is written: {0} ({1} rows).</source>
        <translation>La feuille des résultats est écrite : {0} ({1} lignes).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="196"/>
        <source>already there</source>
        <translation>déjà là</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="199"/>
        <source>uploaded (the wiki had lost track of the half-sent upload: the file was sent again from its first byte)</source>
        <translation>téléversée (le wiki avait perdu la trace du téléversement à moitié envoyé : le fichier a été renvoyé depuis son premier octet)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="202"/>
        <source>uploaded</source>
        <translation>téléversée</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="205"/>
        <source>skipped: {0}</source>
        <translation>passée : {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="206"/>
        <source>not uploaded: {0} {1}</source>
        <translation>non téléversée : {0} {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="226"/>
        <source>Connecting to the wiki…</source>
        <translation>Connexion au wiki…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="254"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="255"/>
        <source>Paused after the file under way.</source>
        <translation>En pause après le fichier en cours.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="270"/>
        <source>Row {0} was done on this wiki, but is no longer there: it goes again.</source>
        <translation>La ligne {0} était faite sur ce wiki, mais n&apos;y est plus : elle repart.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="281"/>
        <source>{0} uploaded, {1} already there, {2} skipped, {3} not uploaded.</source>
        <translation>{0} téléversés, {1} déjà présents, {2} ignorés, {3} non téléversés.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="284"/>
        <source> Stopped: start again to go on.</source>
        <translation> Arrêté : relancez pour continuer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="296"/>
        <source>Uploading to {0} as {1}: {2} rows to send.</source>
        <translation>Téléversement vers {0} en tant que {1} : {2} lignes à envoyer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="301"/>
        <source>{0} ({1} rows verified there)</source>
        <translation>{0} ({1} lignes vérifiées là-bas)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="305"/>
        <source>Rehearsed on {0}; now uploading to {1} as {2}: {3} rows to send.</source>
        <translation>Répété sur {0} ; téléversement maintenant vers {1} en tant que {2} : {3} lignes à envoyer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="309"/>
        <source>The batch&apos;s journal was damaged: it is kept, untouched, as {0}, and a new one is started; each row&apos;s state is asked of the wiki again.</source>
        <translation>Le journal du lot était endommagé : il est gardé, intact, sous le nom {0}, et un nouveau est commencé ; on redemande au wiki l’état de chaque ligne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="314"/>
        <source>{0} rows recorded by an earlier glamdonor cannot be told to be on this wiki: they are sent unless the wiki already holds their files.</source>
        <translation>{0} lignes enregistrées par une version antérieure de glamdonor ne peuvent être attribuées à ce wiki : elles sont envoyées, sauf si le wiki a déjà leurs fichiers.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="322"/>
        <source>{0}/{1} files, {2} of {3}, {4}/s</source>
        <translation>{0}/{1} fichiers, {2} sur {3}, {4}/s</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="330"/>
        <source>, about {0} left</source>
        <translation>, encore {0} environ</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="336"/>
        <source>row {0}: already there: {1}</source>
        <translation>ligne {0} : déjà présent : {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="339"/>
        <source>row {0}: uploaded: {1} (the wiki had lost track of the half-sent upload: the file was sent again from its first byte)</source>
        <translation>ligne {0} : téléversée : {1} (le wiki avait perdu la trace du téléversement à moitié envoyé : le fichier a été renvoyé depuis son premier octet)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="342"/>
        <source>row {0}: uploaded: {1}</source>
        <translation>ligne {0} : téléversé : {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="346"/>
        <source>row {0}: skipped: {1}</source>
        <translation>ligne {0} : ignoré : {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="347"/>
        <source>row {0}: not uploaded: {1}</source>
        <translation>ligne {0} : non téléversé : {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="351"/>
        <source>The wiki does not answer; trying again in {0} s (Cancel to stop).</source>
        <translation>Le wiki ne répond pas ; nouvel essai dans {0} s (Annuler pour arrêter).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="358"/>
        <source>The wiki answers again, at {0}: going on there.</source>
        <translation>Le wiki répond de nouveau, à {0} : l&apos;envoi continue là.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="362"/>
        <source>The upload stopped: {0}</source>
        <translation>Le téléversement s&apos;est arrêté : {0}</translation>
    </message>
</context>
<context>
    <name>WikidataPage</name>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="81"/>
        <source>Link the names in a column (artists, subjects, places) to Wikidata items, so that the files&apos; structured data names them in every language. The service takes the values it is sure of; choose the others below.</source>
        <translation>Reliez les noms d&apos;une colonne (artistes, sujets, lieux) à des éléments Wikidata, pour que les données structurées des fichiers les nomment dans toutes les langues. Le service retient les valeurs dont il est sûr ; choisissez les autres ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="88"/>
        <source>Column to link</source>
        <translation>Colonne à relier</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="90"/>
        <source>Q5 for people; empty for any</source>
        <translation>Q5 pour des personnes ; vide pour tout</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="91"/>
        <source>Wikidata class of the values</source>
        <translation>Classe Wikidata des valeurs</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="93"/>
        <source>; if a cell holds several</source>
        <translation>; si une cellule en contient plusieurs</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="94"/>
        <source>Separator of several values in a cell</source>
        <translation>Séparateur de plusieurs valeurs dans une cellule</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="96"/>
        <source>Reconciliation service</source>
        <translation>Service de réconciliation</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="97"/>
        <source>Ask the service</source>
        <translation>Interroger le service</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="100"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="101"/>
        <source>Wikidata class</source>
        <translation>Classe Wikidata</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="102"/>
        <source>Several values split by</source>
        <translation>Plusieurs valeurs séparées par</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="103"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="105"/>
        <source>Progress of the questions</source>
        <translation>Avancement des questions</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="109"/>
        <source>Values to review</source>
        <translation>Valeurs à revoir</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="112"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="122"/>
        <source>Take this item (Enter)</source>
        <translation>Prendre cet élément (Entrée)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="124"/>
        <source>No item</source>
        <translation>Aucun élément</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="127"/>
        <source>Other words to search for</source>
        <translation>Autres mots à chercher</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="128"/>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="130"/>
        <source>Search again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="185"/>
        <source>Asking the service…</source>
        <translation>Interrogation du service…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="199"/>
        <source>Asked the service about {0}; the file is {1}.</source>
        <translation>Le service a été interrogé sur {0} ; le fichier est {1}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="200"/>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="229"/>
        <source>{n} value</source>
        <translation>{n} valeur</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="200"/>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="229"/>
        <source>{n} values</source>
        <translation>{n} valeurs</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="227"/>
        <source>{0}: {1} matched by the service, {2} chosen, {3} with no item, {4} to review.</source>
        <translation>{0} : {1} reliée(s) par le service, {2} choisie(s), {3} sans élément, {4} à revoir.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="211"/>
        <source>The service found nothing for those words.</source>
        <translation>Le service n&apos;a rien trouvé pour ces mots.</translation>
    </message>
</context>
</TS>

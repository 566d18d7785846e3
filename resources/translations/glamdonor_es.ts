<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="41"/>
        <source>the catalog file does not exist.</source>
        <translation>el archivo del catálogo no existe.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="41"/>
        <source>Check the catalog&apos;s path.</source>
        <translation>Compruebe la ruta del catálogo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="45"/>
        <source>the header row must be 1 or more.</source>
        <translation>la fila de encabezado debe ser 1 o más.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="52"/>
        <source>glamdonor cannot read “{suffix}” catalogs.</source>
        <translation>glamdonor no puede leer catálogos «{suffix}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="53"/>
        <source>Save the sheet as XLSX, ODS or CSV from your spreadsheet program.</source>
        <translation>Guarde la hoja como XLSX, ODS o CSV desde su programa de hojas de cálculo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="109"/>
        <source>row {header_row} should hold the column names, but it is empty.</source>
        <translation>la fila {header_row} debería contener los nombres de las columnas, pero está vacía.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="110"/>
        <source>Point glamdonor at the header row (--header-row), or add column names.</source>
        <translation>Indique a glamdonor la fila de encabezado (--header-row) o añada nombres de columna.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="129"/>
        <source>Name every column in the header row, or remove the stray cells.</source>
        <translation>Dé nombre a cada columna en la fila de encabezado o elimine las celdas sueltas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="145"/>
        <source>the catalog has a header but no rows.</source>
        <translation>el catálogo tiene encabezado pero ninguna fila.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="146"/>
        <source>Add one row per media file below the header.</source>
        <translation>Añada una fila por archivo multimedia debajo del encabezado.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="161"/>
        <source>column {position} has no name in the header row.</source>
        <translation>la columna {position} no tiene nombre en la fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="162"/>
        <source>Give every column a name in the header row.</source>
        <translation>Dé un nombre a cada columna en la fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="169"/>
        <source>two columns are both called “{name}”.</source>
        <translation>dos columnas se llaman «{name}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="170"/>
        <source>Rename one of them so every column name is unique.</source>
        <translation>Cambie el nombre de una de ellas para que cada nombre de columna sea único.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="188"/>
        <location filename="../../glamdonor/catalog/read.py" line="242"/>
        <source>the catalog file is empty.</source>
        <translation>el archivo del catálogo está vacío.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="188"/>
        <location filename="../../glamdonor/catalog/read.py" line="242"/>
        <source>Export the catalog again.</source>
        <translation>Exporte de nuevo el catálogo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="197"/>
        <source>“{candidate}” is not an encoding glamdonor knows.</source>
        <translation>«{candidate}» no es una codificación que glamdonor conozca.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="198"/>
        <source>Name one such as utf-8, utf-16 or cp1252.</source>
        <translation>Indique una como utf-8, utf-16 o cp1252.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="205"/>
        <source>the file is not in {encoding} (byte {start} does not fit).</source>
        <translation>el archivo no está en {encoding} (el byte {start} no encaja).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="206"/>
        <source>Leave out --encoding to let glamdonor find out, or name another.</source>
        <translation>Quite --encoding para que glamdonor lo averigüe, o indique otra.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="213"/>
        <source>the catalog is in no text encoding glamdonor recognises.</source>
        <translation>el catálogo no está en ninguna codificación de texto que glamdonor reconozca.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="214"/>
        <source>Save it again as “CSV UTF-8” from your spreadsheet program.</source>
        <translation>Guárdelo de nuevo como «CSV UTF-8» desde su programa de hojas de cálculo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="235"/>
        <source>this row has more cells than the first row has columns.</source>
        <translation>esta fila tiene más celdas que columnas la primera fila.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="236"/>
        <source>Name every column in the header row, or check the quotes in this row.</source>
        <translation>Dé nombre a cada columna en la fila de encabezado o revise las comillas de esta fila.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="323"/>
        <source>the workbook is protected by a password.</source>
        <translation>el libro está protegido con contraseña.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="324"/>
        <source>Save an unprotected copy for glamdonor.</source>
        <translation>Guarde una copia sin protección para glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="310"/>
        <source>this file cannot be read as a {kind} workbook ({error}).</source>
        <translation>este archivo no se puede leer como libro {kind} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="121"/>
        <source>a cell lies in column {letter}, which has no name in row {header_row}, the header row.</source>
        <translation>una celda está en la columna {letter}, que no tiene nombre en la fila {header_row}, la fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="125"/>
        <source>Row {likely} looks like the column names: give --header-row {likely} (in a batch file: header_row = {likely} in its catalog line).</source>
        <translation>La fila {likely} parece tener los nombres de las columnas: indique --header-row {likely} (en un archivo de lote: header_row = {likely} en su línea catalog).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="311"/>
        <source>Open it in your spreadsheet program and save it again.</source>
        <translation>Ábralo en su programa de hojas de cálculo y guárdelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="340"/>
        <source>the workbook has {count} sheet(s), not {position}.</source>
        <translation>el libro tiene {count} hoja(s), no {position}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="341"/>
        <location filename="../../glamdonor/catalog/read.py" line="353"/>
        <source>Its sheets are: {sheets}.</source>
        <translation>Sus hojas son: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="352"/>
        <source>the workbook has no sheet called “{sheet}”.</source>
        <translation>el libro no tiene ninguna hoja llamada «{sheet}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="21"/>
        <source>glamdonor writes sheets as .csv or .xlsx, not “{suffix}”.</source>
        <translation>glamdonor escribe hojas como .csv o .xlsx, no como «{suffix}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="22"/>
        <source>Name the file with one of these endings.</source>
        <translation>Nombre el archivo con una de estas terminaciones.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="41"/>
        <source>the sheet cannot be written ({strerror}).</source>
        <translation>no se puede escribir la hoja ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="42"/>
        <source>Check that the folder exists and the file is not open in another program.</source>
        <translation>Compruebe que la carpeta existe y que el archivo no está abierto en otro programa.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="100"/>
        <source>the batch file does not name its {missing}.</source>
        <translation>el archivo del lote no indica: {missing}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="101"/>
        <source>Add a line like `catalog = &quot;catalog.csv&quot;` for each.</source>
        <translation>Añada una línea como `catalog = &quot;catalog.csv&quot;` para cada uno.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="113"/>
        <source>the catalog&apos;s header_row is “{value}”: it takes a row number, 1 or more.</source>
        <translation>el header_row del catálogo es «{value}»: requiere un número de fila, 1 o más.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="114"/>
        <source>Write for example header_row = 2.</source>
        <translation>Escriba por ejemplo header_row = 2.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="127"/>
        <source>“{key}” must name a file or folder in quotes, not “{value}”.</source>
        <translation>«{key}» debe nombrar un archivo o una carpeta entre comillas, no «{value}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="128"/>
        <source>Write for example {key} = &quot;name&quot;, relative to the batch file.</source>
        <translation>Escriba por ejemplo {key} = &quot;nombre&quot;, relativo al archivo del lote.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="136"/>
        <source>the batch date “{date}” is not written as 2026-11-23.</source>
        <translation>la fecha del lote «{date}» no está escrita como 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="137"/>
        <source>Write the date as year-month-day.</source>
        <translation>Escriba la fecha como año-mes-día.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="146"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="186"/>
        <source>the media folder “{media}” does not exist.</source>
        <translation>la carpeta de medios «{media}» no existe.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="147"/>
        <source>Check the `media` line of the batch file.</source>
        <translation>Revise la línea `media` del archivo del lote.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="155"/>
        <source>the target wiki “{target}” is neither a wiki glamdonor knows nor an address.</source>
        <translation>el wiki de destino «{target}» no es ni un wiki que glamdonor conozca ni una dirección.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="156"/>
        <source>Write wiki = one of {names}, or the address of the wiki&apos;s api.php.</source>
        <translation>Escriba wiki = uno de {names}, o la dirección del api.php del wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="187"/>
        <source>[upload] takes chunked_above and chunk_size in bytes; a chunk is at least 1024.</source>
        <translation>[upload] admite chunked_above y chunk_size en bytes; un fragmento tiene al menos 1024.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="188"/>
        <source>Write for example chunked_above = 20971520 and chunk_size = 4194304.</source>
        <translation>Escriba por ejemplo chunked_above = 20971520 y chunk_size = 4194304.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="198"/>
        <source>[upload] deadline_minutes is “{minutes}”: it takes a number of minutes above 0.</source>
        <translation>[upload] deadline_minutes es «{minutes}»: requiere un número de minutos mayor que 0.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="199"/>
        <source>Write for example deadline_minutes = 10.</source>
        <translation>Escriba por ejemplo deadline_minutes = 10.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/errors.py" line="69"/>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/errors.py" line="70"/>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/errors.py" line="71"/>
        <source>column “{column}”</source>
        <translation>columna «{column}»</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="274"/>
        <source>the journal {path} is damaged, or is not a glamdonor journal, and cannot be moved aside ({error}).</source>
        <translation>el diario {path} está dañado, o no es un diario de glamdonor, y no se puede apartar ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="278"/>
        <source>Move it aside (rename it), then run the same command again: a new journal is started, and the upload asks the wiki what is there already, so nothing is sent twice.</source>
        <translation>Apártelo (cámbiele el nombre) y ejecute de nuevo la misma orden: se empieza un diario nuevo, y la subida pregunta a la wiki qué hay ya, así que nada se envía dos veces.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="401"/>
        <source>another glamdonor ({holder}) is working on this batch right now.</source>
        <translation>otro glamdonor ({holder}) está trabajando en este lote ahora mismo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="402"/>
        <source>Wait until it has finished, or stop it, then start again: nothing is lost.</source>
        <translation>Espere a que termine, o deténgalo, y vuelva a empezar: no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="472"/>
        <source>the batch&apos;s journal {path} cannot be written ({error}).</source>
        <translation>no se puede escribir el diario del lote {path} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="474"/>
        <source>Free some space on the disk (or check the folder&apos;s permissions), then run the same command again: nothing is lost, nothing is sent twice.</source>
        <translation>Libere espacio en el disco (o revise los permisos de la carpeta) y vuelva a ejecutar la misma orden: no se pierde nada y nada se envía dos veces.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="179"/>
        <source>the template “{template}” is not one glamdonor writes.</source>
        <translation>la plantilla «{template}» no es una de las que escribe glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="180"/>
        <source>Use one of: {choices}.</source>
        <translation>Use uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="188"/>
        <source>the mapping does not say where “{required}” comes from.</source>
        <translation>la correspondencia no indica de dónde viene «{required}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="189"/>
        <source>Add a line such as `{required} = {{ column = &quot;...&quot; }}`.</source>
        <translation>Añada una línea como `{required} = {{ column = &quot;...&quot; }}`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="199"/>
        <source>{{{{{name}}}}} has no parameter “{key}”.</source>
        <translation>{{{{{name}}}}} no tiene ningún parámetro «{key}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="200"/>
        <source>Its parameters are: {parameters}.</source>
        <translation>Sus parámetros son: {parameters}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="212"/>
        <source>unknown key(s) under [structured_data]: {unknown}.</source>
        <translation>clave(s) desconocida(s) en [structured_data]: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="213"/>
        <source>The keys are: {keys}.</source>
        <translation>Las claves son: {keys}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="240"/>
        <source>[structured_data] statements is a list of tables: [[structured_data.statements]].</source>
        <translation>statements de [structured_data] es una lista de tablas: [[structured_data.statements]].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="241"/>
        <source>Write each as property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</source>
        <translation>Escriba cada una como property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="250"/>
        <source>statement {number} of [structured_data] needs a property (P and digits) and a type ({types}).</source>
        <translation>la declaración {number} de [structured_data] necesita una propiedad (P y cifras) y un tipo ({types}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="253"/>
        <source>Write it as property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</source>
        <translation>Escríbala como property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="260"/>
        <source>statement {number} of [structured_data] ({property}) says no value.</source>
        <translation>la declaración {number} de [structured_data] ({property}) no da ningún valor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="261"/>
        <source>Add value = {{ column = &quot;...&quot; }} or a pattern.</source>
        <translation>Añada value = {{ column = &quot;...&quot; }} o un patrón.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="275"/>
        <source>“{name}” names no source: its list [ ] is empty.</source>
        <translation>«{name}» no indica ninguna fuente: su lista [ ] está vacía.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="276"/>
        <source>Give it one, such as {{ column = &quot;Title&quot; }}, or leave the line out.</source>
        <translation>Dele una, como {{ column = &quot;Title&quot; }}, o quite la línea.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="291"/>
        <source>“{name}” must name exactly one of column, value, pattern or exif.</source>
        <translation>«{name}» debe indicar exactamente uno de column, value, pattern o exif.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="292"/>
        <source>For example `{field} = {{ column = &quot;Title&quot; }}`.</source>
        <translation>Por ejemplo `{field} = {{ column = &quot;Title&quot; }}`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="300"/>
        <source>“{name}” has unknown key(s): {extra}.</source>
        <translation>«{name}» tiene clave(s) desconocida(s): {extra}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="301"/>
        <source>A source takes: {keys}.</source>
        <translation>Una fuente admite: {keys}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="310"/>
        <source>“{name}” asks the EXIF data for “{field}”.</source>
        <translation>«{name}» pide «{field}» a los datos EXIF.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="311"/>
        <source>EXIF gives: {fields}.</source>
        <translation>EXIF ofrece: {fields}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="322"/>
        <source>the transforms of “{name}” must be a list [ ... ].</source>
        <translation>las transformaciones de «{name}» deben ser una lista [ ... ].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="63"/>
        <source>the partner profile does not name the institution.</source>
        <translation>el perfil del socio no nombra la institución.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="64"/>
        <source>Add a line such as name = &quot;Example Museum&quot;.</source>
        <translation>Añada una línea como name = &quot;Example Museum&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="71"/>
        <source>unknown key(s) in the partner profile: {unknown}.</source>
        <translation>clave(s) desconocida(s) en el perfil del socio: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="72"/>
        <source>The keys are: {known}.</source>
        <translation>Las claves son: {known}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="87"/>
        <source>“{wikidata}” is not a Wikidata id.</source>
        <translation>«{wikidata}» no es un identificador de Wikidata.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="88"/>
        <source>Write the institution&apos;s item id, such as Q190804.</source>
        <translation>Escriba el identificador del elemento de la institución, como Q190804.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="96"/>
        <source>{key} “{value}” is not a template name.</source>
        <translation>{key} «{value}» no es un nombre de plantilla.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="97"/>
        <source>Write the name alone, without braces: Institution:Example Museum.</source>
        <translation>Escriba solo el nombre, sin llaves: Institution:Example Museum.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="106"/>
        <source>the logo “{logo}” is not a PNG or JPEG file beside the partner profile.</source>
        <translation>el logotipo «{logo}» no es un archivo PNG o JPEG junto al perfil del socio.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="107"/>
        <source>Give the path of a PNG or JPEG file, from the profile&apos;s folder.</source>
        <translation>Indique la ruta de un archivo PNG o JPEG, desde la carpeta del perfil.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="117"/>
        <source>a {{placeholder}} in batch_category or summary is unknown ({error}).</source>
        <translation>un {{placeholder}} de batch_category o summary es desconocido ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="118"/>
        <source>batch_category may use {{category}} and {{date}}; summary {{batch}} and {{name}}.</source>
        <translation>batch_category puede usar {{category}} y {{date}}; summary {{batch}} y {{name}}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="123"/>
        <source>the mapping uses {institution}, the partner&apos;s name, but the batch names no partner.</source>
        <translation>la correspondencia usa {institution}, el nombre del socio, pero el lote no nombra ningún socio.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="126"/>
        <source>Add a line such as partner = &quot;partner.toml&quot; to the batch (see docs/partner.md).</source>
        <translation>Añada al lote una línea como partner = &quot;partner.toml&quot; (vea docs/partner.md).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="131"/>
        <source>the mapping uses column(s) {missing}, which the catalog {catalog} does not have.</source>
        <translation>la correspondencia usa la(s) columna(s) {missing}, que el catálogo {catalog} no tiene.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="132"/>
        <location filename="../../glamdonor/jobs/reconcile.py" line="54"/>
        <location filename="../../glamdonor/jobs/reconcile.py" line="63"/>
        <source>The catalog&apos;s columns are: {columns}.</source>
        <translation>Las columnas del catálogo son: {columns}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="18"/>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="18"/>
        <source>Check the path.</source>
        <translation>Compruebe la ruta.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="21"/>
        <source>this is a folder, not a file.</source>
        <translation>es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="21"/>
        <source>Name the file.</source>
        <translation>Indique el archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="25"/>
        <source>this is not valid TOML ({error}).</source>
        <translation>no es TOML válido ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="26"/>
        <source>Correct the line it names.</source>
        <translation>Corrija la línea indicada.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="42"/>
        <source>this {what} has format_version {version!r}; this glamdonor reads version {readable}.</source>
        <translation>este {what} tiene format_version {version!r}; este glamdonor lee la versión {readable}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="46"/>
        <source>Write `format_version = {readable}` at the top of a file made by hand, or update glamdonor for a file made by a newer one.</source>
        <translation>Escriba `format_version = {readable}` al principio de un archivo hecho a mano, o actualice glamdonor para un archivo hecho por una versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="62"/>
        <source>“{key}” must be a table: [{key}] with lines below it, or {key} = {{ ... }}.</source>
        <translation>«{key}» debe ser una tabla: [{key}] con líneas debajo, o {key} = {{ ... }}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="63"/>
        <source>See docs/mapping.md for how such a file is written.</source>
        <translation>Vea docs/mapping.md para saber cómo se escribe un archivo así.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="63"/>
        <source>the lookup “{name}” has neither values nor a file.</source>
        <translation>la tabla de equivalencias «{name}» no tiene valores ni archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="64"/>
        <source>Write [lookups.{name}.values] with &quot;from&quot; = &quot;to&quot; lines, or file = &quot;x.csv&quot;.</source>
        <translation>Escriba [lookups.{name}.values] con líneas &quot;from&quot; = &quot;to&quot;, o file = &quot;x.csv&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="88"/>
        <source>the lookup file {path} cannot be read.</source>
        <translation>no se puede leer el archivo de equivalencias {path}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="89"/>
        <source>Check its name; it is read relative to the mapping&apos;s folder.</source>
        <translation>Compruebe su nombre; se lee relativo a la carpeta de la correspondencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="96"/>
        <source>a lookup file needs two columns: the value, then what it becomes.</source>
        <translation>un archivo de equivalencias necesita dos columnas: el valor y luego en qué se convierte.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="97"/>
        <source>Fill both cells of the row.</source>
        <translation>Rellene las dos celdas de la fila.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="110"/>
        <source>“{name}” is not a transform.</source>
        <translation>«{name}» no es una transformación.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="111"/>
        <source>The transforms are: {names}.</source>
        <translation>Las transformaciones son: {names}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="130"/>
        <source>this transform cannot be read: {spec!r}.</source>
        <translation>no se puede leer esta transformación: {spec!r}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="131"/>
        <source>Write a name (&quot;trim&quot;) or a table ({{ case = &quot;upper&quot; }}).</source>
        <translation>Escriba un nombre (&quot;trim&quot;) o una tabla ({{ case = &quot;upper&quot; }}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="149"/>
        <source>replace takes [&quot;old&quot;, &quot;new&quot;].</source>
        <translation>replace admite [&quot;viejo&quot;, &quot;nuevo&quot;].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="156"/>
        <source>regex takes [&quot;pattern&quot;, &quot;replacement&quot;].</source>
        <translation>regex admite [&quot;patrón&quot;, &quot;reemplazo&quot;].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="162"/>
        <source>the regex {regex!r} or its replacement is not valid ({error}).</source>
        <translation>la expresión regular {regex!r} o su reemplazo no es válido ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="163"/>
        <source>Correct it; groups in the replacement are written \1.</source>
        <translation>Corríjala; los grupos se escriben \1 en el reemplazo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="180"/>
        <source>case must be one of {cases}.</source>
        <translation>case debe ser uno de: {cases}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="193"/>
        <source>a date&apos;s order is &quot;dmy&quot; (31/12/1900) or &quot;mdy&quot; (12/31/1900).</source>
        <translation>el orden de una fecha es &quot;dmy&quot; (31/12/1900) o &quot;mdy&quot; (12/31/1900).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="212"/>
        <source>the lookup table “{name}” is not defined.</source>
        <translation>la tabla de equivalencias «{name}» no está definida.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="213"/>
        <source>Add a [lookups.{name}] table to the mapping.</source>
        <translation>Añada una tabla [lookups.{name}] a la correspondencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="218"/>
        <source>a lookup&apos;s missing is &quot;keep&quot;, &quot;empty&quot; or &quot;problem&quot;.</source>
        <translation>el missing de una tabla de equivalencias es &quot;keep&quot;, &quot;empty&quot; o &quot;problem&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/account.py" line="15"/>
        <source>Log in on the Upload step with a BotPassword of the wiki.</source>
        <translation>Inicie sesión en el paso Subida con un BotPassword del wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="187"/>
        <source>Choose the folder.</source>
        <translation>Elija la carpeta.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="199"/>
        <source>the partner profile “{partner}” does not exist.</source>
        <translation>el perfil del socio «{partner}» no existe.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="200"/>
        <source>Choose a partner profile, or leave the line empty.</source>
        <translation>Elija un perfil de socio o deje la línea vacía.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="194"/>
        <source>no figures are kept for {scope} yet.</source>
        <translation>todavía no se guardan cifras para {scope}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="195"/>
        <source>Run `glamdonor metrics refresh` for it first.</source>
        <translation>Ejecute primero `glamdonor metrics refresh` para ello.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="63"/>
        <source>{url} did not answer as a wiki&apos;s API does.</source>
        <translation>{url} no respondió como la API de un wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="64"/>
        <source>Check the address: it ends in api.php.</source>
        <translation>Compruebe la dirección: termina en api.php.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="73"/>
        <source>the wiki at {url} refused a question: {info}</source>
        <translation>el wiki en {url} rechazó una pregunta: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="74"/>
        <source>Try again later; if it persists, report it with the command you ran.</source>
        <translation>Inténtelo más tarde; si persiste, infórmelo con la orden que ejecutó.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="93"/>
        <source>{url} did not answer in JSON.</source>
        <translation>{url} no respondió en JSON.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="94"/>
        <source>Check the REST API&apos;s address.</source>
        <translation>Compruebe la dirección de la API REST.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="115"/>
        <source>{url} answered {status_code} {reason}.</source>
        <translation>{url} respondió {status_code} {reason}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="116"/>
        <source>Check the addresses of the wiki and of the REST API.</source>
        <translation>Compruebe las direcciones del wiki y de la API REST.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="135"/>
        <source>{url} kept failing after {attempts} tries.</source>
        <translation>{url} siguió fallando tras {attempts} intentos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="136"/>
        <source>The service may be down: try again later. What was fetched so far is kept.</source>
        <translation>Puede que el servicio no esté disponible: inténtelo más tarde. Se conserva lo obtenido hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/report.py" line="131"/>
        <source>“{kind}” is not a report format.</source>
        <translation>«{kind}» no es un formato de informe.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/report.py" line="132"/>
        <source>Use one of {formats}.</source>
        <translation>Use uno de estos: {formats}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/sources.py" line="278"/>
        <source>the REST API answered in a shape glamdonor does not know.</source>
        <translation>la API REST respondió con una forma que glamdonor no conoce.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/sources.py" line="279"/>
        <source>Check the REST API&apos;s address; report it if it is Wikimedia&apos;s.</source>
        <translation>Compruebe la dirección de la API REST; infórmelo si es la de Wikimedia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="93"/>
        <source>the account {account} does not exist on {api_url}, or its BotPassword is wrong.</source>
        <translation>la cuenta {account} no existe en {api_url}, o su BotPassword es incorrecto.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="96"/>
        <source>Check the login name and password of the BotPassword.</source>
        <translation>Compruebe el nombre de acceso y la contraseña del BotPassword.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="102"/>
        <source>the wiki at {api_url} stopped answering ({error}).</source>
        <translation>el wiki en {api_url} dejó de responder ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="104"/>
        <source>Check the address and your network connection; for the sandbox, run `glamdonor sandbox start`.</source>
        <translation>Compruebe la dirección y su conexión de red; para el entorno de pruebas, ejecute `glamdonor sandbox start`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="126"/>
        <source>the wiki at {api_url} refused the login of {login_name}.</source>
        <translation>el wiki en {api_url} rechazó el inicio de sesión de {login_name}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="127"/>
        <source>Check the BotPassword&apos;s name and password on Special:BotPasswords.</source>
        <translation>Compruebe el nombre y la contraseña del BotPassword en Special:BotPasswords.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="154"/>
        <source>no wiki answers at {api_url} ({error}).</source>
        <translation>ningún wiki responde en {api_url} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="156"/>
        <source>Check the address (it ends in api.php) and your network connection; for the sandbox, run `glamdonor sandbox start`.</source>
        <translation>Compruebe la dirección (termina en api.php) y su conexión de red; para el entorno de pruebas, ejecute `glamdonor sandbox start`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="197"/>
        <source>the wiki at {api_url} did not answer, however often it was asked ({error}).</source>
        <translation>la wiki en {api_url} no respondió, por más veces que se le preguntó ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="199"/>
        <source>When it answers again (for the sandbox: `glamdonor sandbox start`), run the same command again: nothing is lost, nothing is sent twice.</source>
        <translation>Cuando vuelva a responder (para el sandbox: `glamdonor sandbox start`), ejecute de nuevo la misma orden: no se pierde nada, nada se envía dos veces.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="207"/>
        <source>the wiki at {api_url} answered a question with an error: {info}</source>
        <translation>el wiki en {api_url} respondió a una pregunta con un error: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="208"/>
        <source>Try again later; if it persists, report it with the batch.</source>
        <translation>Inténtelo más tarde; si persiste, infórmelo junto con el lote.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="395"/>
        <source>the types of the properties could not be asked of {api_url} ({error}).</source>
        <translation>no se pudieron pedir los tipos de las propiedades a {api_url} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="396"/>
        <source>Check your network connection and run the same command again.</source>
        <translation>Compruebe su conexión de red y ejecute de nuevo la misma orden.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="32"/>
        <source>“{login_name}” is not a BotPassword login name.</source>
        <translation>«{login_name}» no es un nombre de acceso de BotPassword.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="34"/>
        <source>Create a BotPassword at Special:BotPasswords on the wiki and give its login name, which looks like “YourName@glamdonor”, with its password.</source>
        <translation>Cree un BotPassword en Special:BotPasswords del wiki e indique su nombre de acceso, con la forma «SuNombre@glamdonor», junto con su contraseña.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="70"/>
        <source>the system keyring could not keep the password ({error}).</source>
        <translation>el llavero del sistema no pudo guardar la contraseña ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="72"/>
        <source>On a computer without a keyring (a server), give the BotPassword in the GLAMDONOR_LOGIN and GLAMDONOR_PASSWORD environment variables instead.</source>
        <translation>En un ordenador sin llavero (un servidor), indique el BotPassword en las variables de entorno GLAMDONOR_LOGIN y GLAMDONOR_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pwb.py" line="67"/>
        <source>the wiki asked to log in again and glamdonor has no password to give.</source>
        <translation>el wiki pidió iniciar sesión de nuevo y glamdonor no tiene contraseña que dar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pwb.py" line="68"/>
        <source>Check the account&apos;s BotPassword and start the upload again.</source>
        <translation>Compruebe el BotPassword de la cuenta y vuelva a iniciar la subida.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="126"/>
        <source>the sandbox wiki has no uploader account yet.</source>
        <translation>el wiki de pruebas aún no tiene cuenta de subida.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="127"/>
        <source>Run `glamdonor sandbox start` first.</source>
        <translation>Ejecute primero `glamdonor sandbox start`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="230"/>
        <source>setting up the sandbox wiki failed at {script}: {output}</source>
        <translation>la preparación del wiki de pruebas falló en {script}: {output}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="231"/>
        <source>Run `glamdonor sandbox reset` to start over; the folder is {folder}.</source>
        <translation>Ejecute `glamdonor sandbox reset` para empezar de nuevo; la carpeta es {folder}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="264"/>
        <source>the sandbox wiki did not create the uploader&apos;s BotPassword.</source>
        <translation>el wiki de pruebas no creó el BotPassword de la cuenta de subida.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="147"/>
        <location filename="../../glamdonor/wiki/sandbox.py" line="265"/>
        <source>Run `glamdonor sandbox reset` to start over.</source>
        <translation>Ejecute `glamdonor sandbox reset` para empezar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="146"/>
        <source>the sandbox wiki did not create the Volunteer&apos;s BotPassword.</source>
        <translation>el wiki de pruebas no creó la BotPassword del Volunteer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="370"/>
        <source>the sandbox wiki&apos;s server stopped at once: {log}</source>
        <translation>el servidor del wiki de pruebas se detuvo enseguida: {log}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="371"/>
        <source>Is port {port} taken? Try `glamdonor sandbox start --port N`.</source>
        <translation>¿Está ocupado el puerto {port}? Pruebe `glamdonor sandbox start --port N`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="381"/>
        <source>the sandbox wiki did not answer within {seconds:.0f} s: {log}</source>
        <translation>el wiki de pruebas no respondió en {seconds:.0f} s: {log}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="382"/>
        <source>See the server&apos;s log in {path}.</source>
        <translation>Vea el registro del servidor en {path}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="412"/>
        <source>To rehearse a batch from this computer, send it to Wikimedia&apos;s test wiki for Commons: write wiki = &quot;test-commons&quot; under [target] in the batch file (the guides say how to get an account there).</source>
        <translation>Para ensayar un lote desde este ordenador, envíelo al wiki de pruebas de Commons de Wikimedia: escriba wiki = &quot;test-commons&quot; bajo [target] en el archivo del lote (las guías explican cómo obtener una cuenta allí).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="408"/>
        <source>the sandbox wiki runs only on Linux, with Debian&apos;s MediaWiki package.</source>
        <translation>el wiki de pruebas local solo funciona en Linux, con el paquete MediaWiki de Debian.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="410"/>
        <source>the sandbox wiki needs MediaWiki and PHP, which this computer does not have.</source>
        <translation>el wiki de pruebas local necesita MediaWiki y PHP, que este ordenador no tiene.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="403"/>
        <source>the sandbox wiki needs MediaWiki and PHP, which are not installed.</source>
        <translation>el wiki de pruebas necesita MediaWiki y PHP, que no están instalados.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="404"/>
        <source>Install them with: sudo {command}</source>
        <translation>Instálelos con: sudo {command}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="437"/>
        <source>installing MediaWiki and PHP failed: {output}</source>
        <translation>la instalación de MediaWiki y PHP falló: {output}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="438"/>
        <location filename="../../glamdonor/wiki/sandbox.py" line="445"/>
        <source>Install them by hand with: {command}</source>
        <translation>Instálelos a mano con: {command}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="444"/>
        <source>after installing, still missing: {missing}.</source>
        <translation>tras la instalación, aún falta: {missing}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/target.py" line="33"/>
        <source>no account is given for {target}.</source>
        <translation>no se ha indicado ninguna cuenta para {target}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/uploads.py" line="285"/>
        <source>the account {account} may not upload here ({code}).</source>
        <translation>la cuenta {account} no puede subir archivos aquí ({code}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/uploads.py" line="286"/>
        <source>Ask the wiki&apos;s administrators for upload rights, or use another account.</source>
        <translation>Pida permisos de subida a los administradores del wiki o use otra cuenta.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/upload.py" line="355"/>
        <source>the folder {folder} cannot be read any more: was a drive or a share disconnected?</source>
        <translation>ya no se puede leer la carpeta {folder}: ¿se desconectó un disco o una carpeta compartida?</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/upload.py" line="356"/>
        <source>Connect it again, then run the same upload again: nothing is lost.</source>
        <translation>Vuelva a conectarlo y ejecute de nuevo la misma subida: no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/wikis.py" line="33"/>
        <source>Wikimedia&apos;s test wiki for Commons</source>
        <translation>el wiki de pruebas de Commons de Wikimedia</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/wikis.py" line="35"/>
        <source>Wikimedia Commons</source>
        <translation>Wikimedia Commons</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="39"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="39"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="150"/>
        <source>this row names no media file.</source>
        <translation>esta fila no nombra ningún archivo multimedia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="151"/>
        <source>Fill the file column.</source>
        <translation>Rellene la columna del archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="157"/>
        <source>“{file}” lies outside the batch&apos;s media folder.</source>
        <translation>«{file}» está fuera de la carpeta multimedia del lote.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="158"/>
        <source>Copy the file into {folder} and name it relative to that folder.</source>
        <translation>Copie el archivo en {folder} y nómbrelo respecto a esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="164"/>
        <source>“{file}” could be any of these files: {candidates}.</source>
        <translation>«{file}» puede ser cualquiera de estos archivos: {candidates}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="165"/>
        <source>Name the file by its path below the media folder, as “{first}”.</source>
        <translation>Nombre el archivo por su ruta dentro de la carpeta multimedia, como «{first}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="171"/>
        <source>the file “{file}” is not in the media folder {folder}.</source>
        <translation>el archivo «{file}» no está en la carpeta multimedia {folder}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="172"/>
        <source>Check the spelling of the file name, or add the file to the folder.</source>
        <translation>Compruebe cómo está escrito el nombre del archivo, o añada el archivo a la carpeta.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="173"/>
        <source>Did you mean “{similar}”? Names must match exactly.</source>
        <translation>¿Quería decir «{similar}»? Los nombres deben coincidir exactamente.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="179"/>
        <source>this row gives no text for the file title.</source>
        <translation>esta fila no da ningún texto para el título del archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="180"/>
        <source>Fill the columns the title is made from.</source>
        <translation>Rellene las columnas con las que se forma el título.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="187"/>
        <source>the file name “{file}” holds a control character ({character}), which the wiki refuses in titles and other programs mishandle.</source>
        <translation>el nombre de archivo «{file}» contiene un carácter de control ({character}), que el wiki rechaza en los títulos y otros programas manejan mal.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="190"/>
        <source>Rename the file without it, in the folder and in the catalog.</source>
        <translation>Cambie el nombre del archivo sin él, en la carpeta y en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="196"/>
        <source>the file name “{file}” has no extension such as .jpg or .tif.</source>
        <translation>el nombre de archivo «{file}» no tiene una extensión como .jpg o .tif.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="197"/>
        <source>Rename the file with the extension of its type, in the folder and catalog.</source>
        <translation>Cambie el nombre del archivo con la extensión de su tipo, en la carpeta y en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="203"/>
        <source>row {row} already gets the title “{title}”; the wiki would treat them as one file.</source>
        <translation>la fila {row} ya recibe el título «{title}»; la wiki las trataría como un solo archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="204"/>
        <source>Make the titles differ, for example by adding the accession number to the title pattern.</source>
        <translation>Haga que los títulos difieran, por ejemplo añadiendo el número de inventario al patrón del título.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="210"/>
        <source>“{value}” holds the character �, the mark of a catalog read in the wrong encoding.</source>
        <translation>«{value}» contiene el carácter �, la marca de un catálogo leído con la codificación equivocada.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="212"/>
        <source>Give the catalog&apos;s encoding (--encoding, or encoding = ... in the batch&apos;s catalog line), or save it again as “CSV UTF-8”.</source>
        <translation>Indique la codificación del catálogo (--encoding, o encoding = ... en la línea catalog del lote), o guárdelo de nuevo como «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="220"/>
        <source>the wiki takes no title such as “{before}”: the title is “{after}”.</source>
        <translation>la wiki no acepta ningún título como «{before}»: el título es «{after}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="221"/>
        <source>If you would rather say it otherwise, change the title columns of this row.</source>
        <translation>Si prefiere decirlo de otro modo, cambie las columnas del título de esta fila.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="227"/>
        <source>the title was too long for the wiki (240 bytes) and is shortened to “{title}”.</source>
        <translation>el título era demasiado largo para la wiki (240 bytes) y se acorta a «{title}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="228"/>
        <source>Check that it still says what the object is; shorten the title columns if not.</source>
        <translation>Compruebe que aún dice qué es el objeto; si no, acorte las columnas del título.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="234"/>
        <source>“{value}” names no object: many files on the wiki have such a title.</source>
        <translation>«{value}» no nombra ningún objeto: muchos archivos de la wiki tienen un título así.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="236"/>
        <source>Let the title pattern add what tells this object apart, such as the inventory number: {{title}} - {{inventory}}.</source>
        <translation>Haga que el patrón del título añada lo que distingue a este objeto, como el número de inventario: {{title}} - {{inventory}}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="244"/>
        <source>this row&apos;s page would be {size} KiB; the wiki takes pages up to {limit} KiB.</source>
        <translation>la página de esta fila tendría {size} KiB; la wiki acepta páginas de hasta {limit} KiB.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="245"/>
        <source>Shorten the longest cells of this row (a description pasted twice?).</source>
        <translation>Acorte las celdas más largas de esta fila (¿una descripción pegada dos veces?).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="251"/>
        <source>this row has no license; Commons deletes files without one.</source>
        <translation>esta fila no tiene licencia; Commons borra los archivos sin licencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="252"/>
        <source>Fill the license column or give the mapping a license value.</source>
        <translation>Rellene la columna de licencia o dé una licencia a la correspondencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="258"/>
        <source>“{value}” is not a license template name.</source>
        <translation>«{value}» no es el nombre de una plantilla de licencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="259"/>
        <source>Write a license template such as cc-by-4.0 or PD-old-100-expired.</source>
        <translation>Escriba una plantilla de licencia como cc-by-4.0 o PD-old-100-expired.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="266"/>
        <source>“{value}” forbids commercial use or changes (NC, ND): Commons takes free licences only.</source>
        <translation>«{value}» prohíbe el uso comercial o los cambios (NC, ND): Commons solo acepta licencias libres.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="270"/>
        <source>Leave this row out, or ask the rights holder for a free licence (CC0, CC BY, CC BY-SA) or check whether the work is in the public domain.</source>
        <translation>Deje fuera esta fila, o pida al titular de los derechos una licencia libre (CC0, CC BY, CC BY-SA), o compruebe si la obra es de dominio público.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="278"/>
        <source>“{value}” is not a license glamdonor knows.</source>
        <translation>«{value}» no es una licencia que glamdonor conozca.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="280"/>
        <source>If it is a license template on Commons, add “{value}” to the mapping&apos;s [lookups.licenses.values] table.</source>
        <translation>Si es una plantilla de licencia de Commons, añada «{value}» a la tabla [lookups.licenses.values] de la correspondencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="288"/>
        <source>“{field}” is empty; Commons expects it on every {template} page.</source>
        <translation>«{field}» está vacío; Commons lo espera en cada página {template}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="289"/>
        <source>Fill it in the catalog, or map a column or a value to it.</source>
        <translation>Rellénelo en el catálogo, o asígnele una columna o un valor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="295"/>
        <source>the date “{value}” cannot be read.</source>
        <translation>la fecha «{value}» no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="296"/>
        <source>Write it as 1898, 1898-05-01, circa 1905, 1910-1912 or 1890s.</source>
        <translation>Escríbala como 1898, 1898-05-01, circa 1905, 1910-1912 o 1890s.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="302"/>
        <source>“{value}” is not in the lookup table “{table}”.</source>
        <translation>«{value}» no está en la tabla de correspondencias «{table}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="303"/>
        <source>Add it to the table {table} of the mapping, or correct the cell.</source>
        <translation>Añádalo a la tabla {table} de la correspondencia, o corrija la celda.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="310"/>
        <source>“{value}” is not a value of the type “{type}” the mapping gives {property}, so the file gets no {property} statement.</source>
        <translation>«{value}» no es un valor del tipo «{type}» que la correspondencia da a {property}, así que el archivo no tiene declaración {property}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="313"/>
        <source>Correct the cell, or the type in [[structured_data.statements]].</source>
        <translation>Corrija la celda, o el tipo en [[structured_data.statements]].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="320"/>
        <source>the mapping writes {property} with values of the type “{type}”, but {property} takes values of the type {datatype}.</source>
        <translation>la correspondencia escribe {property} con valores del tipo «{type}», pero {property} toma valores del tipo {datatype}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="323"/>
        <source>Correct the type (or the property) in [[structured_data.statements]] of the mapping.</source>
        <translation>Corrija el tipo (o la propiedad) en [[structured_data.statements]] de la correspondencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="330"/>
        <source>“{value}” is not a position (latitude, longitude in degrees), so the file gets no coordinates of the point of view.</source>
        <translation>«{value}» no es una posición (latitud, longitud en grados), así que el archivo no tendrá coordenadas del punto de vista.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="333"/>
        <source>Write it as 52.3601, 4.8852, or leave the cell empty.</source>
        <translation>Escríbala como 52.3601, 4.8852, o deje la celda vacía.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="339"/>
        <source>“{value}” is not a web address, so the file&apos;s structured data does not link to it.</source>
        <translation>«{value}» no es una dirección web, así que los datos estructurados del archivo no enlazan a ella.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="340"/>
        <source>Write the whole address, starting with https://, or leave the cell empty.</source>
        <translation>Escriba la dirección completa, empezando por https://, o deje la celda vacía.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="346"/>
        <source>“{value}” is not a Wikidata id, so “{statement}” gets no statement from it.</source>
        <translation>«{value}» no es un identificador de Wikidata, así que «{statement}» no recibe ninguna declaración de él.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="347"/>
        <source>Write Wikidata item ids such as Q42, separated as the mapping says.</source>
        <translation>Escriba identificadores de elementos de Wikidata como Q42, separados como indica la correspondencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="355"/>
        <source>the wiki does not accept “.{extension}” files.</source>
        <translation>la wiki no acepta archivos «.{extension}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="356"/>
        <source>Convert the file to a type it accepts: {accepted}.</source>
        <translation>Convierta el archivo a un tipo que acepte: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="362"/>
        <source>the file is empty (0 bytes).</source>
        <translation>el archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="363"/>
        <location filename="../../glamdonor/core/problems.py" line="592"/>
        <source>Export or copy the file again.</source>
        <translation>Exporte o copie de nuevo el archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="369"/>
        <source>the file is {size} GiB; Commons takes at most 5 GiB.</source>
        <translation>el archivo tiene {size} GiB; Commons acepta como máximo 5 GiB.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="370"/>
        <source>Make a smaller version (lower resolution or better compression).</source>
        <translation>Haga una versión más pequeña (menor resolución o mejor compresión).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="376"/>
        <source>this file is a web page (HTML), not media: maybe an error page saved as it.</source>
        <translation>este archivo es una página web (HTML), no multimedia: quizá una página de error guardada en su lugar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="377"/>
        <source>Download or export the file again and check that it opens.</source>
        <translation>Descargue o exporte de nuevo el archivo y compruebe que se abre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="383"/>
        <source>the file is {content}, but its name ends in “.{extension}”.</source>
        <translation>el archivo es {content}, pero su nombre termina en «.{extension}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="384"/>
        <source>Give the file the extension of its type, in the folder and in the catalog.</source>
        <translation>Dé al archivo la extensión de su tipo, en la carpeta y en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="390"/>
        <source>the image is damaged or incomplete ({damage}).</source>
        <translation>la imagen está dañada o incompleta ({damage}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="391"/>
        <source>Export or copy the file again from the original and check that it opens.</source>
        <translation>Exporte o copie de nuevo el archivo desde el original y compruebe que se abre.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="398"/>
        <source>the image has {megapixels} million pixels; Commons makes no thumbnails of {format} images over {limit} million, so articles could not show it.</source>
        <translation>la imagen tiene {megapixels} millones de píxeles; Commons no crea miniaturas de imágenes {format} de más de {limit} millones, así que los artículos no podrían mostrarla.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="401"/>
        <source>Upload a version with fewer pixels, or a JPEG of it (JPEGs have no such limit).</source>
        <translation>Suba una versión con menos píxeles, o un JPEG de ella (los JPEG no tienen ese límite).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="408"/>
        <source>the animation has {megapixels} million pixels in its {frames} frames; over {limit} million, its thumbnails on Commons show the first frame only.</source>
        <translation>la animación tiene {megapixels} millones de píxeles en sus {frames} fotogramas; por encima de {limit} millones, sus miniaturas en Commons solo muestran el primer fotograma.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="411"/>
        <source>Make it smaller or shorter if it should move in articles.</source>
        <translation>Hágala más pequeña o más corta si debe moverse en los artículos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="418"/>
        <source>the file was there when the batch was read, but is no longer there or can no longer be read; nothing was sent.</source>
        <translation>el archivo estaba cuando se leyó el lote, pero ya no está o ya no se puede leer; no se envió nada.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="421"/>
        <source>Put the file back in the media folder, then check or upload the batch again.</source>
        <translation>Vuelva a poner el archivo en la carpeta multimedia y compruebe o suba de nuevo el lote.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="427"/>
        <source>glamdonor may not read this file.</source>
        <translation>glamdonor no tiene permiso para leer este archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="428"/>
        <source>Check the file&apos;s permissions (it must be readable by you) and check again.</source>
        <translation>Compruebe los permisos del archivo (usted debe poder leerlo) y compruebe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="434"/>
        <source>this file has the same content as the file of row {row}.</source>
        <translation>este archivo tiene el mismo contenido que el archivo de la fila {row}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="435"/>
        <source>Remove one of the two rows, or point it at the file it should have.</source>
        <translation>Quite una de las dos filas, o haga que apunte al archivo que debe tener.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="441"/>
        <source>the file carries a GPS position ({position}), which will be public on Commons.</source>
        <translation>el archivo lleva una posición GPS ({position}), que será pública en Commons.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="442"/>
        <source>If the place is private, remove the position from the file&apos;s EXIF data.</source>
        <translation>Si el lugar es privado, quite la posición de los datos EXIF del archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="448"/>
        <source>the catalog dates the photograph {catalog}, the camera {camera}.</source>
        <translation>el catálogo fecha la fotografía en {catalog}, la cámara en {camera}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="449"/>
        <source>Check which date is right.</source>
        <translation>Compruebe qué fecha es la correcta.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="455"/>
        <source>the title “{title}” starts like a camera&apos;s file name, which Commons refuses.</source>
        <translation>el título «{title}» empieza como el nombre de archivo de una cámara, lo que Commons rechaza.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="456"/>
        <location filename="../../glamdonor/core/problems.py" line="578"/>
        <source>Describe the subject in the title instead.</source>
        <translation>Describa el tema en el título en su lugar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="464"/>
        <source>this file is already on the wiki under this title: {url}</source>
        <translation>este archivo ya está en la wiki con este título: {url}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="465"/>
        <source>Nothing to do: the upload skips it.</source>
        <translation>Nada que hacer: la subida lo omite.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="471"/>
        <source>another file already has the title “{title}” on the wiki: {url}</source>
        <translation>otro archivo ya tiene el título «{title}» en la wiki: {url}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="472"/>
        <source>Change the title columns of this row so that the title differs.</source>
        <translation>Cambie las columnas del título de esta fila para que el título sea distinto.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="478"/>
        <location filename="../../glamdonor/core/problems.py" line="522"/>
        <source>the same file is already on the wiki as “File:{other}”.</source>
        <translation>el mismo archivo ya está en la wiki como «File:{other}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="479"/>
        <location filename="../../glamdonor/core/problems.py" line="523"/>
        <source>Leave this row out, or use the file that is there.</source>
        <translation>Deje fuera esta fila, o use el archivo que ya está.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="485"/>
        <location filename="../../glamdonor/core/problems.py" line="492"/>
        <location filename="../../glamdonor/core/problems.py" line="499"/>
        <source>the page “{page}” does not exist on the wiki.</source>
        <translation>la página «{page}» no existe en la wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="486"/>
        <source>Check the category&apos;s spelling, or create the category on the wiki first.</source>
        <translation>Compruebe cómo está escrita la categoría, o cree primero la categoría en la wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="493"/>
        <source>Create the page on the wiki, or check its name in the partner profile or lookup.</source>
        <translation>Cree la página en la wiki, o compruebe su nombre en el perfil del socio o en la tabla de correspondencias.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="500"/>
        <source>The page would show a red link: check the template&apos;s name in the mapping.</source>
        <translation>La página mostraría un enlace rojo: compruebe el nombre de la plantilla en la correspondencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="506"/>
        <source>the wiki takes no page with the title “{title}”: {reason}</source>
        <translation>la wiki no acepta ninguna página con el título «{title}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="507"/>
        <source>Change the title columns of this row: leave out the characters the wiki refuses.</source>
        <translation>Cambie las columnas del título de esta fila: quite los caracteres que la wiki rechaza.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="513"/>
        <source>the wiki refuses the title “{title}”: {reason}</source>
        <translation>la wiki rechaza el título «{title}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="514"/>
        <source>Choose a title that describes the subject.</source>
        <translation>Elija un título que describa el tema.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="529"/>
        <source>a different file already has this title on the wiki.</source>
        <translation>otro archivo ya tiene este título en la wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="530"/>
        <location filename="../../glamdonor/core/problems.py" line="537"/>
        <source>Change the title columns of this row so the title is unique.</source>
        <translation>Cambie las columnas del título de esta fila para que el título sea único.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="536"/>
        <source>a file with nearly the same title already exists on the wiki.</source>
        <translation>ya existe en la wiki un archivo con un título casi igual.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="543"/>
        <source>a page with this title already exists on the wiki.</source>
        <translation>ya existe en la wiki una página con este título.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="544"/>
        <source>Change the title columns of this row.</source>
        <translation>Cambie las columnas del título de esta fila.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="550"/>
        <source>a file with this title was deleted from the wiki before.</source>
        <translation>un archivo con este título ya fue borrado de la wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="552"/>
        <source>Check the deletion log of the title on the wiki: the file may have been removed for a reason. Then change the title, or ask an administrator.</source>
        <translation>Consulte el registro de borrados del título en la wiki: el archivo puede haberse quitado por un motivo. Después cambie el título, o pregunte a un administrador.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="560"/>
        <source>the same file was on the wiki before and was deleted.</source>
        <translation>el mismo archivo ya estuvo en la wiki y fue borrado.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="562"/>
        <source>The same file was deleted from the wiki before: check the deletion log; upload it only if the reason no longer holds.</source>
        <translation>El mismo archivo ya fue borrado de la wiki: consulte el registro de borrados; súbalo solo si el motivo ya no vale.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="570"/>
        <source>the wiki would change this file name.</source>
        <translation>la wiki cambiaría este nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="571"/>
        <source>Leave out the characters the wiki does not allow in titles.</source>
        <translation>Quite los caracteres que la wiki no permite en los títulos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="577"/>
        <source>the title starts like a camera&apos;s automatic file name.</source>
        <translation>el título empieza como el nombre de archivo automático de una cámara.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="584"/>
        <source>the wiki does not want this file type.</source>
        <translation>la wiki no quiere este tipo de archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="585"/>
        <source>Convert the file to a type the wiki accepts.</source>
        <translation>Convierta el archivo a un tipo que la wiki acepte.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="591"/>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="598"/>
        <source>the wiki already holds exactly this version.</source>
        <translation>la wiki ya tiene exactamente esta versión.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="599"/>
        <source>Nothing to send: check the page on the wiki.</source>
        <translation>Nada que enviar: mire la página en la wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="605"/>
        <source>this content is already an older version of the file.</source>
        <translation>este contenido ya es una versión anterior del archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="606"/>
        <source>Nothing to send: check the file&apos;s history on the wiki.</source>
        <translation>Nada que enviar: mire el historial del archivo en la wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="612"/>
        <source>the wiki warned: {info}</source>
        <translation>la wiki avisó: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="613"/>
        <source>Read the warning, fix the row, then upload the batch again.</source>
        <translation>Lea el aviso, corrija la fila y suba de nuevo el lote.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="619"/>
        <source>the wiki refused it: {info}</source>
        <translation>la wiki lo rechazó: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="620"/>
        <source>Upload the batch again; if it happens again, report it with the batch.</source>
        <translation>Suba de nuevo el lote; si vuelve a pasar, infórmelo junto con el lote.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="627"/>
        <source>sending took longer than the {minutes} minutes allowed for this file; the wiki holds {held} of its {size} bytes.</source>
        <translation>el envío tardó más que los {minutes} minutos permitidos para este archivo; la wiki tiene {held} de sus {size} bytes.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="630"/>
        <source>Upload the batch again: this file goes on from where the wiki got to.</source>
        <translation>Suba de nuevo el lote: este archivo sigue desde donde llegó la wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="636"/>
        <source>the file changed between its check and its sending; nothing was published.</source>
        <translation>el archivo cambió entre su comprobación y su envío; no se publicó nada.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="637"/>
        <source>Upload the batch again: the file is checked and sent as it is now.</source>
        <translation>Suba de nuevo el lote: el archivo se comprueba y se envía tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="643"/>
        <source>the wiki&apos;s reply was lost ({reason}), and the file is not there.</source>
        <translation>la respuesta de la wiki se perdió ({reason}) y el archivo no está.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="644"/>
        <source>Upload the batch again: this row is tried again.</source>
        <translation>Suba de nuevo el lote: esta fila se intenta otra vez.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="650"/>
        <source>the file arrived, but its page does not read as sent.</source>
        <translation>el archivo llegó, pero su página no dice lo que se envió.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="651"/>
        <source>Look at the page: {url}</source>
        <translation>Mire la página: {url}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="657"/>
        <source>the file is on the wiki, but its captions and statements were refused: {reason}</source>
        <translation>el archivo está en la wiki, pero sus leyendas y declaraciones fueron rechazadas: {reason}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="659"/>
        <source>Fix the structured data columns of this row, then upload again: the file is not sent again.</source>
        <translation>Corrija las columnas de datos estructurados de esta fila y suba de nuevo: el archivo no se vuelve a enviar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="668"/>
        <source>the file is on the wiki, but whether its captions and statements arrived could not be told ({reason}).</source>
        <translation>el archivo está en la wiki, pero no se pudo saber si sus leyendas y declaraciones llegaron ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="671"/>
        <source>Upload the batch again: the wiki is asked whether they arrived.</source>
        <translation>Suba de nuevo el lote: se pregunta a la wiki si llegaron.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="678"/>
        <source>“{field}” was changed on the wiki to “{theirs}”; the catalog&apos;s correction “{ours}” was not written over it.</source>
        <translation>«{field}» se cambió en el wiki a «{theirs}»; la corrección del catálogo «{ours}» no se escribió encima.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="682"/>
        <source>Look at the page and its history: if the catalog is right, talk to the editor or change the page by hand. The next update leaves this field as it is on the wiki.</source>
        <translation>Mire la página y su historial: si el catálogo tiene razón, hable con quien la editó o cambie la página a mano. La próxima actualización deja este campo como está en el wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="690"/>
        <source>the file&apos;s page is no longer on the wiki: it was deleted.</source>
        <translation>la página del archivo ya no está en el wiki: se borró.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="692"/>
        <source>Nothing is made again. See the deletion log on the wiki; upload the row again only when the deletion is undone or was a mistake.</source>
        <translation>No se vuelve a crear nada. Consulte el registro de borrados del wiki; suba la fila de nuevo solo si el borrado se deshace o fue un error.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="700"/>
        <source>the file&apos;s page now leads to {target}: the file was merged into another.</source>
        <translation>la página del archivo lleva ahora a {target}: el archivo se fusionó con otro.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="701"/>
        <source>Nothing was changed; correct {target} by hand if the correction concerns it.</source>
        <translation>No se cambió nada; corrija {target} a mano si la corrección le concierne.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="707"/>
        <source>the file was renamed on the wiki: it is now “{title}”.</source>
        <translation>el archivo se renombró en el wiki: ahora es «{title}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="708"/>
        <source>The correction is made there. The file keeps the name it was given on the wiki.</source>
        <translation>La corrección se hace allí. El archivo conserva el nombre que recibió en el wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="714"/>
        <source>the page was edited by someone else each time the correction was about to be saved.</source>
        <translation>otra persona editó la página cada vez que la corrección iba a guardarse.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="715"/>
        <source>Run the update again: it merges the correction with the page as it is then.</source>
        <translation>Ejecute la actualización de nuevo: fusiona la corrección con la página tal como esté entonces.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="27"/>
        <source>Any media: events, documents, scans</source>
        <translation>Cualquier medio: eventos, documentos, escaneos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="28"/>
        <source>Artworks: paintings, drawings, prints, objects</source>
        <translation>Obras: pinturas, dibujos, grabados, objetos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="29"/>
        <source>Historical photographs</source>
        <translation>Fotografías históricas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="30"/>
        <source>Photographs of sculptures and 3D works</source>
        <translation>Fotografías de esculturas y obras en 3D</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="31"/>
        <source>Books and other printed works</source>
        <translation>Libros y otros impresos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="121"/>
        <source>the reconciled values in {path} cannot be read ({error}).</source>
        <translation>los valores reconciliados de {path} no se pueden leer ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="122"/>
        <source>Save it again as CSV in UTF-8, or move it aside to reconcile anew.</source>
        <translation>Guárdelo de nuevo como CSV en UTF-8, o apártelo para reconciliar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="129"/>
        <source>{path} is not a file of reconciled values: its first line is not {header}.</source>
        <translation>{path} no es un archivo de valores reconciliados: su primera línea no es {header}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="130"/>
        <source>Give another file with --out, or move this one aside.</source>
        <translation>Indique otro archivo con --out, o aparte este.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="164"/>
        <source>line {line} of {path} has the state “{state}”, which glamdonor does not know.</source>
        <translation>la línea {line} de {path} tiene el estado «{state}», que glamdonor no conoce.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="165"/>
        <source>Write one of: matched, chosen, no match, to review.</source>
        <translation>Escriba uno de: matched, chosen, no match, to review.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="174"/>
        <source>line {line} of {path} gives “{qid}” as the item of “{value}”: not a Wikidata id.</source>
        <translation>la línea {line} de {path} da «{qid}» como elemento de «{value}»: no es un identificador de Wikidata.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="175"/>
        <source>Write the item&apos;s id, such as Q5582, or the state “to review”.</source>
        <translation>Escriba el identificador del elemento, como Q5582, o el estado «to review».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/reconcile.py" line="53"/>
        <source>the catalog has no column “{column}”.</source>
        <translation>el catálogo no tiene la columna «{column}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/reconcile.py" line="62"/>
        <source>the catalog has no column “{column}” for a property.</source>
        <translation>el catálogo no tiene la columna «{column}» para una propiedad.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="63"/>
        <source>the reconciliation service at {url} answered something that is not a reconciliation reply.</source>
        <translation>el servicio de reconciliación en {url} respondió algo que no es una respuesta de reconciliación.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="67"/>
        <source>Check the address (--service): it is the service&apos;s endpoint, which OpenRefine would be given. What was decided so far is kept.</source>
        <translation>Compruebe la dirección (--service): es el punto de acceso del servicio, el que se daría a OpenRefine. Lo decidido hasta ahora se conserva.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="82"/>
        <source>the reconciliation service at {url} refused the question ({error}).</source>
        <translation>el servicio de reconciliación en {url} rechazó la pregunta ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="83"/>
        <source>Check the address (--service). What was decided so far is kept.</source>
        <translation>Compruebe la dirección (--service). Lo decidido hasta ahora se conserva.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="90"/>
        <source>the reconciliation service at {url} does not answer ({error}).</source>
        <translation>el servicio de reconciliación en {url} no responde ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="92"/>
        <source>Check the address and your network connection, then run the same command again: what was decided so far is kept, and only the rest is asked.</source>
        <translation>Compruebe la dirección y su conexión de red, y ejecute de nuevo la misma orden: lo decidido hasta ahora se conserva y solo se pregunta el resto.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="182"/>
        <source>the wiki refused to edit a page: {info}</source>
        <translation>el wiki se negó a editar una página: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="183"/>
        <source>Look at the page on the wiki; run the same command again to retry.</source>
        <translation>Mire la página en el wiki; ejecute la misma orden de nuevo para reintentar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="188"/>
        <source>the wiki did not save an edit: {info}</source>
        <translation>el wiki no guardó una edición: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="189"/>
        <source>Run the same command again: what was saved is known, nothing is edited twice.</source>
        <translation>Ejecute la misma orden de nuevo: lo guardado se sabe, nada se edita dos veces.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="312"/>
        <source>the wiki refused to change the structured data of a file: {info}</source>
        <translation>el wiki se negó a cambiar los datos estructurados de un archivo: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="313"/>
        <source>Look at the file&apos;s structured data on the wiki; run the same command again.</source>
        <translation>Mire los datos estructurados del archivo en el wiki; ejecute la misma orden de nuevo.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="29"/>
        <source>To start a donation, drop your catalog (a spreadsheet: Excel, CSV or OpenDocument) or a folder of media files on this window, or press Ctrl+N to choose the spreadsheet. A batch made before opens with Ctrl+O. The guide is in the Help menu (F1).</source>
        <translation>Para empezar una donación, suelte su catálogo (una hoja de cálculo: Excel, CSV u OpenDocument) o una carpeta de archivos multimedia en esta ventana, o pulse Ctrl+N para elegir la hoja de cálculo. Un lote hecho antes se abre con Ctrl+O. La guía está en el menú Ayuda (F1).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="36"/>
        <source>New batch from a spreadsheet…</source>
        <translation>Nuevo lote desde una hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="38"/>
        <source>Open a batch…</source>
        <translation>Abrir un lote…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="48"/>
        <source>Catalog rows</source>
        <translation>Filas del catálogo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="70"/>
        <source>{0} rows, {1} ready, {2} with problems to fix.</source>
        <translation>{0} filas, {1} listas, {2} con problemas que corregir.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="44"/>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="48"/>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="45"/>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="46"/>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="47"/>
        <source>what to do</source>
        <translation>qué hacer</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="49"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="50"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="53"/>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="54"/>
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="72"/>
        <source>Check the batch</source>
        <translation>Comprobar el lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="74"/>
        <source>Offline (do not ask the wiki)</source>
        <translation>Sin conexión (sin consultar el wiki)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="76"/>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="79"/>
        <source>Checking reads the catalog and every file again, and asks the wiki about titles, duplicates and categories, before anything is sent.</source>
        <translation>La comprobación vuelve a leer el catálogo y cada archivo, y pregunta a la wiki por los títulos, los duplicados y las categorías, antes de enviar nada.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="85"/>
        <source>Kinds of problems</source>
        <translation>Tipos de problemas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="252"/>
        <source>The problems are written to {0}.</source>
        <translation>Los problemas se escribieron en {0}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="88"/>
        <source>Filter the problems…</source>
        <translation>Filtrar los problemas…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="89"/>
        <source>Filter the problems</source>
        <translation>Filtrar los problemas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="90"/>
        <source>Export the problems…</source>
        <translation>Exportar los problemas…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="107"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="120"/>
        <source>The problem, in full</source>
        <translation>El problema, completo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="191"/>
        <source>All problems ({0})</source>
        <translation>Todos los problemas ({0})</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="203"/>
        <source>{0} rows: {1} ready to upload, {2} blocked by an error.</source>
        <translation>{0} filas: {1} listas para subir, {2} bloqueadas por un error.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="222"/>
        <source>Row {0}: {1} {2}</source>
        <translation>Fila {0}: {1} {2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="226"/>
        <source>The check could not run: {0}</source>
        <translation>No se pudo hacer la comprobación: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="242"/>
        <source>Export the problems</source>
        <translation>Exportar los problemas</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="93"/>
        <source>After the upload, the files live on the wiki. Corrections of your catalog reach their pages without overwriting what volunteers did there, and what volunteers added comes back to you.</source>
        <translation>Después de la subida, los archivos viven en el wiki. Las correcciones de su catálogo llegan a sus páginas sin sobrescribir lo que los voluntarios hicieron allí, y lo que los voluntarios añadieron vuelve a usted.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="100"/>
        <source>Look for corrections</source>
        <translation>Buscar correcciones</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="102"/>
        <source>Correct these pages</source>
        <translation>Corregir estas páginas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="106"/>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="106"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="106"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="107"/>
        <source>The pages to correct</source>
        <translation>Las páginas que corregir</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="114"/>
        <source>The change of the page</source>
        <translation>El cambio de la página</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="117"/>
        <source>Choose a page above to see its change: lines taken away (−), put in (+).</source>
        <translation>Elija una página arriba para ver su cambio: líneas quitadas (−), añadidas (+).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="121"/>
        <source>Change the catalog, the mapping or the partner, then look: nothing is edited before you choose to.</source>
        <translation>Cambie el catálogo, la correspondencia o el socio y luego busque: nada se edita antes de que usted lo elija.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="126"/>
        <source>Corrections from the catalog</source>
        <translation>Correcciones del catálogo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="137"/>
        <source>See what others changed</source>
        <translation>Ver lo que otros cambiaron</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="139"/>
        <source>Save as a sheet…</source>
        <translation>Guardar como hoja…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="144"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="144"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="145"/>
        <source>What others changed</source>
        <translation>Lo que otros cambiaron</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="153"/>
        <source>What the community added</source>
        <translation>Lo que la comunidad añadió</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="189"/>
        <source>Reading the pages on the wiki…</source>
        <translation>Leyendo las páginas en el wiki…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="202"/>
        <source>Correcting the pages…</source>
        <translation>Corrigiendo las páginas…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="215"/>
        <source>Reading the pages&apos; histories on the wiki…</source>
        <translation>Leyendo los historiales de las páginas en el wiki…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="229"/>
        <source>Save what others changed</source>
        <translation>Guardar lo que otros cambiaron</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="230"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="238"/>
        <source>The sheet is written: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt; ({2} changes).</source>
        <translation>La hoja está escrita: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt; ({2} cambios).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="250"/>
        <source>corrected: {0}</source>
        <translation>corregido: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="258"/>
        <source>{n} page corrected</source>
        <translation>{n} página corregida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="258"/>
        <source>{n} pages corrected</source>
        <translation>{n} páginas corregidas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="261"/>
        <source>{n} conflict</source>
        <translation>{n} conflicto</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="261"/>
        <source>{n} conflicts</source>
        <translation>{n} conflictos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="265"/>
        <source>{0}, {1} unchanged, {2}: where a volunteer changed a field the catalog also changed, the volunteer&apos;s value was kept.</source>
        <translation>{0}, {1} sin cambios, {2}: donde un voluntario cambió un campo que el catálogo también cambió, se conservó el valor del voluntario.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="282"/>
        <source>Correct {n} page</source>
        <translation>Corregir {n} página</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="282"/>
        <source>Correct {n} pages</source>
        <translation>Corregir {n} páginas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="324"/>
        <source>{0} on {1} of the {2} pages, by {3}; {4} by bots.</source>
        <translation>{0} en {1} de las {2} páginas, por {3}; {4} de bots.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="325"/>
        <source>{n} change</source>
        <translation>{n} cambio</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="325"/>
        <source>{n} changes</source>
        <translation>{n} cambios</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="328"/>
        <source>{n} editor</source>
        <translation>{n} editor</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="328"/>
        <source>{n} editors</source>
        <translation>{n} editores</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="329"/>
        <source>{n} edit</source>
        <translation>{n} edición</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="329"/>
        <source>{n} edits</source>
        <translation>{n} ediciones</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="278"/>
        <source>corrects: {0}</source>
        <translation>corrige: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="286"/>
        <source>{0} of the {1} pages on the wiki would be corrected.</source>
        <translation>Se corregirían {0} de las {1} páginas del wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="290"/>
        <source>Nothing to correct: the {0} pages agree with the batch.</source>
        <translation>Nada que corregir: las {0} páginas concuerdan con el lote.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="338"/>
        <source>category added</source>
        <translation>categoría añadida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="339"/>
        <source>category removed</source>
        <translation>categoría quitada</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="340"/>
        <source>description added</source>
        <translation>descripción añadida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="341"/>
        <source>field changed</source>
        <translation>campo cambiado</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="342"/>
        <source>file renamed</source>
        <translation>archivo renombrado</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="343"/>
        <source>other edits</source>
        <translation>otras ediciones</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="344"/>
        <source>statement added</source>
        <translation>declaración añadida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="345"/>
        <source>statement removed</source>
        <translation>declaración quitada</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="346"/>
        <source>caption added</source>
        <translation>leyenda añadida</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="20"/>
        <source>Files of the scope found on the wiki at the latest snapshot.</source>
        <translation>Archivos del ámbito encontrados en el wiki en la última instantánea.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="29"/>
        <source>Distinct pages, on any wiki and in any namespace, that show at least one file.</source>
        <translation>Páginas distintas, en cualquier wiki y espacio de nombres, que muestran al menos un archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="24"/>
        <source>Files shown on at least one article (main namespace) of any wiki but Wikidata, and their share of the files.</source>
        <translation>Archivos mostrados en al menos un artículo (espacio principal) de cualquier wiki salvo Wikidata, y su proporción de los archivos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="33"/>
        <source>Distinct articles (main namespace) that show at least one file; Wikidata items are counted apart.</source>
        <translation>Artículos distintos (espacio principal) que muestran al menos un archivo; los elementos de Wikidata se cuentan aparte.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="38"/>
        <source>Distinct Wikidata items that show at least one file (as their image, logo, map...): Wikipedias and search engines show these images wherever they show the items.</source>
        <translation>Elementos de Wikidata distintos que muestran al menos un archivo (como imagen, logotipo, mapa…): las Wikipedias y los buscadores muestran esas imágenes dondequiera que muestran los elementos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="43"/>
        <source>Distinct wikis with at least one page showing a file.</source>
        <translation>Wikis distintos con al menos una página que muestra un archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="47"/>
        <source>Distinct languages of those wikis (fr.wikipedia.org and fr.wikisource.org are both French); multilingual wikis (Commons, Wikidata) are not counted.</source>
        <translation>Idiomas distintos de esos wikis (fr.wikipedia.org y fr.wikisource.org son ambos franceses); los wikis multilingües (Commons, Wikidata) no cuentan.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="52"/>
        <source>Views by people (not bots) of the articles that show the files at the latest snapshot, per month over the period; each article counted once however many files it shows. These are views of pages, not people who saw the files.</source>
        <translation>Visitas de personas (no bots) a los artículos que muestran los archivos en la última instantánea, por mes en el periodo; cada artículo cuenta una vez, muestre los archivos que muestre. Son visitas a páginas, no personas que vieron los archivos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="58"/>
        <source>Requests by people of the files themselves (originals and thumbnails, from any site), per month over the period.</source>
        <translation>Solicitudes de personas de los propios archivos (originales y miniaturas, desde cualquier sitio), por mes en el periodo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="63"/>
        <source>Of the files uploaded at least N days before a snapshot, the share shown on an article in the first snapshot taken N days or more after their upload.</source>
        <translation>De los archivos subidos al menos N días antes de una instantánea, la proporción mostrada en un artículo en la primera instantánea tomada N días o más después de subirlos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="68"/>
        <source>Pages showing a file at the latest snapshot and not at the one before, and the other way round.</source>
        <translation>Páginas que muestran un archivo en la última instantánea y no en la anterior, y al revés.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="73"/>
        <source>Edits of the files&apos; pages by other accounts since the upload (bots included), as glamdonor community last counted them; editors: the distinct accounts, bots apart; changes: categories, descriptions, statements and other fields they added or changed.</source>
        <translation>Ediciones de las páginas de los archivos por otras cuentas desde la subida (bots incluidos), según las contó glamdonor community por última vez; editores: las cuentas distintas, sin los bots; cambios: categorías, descripciones, declaraciones y otros campos añadidos o cambiados.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="79"/>
        <source>At each snapshot: the files shown on at least one article, and the pages showing at least one file.</source>
        <translation>En cada instantánea: los archivos mostrados en al menos un artículo y las páginas que muestran al menos un archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="90"/>
        <source>not available on this wiki</source>
        <translation>no disponible en este wiki</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="17"/>
        <source>None of your {files} is shown on a page of a wiki yet.</source>
        <translation>Ninguno de sus {files} se muestra aún en una página de un wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="20"/>
        <source>Your file is not shown on a page of a wiki yet.</source>
        <translation>Su archivo aún no se muestra en ninguna página de un wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="21"/>
        <source>Your {files} are shown on {pages} of {wikis}.</source>
        <translation>Sus {files} se muestran en {pages} de {wikis}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="22"/>
        <source>Your file is shown on {pages} of {wikis}.</source>
        <translation>Su archivo se muestra en {pages} de {wikis}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="23"/>
        <source>{articles} of those pages are articles, in {languages}.</source>
        <translation>{articles} de esas páginas son artículos, en {languages}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="26"/>
        <source>One of those pages is an article, in {languages}.</source>
        <translation>Una de esas páginas es un artículo, en {languages}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="27"/>
        <source>{articles} of those pages are articles.</source>
        <translation>{articles} de esas páginas son artículos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="28"/>
        <source>One of those pages is an article.</source>
        <translation>Una de esas páginas es un artículo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="29"/>
        <source>None of those pages is an article.</source>
        <translation>Ninguna de esas páginas es un artículo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="30"/>
        <source>{used} of the files ({share}) are shown on at least one article.</source>
        <translation>{used} de los archivos ({share}) se muestran en al menos un artículo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="33"/>
        <source>One of the files ({share}) is shown on at least one article.</source>
        <translation>Uno de los archivos ({share}) se muestra en al menos un artículo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="36"/>
        <source>{items} Wikidata items show them too: Wikipedias and search engines show those images wherever they show the items.</source>
        <translation>{items} elementos de Wikidata también los muestran: las Wikipedias y los buscadores muestran esas imágenes dondequiera que muestran los elementos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="41"/>
        <source>A Wikidata item shows them too: Wikipedias and search engines show its image wherever they show the item.</source>
        <translation>Un elemento de Wikidata también los muestra: las Wikipedias y los buscadores muestran su imagen dondequiera que muestran el elemento.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="46"/>
        <source>The articles that show them were read {views} from {first} to {last}.</source>
        <translation>Los artículos que los muestran se leyeron {views} de {first} a {last}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="49"/>
        <source>The files themselves were requested {requests} in those months.</source>
        <translation>Los archivos mismos se solicitaron {requests} en esos meses.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="52"/>
        <source>Since the upload, {editors} improved the files&apos; pages with {edits}: {changes} to categories, descriptions and data.</source>
        <translation>Desde la subida, {editors} mejoraron las páginas de los archivos con {edits}: {changes} en categorías, descripciones y datos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="64"/>
        <source>{n} file</source>
        <translation>{n} archivo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="64"/>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="65"/>
        <source>{n} page</source>
        <translation>{n} página</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="65"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
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
        <translation>{n} idioma</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="69"/>
        <source>{n} languages</source>
        <translation>{n} idiomas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="71"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="71"/>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="73"/>
        <source>{n} volunteer</source>
        <translation>{n} voluntario</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="74"/>
        <source>{n} volunteers</source>
        <translation>{n} voluntarios</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="76"/>
        <source>{n} edit</source>
        <translation>{n} edición</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="76"/>
        <source>{n} edits</source>
        <translation>{n} ediciones</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="78"/>
        <source>{n} change</source>
        <translation>{n} cambio</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="79"/>
        <source>{n} changes</source>
        <translation>{n} cambios</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="57"/>
        <source>This wiki counts no page views, so how often they were seen is not known.</source>
        <translation>Este wiki no cuenta las visitas a las páginas, así que no se sabe cuántas veces se vieron.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="60"/>
        <source>No month is complete since the first upload: views are counted from next month.</source>
        <translation>Ningún mes está completo desde la primera subida: las visitas se cuentan a partir del mes que viene.</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="93"/>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="94"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="267"/>
        <source>files used</source>
        <translation>archivos usados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="95"/>
        <source>share of files used</source>
        <translation>proporción de archivos usados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="96"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="261"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="268"/>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="97"/>
        <source>articles</source>
        <translation>artículos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="98"/>
        <source>Wikidata items</source>
        <translation>elementos de Wikidata</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="99"/>
        <source>wikis</source>
        <translation>wikis</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="100"/>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="101"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="240"/>
        <source>page-context views</source>
        <translation>visitas de las páginas que muestran los archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="102"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="240"/>
        <source>media requests</source>
        <translation>solicitudes de los archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="103"/>
        <source>new usages</source>
        <translation>usos nuevos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="104"/>
        <source>lost usages</source>
        <translation>usos perdidos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="105"/>
        <source>edits by others</source>
        <translation>ediciones de otros</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="106"/>
        <source>editors</source>
        <translation>editores</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="107"/>
        <source>changes by others</source>
        <translation>cambios de otros</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="108"/>
        <source>usage</source>
        <translation>uso</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="109"/>
        <source>page views</source>
        <translation>visitas de páginas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="110"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="134"/>
        <source>Refreshing stopped: {0}</source>
        <translation>La actualización se detuvo: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="137"/>
        <source>Refresh the figures</source>
        <translation>Actualizar las cifras</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="142"/>
        <source>Report format</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="143"/>
        <source>Export the report…</source>
        <translation>Exportar el informe…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="148"/>
        <source>Which pages show the uploaded files, and how often they are seen: take a new snapshot every month.</source>
        <translation>Qué páginas muestran los archivos subidos y cuánto se ven: tome una nueva instantánea cada mes.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="155"/>
        <source>What the figures say</source>
        <translation>Lo que dicen las cifras</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="65"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="157"/>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="66"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="157"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="158"/>
        <source>Impact figures</source>
        <translation>Cifras del impacto</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="162"/>
        <source>Impact tables</source>
        <translation>Tablas del impacto</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="164"/>
        <source>Views and requests per month</source>
        <translation>Visitas y solicitudes por mes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="167"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="182"/>
        <source>Languages reached</source>
        <translation>Idiomas alcanzados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="325"/>
        <source>The report could not be written: {0}</source>
        <translation>No se pudo escribir el informe: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="327"/>
        <source>Wrote the report to {0}.</source>
        <translation>Informe escrito en {0}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="81"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="169"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="181"/>
        <source>Usage over time</source>
        <translation>Uso a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="60"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="62"/>
        <source>New usages</source>
        <translation>Usos nuevos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="63"/>
        <source>Lost usages</source>
        <translation>Usos perdidos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="64"/>
        <source>Commons Impact Metrics</source>
        <translation>Commons Impact Metrics</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="67"/>
        <source>definition</source>
        <translation>definición</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="68"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="69"/>
        <source>in use after N days</source>
        <translation>en uso tras N días</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="70"/>
        <source>new and lost usages</source>
        <translation>usos nuevos y perdidos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="71"/>
        <source>usage over time</source>
        <translation>uso a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="72"/>
        <source>Top pages</source>
        <translation>Páginas más vistas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="73"/>
        <source>Top files</source>
        <translation>Archivos más vistos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="74"/>
        <source>Use on Wikidata</source>
        <translation>Uso en Wikidata</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="75"/>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="76"/>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="77"/>
        <source>property</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="78"/>
        <source>Wikis</source>
        <translation>Wikis</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="79"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="80"/>
        <source>In use after</source>
        <translation>En uso después de</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="82"/>
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="83"/>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="84"/>
        <source>views</source>
        <translation>visitas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="85"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="86"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="87"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="88"/>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="89"/>
        <source>files counted</source>
        <translation>archivos contados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="90"/>
        <source>snapshot</source>
        <translation>instantánea</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="179"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="61"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="180"/>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="183"/>
        <source>Pages, files and languages</source>
        <translation>Páginas, archivos e idiomas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="206"/>
        <source>{0}: {1}/{2}</source>
        <translation>{0}: {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="210"/>
        <source>{0} files on the wiki, {1} shown on articles, {2} pages in all.</source>
        <translation>{0} archivos en el wiki, {1} mostrados en artículos, {2} páginas en total.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="309"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="27"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="28"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="29"/>
        <source>Title on the wiki</source>
        <translation>Título en el wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="30"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="31"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="34"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="35"/>
        <source>hashed</source>
        <translation>huella calculada</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="36"/>
        <source>checked</source>
        <translation>comprobado</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="37"/>
        <source>uploading</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="38"/>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="39"/>
        <source>data written</source>
        <translation>datos escritos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="40"/>
        <source>verified</source>
        <translation>verificado en el wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="41"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="42"/>
        <source>failed</source>
        <translation>no subido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="57"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="58"/>
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="59"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="60"/>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="61"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="62"/>
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="63"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="64"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="109"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="153"/>
        <source>&amp;Batch</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="154"/>
        <source>&amp;New from a spreadsheet…</source>
        <translation>&amp;Nuevo a partir de una hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="158"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="162"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="164"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="165"/>
        <source>&amp;Guide for museum staff</source>
        <translation>&amp;Guía para el personal del museo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="183"/>
        <location filename="../../glamdonor/gui/app.py" line="188"/>
        <source>Guide for museum staff</source>
        <translation>Guía para el personal del museo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="202"/>
        <source>Open batch</source>
        <translation>Abrir un lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="202"/>
        <source>Batch files (*.toml)</source>
        <translation>Archivos de lote (*.toml)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="209"/>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="216"/>
        <source>New batch from a spreadsheet</source>
        <translation>Nuevo lote a partir de una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="218"/>
        <source>Spreadsheets (*.csv *.tsv *.xlsx *.xls *.ods)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="255"/>
        <source>This batch&apos;s mapping uses the institution&apos;s name: make its partner profile in the Partner step.</source>
        <translation>La correspondencia de este lote usa el nombre de la institución: cree su perfil de socio en el paso Socio.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="262"/>
        <source>This batch&apos;s mapping does not fit its catalog yet: {0}</source>
        <translation>La correspondencia de este lote aún no encaja con su catálogo: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="293"/>
        <source>The catalog changed; reading it again…</source>
        <translation>El catálogo cambió; leyéndolo de nuevo…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="305"/>
        <source>This batch cannot be opened: {0}</source>
        <translation>No se puede abrir este lote: {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="42"/>
        <source>a column</source>
        <translation>una columna</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="43"/>
        <source>a fixed value</source>
        <translation>un valor fijo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="44"/>
        <source>a pattern</source>
        <translation>un patrón</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="49"/>
        <source>categories, line {0}</source>
        <translation>categorías, línea {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="50"/>
        <source>structured data: {0}</source>
        <translation>datos estructurados: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="65"/>
        <source>The wiki could not draw the page: {0}</source>
        <translation>El wiki no pudo dibujar la página: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="72"/>
        <source>Preset</source>
        <translation>Plantilla predefinida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="73"/>
        <source>Suggest from the catalog&apos;s headers</source>
        <translation>Sugerir a partir de los encabezados del catálogo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="75"/>
        <source>Undo the suggestion</source>
        <translation>Deshacer la sugerencia</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="79"/>
        <source>Add a line of categories</source>
        <translation>Añadir una línea de categorías</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="81"/>
        <source>Save and preview</source>
        <translation>Guardar y previsualizar</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="86"/>
        <source>Part of the page</source>
        <translation>Parte de la página</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="87"/>
        <source>Comes from</source>
        <translation>Viene de</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="88"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="89"/>
        <source>Transforms</source>
        <translation>Transformaciones</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="92"/>
        <source>Mapping fields</source>
        <translation>Campos de la correspondencia</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="97"/>
        <source>Select a row in the Catalog step to see its page.</source>
        <translation>Elija una fila en el paso Catálogo para ver su página.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="99"/>
        <source>Preview of the selected row</source>
        <translation>Vista previa de la fila elegida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="102"/>
        <source>The page, drawn</source>
        <translation>La página, dibujada</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="103"/>
        <source>Draw it as the wiki does</source>
        <translation>Dibujarla como el wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="107"/>
        <source>The selected row&apos;s file</source>
        <translation>El archivo de la fila elegida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="109"/>
        <source>Preset:</source>
        <translation>Plantilla predefinida:</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="132"/>
        <source>The page</source>
        <translation>La página</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="133"/>
        <source>Its text and data</source>
        <translation>Su texto y sus datos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="150"/>
        <source>Mapping file: {0}</source>
        <translation>Archivo de correspondencia: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="221"/>
        <source>Suggested from the “{0}” preset: {1} parts added, the rest kept as they were; not found in the catalog: {2}. Check the sources, then save (or undo).</source>
        <translation>Sugerido a partir del preajuste «{0}»: {1} partes añadidas, el resto se mantiene como estaba; no encontrado en el catálogo: {2}. Compruebe las fuentes y guarde (o deshaga).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="229"/>
        <source>The mapping is back as it was before the suggestion.</source>
        <translation>La correspondencia volvió a estar como antes de la sugerencia.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="48"/>
        <source>title (of the file)</source>
        <translation>título (del archivo)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="174"/>
        <source>Where {0} comes from</source>
        <translation>De dónde viene {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="181"/>
        <source>Source of {0}</source>
        <translation>Fuente de {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="186"/>
        <source>(as written in the file)</source>
        <translation>(tal como está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="277"/>
        <source>Saved {0}; the preview follows.</source>
        <translation>{0} guardado; la vista previa se actualiza.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="298"/>
        <source>Drawn by glamdonor, without the wiki.</source>
        <translation>Dibujada por glamdonor, sin el wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="308"/>
        <source>No picture of this file to show.</source>
        <translation>No hay imagen de este archivo que mostrar.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="68"/>
        <source>New batch</source>
        <translation>Nuevo lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="74"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="109"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="77"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="112"/>
        <source>Header row</source>
        <translation>Fila de encabezados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="79"/>
        <source>The sheet&apos;s first rows</source>
        <translation>Las primeras filas de la hoja</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="88"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="113"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="169"/>
        <source>Media folder</source>
        <translation>Carpeta de medios</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="89"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="94"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="114"/>
        <source>Preset</source>
        <translation>Plantilla predefinida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="97"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="115"/>
        <source>Partner profile</source>
        <translation>Perfil del socio</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="98"/>
        <source>a partner profile (.toml), used by every batch</source>
        <translation>un perfil de socio (.toml), usado por cada lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="102"/>
        <source>Make another batch of this spreadsheet</source>
        <translation>Hacer otro lote de esta hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="108"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="110"/>
        <source>Click the row that holds the column names (the header row):</source>
        <translation>Haga clic en la fila que contiene los nombres de las columnas (la fila de encabezado):</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="130"/>
        <source>This spreadsheet has a batch already: {0}. OK opens it as it is (its mapping and journal kept); tick the box above to make another one.</source>
        <translation>Esta hoja de cálculo ya tiene un lote: {0}. Aceptar lo abre tal como está (con su correspondencia y su diario); marque la casilla de arriba para hacer otro.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="20"/>
        <source>Institution&apos;s name</source>
        <translation>Nombre de la institución</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="21"/>
        <source>Its Wikidata item (Q…)</source>
        <translation>Su elemento de Wikidata (Q…)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="22"/>
        <source>Institution template</source>
        <translation>Plantilla Institution</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="23"/>
        <source>Credit line</source>
        <translation>Línea de crédito</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="24"/>
        <source>Partnership template</source>
        <translation>Plantilla de colaboración</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="25"/>
        <source>Category of its media</source>
        <translation>Categoría de sus medios</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="26"/>
        <source>Category of each batch</source>
        <translation>Categoría de cada lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="27"/>
        <source>Tracking category</source>
        <translation>Categoría de seguimiento</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="28"/>
        <source>Edit summary</source>
        <translation>Resumen de edición</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="39"/>
        <source>Open a batch first.</source>
        <translation>Abra primero un lote.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="49"/>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="83"/>
        <source>This batch names no partner profile yet. Fill in at least the institution&apos;s name, then save: the profile is written as {0}, and the batch names it.</source>
        <translation>Este lote aún no nombra ningún perfil de socio. Rellene al menos el nombre de la institución y guarde: el perfil se escribe como {0}, y el lote lo nombra.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="91"/>
        <source>Profile {0}: every batch that names it credits the institution so.</source>
        <translation>Perfil {0}: cada lote que lo nombra acredita así a la institución.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../glamdonor/gui/words.py" line="31"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../glamdonor/metrics/report.py" line="30"/>
        <source>Usage comes from the wiki&apos;s API on the day of each snapshot: on Commons, the pages of every Wikimedia wiki that show each file (GlobalUsage); on another wiki, its own pages. Page views and media requests come from the Wikimedia REST API (pageviews per article, media requests per file), counting people, not bots, per calendar month; a month without data counts 0. Past months do not change, so each is fetched once and kept. Views are those of the articles showing the files at the latest snapshot: a page that showed a file earlier and no longer does is not counted. Commons Impact Metrics, where shown, are Wikimedia&apos;s own figures for an allow-listed category; they count a page once per file of the category it shows, so they are higher than the page-context views here.</source>
        <translation>El uso viene de la API del wiki el día de cada instantánea: en Commons, las páginas de todos los wikis de Wikimedia que muestran cada archivo (GlobalUsage); en otro wiki, sus propias páginas. Las visitas a páginas y las solicitudes de medios vienen de la API REST de Wikimedia (visitas por artículo, solicitudes por archivo), contando personas y no bots, por mes natural; un mes sin datos cuenta 0. Los meses pasados no cambian, así que cada uno se pide una vez y se guarda. Las visitas son las de los artículos que muestran los archivos en la última instantánea: una página que mostraba un archivo y ya no lo muestra no se cuenta. Las Commons Impact Metrics, donde aparecen, son las cifras de Wikimedia para una categoría admitida; cuentan una página una vez por cada archivo de la categoría que muestra, por lo que son más altas que las visitas en contexto de página de aquí.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="45"/>
        <source>Impact of {title}</source>
        <translation>Impacto de {title}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="46"/>
        <source>Impact of {title} on {wiki}: snapshot of {date}, months {first} to {last}</source>
        <translation>Impacto de {title} en {wiki}: instantánea del {date}, meses {first} a {last}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="49"/>
        <source>Impact of {title} on {wiki}: snapshot of {date}, no month complete since the first upload ({first})</source>
        <translation>Impacto de {title} en {wiki}: instantánea del {date}, ningún mes completo desde la primera subida ({first})</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="54"/>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="55"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="56"/>
        <source>… and {rows} more rows (in the XLSX report).</source>
        <translation>… y {rows} filas más (en el informe XLSX).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="57"/>
        <source>Page-context views and media requests per month</source>
        <translation>Visitas en contexto de página y solicitudes de medios por mes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="58"/>
        <source>Languages reached (pages showing the files)</source>
        <translation>Idiomas alcanzados (páginas que muestran los archivos)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="59"/>
        <source>Languages reached (pages showing the files): the {shown} with the most pages, of {reached}</source>
        <translation>Idiomas alcanzados (páginas que muestran los archivos): los {shown} con más páginas, de {reached}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="63"/>
        <source>Share of files in use after 30, 90 and 365 days</source>
        <translation>Proporción de archivos en uso tras 30, 90 y 365 días</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="64"/>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="65"/>
        <source>% of files in use</source>
        <translation>% de archivos en uso</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="66"/>
        <source>after {days} days
({files} files)</source>
        <translation>tras {days} días
({files} archivos)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="67"/>
        <source>no views or requests counted in these months</source>
        <translation>ninguna visita ni solicitud contada en estos meses</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="68"/>
        <source>no page in a language wiki shows these files yet</source>
        <translation>ninguna página de un wiki de idioma muestra aún estos archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="69"/>
        <source>The {shown} most viewed of the {total} pages that show the files.</source>
        <translation>Las {shown} más vistas de las {total} páginas que muestran los archivos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="72"/>
        <source>The {shown} most viewed of the {total} files shown on a page.</source>
        <translation>Los {shown} más vistos de los {total} archivos mostrados en una página.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../glamdonor/gui/worker.py" line="78"/>
        <source>Stopped while the wiki did not answer: start again to go on; nothing is lost.</source>
        <translation>Detenido mientras la wiki no respondía: empiece de nuevo para seguir; no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/worker.py" line="86"/>
        <source>Something unexpected went wrong; nothing was lost. The details are in {0}: please send that file with your report.</source>
        <translation>Algo inesperado salió mal; no se ha perdido nada. Los detalles están en {0}: envíe ese archivo con su informe.</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="80"/>
        <source>Make a BotPassword on the wiki: log in there, open Special:BotPasswords, give it a name (for example “glamdonor”) and the rights “High-volume editing”, “Edit existing pages”, “Create, edit, and move pages” and “Upload new files”. The wiki then shows a login name such as “YourName@glamdonor” and a password: enter both here. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Cree una contraseña de bot en el wiki: inicie sesión, abra Special:BotPasswords, dele un nombre (por ejemplo «glamdonor») y los permisos «Edición de alto volumen», «Editar páginas existentes», «Crear, editar y trasladar páginas» y «Subir archivos nuevos». El wiki muestra entonces un nombre de acceso como «SuNombre@glamdonor» y una contraseña: escriba ambos aquí. La contraseña se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="90"/>
        <source>BotPassword login name</source>
        <translation>Nombre de acceso de la contraseña de bot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="93"/>
        <source>BotPassword password</source>
        <translation>Contraseña de bot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="97"/>
        <source>Login name</source>
        <translation>Nombre de acceso</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="98"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="101"/>
        <source>Rows in the pilot</source>
        <translation>Filas de la prueba piloto</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="102"/>
        <source>no pilot: every row</source>
        <translation>sin prueba: todas las filas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="103"/>
        <source>Start uploading</source>
        <translation>Empezar a subir</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="104"/>
        <location filename="../../glamdonor/gui/upload_page.py" line="251"/>
        <location filename="../../glamdonor/gui/upload_page.py" line="369"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="105"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="112"/>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="115"/>
        <source>Every ready row is sent once; a stopped upload goes on where it stopped.</source>
        <translation>Cada fila lista se envía una sola vez; una subida detenida continúa donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="120"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="120"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="120"/>
        <source>Page on the wiki</source>
        <translation>Página en la wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="122"/>
        <source>The rows of this upload</source>
        <translation>Las filas de esta subida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="131"/>
        <source>Open the page on the wiki</source>
        <translation>Abrir la página en la wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="133"/>
        <source>Write the results sheet</source>
        <translation>Escribir la hoja de resultados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="137"/>
        <source>Pilot: upload first</source>
        <translation>Prueba: subir primero</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="139"/>
        <source>rows drawn at random, to review on the wiki</source>
        <translation>filas elegidas al azar, para revisarlas en el wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="176"/>
        <source>The results sheet is written: {0} ({1} rows).</source>
        <translation>La hoja de resultados está escrita: {0} ({1} filas).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="196"/>
        <source>already there</source>
        <translation>ya estaba</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="199"/>
        <source>uploaded (the wiki had lost track of the half-sent upload: the file was sent again from its first byte)</source>
        <translation>subida (la wiki había perdido el rastro de la subida a medio enviar: el archivo se envió de nuevo desde su primer byte)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="202"/>
        <source>uploaded</source>
        <translation>subida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="205"/>
        <source>skipped: {0}</source>
        <translation>omitida: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="206"/>
        <source>not uploaded: {0} {1}</source>
        <translation>no subida: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="226"/>
        <source>Connecting to the wiki…</source>
        <translation>Conectando con el wiki…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="254"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="255"/>
        <source>Paused after the file under way.</source>
        <translation>En pausa tras el archivo en curso.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="270"/>
        <source>Row {0} was done on this wiki, but is no longer there: it goes again.</source>
        <translation>La fila {0} estaba hecha en este wiki, pero ya no está: se envía de nuevo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="281"/>
        <source>{0} uploaded, {1} already there, {2} skipped, {3} not uploaded.</source>
        <translation>{0} subidos, {1} ya estaban, {2} omitidos, {3} no subidos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="284"/>
        <source> Stopped: start again to go on.</source>
        <translation> Detenido: vuelva a empezar para continuar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="296"/>
        <source>Uploading to {0} as {1}: {2} rows to send.</source>
        <translation>Subiendo a {0} como {1}: {2} filas por enviar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="301"/>
        <source>{0} ({1} rows verified there)</source>
        <translation>{0} ({1} filas verificadas allí)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="305"/>
        <source>Rehearsed on {0}; now uploading to {1} as {2}: {3} rows to send.</source>
        <translation>Ensayado en {0}; ahora se sube a {1} como {2}: {3} filas por enviar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="309"/>
        <source>The batch&apos;s journal was damaged: it is kept, untouched, as {0}, and a new one is started; each row&apos;s state is asked of the wiki again.</source>
        <translation>El diario del lote estaba dañado: se guarda, intacto, como {0}, y se empieza uno nuevo; se pregunta otra vez a la wiki el estado de cada fila.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="314"/>
        <source>{0} rows recorded by an earlier glamdonor cannot be told to be on this wiki: they are sent unless the wiki already holds their files.</source>
        <translation>{0} filas registradas por una versión anterior de glamdonor no pueden atribuirse a este wiki: se envían, salvo que el wiki ya tenga sus archivos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="322"/>
        <source>{0}/{1} files, {2} of {3}, {4}/s</source>
        <translation>{0}/{1} archivos, {2} de {3}, {4}/s</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="330"/>
        <source>, about {0} left</source>
        <translation>, quedan unos {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="336"/>
        <source>row {0}: already there: {1}</source>
        <translation>fila {0}: ya estaba: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="339"/>
        <source>row {0}: uploaded: {1} (the wiki had lost track of the half-sent upload: the file was sent again from its first byte)</source>
        <translation>fila {0}: subida: {1} (la wiki había perdido el rastro de la subida a medio enviar: el archivo se envió de nuevo desde su primer byte)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="342"/>
        <source>row {0}: uploaded: {1}</source>
        <translation>fila {0}: subido: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="346"/>
        <source>row {0}: skipped: {1}</source>
        <translation>fila {0}: omitido: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="347"/>
        <source>row {0}: not uploaded: {1}</source>
        <translation>fila {0}: no subido: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="351"/>
        <source>The wiki does not answer; trying again in {0} s (Cancel to stop).</source>
        <translation>El wiki no responde; se vuelve a intentar en {0} s (Cancelar para detener).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="358"/>
        <source>The wiki answers again, at {0}: going on there.</source>
        <translation>El wiki responde de nuevo, en {0}: se continúa allí.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="362"/>
        <source>The upload stopped: {0}</source>
        <translation>La subida se detuvo: {0}</translation>
    </message>
</context>
<context>
    <name>WikidataPage</name>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="81"/>
        <source>Link the names in a column (artists, subjects, places) to Wikidata items, so that the files&apos; structured data names them in every language. The service takes the values it is sure of; choose the others below.</source>
        <translation>Enlace los nombres de una columna (artistas, temas, lugares) con elementos de Wikidata, para que los datos estructurados de los archivos los nombren en todos los idiomas. El servicio toma los valores de los que está seguro; elija los demás abajo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="88"/>
        <source>Column to link</source>
        <translation>Columna que enlazar</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="90"/>
        <source>Q5 for people; empty for any</source>
        <translation>Q5 para personas; vacío para cualquiera</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="91"/>
        <source>Wikidata class of the values</source>
        <translation>Clase de Wikidata de los valores</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="93"/>
        <source>; if a cell holds several</source>
        <translation>; si una celda tiene varios</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="94"/>
        <source>Separator of several values in a cell</source>
        <translation>Separador de varios valores en una celda</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="96"/>
        <source>Reconciliation service</source>
        <translation>Servicio de reconciliación</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="97"/>
        <source>Ask the service</source>
        <translation>Preguntar al servicio</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="100"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="101"/>
        <source>Wikidata class</source>
        <translation>Clase de Wikidata</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="102"/>
        <source>Several values split by</source>
        <translation>Varios valores separados por</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="103"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="105"/>
        <source>Progress of the questions</source>
        <translation>Progreso de las preguntas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="109"/>
        <source>Values to review</source>
        <translation>Valores por revisar</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="112"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="122"/>
        <source>Take this item (Enter)</source>
        <translation>Tomar este elemento (Intro)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="124"/>
        <source>No item</source>
        <translation>Ningún elemento</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="127"/>
        <source>Other words to search for</source>
        <translation>Otras palabras que buscar</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="128"/>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="130"/>
        <source>Search again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="185"/>
        <source>Asking the service…</source>
        <translation>Preguntando al servicio…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="199"/>
        <source>Asked the service about {0}; the file is {1}.</source>
        <translation>Se preguntó al servicio por {0}; el archivo es {1}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="200"/>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="229"/>
        <source>{n} value</source>
        <translation>{n} valor</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="200"/>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="229"/>
        <source>{n} values</source>
        <translation>{n} valores</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="227"/>
        <source>{0}: {1} matched by the service, {2} chosen, {3} with no item, {4} to review.</source>
        <translation>{0}: {1} enlazado(s) por el servicio, {2} elegido(s), {3} sin elemento, {4} por revisar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="211"/>
        <source>The service found nothing for those words.</source>
        <translation>El servicio no encontró nada para esas palabras.</translation>
    </message>
</context>
</TS>

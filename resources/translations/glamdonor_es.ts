<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="15" />
        <source>Open a batch file (batch.toml) to see its rows.</source>
        <translation>Abra un archivo de lote (batch.toml) para ver sus filas.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="19" />
        <source>Catalog rows</source>
        <translation>Filas del catálogo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="39" />
        <source>{0} rows, {1} ready, {2} with problems to fix.</source>
        <translation>{0} filas, {1} listas, {2} con problemas que corregir.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="38" />
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="39" />
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="40" />
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="41" />
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="42" />
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="43" />
        <source>what to do</source>
        <translation>qué hacer</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="44" />
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="45" />
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="48" />
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="49" />
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="65" />
        <source>Check the batch</source>
        <translation>Comprobar el lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="67" />
        <source>Offline (do not ask the wiki)</source>
        <translation>Sin conexión (sin consultar el wiki)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="69" />
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="72" />
        <source>Checking reads every file and asks the wiki about titles, duplicates and categories, before anything is sent.</source>
        <translation>La comprobación lee cada archivo y consulta al wiki los títulos, los duplicados y las categorías, antes de enviar nada.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="78" />
        <source>Filter the problems…</source>
        <translation>Filtrar los problemas…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="79" />
        <source>Filter the problems</source>
        <translation>Filtrar los problemas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="80" />
        <source>Export the problems…</source>
        <translation>Exportar los problemas…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="92" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="138" />
        <source>{0} rows: {1} ready to upload, {2} blocked by an error.</source>
        <translation>{0} filas: {1} listas para subir, {2} bloqueadas por un error.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="147" />
        <source>The check could not run: {0}</source>
        <translation>No se pudo hacer la comprobación: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="160" />
        <source>Export the problems</source>
        <translation>Exportar los problemas</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="46" />
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="47" />
        <location filename="../../glamdonor/gui/impact_page.py" line="185" />
        <source>files used</source>
        <translation>archivos usados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="48" />
        <source>share of files used</source>
        <translation>proporción de archivos usados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="49" />
        <location filename="../../glamdonor/gui/impact_page.py" line="179" />
        <location filename="../../glamdonor/gui/impact_page.py" line="186" />
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="50" />
        <source>articles</source>
        <translation>artículos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="51" />
        <source>wikis</source>
        <translation>wikis</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="52" />
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="53" />
        <location filename="../../glamdonor/gui/impact_page.py" line="158" />
        <source>page-context views</source>
        <translation>visitas de las páginas que muestran los archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="54" />
        <location filename="../../glamdonor/gui/impact_page.py" line="158" />
        <source>media requests</source>
        <translation>solicitudes de los archivos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="55" />
        <source>new usages</source>
        <translation>usos nuevos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="56" />
        <source>lost usages</source>
        <translation>usos perdidos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="57" />
        <source>usage</source>
        <translation>uso</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="58" />
        <source>page views</source>
        <translation>visitas de páginas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="59" />
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="72" />
        <source>Refreshing stopped: {0}</source>
        <translation>La actualización se detuvo: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="75" />
        <source>Refresh the figures</source>
        <translation>Actualizar las cifras</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="80" />
        <source>Report format</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="81" />
        <source>Export the report…</source>
        <translation>Exportar el informe…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="86" />
        <source>Which pages show the uploaded files, and how often they are seen: take a new snapshot every month.</source>
        <translation>Qué páginas muestran los archivos subidos y cuánto se ven: tome una nueva instantánea cada mes.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="92" />
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="92" />
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="93" />
        <source>Impact figures</source>
        <translation>Cifras del impacto</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="97" />
        <source>Impact tables</source>
        <translation>Tablas del impacto</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="99" />
        <source>Views and requests per month</source>
        <translation>Visitas y solicitudes por mes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="102" />
        <location filename="../../glamdonor/gui/impact_page.py" line="116" />
        <source>Languages reached</source>
        <translation>Idiomas alcanzados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="104" />
        <location filename="../../glamdonor/gui/impact_page.py" line="115" />
        <source>Usage over time</source>
        <translation>Uso a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="113" />
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="114" />
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="117" />
        <source>Pages, files and languages</source>
        <translation>Páginas, archivos e idiomas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="138" />
        <source>{0}: {1}/{2}</source>
        <translation>{0}: {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="142" />
        <source>{0} files on the wiki, {1} shown on articles, {2} pages in all.</source>
        <translation>{0} archivos en el wiki, {1} mostrados en artículos, {2} páginas en total.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="227" />
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="26" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="27" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="28" />
        <source>Title on the wiki</source>
        <translation>Título en el wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="29" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="30" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="33" />
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="34" />
        <source>hashed</source>
        <translation>huella calculada</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="35" />
        <source>checked</source>
        <translation>comprobado</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="36" />
        <source>uploading</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="37" />
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="38" />
        <source>data written</source>
        <translation>datos escritos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="39" />
        <source>verified</source>
        <translation>verificado en el wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="40" />
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="41" />
        <source>failed</source>
        <translation>no subido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="42" />
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="43" />
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="44" />
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="45" />
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="46" />
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="47" />
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="88" />
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="123" />
        <source>&amp;Batch</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="124" />
        <source>&amp;New from a spreadsheet…</source>
        <translation>&amp;Nuevo a partir de una hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="128" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="132" />
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="148" />
        <source>Open batch</source>
        <translation>Abrir un lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="148" />
        <source>Batch files (*.toml)</source>
        <translation>Archivos de lote (*.toml)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="155" />
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="162" />
        <source>New batch from a spreadsheet</source>
        <translation>Nuevo lote a partir de una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="164" />
        <source>Spreadsheets (*.csv *.tsv *.xlsx *.xls *.ods)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="199" />
        <source>This batch's mapping does not fit its catalog yet: {0}</source>
        <translation>La correspondencia de este lote aún no encaja con su catálogo: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="216" />
        <source>This batch cannot be opened: {0}</source>
        <translation>No se puede abrir este lote: {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="41" />
        <source>a column</source>
        <translation>una columna</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="42" />
        <source>a fixed value</source>
        <translation>un valor fijo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="43" />
        <source>a pattern</source>
        <translation>un patrón</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="60" />
        <source>The wiki could not draw the page: {0}</source>
        <translation>El wiki no pudo dibujar la página: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="66" />
        <source>Preset</source>
        <translation>Plantilla predefinida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="67" />
        <source>Suggest from the catalog's headers</source>
        <translation>Sugerir a partir de los encabezados del catálogo</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="69" />
        <source>Save and preview</source>
        <translation>Guardar y previsualizar</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="74" />
        <source>Part of the page</source>
        <translation>Parte de la página</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="75" />
        <source>Comes from</source>
        <translation>Viene de</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="76" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="77" />
        <source>Transforms</source>
        <translation>Transformaciones</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="80" />
        <source>Mapping fields</source>
        <translation>Campos de la correspondencia</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="85" />
        <source>Select a row in the Catalog step to see its page.</source>
        <translation>Elija una fila en el paso Catálogo para ver su página.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="87" />
        <source>Preview of the selected row</source>
        <translation>Vista previa de la fila elegida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="90" />
        <source>The page, drawn</source>
        <translation>La página, dibujada</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="91" />
        <source>Draw it as the wiki does</source>
        <translation>Dibujarla como el wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="95" />
        <source>The selected row's file</source>
        <translation>El archivo de la fila elegida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="97" />
        <source>Preset:</source>
        <translation>Plantilla predefinida:</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="114" />
        <source>The page</source>
        <translation>La página</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="115" />
        <source>Its text and data</source>
        <translation>Su texto y sus datos</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="130" />
        <source>Mapping file: {0}</source>
        <translation>Archivo de correspondencia: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="145" />
        <source>title (of the file)</source>
        <translation>título (del archivo)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="152" />
        <source>Where {0} comes from</source>
        <translation>De dónde viene {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="158" />
        <source>Source of {0}</source>
        <translation>Fuente de {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="163" />
        <source>(as written in the file)</source>
        <translation>(tal como está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="177" />
        <source>Suggested from the “{0}” preset: {1} columns matched; not found: {2}. Check the sources, then save.</source>
        <translation>Sugerido a partir de la plantilla «{0}»: {1} columnas reconocidas; no encontradas: {2}. Revise las fuentes y guarde.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="213" />
        <source>Saved {0}; the preview follows.</source>
        <translation>{0} guardado; la vista previa se actualiza.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="234" />
        <source>Drawn by glamdonor, without the wiki.</source>
        <translation>Dibujada por glamdonor, sin el wiki.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="244" />
        <source>No picture of this file to show.</source>
        <translation>No hay imagen de este archivo que mostrar.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="61" />
        <source>New batch</source>
        <translation>Nuevo lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="67" />
        <location filename="../../glamdonor/gui/new_batch.py" line="89" />
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="70" />
        <location filename="../../glamdonor/gui/new_batch.py" line="90" />
        <source>Header row</source>
        <translation>Fila de encabezados</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="72" />
        <location filename="../../glamdonor/gui/new_batch.py" line="91" />
        <location filename="../../glamdonor/gui/new_batch.py" line="103" />
        <source>Media folder</source>
        <translation>Carpeta de medios</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="73" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="77" />
        <location filename="../../glamdonor/gui/new_batch.py" line="92" />
        <source>Preset</source>
        <translation>Plantilla predefinida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="80" />
        <location filename="../../glamdonor/gui/new_batch.py" line="93" />
        <source>Partner profile</source>
        <translation>Perfil del socio</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="81" />
        <source>a partner profile (.toml), used by every batch</source>
        <translation>un perfil de socio (.toml), usado por cada lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="88" />
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="16" />
        <source>Institution's name</source>
        <translation>Nombre de la institución</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="17" />
        <source>Its Wikidata item (Q…)</source>
        <translation>Su elemento de Wikidata (Q…)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="18" />
        <source>Institution template</source>
        <translation>Plantilla Institution</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="19" />
        <source>Credit line</source>
        <translation>Línea de crédito</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="20" />
        <source>Partnership template</source>
        <translation>Plantilla de colaboración</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="21" />
        <source>Category of its media</source>
        <translation>Categoría de sus medios</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="22" />
        <source>Category of each batch</source>
        <translation>Categoría de cada lote</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="23" />
        <source>Tracking category</source>
        <translation>Categoría de seguimiento</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="24" />
        <source>Edit summary</source>
        <translation>Resumen de edición</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="35" />
        <location filename="../../glamdonor/gui/partner_page.py" line="62" />
        <source>This batch names no partner profile.</source>
        <translation>Este lote no nombra ningún perfil de socio.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="44" />
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="68" />
        <source>Profile {0}: every batch that names it credits the institution so.</source>
        <translation>Perfil {0}: cada lote que lo nombra acredita así a la institución.</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="57" />
        <source>Make a BotPassword on the wiki: log in there, open Special:BotPasswords, give it a name (for example “glamdonor”) and the rights “High-volume editing”, “Edit existing pages”, “Create, edit, and move pages” and “Upload new files”. The wiki then shows a login name such as “YourName@glamdonor” and a password: enter both here. The password is kept in this computer's keyring, never in a file.</source>
        <translation>Cree una contraseña de bot en el wiki: inicie sesión, abra Special:BotPasswords, dele un nombre (por ejemplo «glamdonor») y los permisos «Edición de alto volumen», «Editar páginas existentes», «Crear, editar y trasladar páginas» y «Subir archivos nuevos». El wiki muestra entonces un nombre de acceso como «SuNombre@glamdonor» y una contraseña: escriba ambos aquí. La contraseña se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="67" />
        <source>BotPassword login name</source>
        <translation>Nombre de acceso de la contraseña de bot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="70" />
        <source>BotPassword password</source>
        <translation>Contraseña de bot</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="74" />
        <source>Login name</source>
        <translation>Nombre de acceso</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="75" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="78" />
        <source>Rows in the pilot</source>
        <translation>Filas de la prueba piloto</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="79" />
        <source>no pilot: every row</source>
        <translation>sin prueba: todas las filas</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="80" />
        <source>Start uploading</source>
        <translation>Empezar a subir</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="81" />
        <location filename="../../glamdonor/gui/upload_page.py" line="154" />
        <location filename="../../glamdonor/gui/upload_page.py" line="193" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="82" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="89" />
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="92" />
        <source>Every ready row is sent once; a stopped upload goes on where it stopped.</source>
        <translation>Cada fila lista se envía una sola vez; una subida detenida continúa donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="96" />
        <source>Pilot: upload first</source>
        <translation>Prueba: subir primero</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="98" />
        <source>rows drawn at random, to review on the wiki</source>
        <translation>filas elegidas al azar, para revisarlas en el wiki</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="126" />
        <source>Connecting to the wiki…</source>
        <translation>Conectando con el wiki…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="157" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="158" />
        <source>Paused after the file under way.</source>
        <translation>En pausa tras el archivo en curso.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="166" />
        <source>Uploading to {0} as {1}…</source>
        <translation>Subiendo a {0} como {1}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="177" />
        <source>{0} uploaded, {1} already there, {2} skipped, {3} not uploaded.</source>
        <translation>{0} subidos, {1} ya estaban, {2} omitidos, {3} no subidos.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="180" />
        <source> Stopped: start again to go on.</source>
        <translation> Detenido: vuelva a empezar para continuar.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="188" />
        <source>The upload stopped: {0}</source>
        <translation>La subida se detuvo: {0}</translation>
    </message>
</context>
</TS>
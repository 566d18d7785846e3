<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="41"/>
        <source>the catalog file does not exist.</source>
        <translation>ملف الفهرس غير موجود.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="41"/>
        <source>Check the catalog&apos;s path.</source>
        <translation>تحقق من مسار الفهرس.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="45"/>
        <source>the header row must be 1 or more.</source>
        <translation>يجب أن يكون صف العناوين 1 أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="52"/>
        <source>glamdonor cannot read “{suffix}” catalogs.</source>
        <translation>لا يستطيع glamdonor قراءة فهارس «{suffix}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="53"/>
        <source>Save the sheet as XLSX, ODS or CSV from your spreadsheet program.</source>
        <translation>احفظ الورقة بصيغة XLSX أو ODS أو CSV من برنامج الجداول لديك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="109"/>
        <source>row {header_row} should hold the column names, but it is empty.</source>
        <translation>يُفترض أن يحمل الصف {header_row} أسماء الأعمدة، لكنه فارغ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="110"/>
        <source>Point glamdonor at the header row (--header-row), or add column names.</source>
        <translation>دُلّ glamdonor على صف العناوين (--header-row)، أو أضف أسماء للأعمدة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="129"/>
        <source>Name every column in the header row, or remove the stray cells.</source>
        <translation>سمِّ كل عمود في صف العناوين، أو احذف الخلايا الشاردة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="145"/>
        <source>the catalog has a header but no rows.</source>
        <translation>للفهرس صف عناوين لكن لا صفوف فيه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="146"/>
        <source>Add one row per media file below the header.</source>
        <translation>أضف صفًا لكل ملف وسائط تحت صف العناوين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="161"/>
        <source>column {position} has no name in the header row.</source>
        <translation>العمود {position} بلا اسم في صف العناوين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="162"/>
        <source>Give every column a name in the header row.</source>
        <translation>أعطِ كل عمود اسمًا في صف العناوين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="169"/>
        <source>two columns are both called “{name}”.</source>
        <translation>عمودان يحملان الاسم نفسه «{name}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="170"/>
        <source>Rename one of them so every column name is unique.</source>
        <translation>غيّر اسم أحدهما ليكون اسم كل عمود فريدًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="188"/>
        <location filename="../../glamdonor/catalog/read.py" line="242"/>
        <source>the catalog file is empty.</source>
        <translation>ملف الفهرس فارغ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="188"/>
        <location filename="../../glamdonor/catalog/read.py" line="242"/>
        <source>Export the catalog again.</source>
        <translation>صدّر الفهرس من جديد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="197"/>
        <source>“{candidate}” is not an encoding glamdonor knows.</source>
        <translation>«{candidate}» ليس ترميزًا يعرفه glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="198"/>
        <source>Name one such as utf-8, utf-16 or cp1252.</source>
        <translation>اذكر ترميزًا مثل utf-8 أو utf-16 أو cp1252.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="205"/>
        <source>the file is not in {encoding} (byte {start} does not fit).</source>
        <translation>الملف ليس بترميز {encoding} (البايت {start} لا يتوافق).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="206"/>
        <source>Leave out --encoding to let glamdonor find out, or name another.</source>
        <translation>احذف --encoding ليكتشفه glamdonor بنفسه، أو اذكر ترميزًا آخر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="213"/>
        <source>the catalog is in no text encoding glamdonor recognises.</source>
        <translation>الفهرس ليس بأي ترميز نصي يتعرف عليه glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="214"/>
        <source>Save it again as “CSV UTF-8” from your spreadsheet program.</source>
        <translation>احفظه من جديد بصيغة «CSV UTF-8» من برنامج الجداول لديك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="235"/>
        <source>this row has more cells than the first row has columns.</source>
        <translation>في هذا الصف خلايا أكثر من أعمدة الصف الأول.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="236"/>
        <source>Name every column in the header row, or check the quotes in this row.</source>
        <translation>سمِّ كل عمود في صف العناوين، أو تحقق من علامات الاقتباس في هذا الصف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="323"/>
        <source>the workbook is protected by a password.</source>
        <translation>المصنف محمي بكلمة مرور.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="324"/>
        <source>Save an unprotected copy for glamdonor.</source>
        <translation>احفظ نسخة غير محمية لـ glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="310"/>
        <source>this file cannot be read as a {kind} workbook ({error}).</source>
        <translation>لا يمكن قراءة هذا الملف كمصنف {kind} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="121"/>
        <source>a cell lies in column {letter}, which has no name in row {header_row}, the header row.</source>
        <translation>توجد خلية في العمود {letter}، وهو بلا اسم في الصف {header_row}، صف الترويسة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="125"/>
        <source>Row {likely} looks like the column names: give --header-row {likely} (in a batch file: header_row = {likely} in its catalog line).</source>
        <translation>يبدو أن الصف {likely} يحمل أسماء الأعمدة: أعطِ ‎--header-row {likely} (في ملف الدفعة: header_row = {likely} في سطر الفهرس).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="311"/>
        <source>Open it in your spreadsheet program and save it again.</source>
        <translation>افتحه في برنامج الجداول لديك واحفظه من جديد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="340"/>
        <source>the workbook has {count} sheet(s), not {position}.</source>
        <translation>في المصنف {count} ورقة، لا {position}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="341"/>
        <location filename="../../glamdonor/catalog/read.py" line="353"/>
        <source>Its sheets are: {sheets}.</source>
        <translation>أوراقه هي: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/read.py" line="352"/>
        <source>the workbook has no sheet called “{sheet}”.</source>
        <translation>لا توجد في المصنف ورقة باسم «{sheet}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="21"/>
        <source>glamdonor writes sheets as .csv or .xlsx, not “{suffix}”.</source>
        <translation>يكتب glamdonor الأوراق بصيغة ‎.csv أو ‎.xlsx، لا «{suffix}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="22"/>
        <source>Name the file with one of these endings.</source>
        <translation>سمِّ الملف بإحدى هاتين اللاحقتين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="41"/>
        <source>the sheet cannot be written ({strerror}).</source>
        <translation>تتعذر كتابة الورقة ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/catalog/write.py" line="42"/>
        <source>Check that the folder exists and the file is not open in another program.</source>
        <translation>تحقق من وجود المجلد ومن أن الملف غير مفتوح في برنامج آخر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="100"/>
        <source>the batch file does not name its {missing}.</source>
        <translation>ملف الدفعة لا يذكر: {missing}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="101"/>
        <source>Add a line like `catalog = &quot;catalog.csv&quot;` for each.</source>
        <translation>أضف سطرًا مثل `catalog = &quot;catalog.csv&quot;` لكل منها.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="113"/>
        <source>the catalog&apos;s header_row is “{value}”: it takes a row number, 1 or more.</source>
        <translation>قيمة header_row للفهرس هي «{value}»: يلزم رقم صف، 1 أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="114"/>
        <source>Write for example header_row = 2.</source>
        <translation>اكتب مثلًا header_row = 2.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="127"/>
        <source>“{key}” must name a file or folder in quotes, not “{value}”.</source>
        <translation>يجب أن يذكر «{key}» ملفًا أو مجلدًا بين علامتي اقتباس، لا «{value}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="128"/>
        <source>Write for example {key} = &quot;name&quot;, relative to the batch file.</source>
        <translation>اكتب مثلًا {key} = &quot;name&quot;، نسبةً إلى ملف الدفعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="136"/>
        <source>the batch date “{date}” is not written as 2026-11-23.</source>
        <translation>تاريخ الدفعة «{date}» غير مكتوب على شكل 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="137"/>
        <source>Write the date as year-month-day.</source>
        <translation>اكتب التاريخ على شكل سنة-شهر-يوم.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="146"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="186"/>
        <source>the media folder “{media}” does not exist.</source>
        <translation>مجلد الوسائط «{media}» غير موجود.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="147"/>
        <source>Check the `media` line of the batch file.</source>
        <translation>تحقق من سطر `media` في ملف الدفعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="155"/>
        <source>the target wiki “{target}” is neither a wiki glamdonor knows nor an address.</source>
        <translation>الويكي الهدف «{target}» ليس ويكي يعرفه glamdonor ولا عنوانًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="156"/>
        <source>Write wiki = one of {names}, or the address of the wiki&apos;s api.php.</source>
        <translation>اكتب wiki = أحد {names}، أو عنوان api.php الخاص بالويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="187"/>
        <source>[upload] takes chunked_above and chunk_size in bytes; a chunk is at least 1024.</source>
        <translation>يأخذ [upload] القيمتين chunked_above وchunk_size بالبايت؛ والجزء 1024 على الأقل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="188"/>
        <source>Write for example chunked_above = 20971520 and chunk_size = 4194304.</source>
        <translation>اكتب مثلًا chunked_above = 20971520 وchunk_size = 4194304.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="198"/>
        <source>[upload] deadline_minutes is “{minutes}”: it takes a number of minutes above 0.</source>
        <translation>قيمة deadline_minutes في [upload] هي «{minutes}»: يلزم عدد دقائق أكبر من 0.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/batch.py" line="199"/>
        <source>Write for example deadline_minutes = 10.</source>
        <translation>اكتب مثلًا deadline_minutes = 10.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/errors.py" line="69"/>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/errors.py" line="70"/>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/errors.py" line="71"/>
        <source>column “{column}”</source>
        <translation>العمود «{column}»</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="274"/>
        <source>the journal {path} is damaged, or is not a glamdonor journal, and cannot be moved aside ({error}).</source>
        <translation>السجل {path} تالف، أو ليس سجلًا لـglamdonor، ولا يمكن نقله جانبًا ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="278"/>
        <source>Move it aside (rename it), then run the same command again: a new journal is started, and the upload asks the wiki what is there already, so nothing is sent twice.</source>
        <translation>انقله جانبًا (أعد تسميته)، ثم شغّل الأمر نفسه مرة أخرى: يبدأ سجل جديد، ويسأل الرفع الويكي عمّا فيه من قبل، فلا يُرسل شيء مرتين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="401"/>
        <source>another glamdonor ({holder}) is working on this batch right now.</source>
        <translation>نسخة أخرى من glamdonor ({holder}) تعمل على هذه الدفعة الآن.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="402"/>
        <source>Wait until it has finished, or stop it, then start again: nothing is lost.</source>
        <translation>انتظر حتى تنتهي، أو أوقفها، ثم ابدأ من جديد: لن يضيع شيء.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="472"/>
        <source>the batch&apos;s journal {path} cannot be written ({error}).</source>
        <translation>تتعذر الكتابة في سجل الدفعة {path} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/journal.py" line="474"/>
        <source>Free some space on the disk (or check the folder&apos;s permissions), then run the same command again: nothing is lost, nothing is sent twice.</source>
        <translation>حرّر بعض المساحة على القرص (أو تحقق من صلاحيات المجلد)، ثم شغّل الأمر نفسه من جديد: لن يضيع شيء ولن يُرسل شيء مرتين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="179"/>
        <source>the template “{template}” is not one glamdonor writes.</source>
        <translation>القالب «{template}» ليس من القوالب التي يكتبها glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="180"/>
        <source>Use one of: {choices}.</source>
        <translation>استخدم أحد هذه: {choices}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="188"/>
        <source>the mapping does not say where “{required}” comes from.</source>
        <translation>لا تذكر المطابقة مصدر «{required}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="189"/>
        <source>Add a line such as `{required} = {{ column = &quot;...&quot; }}`.</source>
        <translation>أضف سطرًا مثل `{required} = {{ column = &quot;...&quot; }}`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="199"/>
        <source>{{{{{name}}}}} has no parameter “{key}”.</source>
        <translation>ليس للقالب {{{{{name}}}}} معامل «{key}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="200"/>
        <source>Its parameters are: {parameters}.</source>
        <translation>معاملاته هي: {parameters}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="212"/>
        <source>unknown key(s) under [structured_data]: {unknown}.</source>
        <translation>مفاتيح غير معروفة تحت [structured_data]: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="213"/>
        <source>The keys are: {keys}.</source>
        <translation>المفاتيح هي: {keys}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="240"/>
        <source>[structured_data] statements is a list of tables: [[structured_data.statements]].</source>
        <translation>statements في [structured_data] قائمة جداول: [[structured_data.statements]].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="241"/>
        <source>Write each as property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</source>
        <translation>اكتب كلًّا منها هكذا: property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="250"/>
        <source>statement {number} of [structured_data] needs a property (P and digits) and a type ({types}).</source>
        <translation>الإفادة {number} في [structured_data] تحتاج خاصية (P وأرقام) ونوعًا ({types}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="253"/>
        <source>Write it as property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</source>
        <translation>اكتبها هكذا: property = &quot;P136&quot;, value = {{ column = &quot;genre&quot; }}, type = &quot;item&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="260"/>
        <source>statement {number} of [structured_data] ({property}) says no value.</source>
        <translation>الإفادة {number} في [structured_data] ({property}) لا تعطي قيمة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="261"/>
        <source>Add value = {{ column = &quot;...&quot; }} or a pattern.</source>
        <translation>أضف value = {{ column = &quot;...&quot; }} أو نمطًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="275"/>
        <source>“{name}” names no source: its list [ ] is empty.</source>
        <translation>لا يذكر «{name}» أي مصدر: قائمته [ ] فارغة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="276"/>
        <source>Give it one, such as {{ column = &quot;Title&quot; }}, or leave the line out.</source>
        <translation>أعطه مصدرًا، مثل {{ column = &quot;Title&quot; }}، أو احذف السطر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="291"/>
        <source>“{name}” must name exactly one of column, value, pattern or exif.</source>
        <translation>يجب أن يذكر «{name}» واحدًا فقط من column أو value أو pattern أو exif.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="292"/>
        <source>For example `{field} = {{ column = &quot;Title&quot; }}`.</source>
        <translation>مثلًا `{field} = {{ column = &quot;Title&quot; }}`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="300"/>
        <source>“{name}” has unknown key(s): {extra}.</source>
        <translation>في «{name}» مفاتيح غير معروفة: {extra}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="301"/>
        <source>A source takes: {keys}.</source>
        <translation>يقبل المصدر: {keys}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="310"/>
        <source>“{name}” asks the EXIF data for “{field}”.</source>
        <translation>يطلب «{name}» الحقل «{field}» من بيانات EXIF.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="311"/>
        <source>EXIF gives: {fields}.</source>
        <translation>توفّر EXIF: {fields}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/mapping.py" line="322"/>
        <source>the transforms of “{name}” must be a list [ ... ].</source>
        <translation>يجب أن تكون تحويلات «{name}» قائمة [ ... ].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="63"/>
        <source>the partner profile does not name the institution.</source>
        <translation>ملف الشريك لا يذكر اسم المؤسسة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="64"/>
        <source>Add a line such as name = &quot;Example Museum&quot;.</source>
        <translation>أضف سطرًا مثل name = &quot;Example Museum&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="71"/>
        <source>unknown key(s) in the partner profile: {unknown}.</source>
        <translation>مفاتيح غير معروفة في ملف الشريك: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="72"/>
        <source>The keys are: {known}.</source>
        <translation>المفاتيح هي: {known}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="87"/>
        <source>“{wikidata}” is not a Wikidata id.</source>
        <translation>«{wikidata}» ليس معرّفًا في ويكي بيانات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="88"/>
        <source>Write the institution&apos;s item id, such as Q190804.</source>
        <translation>اكتب معرّف عنصر المؤسسة، مثل Q190804.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="96"/>
        <source>{key} “{value}” is not a template name.</source>
        <translation>{key} «{value}» ليس اسم قالب.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="97"/>
        <source>Write the name alone, without braces: Institution:Example Museum.</source>
        <translation>اكتب الاسم وحده دون أقواس معقوفة: Institution:Example Museum.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="106"/>
        <source>the logo “{logo}” is not a PNG or JPEG file beside the partner profile.</source>
        <translation>الشعار «{logo}» ليس ملف PNG أو JPEG بجانب ملف تعريف الشريك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="107"/>
        <source>Give the path of a PNG or JPEG file, from the profile&apos;s folder.</source>
        <translation>أعطِ مسار ملف PNG أو JPEG انطلاقًا من مجلد ملف التعريف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="117"/>
        <source>a {{placeholder}} in batch_category or summary is unknown ({error}).</source>
        <translation>عنصر نائب {{placeholder}} في batch_category أو summary غير معروف ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/partner.py" line="118"/>
        <source>batch_category may use {{category}} and {{date}}; summary {{batch}} and {{name}}.</source>
        <translation>يمكن أن يستخدم batch_category العنصرين {{category}} و{{date}}، وsummary العنصرين {{batch}} و{{name}}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="123"/>
        <source>the mapping uses {institution}, the partner&apos;s name, but the batch names no partner.</source>
        <translation>تستخدم المطابقة {institution}، أي اسم الشريك، لكن الدفعة لا تذكر أي شريك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="126"/>
        <source>Add a line such as partner = &quot;partner.toml&quot; to the batch (see docs/partner.md).</source>
        <translation>أضف إلى الدفعة سطرًا مثل partner = &quot;partner.toml&quot; (انظر docs/partner.md).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="131"/>
        <source>the mapping uses column(s) {missing}, which the catalog {catalog} does not have.</source>
        <translation>تستخدم المطابقة الأعمدة {missing}، وهي غير موجودة في الفهرس {catalog}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/plan.py" line="132"/>
        <location filename="../../glamdonor/jobs/reconcile.py" line="54"/>
        <location filename="../../glamdonor/jobs/reconcile.py" line="63"/>
        <source>The catalog&apos;s columns are: {columns}.</source>
        <translation>أعمدة الفهرس هي: {columns}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="18"/>
        <source>the file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="18"/>
        <source>Check the path.</source>
        <translation>تحقق من المسار.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="21"/>
        <source>this is a folder, not a file.</source>
        <translation>هذا مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="21"/>
        <source>Name the file.</source>
        <translation>اذكر الملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="25"/>
        <source>this is not valid TOML ({error}).</source>
        <translation>هذا ليس TOML صالحًا ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="26"/>
        <source>Correct the line it names.</source>
        <translation>صحّح السطر المذكور.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="42"/>
        <source>this {what} has format_version {version!r}; this glamdonor reads version {readable}.</source>
        <translation>لهذا الـ {what} القيمة format_version {version!r}؛ ونسخة glamdonor هذه تقرأ الإصدار {readable}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="46"/>
        <source>Write `format_version = {readable}` at the top of a file made by hand, or update glamdonor for a file made by a newer one.</source>
        <translation>اكتب `format_version = {readable}` في أول ملف كُتب يدويًا، أو حدّث glamdonor لملف أنشأته نسخة أحدث.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="62"/>
        <source>“{key}” must be a table: [{key}] with lines below it, or {key} = {{ ... }}.</source>
        <translation>يجب أن يكون «{key}» جدولًا: [{key}] تليه أسطر، أو {key} = {{ ... }}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/tomlfile.py" line="63"/>
        <source>See docs/mapping.md for how such a file is written.</source>
        <translation>انظر docs/mapping.md لمعرفة كيف يُكتب مثل هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="63"/>
        <source>the lookup “{name}” has neither values nor a file.</source>
        <translation>جدول البحث «{name}» بلا قيم ولا ملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="64"/>
        <source>Write [lookups.{name}.values] with &quot;from&quot; = &quot;to&quot; lines, or file = &quot;x.csv&quot;.</source>
        <translation>اكتب [lookups.{name}.values] بأسطر &quot;from&quot; = &quot;to&quot;، أو file = &quot;x.csv&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="88"/>
        <source>the lookup file {path} cannot be read.</source>
        <translation>تتعذر قراءة ملف البحث {path}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="89"/>
        <source>Check its name; it is read relative to the mapping&apos;s folder.</source>
        <translation>تحقق من اسمه؛ فهو يُقرأ نسبةً إلى مجلد المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="96"/>
        <source>a lookup file needs two columns: the value, then what it becomes.</source>
        <translation>يحتاج ملف البحث إلى عمودين: القيمة، ثم ما تصير إليه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="97"/>
        <source>Fill both cells of the row.</source>
        <translation>املأ خليتي الصف كلتيهما.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="110"/>
        <source>“{name}” is not a transform.</source>
        <translation>«{name}» ليس تحويلًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="111"/>
        <source>The transforms are: {names}.</source>
        <translation>التحويلات هي: {names}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="130"/>
        <source>this transform cannot be read: {spec!r}.</source>
        <translation>تتعذر قراءة هذا التحويل: {spec!r}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="131"/>
        <source>Write a name (&quot;trim&quot;) or a table ({{ case = &quot;upper&quot; }}).</source>
        <translation>اكتب اسمًا (&quot;trim&quot;) أو جدولًا ({{ case = &quot;upper&quot; }}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="149"/>
        <source>replace takes [&quot;old&quot;, &quot;new&quot;].</source>
        <translation>يأخذ replace القيمتين [&quot;القديم&quot;, &quot;الجديد&quot;].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="156"/>
        <source>regex takes [&quot;pattern&quot;, &quot;replacement&quot;].</source>
        <translation>يأخذ regex القيمتين [&quot;النمط&quot;, &quot;البديل&quot;].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="162"/>
        <source>the regex {regex!r} or its replacement is not valid ({error}).</source>
        <translation>التعبير النمطي {regex!r} أو بديله غير صالح ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="163"/>
        <source>Correct it; groups in the replacement are written \1.</source>
        <translation>صحّحه؛ تُكتب المجموعات في البديل على شكل \1.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="180"/>
        <source>case must be one of {cases}.</source>
        <translation>يجب أن تكون قيمة case إحدى: {cases}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="193"/>
        <source>a date&apos;s order is &quot;dmy&quot; (31/12/1900) or &quot;mdy&quot; (12/31/1900).</source>
        <translation>ترتيب التاريخ هو &quot;dmy&quot; (31/12/1900) أو &quot;mdy&quot; (12/31/1900).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="212"/>
        <source>the lookup table “{name}” is not defined.</source>
        <translation>جدول البحث «{name}» غير معرّف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="213"/>
        <source>Add a [lookups.{name}] table to the mapping.</source>
        <translation>أضف جدول [lookups.{name}] إلى المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/transforms.py" line="218"/>
        <source>a lookup&apos;s missing is &quot;keep&quot;, &quot;empty&quot; or &quot;problem&quot;.</source>
        <translation>قيمة missing لجدول البحث هي &quot;keep&quot; أو &quot;empty&quot; أو &quot;problem&quot;.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/account.py" line="15"/>
        <source>Log in on the Upload step with a BotPassword of the wiki.</source>
        <translation>سجّل الدخول في خطوة الرفع بكلمة مرور بوت (BotPassword) من الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="187"/>
        <source>Choose the folder.</source>
        <translation>اختر المجلد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="199"/>
        <source>the partner profile “{partner}” does not exist.</source>
        <translation>ملف الشريك «{partner}» غير موجود.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="200"/>
        <source>Choose a partner profile, or leave the line empty.</source>
        <translation>اختر ملف شريك، أو اترك السطر فارغًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="194"/>
        <source>no figures are kept for {scope} yet.</source>
        <translation>لا أرقام محفوظة لـ {scope} بعد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="195"/>
        <source>Run `glamdonor metrics refresh` for it first.</source>
        <translation>شغّل `glamdonor metrics refresh` له أولًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="63"/>
        <source>{url} did not answer as a wiki&apos;s API does.</source>
        <translation>لم يُجب {url} كما تجيب واجهة برمجة ويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="64"/>
        <source>Check the address: it ends in api.php.</source>
        <translation>تحقق من العنوان: ينتهي بـ api.php.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="73"/>
        <source>the wiki at {url} refused a question: {info}</source>
        <translation>رفض الويكي على {url} سؤالًا: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="74"/>
        <source>Try again later; if it persists, report it with the command you ran.</source>
        <translation>حاول لاحقًا؛ وإن استمر الأمر فأبلغ عنه مع الأمر الذي شغّلته.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="93"/>
        <source>{url} did not answer in JSON.</source>
        <translation>لم يُجب {url} بصيغة JSON.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="94"/>
        <source>Check the REST API&apos;s address.</source>
        <translation>تحقق من عنوان واجهة REST.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="115"/>
        <source>{url} answered {status_code} {reason}.</source>
        <translation>أجاب {url} بـ {status_code} {reason}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="116"/>
        <source>Check the addresses of the wiki and of the REST API.</source>
        <translation>تحقق من عنواني الويكي وواجهة REST.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="135"/>
        <source>{url} kept failing after {attempts} tries.</source>
        <translation>استمر {url} في الإخفاق بعد {attempts} محاولات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/http.py" line="136"/>
        <source>The service may be down: try again later. What was fetched so far is kept.</source>
        <translation>ربما تكون الخدمة متوقفة: حاول لاحقًا. ما جُلب حتى الآن محفوظ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/report.py" line="131"/>
        <source>“{kind}” is not a report format.</source>
        <translation>«{kind}» ليس صيغة تقرير.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/report.py" line="132"/>
        <source>Use one of {formats}.</source>
        <translation>استخدم إحدى هذه: {formats}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/sources.py" line="278"/>
        <source>the REST API answered in a shape glamdonor does not know.</source>
        <translation>أجابت واجهة REST بشكل لا يعرفه glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/sources.py" line="279"/>
        <source>Check the REST API&apos;s address; report it if it is Wikimedia&apos;s.</source>
        <translation>تحقق من عنوان واجهة REST؛ وأبلغ عن ذلك إن كانت واجهة ويكيميديا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="93"/>
        <source>the account {account} does not exist on {api_url}, or its BotPassword is wrong.</source>
        <translation>الحساب {account} غير موجود على {api_url}، أو أن كلمة مرور البوت (BotPassword) خاطئة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="96"/>
        <source>Check the login name and password of the BotPassword.</source>
        <translation>تحقق من اسم الدخول وكلمة المرور لـ BotPassword.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="102"/>
        <source>the wiki at {api_url} stopped answering ({error}).</source>
        <translation>توقف الويكي على {api_url} عن الإجابة ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="104"/>
        <source>Check the address and your network connection; for the sandbox, run `glamdonor sandbox start`.</source>
        <translation>تحقق من العنوان ومن اتصالك بالشبكة؛ وللويكي التجريبي شغّل `glamdonor sandbox start`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="126"/>
        <source>the wiki at {api_url} refused the login of {login_name}.</source>
        <translation>رفض الويكي على {api_url} دخول {login_name}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="127"/>
        <source>Check the BotPassword&apos;s name and password on Special:BotPasswords.</source>
        <translation>تحقق من اسم BotPassword وكلمة مروره في Special:BotPasswords.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="154"/>
        <source>no wiki answers at {api_url} ({error}).</source>
        <translation>لا يجيب أي ويكي على {api_url} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="156"/>
        <source>Check the address (it ends in api.php) and your network connection; for the sandbox, run `glamdonor sandbox start`.</source>
        <translation>تحقق من العنوان (ينتهي بـ api.php) ومن اتصالك بالشبكة؛ وللويكي التجريبي شغّل `glamdonor sandbox start`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="197"/>
        <source>the wiki at {api_url} did not answer, however often it was asked ({error}).</source>
        <translation>لم يجب الويكي في {api_url} مهما سُئل ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="199"/>
        <source>When it answers again (for the sandbox: `glamdonor sandbox start`), run the same command again: nothing is lost, nothing is sent twice.</source>
        <translation>حين يجيب من جديد (للويكي التجريبي: `glamdonor sandbox start`)، شغّل الأمر نفسه مرة أخرى: لا يضيع شيء، ولا يُرسل شيء مرتين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="207"/>
        <source>the wiki at {api_url} answered a question with an error: {info}</source>
        <translation>أجاب الويكي على {api_url} عن سؤال بخطأ: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="208"/>
        <source>Try again later; if it persists, report it with the batch.</source>
        <translation>حاول لاحقًا؛ وإن استمر الأمر فأبلغ عنه مع الدفعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="395"/>
        <source>the types of the properties could not be asked of {api_url} ({error}).</source>
        <translation>تعذّر سؤال {api_url} عن أنواع الخصائص ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/connection.py" line="396"/>
        <source>Check your network connection and run the same command again.</source>
        <translation>تحقق من اتصالك بالشبكة وشغّل الأمر نفسه مجددًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="32"/>
        <source>“{login_name}” is not a BotPassword login name.</source>
        <translation>«{login_name}» ليس اسم دخول لـ BotPassword.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="34"/>
        <source>Create a BotPassword at Special:BotPasswords on the wiki and give its login name, which looks like “YourName@glamdonor”, with its password.</source>
        <translation>أنشئ كلمة مرور بوت في صفحة Special:BotPasswords على الويكي، وأدخل اسم دخولها الذي يشبه «YourName@glamdonor» مع كلمة مرورها.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="70"/>
        <source>the system keyring could not keep the password ({error}).</source>
        <translation>لم تتمكن حلقة المفاتيح في النظام من حفظ كلمة المرور ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/credentials.py" line="72"/>
        <source>On a computer without a keyring (a server), give the BotPassword in the GLAMDONOR_LOGIN and GLAMDONOR_PASSWORD environment variables instead.</source>
        <translation>على حاسوب بلا حلقة مفاتيح (خادم)، أعطِ كلمة مرور البوت في متغيري البيئة GLAMDONOR_LOGIN وGLAMDONOR_PASSWORD بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pwb.py" line="67"/>
        <source>the wiki asked to log in again and glamdonor has no password to give.</source>
        <translation>طلب الويكي تسجيل الدخول من جديد وليس لدى glamdonor كلمة مرور يعطيها.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pwb.py" line="68"/>
        <source>Check the account&apos;s BotPassword and start the upload again.</source>
        <translation>تحقق من كلمة مرور البوت للحساب وابدأ الرفع من جديد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="126"/>
        <source>the sandbox wiki has no uploader account yet.</source>
        <translation>ليس للويكي التجريبي حساب رفع بعد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="127"/>
        <source>Run `glamdonor sandbox start` first.</source>
        <translation>شغّل `glamdonor sandbox start` أولًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="230"/>
        <source>setting up the sandbox wiki failed at {script}: {output}</source>
        <translation>فشل إعداد الويكي التجريبي عند {script}: {output}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="231"/>
        <source>Run `glamdonor sandbox reset` to start over; the folder is {folder}.</source>
        <translation>شغّل `glamdonor sandbox reset` للبدء من جديد؛ المجلد هو {folder}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="264"/>
        <source>the sandbox wiki did not create the uploader&apos;s BotPassword.</source>
        <translation>لم ينشئ الويكي التجريبي كلمة مرور البوت لحساب الرفع.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="147"/>
        <location filename="../../glamdonor/wiki/sandbox.py" line="265"/>
        <source>Run `glamdonor sandbox reset` to start over.</source>
        <translation>شغّل `glamdonor sandbox reset` للبدء من جديد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="146"/>
        <source>the sandbox wiki did not create the Volunteer&apos;s BotPassword.</source>
        <translation>لم ينشئ ويكي التجربة كلمة مرور البوت الخاصة بحساب Volunteer.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="370"/>
        <source>the sandbox wiki&apos;s server stopped at once: {log}</source>
        <translation>توقف خادم الويكي التجريبي فورًا: {log}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="371"/>
        <source>Is port {port} taken? Try `glamdonor sandbox start --port N`.</source>
        <translation>هل المنفذ {port} مشغول؟ جرّب `glamdonor sandbox start --port N`.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="381"/>
        <source>the sandbox wiki did not answer within {seconds:.0f} s: {log}</source>
        <translation>لم يُجب الويكي التجريبي خلال {seconds:.0f} ث: {log}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="382"/>
        <source>See the server&apos;s log in {path}.</source>
        <translation>انظر سجل الخادم في {path}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="412"/>
        <source>To rehearse a batch from this computer, send it to Wikimedia&apos;s test wiki for Commons: write wiki = &quot;test-commons&quot; under [target] in the batch file (the guides say how to get an account there).</source>
        <translation>لتجربة دفعة من هذا الحاسوب، أرسلها إلى ويكي الاختبار لكومنز التابع لويكيميديا: اكتب wiki = &quot;test-commons&quot; تحت [target] في ملف الدفعة (تشرح الأدلة كيفية الحصول على حساب هناك).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="408"/>
        <source>the sandbox wiki runs only on Linux, with Debian&apos;s MediaWiki package.</source>
        <translation>ويكي التجربة المحلي يعمل على لينكس فقط، مع حزمة MediaWiki من دبيان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="410"/>
        <source>the sandbox wiki needs MediaWiki and PHP, which this computer does not have.</source>
        <translation>ويكي التجربة المحلي يحتاج إلى MediaWiki وPHP، وهما غير موجودين على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="403"/>
        <source>the sandbox wiki needs MediaWiki and PHP, which are not installed.</source>
        <translation>يحتاج الويكي التجريبي إلى ميدياويكي وPHP، وهما غير مثبتين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="404"/>
        <source>Install them with: sudo {command}</source>
        <translation>ثبّتهما بالأمر: sudo {command}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="437"/>
        <source>installing MediaWiki and PHP failed: {output}</source>
        <translation>فشل تثبيت ميدياويكي وPHP: {output}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="438"/>
        <location filename="../../glamdonor/wiki/sandbox.py" line="445"/>
        <source>Install them by hand with: {command}</source>
        <translation>ثبّتهما يدويًا بالأمر: {command}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/sandbox.py" line="444"/>
        <source>after installing, still missing: {missing}.</source>
        <translation>بعد التثبيت، ما زال ينقص: {missing}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/target.py" line="33"/>
        <source>no account is given for {target}.</source>
        <translation>لم يُعطَ أي حساب لـ {target}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/uploads.py" line="285"/>
        <source>the account {account} may not upload here ({code}).</source>
        <translation>لا يحق للحساب {account} الرفع هنا ({code}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/uploads.py" line="286"/>
        <source>Ask the wiki&apos;s administrators for upload rights, or use another account.</source>
        <translation>اطلب صلاحيات الرفع من إداريي الويكي، أو استخدم حسابًا آخر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/upload.py" line="355"/>
        <source>the folder {folder} cannot be read any more: was a drive or a share disconnected?</source>
        <translation>لم يعد بالإمكان قراءة المجلد {folder}: هل فُصل قرص أو مجلد مشترك؟</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/upload.py" line="356"/>
        <source>Connect it again, then run the same upload again: nothing is lost.</source>
        <translation>أعد توصيله، ثم شغّل الرفع نفسه من جديد: لن يضيع شيء.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/wikis.py" line="33"/>
        <source>Wikimedia&apos;s test wiki for Commons</source>
        <translation>ويكي الاختبار لكومنز التابع لويكيميديا</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/wikis.py" line="35"/>
        <source>Wikimedia Commons</source>
        <translation>ويكيميديا كومنز</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="39"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="39"/>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="150"/>
        <source>this row names no media file.</source>
        <translation>هذا الصف لا يسمّي أي ملف وسائط.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="151"/>
        <source>Fill the file column.</source>
        <translation>املأ عمود الملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="157"/>
        <source>“{file}” lies outside the batch&apos;s media folder.</source>
        <translation>«{file}» يقع خارج مجلد وسائط الدفعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="158"/>
        <source>Copy the file into {folder} and name it relative to that folder.</source>
        <translation>انسخ الملف إلى {folder} وسمّه نسبةً إلى ذلك المجلد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="164"/>
        <source>“{file}” could be any of these files: {candidates}.</source>
        <translation>قد يكون «{file}» أيًّا من هذه الملفات: {candidates}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="165"/>
        <source>Name the file by its path below the media folder, as “{first}”.</source>
        <translation>سمِّ الملف بمساره داخل مجلد الوسائط، مثل «{first}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="171"/>
        <source>the file “{file}” is not in the media folder {folder}.</source>
        <translation>الملف «{file}» غير موجود في مجلد الوسائط {folder}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="172"/>
        <source>Check the spelling of the file name, or add the file to the folder.</source>
        <translation>تحقق من كتابة اسم الملف، أو أضف الملف إلى المجلد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="173"/>
        <source>Did you mean “{similar}”? Names must match exactly.</source>
        <translation>هل تقصد «{similar}»؟ يجب أن تتطابق الأسماء تمامًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="179"/>
        <source>this row gives no text for the file title.</source>
        <translation>هذا الصف لا يعطي أي نص لعنوان الملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="180"/>
        <source>Fill the columns the title is made from.</source>
        <translation>املأ الأعمدة التي يتكوّن منها العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="187"/>
        <source>the file name “{file}” holds a control character ({character}), which the wiki refuses in titles and other programs mishandle.</source>
        <translation>اسم الملف «{file}» يحتوي على محرف تحكم ({character})، يرفضه الويكي في العناوين وتسيء برامج أخرى التعامل معه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="190"/>
        <source>Rename the file without it, in the folder and in the catalog.</source>
        <translation>أعد تسمية الملف من دونه، في المجلد وفي الفهرس.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="196"/>
        <source>the file name “{file}” has no extension such as .jpg or .tif.</source>
        <translation>اسم الملف «{file}» ليس له امتداد مثل ‎.jpg أو ‎.tif.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="197"/>
        <source>Rename the file with the extension of its type, in the folder and catalog.</source>
        <translation>أعد تسمية الملف بامتداد نوعه، في المجلد وفي الفهرس.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="203"/>
        <source>row {row} already gets the title “{title}”; the wiki would treat them as one file.</source>
        <translation>الصف {row} يأخذ العنوان «{title}» من قبل؛ سيعاملهما الويكي كملف واحد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="204"/>
        <source>Make the titles differ, for example by adding the accession number to the title pattern.</source>
        <translation>اجعل العناوين مختلفة، مثلًا بإضافة رقم الجرد إلى نمط العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="210"/>
        <source>“{value}” holds the character �, the mark of a catalog read in the wrong encoding.</source>
        <translation>«{value}» يحوي المحرف �، علامة فهرس قُرئ بترميز خاطئ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="212"/>
        <source>Give the catalog&apos;s encoding (--encoding, or encoding = ... in the batch&apos;s catalog line), or save it again as “CSV UTF-8”.</source>
        <translation>أعطِ ترميز الفهرس (‎--encoding، أو encoding = ... في سطر الفهرس في الدفعة)، أو احفظه من جديد بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="220"/>
        <source>the wiki takes no title such as “{before}”: the title is “{after}”.</source>
        <translation>لا يقبل الويكي عنوانًا مثل «{before}»: العنوان هو «{after}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="221"/>
        <source>If you would rather say it otherwise, change the title columns of this row.</source>
        <translation>إن أردت قوله بطريقة أخرى، فغيّر أعمدة العنوان في هذا الصف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="227"/>
        <source>the title was too long for the wiki (240 bytes) and is shortened to “{title}”.</source>
        <translation>كان العنوان أطول مما يقبله الويكي (240 بايت) فاختُصر إلى «{title}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="228"/>
        <source>Check that it still says what the object is; shorten the title columns if not.</source>
        <translation>تحقق من أنه ما زال يقول ما هي القطعة؛ وإلا فاختصر أعمدة العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="234"/>
        <source>“{value}” names no object: many files on the wiki have such a title.</source>
        <translation>«{value}» لا يسمّي أي قطعة: ملفات كثيرة في الويكي تحمل عنوانًا كهذا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="236"/>
        <source>Let the title pattern add what tells this object apart, such as the inventory number: {{title}} - {{inventory}}.</source>
        <translation>اجعل نمط العنوان يضيف ما يميّز هذه القطعة، مثل رقم الجرد: {{title}} - {{inventory}}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="244"/>
        <source>this row&apos;s page would be {size} KiB; the wiki takes pages up to {limit} KiB.</source>
        <translation>ستكون صفحة هذا الصف {size} كيلوبايت؛ يقبل الويكي صفحات حتى {limit} كيلوبايت.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="245"/>
        <source>Shorten the longest cells of this row (a description pasted twice?).</source>
        <translation>اختصر أطول خلايا هذا الصف (وصف لُصق مرتين؟).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="251"/>
        <source>this row has no license; Commons deletes files without one.</source>
        <translation>هذا الصف بلا ترخيص؛ كومنز يحذف الملفات التي لا ترخيص لها.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="252"/>
        <source>Fill the license column or give the mapping a license value.</source>
        <translation>املأ عمود الترخيص أو أعطِ المطابقة قيمة ترخيص.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="258"/>
        <source>“{value}” is not a license template name.</source>
        <translation>«{value}» ليس اسم قالب ترخيص.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="259"/>
        <source>Write a license template such as cc-by-4.0 or PD-old-100-expired.</source>
        <translation>اكتب قالب ترخيص مثل cc-by-4.0 أو PD-old-100-expired.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="266"/>
        <source>“{value}” forbids commercial use or changes (NC, ND): Commons takes free licences only.</source>
        <translation>«{value}» يمنع الاستخدام التجاري أو التعديل (NC، ND): لا يقبل كومنز إلا التراخيص الحرة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="270"/>
        <source>Leave this row out, or ask the rights holder for a free licence (CC0, CC BY, CC BY-SA) or check whether the work is in the public domain.</source>
        <translation>استبعد هذا الصف، أو اطلب من صاحب الحقوق ترخيصًا حرًا (CC0 أو CC BY أو CC BY-SA)، أو تحقق مما إذا كان العمل في الملك العام.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="278"/>
        <source>“{value}” is not a license glamdonor knows.</source>
        <translation>«{value}» ليس ترخيصًا يعرفه glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="280"/>
        <source>If it is a license template on Commons, add “{value}” to the mapping&apos;s [lookups.licenses.values] table.</source>
        <translation>إن كان قالب ترخيص في كومنز، فأضف «{value}» إلى جدول [lookups.licenses.values] في المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="288"/>
        <source>“{field}” is empty; Commons expects it on every {template} page.</source>
        <translation>«{field}» فارغ؛ كومنز يتوقعه في كل صفحة {template}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="289"/>
        <source>Fill it in the catalog, or map a column or a value to it.</source>
        <translation>املأه في الفهرس، أو اربط به عمودًا أو قيمة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="295"/>
        <source>the date “{value}” cannot be read.</source>
        <translation>لا يمكن قراءة التاريخ «{value}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="296"/>
        <source>Write it as 1898, 1898-05-01, circa 1905, 1910-1912 or 1890s.</source>
        <translation>اكتبه بصيغة 1898 أو 1898-05-01 أو circa 1905 أو 1910-1912 أو 1890s.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="302"/>
        <source>“{value}” is not in the lookup table “{table}”.</source>
        <translation>«{value}» غير موجود في جدول البحث «{table}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="303"/>
        <source>Add it to the table {table} of the mapping, or correct the cell.</source>
        <translation>أضفه إلى الجدول {table} في المطابقة، أو صحّح الخلية.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="310"/>
        <source>“{value}” is not a value of the type “{type}” the mapping gives {property}, so the file gets no {property} statement.</source>
        <translation>«{value}» ليست قيمة من النوع «{type}» الذي تعطيه المطابقة لـ{property}، فلن تكون للملف إفادة {property}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="313"/>
        <source>Correct the cell, or the type in [[structured_data.statements]].</source>
        <translation>صحّح الخلية، أو النوع في [[structured_data.statements]].</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="320"/>
        <source>the mapping writes {property} with values of the type “{type}”, but {property} takes values of the type {datatype}.</source>
        <translation>تكتب المطابقة {property} بقيم من النوع «{type}»، لكن {property} تأخذ قيمًا من النوع {datatype}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="323"/>
        <source>Correct the type (or the property) in [[structured_data.statements]] of the mapping.</source>
        <translation>صحّح النوع (أو الخاصية) في [[structured_data.statements]] في المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="330"/>
        <source>“{value}” is not a position (latitude, longitude in degrees), so the file gets no coordinates of the point of view.</source>
        <translation>«{value}» ليس موقعًا (خط العرض، خط الطول بالدرجات)، فلن تحصل للملف إحداثيات نقطة الرؤية.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="333"/>
        <source>Write it as 52.3601, 4.8852, or leave the cell empty.</source>
        <translation>اكتبه على الشكل 52.3601, 4.8852، أو اترك الخلية فارغة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="339"/>
        <source>“{value}” is not a web address, so the file&apos;s structured data does not link to it.</source>
        <translation>«{value}» ليس عنوان ويب، فلن ترتبط به البيانات المهيكلة للملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="340"/>
        <source>Write the whole address, starting with https://, or leave the cell empty.</source>
        <translation>اكتب العنوان كاملًا، بدءًا بـ https://، أو اترك الخلية فارغة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="346"/>
        <source>“{value}” is not a Wikidata id, so “{statement}” gets no statement from it.</source>
        <translation>«{value}» ليس معرّف ويكي بيانات، فلا يحصل «{statement}» منه على أي إفادة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="347"/>
        <source>Write Wikidata item ids such as Q42, separated as the mapping says.</source>
        <translation>اكتب معرّفات عناصر ويكي بيانات مثل Q42، مفصولة كما تقول المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="355"/>
        <source>the wiki does not accept “.{extension}” files.</source>
        <translation>لا يقبل الويكي ملفات «.{extension}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="356"/>
        <source>Convert the file to a type it accepts: {accepted}.</source>
        <translation>حوّل الملف إلى نوع يقبله: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="362"/>
        <source>the file is empty (0 bytes).</source>
        <translation>الملف فارغ (0 بايت).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="363"/>
        <location filename="../../glamdonor/core/problems.py" line="592"/>
        <source>Export or copy the file again.</source>
        <translation>صدّر الملف أو انسخه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="369"/>
        <source>the file is {size} GiB; Commons takes at most 5 GiB.</source>
        <translation>حجم الملف {size} غيغابايت؛ يقبل كومنز 5 غيغابايت على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="370"/>
        <source>Make a smaller version (lower resolution or better compression).</source>
        <translation>اصنع نسخة أصغر (دقة أقل أو ضغط أفضل).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="376"/>
        <source>this file is a web page (HTML), not media: maybe an error page saved as it.</source>
        <translation>هذا الملف صفحة ويب (HTML) وليس وسائط: ربما صفحة خطأ حُفظت مكانه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="377"/>
        <source>Download or export the file again and check that it opens.</source>
        <translation>نزّل الملف أو صدّره مرة أخرى وتحقق من أنه يُفتح.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="383"/>
        <source>the file is {content}, but its name ends in “.{extension}”.</source>
        <translation>الملف {content}، لكن اسمه ينتهي بـ«.{extension}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="384"/>
        <source>Give the file the extension of its type, in the folder and in the catalog.</source>
        <translation>أعطِ الملف امتداد نوعه، في المجلد وفي الفهرس.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="390"/>
        <source>the image is damaged or incomplete ({damage}).</source>
        <translation>الصورة تالفة أو ناقصة ({damage}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="391"/>
        <source>Export or copy the file again from the original and check that it opens.</source>
        <translation>صدّر الملف أو انسخه مرة أخرى من الأصل وتحقق من أنه يُفتح.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="398"/>
        <source>the image has {megapixels} million pixels; Commons makes no thumbnails of {format} images over {limit} million, so articles could not show it.</source>
        <translation>للصورة {megapixels} مليون بكسل؛ لا ينشئ كومنز مصغرات لصور {format} التي تتجاوز {limit} مليون، فلا يمكن للمقالات عرضها.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="401"/>
        <source>Upload a version with fewer pixels, or a JPEG of it (JPEGs have no such limit).</source>
        <translation>ارفع نسخة بعدد أقل من البكسلات، أو نسخة JPEG منها (لا حد كهذا لملفات JPEG).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="408"/>
        <source>the animation has {megapixels} million pixels in its {frames} frames; over {limit} million, its thumbnails on Commons show the first frame only.</source>
        <translation>للرسم المتحرك {megapixels} مليون بكسل في إطاراته الـ{frames}؛ فوق {limit} مليون، لا تعرض مصغراته على كومنز إلا الإطار الأول.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="411"/>
        <source>Make it smaller or shorter if it should move in articles.</source>
        <translation>صغّره أو قصّره إن كان يجب أن يتحرك في المقالات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="418"/>
        <source>the file was there when the batch was read, but is no longer there or can no longer be read; nothing was sent.</source>
        <translation>كان الملف موجودًا حين قُرئت الدفعة، لكنه لم يعد موجودًا أو لم تعد قراءته ممكنة؛ لم يُرسَل شيء.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="421"/>
        <source>Put the file back in the media folder, then check or upload the batch again.</source>
        <translation>أعد الملف إلى مجلد الوسائط، ثم تحقق من الدفعة أو ارفعها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="427"/>
        <source>glamdonor may not read this file.</source>
        <translation>لا يُسمح لـglamdonor بقراءة هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="428"/>
        <source>Check the file&apos;s permissions (it must be readable by you) and check again.</source>
        <translation>تحقق من أذونات الملف (يجب أن تستطيع قراءته) ثم تحقق مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="434"/>
        <source>this file has the same content as the file of row {row}.</source>
        <translation>لهذا الملف المحتوى نفسه لملف الصف {row}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="435"/>
        <source>Remove one of the two rows, or point it at the file it should have.</source>
        <translation>احذف أحد الصفين، أو اجعله يشير إلى الملف الذي ينبغي أن يكون له.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="441"/>
        <source>the file carries a GPS position ({position}), which will be public on Commons.</source>
        <translation>يحمل الملف موقع GPS ({position}) سيكون علنيًا في كومنز.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="442"/>
        <source>If the place is private, remove the position from the file&apos;s EXIF data.</source>
        <translation>إن كان المكان خاصًا، فاحذف الموقع من بيانات EXIF للملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="448"/>
        <source>the catalog dates the photograph {catalog}, the camera {camera}.</source>
        <translation>الفهرس يؤرّخ الصورة بـ{catalog}، والكاميرا بـ{camera}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="449"/>
        <source>Check which date is right.</source>
        <translation>تحقق من التاريخ الصحيح.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="455"/>
        <source>the title “{title}” starts like a camera&apos;s file name, which Commons refuses.</source>
        <translation>العنوان «{title}» يبدأ كاسم ملف كاميرا، وهذا ما يرفضه كومنز.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="456"/>
        <location filename="../../glamdonor/core/problems.py" line="578"/>
        <source>Describe the subject in the title instead.</source>
        <translation>صِف الموضوع في العنوان بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="464"/>
        <source>this file is already on the wiki under this title: {url}</source>
        <translation>هذا الملف موجود في الويكي بهذا العنوان من قبل: {url}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="465"/>
        <source>Nothing to do: the upload skips it.</source>
        <translation>لا شيء يُفعل: الرفع يتخطاه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="471"/>
        <source>another file already has the title “{title}” on the wiki: {url}</source>
        <translation>ملف آخر يحمل العنوان «{title}» في الويكي من قبل: {url}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="472"/>
        <source>Change the title columns of this row so that the title differs.</source>
        <translation>غيّر أعمدة العنوان في هذا الصف ليختلف العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="478"/>
        <location filename="../../glamdonor/core/problems.py" line="522"/>
        <source>the same file is already on the wiki as “File:{other}”.</source>
        <translation>الملف نفسه موجود في الويكي من قبل باسم «File:{other}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="479"/>
        <location filename="../../glamdonor/core/problems.py" line="523"/>
        <source>Leave this row out, or use the file that is there.</source>
        <translation>استبعد هذا الصف، أو استخدم الملف الموجود.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="485"/>
        <location filename="../../glamdonor/core/problems.py" line="492"/>
        <location filename="../../glamdonor/core/problems.py" line="499"/>
        <source>the page “{page}” does not exist on the wiki.</source>
        <translation>الصفحة «{page}» غير موجودة في الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="486"/>
        <source>Check the category&apos;s spelling, or create the category on the wiki first.</source>
        <translation>تحقق من كتابة التصنيف، أو أنشئ التصنيف في الويكي أولًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="493"/>
        <source>Create the page on the wiki, or check its name in the partner profile or lookup.</source>
        <translation>أنشئ الصفحة في الويكي، أو تحقق من اسمها في ملف الشريك أو في جدول البحث.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="500"/>
        <source>The page would show a red link: check the template&apos;s name in the mapping.</source>
        <translation>ستعرض الصفحة رابطًا أحمر: تحقق من اسم القالب في المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="506"/>
        <source>the wiki takes no page with the title “{title}”: {reason}</source>
        <translation>لا يقبل الويكي أي صفحة بالعنوان «{title}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="507"/>
        <source>Change the title columns of this row: leave out the characters the wiki refuses.</source>
        <translation>غيّر أعمدة العنوان في هذا الصف: احذف المحارف التي يرفضها الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="513"/>
        <source>the wiki refuses the title “{title}”: {reason}</source>
        <translation>يرفض الويكي العنوان «{title}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="514"/>
        <source>Choose a title that describes the subject.</source>
        <translation>اختر عنوانًا يصف الموضوع.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="529"/>
        <source>a different file already has this title on the wiki.</source>
        <translation>ملف آخر يحمل هذا العنوان في الويكي من قبل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="530"/>
        <location filename="../../glamdonor/core/problems.py" line="537"/>
        <source>Change the title columns of this row so the title is unique.</source>
        <translation>غيّر أعمدة العنوان في هذا الصف ليصبح العنوان فريدًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="536"/>
        <source>a file with nearly the same title already exists on the wiki.</source>
        <translation>يوجد في الويكي ملف بعنوان شبه مطابق.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="543"/>
        <source>a page with this title already exists on the wiki.</source>
        <translation>توجد في الويكي صفحة بهذا العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="544"/>
        <source>Change the title columns of this row.</source>
        <translation>غيّر أعمدة العنوان في هذا الصف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="550"/>
        <source>a file with this title was deleted from the wiki before.</source>
        <translation>حُذف من الويكي من قبل ملف بهذا العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="552"/>
        <source>Check the deletion log of the title on the wiki: the file may have been removed for a reason. Then change the title, or ask an administrator.</source>
        <translation>راجع سجل الحذف للعنوان في الويكي: ربما أزيل الملف لسبب ما. ثم غيّر العنوان، أو اسأل إداريًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="560"/>
        <source>the same file was on the wiki before and was deleted.</source>
        <translation>كان الملف نفسه في الويكي من قبل وحُذف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="562"/>
        <source>The same file was deleted from the wiki before: check the deletion log; upload it only if the reason no longer holds.</source>
        <translation>حُذف الملف نفسه من الويكي من قبل: راجع سجل الحذف؛ ولا ترفعه إلا إذا زال السبب.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="570"/>
        <source>the wiki would change this file name.</source>
        <translation>سيغيّر الويكي اسم هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="571"/>
        <source>Leave out the characters the wiki does not allow in titles.</source>
        <translation>احذف المحارف التي لا يسمح بها الويكي في العناوين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="577"/>
        <source>the title starts like a camera&apos;s automatic file name.</source>
        <translation>العنوان يبدأ كاسم ملف تلقائي لكاميرا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="584"/>
        <source>the wiki does not want this file type.</source>
        <translation>لا يرغب الويكي في هذا النوع من الملفات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="585"/>
        <source>Convert the file to a type the wiki accepts.</source>
        <translation>حوّل الملف إلى نوع يقبله الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="591"/>
        <source>the file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="598"/>
        <source>the wiki already holds exactly this version.</source>
        <translation>يحتفظ الويكي بهذه النسخة بعينها من قبل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="599"/>
        <source>Nothing to send: check the page on the wiki.</source>
        <translation>لا شيء يُرسل: انظر الصفحة في الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="605"/>
        <source>this content is already an older version of the file.</source>
        <translation>هذا المحتوى نسخة أقدم من الملف من قبل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="606"/>
        <source>Nothing to send: check the file&apos;s history on the wiki.</source>
        <translation>لا شيء يُرسل: انظر تاريخ الملف في الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="612"/>
        <source>the wiki warned: {info}</source>
        <translation>حذّر الويكي: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="613"/>
        <source>Read the warning, fix the row, then upload the batch again.</source>
        <translation>اقرأ التحذير، وأصلح الصف، ثم ارفع الدفعة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="619"/>
        <source>the wiki refused it: {info}</source>
        <translation>رفضه الويكي: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="620"/>
        <source>Upload the batch again; if it happens again, report it with the batch.</source>
        <translation>ارفع الدفعة مرة أخرى؛ وإن تكرر ذلك فأبلغ عنه مع الدفعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="627"/>
        <source>sending took longer than the {minutes} minutes allowed for this file; the wiki holds {held} of its {size} bytes.</source>
        <translation>استغرق الإرسال أكثر من {minutes} دقيقة المسموح بها لهذا الملف؛ يحتفظ الويكي بـ{held} من {size} بايت.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="630"/>
        <source>Upload the batch again: this file goes on from where the wiki got to.</source>
        <translation>ارفع الدفعة مرة أخرى: يُستأنف هذا الملف من حيث وصل الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="636"/>
        <source>the file changed between its check and its sending; nothing was published.</source>
        <translation>تغيّر الملف بين التحقق منه وإرساله؛ لم يُنشر شيء.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="637"/>
        <source>Upload the batch again: the file is checked and sent as it is now.</source>
        <translation>ارفع الدفعة مرة أخرى: يُتحقق من الملف ويُرسل كما هو الآن.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="643"/>
        <source>the wiki&apos;s reply was lost ({reason}), and the file is not there.</source>
        <translation>ضاع ردّ الويكي ({reason})، والملف غير موجود.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="644"/>
        <source>Upload the batch again: this row is tried again.</source>
        <translation>ارفع الدفعة مرة أخرى: يُعاد تجربة هذا الصف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="650"/>
        <source>the file arrived, but its page does not read as sent.</source>
        <translation>وصل الملف، لكن صفحته لا تطابق ما أُرسل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="651"/>
        <source>Look at the page: {url}</source>
        <translation>انظر الصفحة: {url}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="657"/>
        <source>the file is on the wiki, but its captions and statements were refused: {reason}</source>
        <translation>الملف في الويكي، لكن تعليقاته وإفاداته رُفضت: {reason}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="659"/>
        <source>Fix the structured data columns of this row, then upload again: the file is not sent again.</source>
        <translation>أصلح أعمدة البيانات المهيكلة في هذا الصف، ثم ارفع مرة أخرى: لن يُرسل الملف مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="668"/>
        <source>the file is on the wiki, but whether its captions and statements arrived could not be told ({reason}).</source>
        <translation>الملف في الويكي، لكن تعذّر معرفة ما إذا وصلت تعليقاته وإفاداته ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="671"/>
        <source>Upload the batch again: the wiki is asked whether they arrived.</source>
        <translation>ارفع الدفعة مرة أخرى: يُسأل الويكي عمّا إذا كانت قد وصلت.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="678"/>
        <source>“{field}” was changed on the wiki to “{theirs}”; the catalog&apos;s correction “{ours}” was not written over it.</source>
        <translation>غُيِّر «{field}» على الويكي إلى «{theirs}»؛ ولم يُكتب تصحيح الفهرس «{ours}» فوقه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="682"/>
        <source>Look at the page and its history: if the catalog is right, talk to the editor or change the page by hand. The next update leaves this field as it is on the wiki.</source>
        <translation>انظر إلى الصفحة وتاريخها: إن كان الفهرس محقًّا فتحدّث إلى المحرّر أو غيّر الصفحة يدويًّا. يترك التحديث التالي هذا الحقل كما هو على الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="690"/>
        <source>the file&apos;s page is no longer on the wiki: it was deleted.</source>
        <translation>لم تعد صفحة الملف على الويكي: لقد حُذفت.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="692"/>
        <source>Nothing is made again. See the deletion log on the wiki; upload the row again only when the deletion is undone or was a mistake.</source>
        <translation>لا يُعاد إنشاء شيء. راجع سجل الحذف على الويكي، ولا ترفع الصف مرة أخرى إلا إذا أُلغي الحذف أو كان خطأً.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="700"/>
        <source>the file&apos;s page now leads to {target}: the file was merged into another.</source>
        <translation>صفحة الملف تحيل الآن إلى {target}: دُمج الملف في ملف آخر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="701"/>
        <source>Nothing was changed; correct {target} by hand if the correction concerns it.</source>
        <translation>لم يُغيَّر شيء؛ صحّح {target} يدويًّا إن كان التصحيح يخصّه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="707"/>
        <source>the file was renamed on the wiki: it is now “{title}”.</source>
        <translation>أُعيدت تسمية الملف على الويكي: اسمه الآن «{title}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="708"/>
        <source>The correction is made there. The file keeps the name it was given on the wiki.</source>
        <translation>يُجرى التصحيح هناك. يحتفظ الملف بالاسم الذي أُعطي له على الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="714"/>
        <source>the page was edited by someone else each time the correction was about to be saved.</source>
        <translation>حرّر شخص آخر الصفحة في كل مرة كان التصحيح على وشك الحفظ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/problems.py" line="715"/>
        <source>Run the update again: it merges the correction with the page as it is then.</source>
        <translation>شغّل التحديث مرة أخرى: يدمج التصحيح مع الصفحة كما تكون حينها.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="27"/>
        <source>Any media: events, documents, scans</source>
        <translation>أي وسائط: فعاليات، وثائق، مسح ضوئي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="28"/>
        <source>Artworks: paintings, drawings, prints, objects</source>
        <translation>أعمال فنية: لوحات، رسوم، مطبوعات، قطع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="29"/>
        <source>Historical photographs</source>
        <translation>صور تاريخية</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="30"/>
        <source>Photographs of sculptures and 3D works</source>
        <translation>صور المنحوتات والأعمال ثلاثية الأبعاد</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/presets.py" line="31"/>
        <source>Books and other printed works</source>
        <translation>كتب ومطبوعات أخرى</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="121"/>
        <source>the reconciled values in {path} cannot be read ({error}).</source>
        <translation>لا يمكن قراءة القيم المطابَقة في {path} ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="122"/>
        <source>Save it again as CSV in UTF-8, or move it aside to reconcile anew.</source>
        <translation>احفظه مجددًا بصيغة CSV بترميز UTF-8، أو ضعه جانبًا لإعادة المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="129"/>
        <source>{path} is not a file of reconciled values: its first line is not {header}.</source>
        <translation>{path} ليس ملف قيم مطابَقة: سطره الأول ليس {header}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="130"/>
        <source>Give another file with --out, or move this one aside.</source>
        <translation>حدد ملفًا آخر بـ --out، أو ضع هذا جانبًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="164"/>
        <source>line {line} of {path} has the state “{state}”, which glamdonor does not know.</source>
        <translation>السطر {line} من {path} فيه الحالة «{state}» التي لا يعرفها glamdonor.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="165"/>
        <source>Write one of: matched, chosen, no match, to review.</source>
        <translation>اكتب واحدة من: matched، chosen، no match، to review.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="174"/>
        <source>line {line} of {path} gives “{qid}” as the item of “{value}”: not a Wikidata id.</source>
        <translation>السطر {line} من {path} يعطي «{qid}» عنصرًا لـ«{value}»: ليس معرّف ويكي بيانات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/core/reconciled.py" line="175"/>
        <source>Write the item&apos;s id, such as Q5582, or the state “to review”.</source>
        <translation>اكتب معرّف العنصر، مثل Q5582، أو الحالة «to review».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/reconcile.py" line="53"/>
        <source>the catalog has no column “{column}”.</source>
        <translation>ليس في الفهرس عمود «{column}».</translation>
    </message>
    <message>
        <location filename="../../glamdonor/jobs/reconcile.py" line="62"/>
        <source>the catalog has no column “{column}” for a property.</source>
        <translation>ليس في الفهرس عمود «{column}» لخاصية.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="63"/>
        <source>the reconciliation service at {url} answered something that is not a reconciliation reply.</source>
        <translation>أجابت خدمة المطابقة في {url} بشيء ليس ردّ مطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="67"/>
        <source>Check the address (--service): it is the service&apos;s endpoint, which OpenRefine would be given. What was decided so far is kept.</source>
        <translation>تحقق من العنوان (--service): إنه نقطة وصول الخدمة التي تُعطى لـ OpenRefine. يُحفظ ما تقرر حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="82"/>
        <source>the reconciliation service at {url} refused the question ({error}).</source>
        <translation>رفضت خدمة المطابقة في {url} السؤال ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="83"/>
        <source>Check the address (--service). What was decided so far is kept.</source>
        <translation>تحقق من العنوان (--service). يُحفظ ما تقرر حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="90"/>
        <source>the reconciliation service at {url} does not answer ({error}).</source>
        <translation>خدمة المطابقة في {url} لا تستجيب ({error}).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/reconciliation.py" line="92"/>
        <source>Check the address and your network connection, then run the same command again: what was decided so far is kept, and only the rest is asked.</source>
        <translation>تحقق من العنوان ومن اتصالك بالشبكة، ثم شغّل الأمر نفسه مجددًا: يُحفظ ما تقرر حتى الآن، ولا يُسأل إلا عن الباقي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="182"/>
        <source>the wiki refused to edit a page: {info}</source>
        <translation>رفض الويكي تحرير صفحة: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="183"/>
        <source>Look at the page on the wiki; run the same command again to retry.</source>
        <translation>انظر إلى الصفحة على الويكي، ثم شغّل الأمر نفسه مرة أخرى لإعادة المحاولة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="188"/>
        <source>the wiki did not save an edit: {info}</source>
        <translation>لم يحفظ الويكي تعديلًا: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="189"/>
        <source>Run the same command again: what was saved is known, nothing is edited twice.</source>
        <translation>شغّل الأمر نفسه مرة أخرى: ما حُفظ معروف، ولا يُحرَّر شيء مرتين.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="312"/>
        <source>the wiki refused to change the structured data of a file: {info}</source>
        <translation>رفض الويكي تغيير البيانات المهيكلة لملف: {info}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/wiki/pages.py" line="313"/>
        <source>Look at the file&apos;s structured data on the wiki; run the same command again.</source>
        <translation>انظر إلى البيانات المهيكلة للملف على الويكي، ثم شغّل الأمر نفسه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="29"/>
        <source>To start a donation, drop your catalog (a spreadsheet: Excel, CSV or OpenDocument) or a folder of media files on this window, or press Ctrl+N to choose the spreadsheet. A batch made before opens with Ctrl+O. The guide is in the Help menu (F1).</source>
        <translation>لبدء تبرع، أفلت فهرسك (جدول بيانات: Excel أو CSV أو OpenDocument) أو مجلد ملفات وسائط على هذه النافذة، أو اضغط Ctrl+N لاختيار جدول البيانات. تُفتح دفعة صُنعت من قبل بـCtrl+O. الدليل في قائمة المساعدة (F1).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="36"/>
        <source>New batch from a spreadsheet…</source>
        <translation>دفعة جديدة من جدول بيانات…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="38"/>
        <source>Open a batch…</source>
        <translation>فتح دفعة…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="48"/>
        <source>Catalog rows</source>
        <translation>صفوف الفهرس</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="70"/>
        <source>{0} rows, {1} ready, {2} with problems to fix.</source>
        <translation>{0} صفوف، {1} جاهزة، {2} فيها مشكلات يجب إصلاحها.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="44"/>
        <source>row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="48"/>
        <source>column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="45"/>
        <source>severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="46"/>
        <source>problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="47"/>
        <source>what to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="49"/>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="50"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="53"/>
        <source>files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="54"/>
        <source>wiki</source>
        <translation>الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="72"/>
        <source>Check the batch</source>
        <translation>تحقق من الدفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="74"/>
        <source>Offline (do not ask the wiki)</source>
        <translation>دون اتصال (دون سؤال الويكي)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="76"/>
        <source>Check progress</source>
        <translation>تقدم التحقق</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="79"/>
        <source>Checking reads the catalog and every file again, and asks the wiki about titles, duplicates and categories, before anything is sent.</source>
        <translation>يعيد التحقق قراءة الفهرس وكل ملف، ويسأل الويكي عن العناوين والتكرارات والتصنيفات، قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="85"/>
        <source>Kinds of problems</source>
        <translation>أنواع المشكلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="252"/>
        <source>The problems are written to {0}.</source>
        <translation>كُتبت المشكلات في {0}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="88"/>
        <source>Filter the problems…</source>
        <translation>صفِّ المشكلات…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="89"/>
        <source>Filter the problems</source>
        <translation>تصفية المشكلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="90"/>
        <source>Export the problems…</source>
        <translation>صدّر المشكلات…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="107"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="120"/>
        <source>The problem, in full</source>
        <translation>المشكلة كاملة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="191"/>
        <source>All problems ({0})</source>
        <translation>كل المشكلات ({0})</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="203"/>
        <source>{0} rows: {1} ready to upload, {2} blocked by an error.</source>
        <translation>{0} صفوف: {1} جاهزة للرفع، {2} يمنعها خطأ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="222"/>
        <source>Row {0}: {1} {2}</source>
        <translation>الصف {0}: {1} {2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="226"/>
        <source>The check could not run: {0}</source>
        <translation>تعذّر إجراء التحقق: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="242"/>
        <source>Export the problems</source>
        <translation>تصدير المشكلات</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="93"/>
        <source>After the upload, the files live on the wiki. Corrections of your catalog reach their pages without overwriting what volunteers did there, and what volunteers added comes back to you.</source>
        <translation>بعد الرفع تعيش الملفات على الويكي. تصل تصحيحات فهرسك إلى صفحاتها دون الكتابة فوق ما فعله المتطوعون فيها، ويعود إليك ما أضافه المتطوعون.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="100"/>
        <source>Look for corrections</source>
        <translation>البحث عن التصحيحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="102"/>
        <source>Correct these pages</source>
        <translation>تصحيح هذه الصفحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="106"/>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="106"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="106"/>
        <source>What changes</source>
        <translation>ما الذي يتغير</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="107"/>
        <source>The pages to correct</source>
        <translation>الصفحات المراد تصحيحها</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="114"/>
        <source>The change of the page</source>
        <translation>تغيير الصفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="117"/>
        <source>Choose a page above to see its change: lines taken away (−), put in (+).</source>
        <translation>اختر صفحة أعلاه لترى تغييرها: الأسطر المحذوفة (−) والمضافة (+).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="121"/>
        <source>Change the catalog, the mapping or the partner, then look: nothing is edited before you choose to.</source>
        <translation>غيّر الفهرس أو الربط أو الشريك ثم ابحث: لا يُحرَّر شيء قبل أن تختار ذلك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="126"/>
        <source>Corrections from the catalog</source>
        <translation>تصحيحات من الفهرس</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="137"/>
        <source>See what others changed</source>
        <translation>عرض ما غيّره الآخرون</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="139"/>
        <source>Save as a sheet…</source>
        <translation>الحفظ كجدول…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="143"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="144"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="144"/>
        <source>Editor</source>
        <translation>المحرّر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="145"/>
        <source>What others changed</source>
        <translation>ما غيّره الآخرون</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="153"/>
        <source>What the community added</source>
        <translation>ما أضافه المجتمع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="189"/>
        <source>Reading the pages on the wiki…</source>
        <translation>جارٍ قراءة الصفحات على الويكي…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="202"/>
        <source>Correcting the pages…</source>
        <translation>جارٍ تصحيح الصفحات…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="215"/>
        <source>Reading the pages&apos; histories on the wiki…</source>
        <translation>جارٍ قراءة تواريخ الصفحات على الويكي…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="229"/>
        <source>Save what others changed</source>
        <translation>حفظ ما غيّره الآخرون</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="230"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>جداول البيانات (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="238"/>
        <source>The sheet is written: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt; ({2} changes).</source>
        <translation>كُتب الجدول: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt; ({2} تغييرات).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="250"/>
        <source>corrected: {0}</source>
        <translation>صُحّح: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="258"/>
        <source>{n} page corrected</source>
        <translation>صُحّحت {n} صفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="258"/>
        <source>{n} pages corrected</source>
        <translation>صُحّحت {n} صفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="261"/>
        <source>{n} conflict</source>
        <translation>{n} تعارض</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="261"/>
        <source>{n} conflicts</source>
        <translation>{n} تعارض</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="265"/>
        <source>{0}, {1} unchanged, {2}: where a volunteer changed a field the catalog also changed, the volunteer&apos;s value was kept.</source>
        <translation>{0}، وبقيت {1} دون تغيير، و{2}: حيث غيّر متطوع حقلًا غيّره الفهرس أيضًا، بقيت قيمة المتطوع.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="282"/>
        <source>Correct {n} page</source>
        <translation>تصحيح {n} صفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="282"/>
        <source>Correct {n} pages</source>
        <translation>تصحيح {n} صفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="324"/>
        <source>{0} on {1} of the {2} pages, by {3}; {4} by bots.</source>
        <translation>{0} على {1} من أصل {2} صفحة، بيد {3}؛ و{4} من البوتات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="325"/>
        <source>{n} change</source>
        <translation>{n} تغيير</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="325"/>
        <source>{n} changes</source>
        <translation>{n} تغيير</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="328"/>
        <source>{n} editor</source>
        <translation>{n} محرّر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="328"/>
        <source>{n} editors</source>
        <translation>{n} محرّر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="329"/>
        <source>{n} edit</source>
        <translation>{n} تعديل</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="329"/>
        <source>{n} edits</source>
        <translation>{n} تعديل</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="278"/>
        <source>corrects: {0}</source>
        <translation>يصحّح: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="286"/>
        <source>{0} of the {1} pages on the wiki would be corrected.</source>
        <translation>ستُصحَّح {0} من أصل {1} صفحة على الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="290"/>
        <source>Nothing to correct: the {0} pages agree with the batch.</source>
        <translation>لا شيء للتصحيح: الصفحات الـ{0} متوافقة مع الدفعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="338"/>
        <source>category added</source>
        <translation>أُضيف تصنيف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="339"/>
        <source>category removed</source>
        <translation>أُزيل تصنيف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="340"/>
        <source>description added</source>
        <translation>أُضيف وصف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="341"/>
        <source>field changed</source>
        <translation>تغيّر حقل</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="342"/>
        <source>file renamed</source>
        <translation>أُعيدت تسمية الملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="343"/>
        <source>other edits</source>
        <translation>تعديلات أخرى</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="344"/>
        <source>statement added</source>
        <translation>أُضيف بيان</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="345"/>
        <source>statement removed</source>
        <translation>أُزيل بيان</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/community_page.py" line="346"/>
        <source>caption added</source>
        <translation>أُضيف تعليق</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="20"/>
        <source>Files of the scope found on the wiki at the latest snapshot.</source>
        <translation>ملفات النطاق الموجودة على الويكي في آخر لقطة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="29"/>
        <source>Distinct pages, on any wiki and in any namespace, that show at least one file.</source>
        <translation>الصفحات المختلفة، في أي ويكي وأي نطاق، التي تعرض ملفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="24"/>
        <source>Files shown on at least one article (main namespace) of any wiki but Wikidata, and their share of the files.</source>
        <translation>الملفات المعروضة في مقالة واحدة على الأقل (النطاق الرئيسي) في أي ويكي غير ويكي بيانات، ونسبتها من الملفات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="33"/>
        <source>Distinct articles (main namespace) that show at least one file; Wikidata items are counted apart.</source>
        <translation>المقالات المختلفة (النطاق الرئيسي) التي تعرض ملفًا واحدًا على الأقل؛ تُعدّ عناصر ويكي بيانات على حدة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="38"/>
        <source>Distinct Wikidata items that show at least one file (as their image, logo, map...): Wikipedias and search engines show these images wherever they show the items.</source>
        <translation>عناصر ويكي بيانات المختلفة التي تعرض ملفًا واحدًا على الأقل (صورةً أو شعارًا أو خريطة…): تعرض ويكيبيديا ومحركات البحث هذه الصور حيثما عرضت العناصر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="43"/>
        <source>Distinct wikis with at least one page showing a file.</source>
        <translation>الويكيات المختلفة التي فيها صفحة واحدة على الأقل تعرض ملفًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="47"/>
        <source>Distinct languages of those wikis (fr.wikipedia.org and fr.wikisource.org are both French); multilingual wikis (Commons, Wikidata) are not counted.</source>
        <translation>اللغات المختلفة لتلك الويكيات (fr.wikipedia.org وfr.wikisource.org كلاهما بالفرنسية)؛ لا تُحسب الويكيات متعددة اللغات (كومنز وويكي بيانات).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="52"/>
        <source>Views by people (not bots) of the articles that show the files at the latest snapshot, per month over the period; each article counted once however many files it shows. These are views of pages, not people who saw the files.</source>
        <translation>مشاهدات البشر (لا البوتات) للمقالات التي تعرض الملفات في آخر لقطة، لكل شهر في المدة؛ تُحسب كل مقالة مرة واحدة مهما كان عدد الملفات التي تعرضها. هذه مشاهدات صفحات، لا عدد من رأوا الملفات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="58"/>
        <source>Requests by people of the files themselves (originals and thumbnails, from any site), per month over the period.</source>
        <translation>طلبات البشر للملفات نفسها (الأصلية والمصغرات، من أي موقع)، لكل شهر في المدة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="63"/>
        <source>Of the files uploaded at least N days before a snapshot, the share shown on an article in the first snapshot taken N days or more after their upload.</source>
        <translation>من الملفات المرفوعة قبل لقطة بـ N يومًا على الأقل، نسبة المعروض منها في مقالة في أول لقطة أُخذت بعد رفعها بـ N يومًا أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="68"/>
        <source>Pages showing a file at the latest snapshot and not at the one before, and the other way round.</source>
        <translation>الصفحات التي تعرض ملفًا في آخر لقطة ولم تكن تعرضه في السابقة، والعكس.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="73"/>
        <source>Edits of the files&apos; pages by other accounts since the upload (bots included), as glamdonor community last counted them; editors: the distinct accounts, bots apart; changes: categories, descriptions, statements and other fields they added or changed.</source>
        <translation>تعديلات صفحات الملفات من حسابات أخرى منذ الرفع (بما فيها البوتات)، كما عدّها glamdonor community آخر مرة؛ المحرّرون: الحسابات المختلفة دون البوتات؛ التغييرات: التصنيفات والأوصاف والبيانات والحقول الأخرى المضافة أو المغيّرة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="79"/>
        <source>At each snapshot: the files shown on at least one article, and the pages showing at least one file.</source>
        <translation>في كل لقطة: الملفات المعروضة في مقالة واحدة على الأقل، والصفحات التي تعرض ملفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="90"/>
        <source>not available on this wiki</source>
        <translation>غير متاح على هذا الويكي</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="17"/>
        <source>None of your {files} is shown on a page of a wiki yet.</source>
        <translation>لم يُعرض أيٌّ من {files} الخاصة بك في صفحة ويكي بعد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="20"/>
        <source>Your file is not shown on a page of a wiki yet.</source>
        <translation>لم يُعرض ملفك في أي صفحة ويكي بعد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="21"/>
        <source>Your {files} are shown on {pages} of {wikis}.</source>
        <translation>تُعرض {files} الخاصة بك في {pages} من {wikis}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="22"/>
        <source>Your file is shown on {pages} of {wikis}.</source>
        <translation>يُعرض ملفك في {pages} من {wikis}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="23"/>
        <source>{articles} of those pages are articles, in {languages}.</source>
        <translation>{articles} من تلك الصفحات مقالات، بـ{languages}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="26"/>
        <source>One of those pages is an article, in {languages}.</source>
        <translation>إحدى تلك الصفحات مقالة، بـ{languages}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="27"/>
        <source>{articles} of those pages are articles.</source>
        <translation>{articles} من هذه الصفحات مقالات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="28"/>
        <source>One of those pages is an article.</source>
        <translation>إحدى تلك الصفحات مقالة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="29"/>
        <source>None of those pages is an article.</source>
        <translation>لا توجد مقالة بين تلك الصفحات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="30"/>
        <source>{used} of the files ({share}) are shown on at least one article.</source>
        <translation>{used} من الملفات ({share}) معروضة على مقالة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="33"/>
        <source>One of the files ({share}) is shown on at least one article.</source>
        <translation>يُعرض أحد الملفات ({share}) في مقالة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="36"/>
        <source>{items} Wikidata items show them too: Wikipedias and search engines show those images wherever they show the items.</source>
        <translation>تعرضها أيضًا {items} من عناصر ويكي بيانات: تعرض ويكيبيديا ومحركات البحث هذه الصور حيثما عرضت العناصر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="41"/>
        <source>A Wikidata item shows them too: Wikipedias and search engines show its image wherever they show the item.</source>
        <translation>يعرضها أيضًا عنصر من ويكي بيانات: تعرض ويكيبيديا ومحركات البحث صورته حيثما عرضت العنصر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="46"/>
        <source>The articles that show them were read {views} from {first} to {last}.</source>
        <translation>قُرئت المقالات التي تعرضها {views} من {first} إلى {last}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="49"/>
        <source>The files themselves were requested {requests} in those months.</source>
        <translation>طُلبت الملفات نفسها {requests} في تلك الأشهر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="52"/>
        <source>Since the upload, {editors} improved the files&apos; pages with {edits}: {changes} to categories, descriptions and data.</source>
        <translation>منذ الرفع، حسّن {editors} صفحات الملفات بـ{edits}: {changes} في التصنيفات والأوصاف والبيانات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="64"/>
        <source>{n} file</source>
        <translation>{n} ملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="64"/>
        <source>{n} files</source>
        <translation>{n} ملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="65"/>
        <source>{n} page</source>
        <translation>{n} صفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="65"/>
        <source>{n} pages</source>
        <translation>{n} صفحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="66"/>
        <source>{n} wiki</source>
        <translation>{n} ويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="66"/>
        <source>{n} wikis</source>
        <translation>{n} ويكيات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="68"/>
        <source>{n} language</source>
        <translation>{n} لغة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="69"/>
        <source>{n} languages</source>
        <translation>{n} لغات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="71"/>
        <source>once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="71"/>
        <source>{n} times</source>
        <translation>{n} مرة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="73"/>
        <source>{n} volunteer</source>
        <translation>{n} متطوع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="74"/>
        <source>{n} volunteers</source>
        <translation>{n} متطوعين</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="76"/>
        <source>{n} edit</source>
        <translation>{n} تعديل</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="76"/>
        <source>{n} edits</source>
        <translation>{n} تعديلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="78"/>
        <source>{n} change</source>
        <translation>{n} تغيير</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="79"/>
        <source>{n} changes</source>
        <translation>{n} تغييرات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="57"/>
        <source>This wiki counts no page views, so how often they were seen is not known.</source>
        <translation>لا يحسب هذا الويكي مشاهدات الصفحات، فلا يُعرف كم مرة شوهدت.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/headlines.py" line="60"/>
        <source>No month is complete since the first upload: views are counted from next month.</source>
        <translation>لم يكتمل أي شهر منذ أول رفع: تُحسب المشاهدات ابتداءً من الشهر القادم.</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="93"/>
        <source>files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="94"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="267"/>
        <source>files used</source>
        <translation>الملفات المستخدمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="95"/>
        <source>share of files used</source>
        <translation>نسبة الملفات المستخدمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="96"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="261"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="268"/>
        <source>pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="97"/>
        <source>articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="98"/>
        <source>Wikidata items</source>
        <translation>عناصر ويكي بيانات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="99"/>
        <source>wikis</source>
        <translation>الويكيات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="100"/>
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="101"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="240"/>
        <source>page-context views</source>
        <translation>مشاهدات الصفحات التي تعرض الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="102"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="240"/>
        <source>media requests</source>
        <translation>طلبات الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="103"/>
        <source>new usages</source>
        <translation>استخدامات جديدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="104"/>
        <source>lost usages</source>
        <translation>استخدامات مفقودة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="105"/>
        <source>edits by others</source>
        <translation>تعديلات الآخرين</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="106"/>
        <source>editors</source>
        <translation>المحرّرون</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="107"/>
        <source>changes by others</source>
        <translation>تغييرات الآخرين</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="108"/>
        <source>usage</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="109"/>
        <source>page views</source>
        <translation>مشاهدات الصفحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="110"/>
        <source>category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="134"/>
        <source>Refreshing stopped: {0}</source>
        <translation>توقف التحديث: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="137"/>
        <source>Refresh the figures</source>
        <translation>حدّث الأرقام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="142"/>
        <source>Report format</source>
        <translation>صيغة التقرير</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="143"/>
        <source>Export the report…</source>
        <translation>صدّر التقرير…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="148"/>
        <source>Which pages show the uploaded files, and how often they are seen: take a new snapshot every month.</source>
        <translation>ما الصفحات التي تعرض الملفات المرفوعة وكم تُشاهد: التقط لقطة جديدة كل شهر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="155"/>
        <source>What the figures say</source>
        <translation>ما تقوله الأرقام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="65"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="157"/>
        <source>figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="66"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="157"/>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="158"/>
        <source>Impact figures</source>
        <translation>أرقام الأثر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="162"/>
        <source>Impact tables</source>
        <translation>جداول الأثر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="164"/>
        <source>Views and requests per month</source>
        <translation>المشاهدات والطلبات في كل شهر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="167"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="182"/>
        <source>Languages reached</source>
        <translation>اللغات التي وصلت إليها</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="325"/>
        <source>The report could not be written: {0}</source>
        <translation>تعذّرت كتابة التقرير: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="327"/>
        <source>Wrote the report to {0}.</source>
        <translation>كُتب التقرير في {0}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="81"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="169"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="181"/>
        <source>Usage over time</source>
        <translation>الاستخدام عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="60"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="62"/>
        <source>New usages</source>
        <translation>الاستخدامات الجديدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="63"/>
        <source>Lost usages</source>
        <translation>الاستخدامات المفقودة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="64"/>
        <source>Commons Impact Metrics</source>
        <translation>مقاييس أثر كومنز</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="67"/>
        <source>definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="68"/>
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="69"/>
        <source>in use after N days</source>
        <translation>المستخدمة بعد N يومًا</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="70"/>
        <source>new and lost usages</source>
        <translation>الاستخدامات الجديدة والمفقودة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="71"/>
        <source>usage over time</source>
        <translation>الاستخدام عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="72"/>
        <source>Top pages</source>
        <translation>أكثر الصفحات مشاهدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="73"/>
        <source>Top files</source>
        <translation>أكثر الملفات مشاهدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="74"/>
        <source>Use on Wikidata</source>
        <translation>الاستخدام في ويكي بيانات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="75"/>
        <source>item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="76"/>
        <source>label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="77"/>
        <source>property</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="78"/>
        <source>Wikis</source>
        <translation>الويكيات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="79"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="80"/>
        <source>In use after</source>
        <translation>مستخدمة بعد</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="82"/>
        <source>wiki</source>
        <translation>الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="83"/>
        <source>page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="84"/>
        <source>views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="85"/>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="86"/>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="87"/>
        <source>days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="88"/>
        <source>share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="89"/>
        <source>files counted</source>
        <translation>الملفات المحسوبة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="90"/>
        <source>snapshot</source>
        <translation>اللقطة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="179"/>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="61"/>
        <location filename="../../glamdonor/gui/impact_page.py" line="180"/>
        <source>Per month</source>
        <translation>في كل شهر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="183"/>
        <source>Pages, files and languages</source>
        <translation>الصفحات والملفات واللغات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="206"/>
        <source>{0}: {1}/{2}</source>
        <translation>{0}: {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="210"/>
        <source>{0} files on the wiki, {1} shown on articles, {2} pages in all.</source>
        <translation>{0} ملفات على الويكي، {1} معروضة في مقالات، {2} صفحات في المجموع.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="309"/>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="27"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="28"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="29"/>
        <source>Title on the wiki</source>
        <translation>العنوان على الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="30"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="31"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="34"/>
        <source>pending</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="35"/>
        <source>hashed</source>
        <translation>حُسبت البصمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="36"/>
        <source>checked</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="37"/>
        <source>uploading</source>
        <translation>قيد الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="38"/>
        <source>published</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="39"/>
        <source>data written</source>
        <translation>كُتبت البيانات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="40"/>
        <source>verified</source>
        <translation>تم التأكد على الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="41"/>
        <source>skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="42"/>
        <source>failed</source>
        <translation>لم يُرفع</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="57"/>
        <source>Catalog</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="58"/>
        <source>Mapping</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="59"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="60"/>
        <source>Wikidata</source>
        <translation>ويكي بيانات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="61"/>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="62"/>
        <source>Upload</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="63"/>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="64"/>
        <source>Community</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="109"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="153"/>
        <source>&amp;Batch</source>
        <translation>ال&amp;دفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="154"/>
        <source>&amp;New from a spreadsheet…</source>
        <translation>&amp;جديد من جدول بيانات…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="158"/>
        <source>&amp;Open…</source>
        <translation>ا&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="162"/>
        <source>Open &amp;recent</source>
        <translation>افتح دفعة &amp;حديثة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="164"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="165"/>
        <source>&amp;Guide for museum staff</source>
        <translation>&amp;دليل موظفي المتحف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="183"/>
        <location filename="../../glamdonor/gui/app.py" line="188"/>
        <source>Guide for museum staff</source>
        <translation>دليل موظفي المتحف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="202"/>
        <source>Open batch</source>
        <translation>افتح دفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="202"/>
        <source>Batch files (*.toml)</source>
        <translation>ملفات الدفعات (*.toml)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="209"/>
        <source>Opening {0}…</source>
        <translation>جارٍ فتح {0}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="216"/>
        <source>New batch from a spreadsheet</source>
        <translation>دفعة جديدة من جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="218"/>
        <source>Spreadsheets (*.csv *.tsv *.xlsx *.xls *.ods)</source>
        <translation>جداول البيانات (*.csv *.tsv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="255"/>
        <source>This batch&apos;s mapping uses the institution&apos;s name: make its partner profile in the Partner step.</source>
        <translation>مطابقة هذه الدفعة تستخدم اسم المؤسسة: أنشئ ملف الشريك في خطوة الشريك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="262"/>
        <source>This batch&apos;s mapping does not fit its catalog yet: {0}</source>
        <translation>مطابقة هذه الدفعة لا تناسب فهرسها بعد: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="293"/>
        <source>The catalog changed; reading it again…</source>
        <translation>تغيّر الفهرس؛ تجري قراءته من جديد…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="305"/>
        <source>This batch cannot be opened: {0}</source>
        <translation>لا يمكن فتح هذه الدفعة: {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="42"/>
        <source>a column</source>
        <translation>عمود</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="43"/>
        <source>a fixed value</source>
        <translation>قيمة ثابتة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="44"/>
        <source>a pattern</source>
        <translation>نمط</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="49"/>
        <source>categories, line {0}</source>
        <translation>التصنيفات، السطر {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="50"/>
        <source>structured data: {0}</source>
        <translation>البيانات المهيكلة: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="65"/>
        <source>The wiki could not draw the page: {0}</source>
        <translation>تعذّر على الويكي رسم الصفحة: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="72"/>
        <source>Preset</source>
        <translation>القالب الجاهز</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="73"/>
        <source>Suggest from the catalog&apos;s headers</source>
        <translation>اقترح من عناوين أعمدة الفهرس</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="75"/>
        <source>Undo the suggestion</source>
        <translation>تراجع عن الاقتراح</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="79"/>
        <source>Add a line of categories</source>
        <translation>أضف سطر تصنيفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="81"/>
        <source>Save and preview</source>
        <translation>احفظ واعرض المعاينة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="86"/>
        <source>Part of the page</source>
        <translation>جزء الصفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="87"/>
        <source>Comes from</source>
        <translation>مصدره</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="88"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="89"/>
        <source>Transforms</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="92"/>
        <source>Mapping fields</source>
        <translation>حقول المطابقة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="97"/>
        <source>Select a row in the Catalog step to see its page.</source>
        <translation>اختر صفًا في خطوة الفهرس لترى صفحته.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="99"/>
        <source>Preview of the selected row</source>
        <translation>معاينة الصف المختار</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="102"/>
        <source>The page, drawn</source>
        <translation>الصفحة مرسومة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="103"/>
        <source>Draw it as the wiki does</source>
        <translation>ارسمها كما يرسمها الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="107"/>
        <source>The selected row&apos;s file</source>
        <translation>ملف الصف المختار</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="109"/>
        <source>Preset:</source>
        <translation>القالب الجاهز:</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="132"/>
        <source>The page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="133"/>
        <source>Its text and data</source>
        <translation>نصها وبياناتها</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="150"/>
        <source>Mapping file: {0}</source>
        <translation>ملف المطابقة: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="221"/>
        <source>Suggested from the “{0}” preset: {1} parts added, the rest kept as they were; not found in the catalog: {2}. Check the sources, then save (or undo).</source>
        <translation>مقترح من الإعداد «{0}»: أضيفت {1} أجزاء، وبقي الباقي كما كان؛ غير موجود في الفهرس: {2}. تحقق من المصادر، ثم احفظ (أو تراجع).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="229"/>
        <source>The mapping is back as it was before the suggestion.</source>
        <translation>عادت المطابقة كما كانت قبل الاقتراح.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="48"/>
        <source>title (of the file)</source>
        <translation>العنوان (للملف)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="174"/>
        <source>Where {0} comes from</source>
        <translation>مصدر {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="181"/>
        <source>Source of {0}</source>
        <translation>مصدر قيمة {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="186"/>
        <source>(as written in the file)</source>
        <translation>(كما هو مكتوب في الملف)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="277"/>
        <source>Saved {0}; the preview follows.</source>
        <translation>حُفظ {0}؛ تتبعه المعاينة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="298"/>
        <source>Drawn by glamdonor, without the wiki.</source>
        <translation>رسمها glamdonor دون الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="308"/>
        <source>No picture of this file to show.</source>
        <translation>لا صورة لهذا الملف لعرضها.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="68"/>
        <source>New batch</source>
        <translation>دفعة جديدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="74"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="109"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="77"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="112"/>
        <source>Header row</source>
        <translation>صف العناوين</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="79"/>
        <source>The sheet&apos;s first rows</source>
        <translation>الصفوف الأولى من الورقة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="88"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="113"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="169"/>
        <source>Media folder</source>
        <translation>مجلد الوسائط</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="89"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="94"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="114"/>
        <source>Preset</source>
        <translation>القالب الجاهز</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="97"/>
        <location filename="../../glamdonor/gui/new_batch.py" line="115"/>
        <source>Partner profile</source>
        <translation>ملف تعريف الشريك</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="98"/>
        <source>a partner profile (.toml), used by every batch</source>
        <translation>ملف تعريف للشريك (.toml)، تستعمله كل دفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="102"/>
        <source>Make another batch of this spreadsheet</source>
        <translation>اصنع دفعة أخرى من جدول البيانات هذا</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="108"/>
        <source>Catalog</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="110"/>
        <source>Click the row that holds the column names (the header row):</source>
        <translation>انقر الصف الذي يحمل أسماء الأعمدة (صف الترويسة):</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="130"/>
        <source>This spreadsheet has a batch already: {0}. OK opens it as it is (its mapping and journal kept); tick the box above to make another one.</source>
        <translation>لجدول البيانات هذا دفعة من قبل: {0}. موافق يفتحها كما هي (مع مطابقتها وسجلها)؛ حدّد المربع أعلاه لصنع دفعة أخرى.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="20"/>
        <source>Institution&apos;s name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="21"/>
        <source>Its Wikidata item (Q…)</source>
        <translation>عنصرها في ويكي بيانات (Q…)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="22"/>
        <source>Institution template</source>
        <translation>قالب المؤسسة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="23"/>
        <source>Credit line</source>
        <translation>سطر الإسناد</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="24"/>
        <source>Partnership template</source>
        <translation>قالب الشراكة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="25"/>
        <source>Category of its media</source>
        <translation>تصنيف وسائطها</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="26"/>
        <source>Category of each batch</source>
        <translation>تصنيف كل دفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="27"/>
        <source>Tracking category</source>
        <translation>تصنيف التتبع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="28"/>
        <source>Edit summary</source>
        <translation>ملخص التعديل</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="39"/>
        <source>Open a batch first.</source>
        <translation>افتح دفعة أولًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="49"/>
        <source>Save the profile</source>
        <translation>احفظ الملف التعريفي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="83"/>
        <source>This batch names no partner profile yet. Fill in at least the institution&apos;s name, then save: the profile is written as {0}, and the batch names it.</source>
        <translation>لا تسمّي هذه الدفعة أي ملف شريك بعد. املأ اسم المؤسسة على الأقل، ثم احفظ: يُكتب الملف باسم {0}، وتسمّيه الدفعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="91"/>
        <source>Profile {0}: every batch that names it credits the institution so.</source>
        <translation>الملف التعريفي {0}: كل دفعة تذكره تنسب الفضل إلى المؤسسة هكذا.</translation>
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
        <translation>يأتي الاستخدام من واجهة الويكي البرمجية في يوم كل لقطة: في كومنز، صفحات كل ويكيات ويكيميديا التي تعرض كل ملف (GlobalUsage)؛ وفي ويكي آخر، صفحاته هو. وتأتي مشاهدات الصفحات وطلبات الوسائط من واجهة REST لويكيميديا (المشاهدات لكل مقالة، والطلبات لكل ملف)، بعدّ الأشخاص لا البوتات، لكل شهر تقويمي؛ والشهر بلا بيانات يُعدّ صفرًا. الأشهر الماضية لا تتغير، فيُطلب كل منها مرة واحدة ويُحفظ. المشاهدات هي مشاهدات المقالات التي تعرض الملفات في آخر لقطة: الصفحة التي عرضت ملفًا ثم توقفت لا تُعدّ. ومقاييس أثر كومنز، حيث تظهر، هي أرقام ويكيميديا نفسها لتصنيف مسموح به؛ وهي تعدّ الصفحة مرة لكل ملف من التصنيف تعرضه، ولذلك فهي أعلى من مشاهدات سياق الصفحة هنا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="45"/>
        <source>Impact of {title}</source>
        <translation>أثر {title}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="46"/>
        <source>Impact of {title} on {wiki}: snapshot of {date}, months {first} to {last}</source>
        <translation>أثر {title} على {wiki}: لقطة {date}، الأشهر من {first} إلى {last}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="49"/>
        <source>Impact of {title} on {wiki}: snapshot of {date}, no month complete since the first upload ({first})</source>
        <translation>أثر {title} على {wiki}: لقطة {date}، لا شهر مكتمل منذ أول رفع ({first})</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="54"/>
        <source>Methods</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="55"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="56"/>
        <source>… and {rows} more rows (in the XLSX report).</source>
        <translation>… و{rows} صفًا آخر (في تقرير XLSX).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="57"/>
        <source>Page-context views and media requests per month</source>
        <translation>مشاهدات سياق الصفحة وطلبات الوسائط لكل شهر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="58"/>
        <source>Languages reached (pages showing the files)</source>
        <translation>اللغات التي وصلت إليها (الصفحات التي تعرض الملفات)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="59"/>
        <source>Languages reached (pages showing the files): the {shown} with the most pages, of {reached}</source>
        <translation>اللغات التي وصلت إليها (الصفحات التي تعرض الملفات): الـ{shown} الأكثر صفحات من أصل {reached}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="63"/>
        <source>Share of files in use after 30, 90 and 365 days</source>
        <translation>نسبة الملفات المستخدمة بعد 30 و90 و365 يومًا</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="64"/>
        <source>pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="65"/>
        <source>% of files in use</source>
        <translation>% من الملفات المستخدمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="66"/>
        <source>after {days} days
({files} files)</source>
        <translation>بعد {days} يومًا
({files} ملفات)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="67"/>
        <source>no views or requests counted in these months</source>
        <translation>لم تُعدّ مشاهدات ولا طلبات في هذه الأشهر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="68"/>
        <source>no page in a language wiki shows these files yet</source>
        <translation>لا تعرض أي صفحة في ويكي لغة هذه الملفات بعد</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="69"/>
        <source>The {shown} most viewed of the {total} pages that show the files.</source>
        <translation>الـ{shown} الأكثر مشاهدة من أصل {total} صفحة تعرض الملفات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/words.py" line="72"/>
        <source>The {shown} most viewed of the {total} files shown on a page.</source>
        <translation>الـ{shown} الأكثر مشاهدة من أصل {total} ملفًا معروضًا في صفحة.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../glamdonor/gui/worker.py" line="78"/>
        <source>Stopped while the wiki did not answer: start again to go on; nothing is lost.</source>
        <translation>توقف بينما لم يكن الويكي يجيب: ابدأ من جديد للمتابعة؛ لم يضع شيء.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/worker.py" line="86"/>
        <source>Something unexpected went wrong; nothing was lost. The details are in {0}: please send that file with your report.</source>
        <translation>حدث خطأ غير متوقع؛ لم يضِع شيء. التفاصيل في {0}: يرجى إرسال ذلك الملف مع بلاغك.</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="80"/>
        <source>Make a BotPassword on the wiki: log in there, open Special:BotPasswords, give it a name (for example “glamdonor”) and the rights “High-volume editing”, “Edit existing pages”, “Create, edit, and move pages” and “Upload new files”. The wiki then shows a login name such as “YourName@glamdonor” and a password: enter both here. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>أنشئ كلمة مرور بوت على الويكي: سجّل الدخول هناك، وافتح Special:BotPasswords، وأعطها اسمًا (مثل «glamdonor») والصلاحيات «التحرير بكميات كبيرة» و«تعديل الصفحات الموجودة» و«إنشاء الصفحات وتعديلها ونقلها» و«رفع ملفات جديدة». يعرض الويكي بعدها اسم دخول مثل «YourName@glamdonor» وكلمة مرور: أدخلهما هنا. تُحفظ كلمة المرور في حافظة المفاتيح في هذا الحاسوب، ولا تُكتب في أي ملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="90"/>
        <source>BotPassword login name</source>
        <translation>اسم الدخول لكلمة مرور البوت</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="93"/>
        <source>BotPassword password</source>
        <translation>كلمة مرور البوت</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="97"/>
        <source>Login name</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="98"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="101"/>
        <source>Rows in the pilot</source>
        <translation>صفوف التجربة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="102"/>
        <source>no pilot: every row</source>
        <translation>دون تجربة: كل الصفوف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="103"/>
        <source>Start uploading</source>
        <translation>ابدأ الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="104"/>
        <location filename="../../glamdonor/gui/upload_page.py" line="251"/>
        <location filename="../../glamdonor/gui/upload_page.py" line="369"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="105"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="112"/>
        <source>Upload progress</source>
        <translation>تقدم الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="115"/>
        <source>Every ready row is sent once; a stopped upload goes on where it stopped.</source>
        <translation>يُرسل كل صف جاهز مرة واحدة؛ والرفع المتوقف يُستأنف من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="120"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="120"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="120"/>
        <source>Page on the wiki</source>
        <translation>الصفحة في الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="122"/>
        <source>The rows of this upload</source>
        <translation>صفوف هذا الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="131"/>
        <source>Open the page on the wiki</source>
        <translation>افتح الصفحة في الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="133"/>
        <source>Write the results sheet</source>
        <translation>اكتب ورقة النتائج</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="137"/>
        <source>Pilot: upload first</source>
        <translation>تجربة: ارفع أولًا</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="139"/>
        <source>rows drawn at random, to review on the wiki</source>
        <translation>صفوفًا مختارة عشوائيًا لمراجعتها على الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="176"/>
        <source>The results sheet is written: {0} ({1} rows).</source>
        <translation>كُتبت ورقة النتائج: {0} ({1} صفوف).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="196"/>
        <source>already there</source>
        <translation>موجود من قبل</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="199"/>
        <source>uploaded (the wiki had lost track of the half-sent upload: the file was sent again from its first byte)</source>
        <translation>رُفع (فقد الويكي أثر الرفع المرسل نصفه: أُرسل الملف من جديد من أول بايت)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="202"/>
        <source>uploaded</source>
        <translation>رُفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="205"/>
        <source>skipped: {0}</source>
        <translation>تُخطّي: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="206"/>
        <source>not uploaded: {0} {1}</source>
        <translation>لم يُرفع: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="226"/>
        <source>Connecting to the wiki…</source>
        <translation>جارٍ الاتصال بالويكي…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="254"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="255"/>
        <source>Paused after the file under way.</source>
        <translation>متوقف مؤقتًا بعد الملف الجاري.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="270"/>
        <source>Row {0} was done on this wiki, but is no longer there: it goes again.</source>
        <translation>كان الصف {0} منجزًا على هذا الويكي، لكنه لم يعد موجودًا: سيُرسل مجددًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="281"/>
        <source>{0} uploaded, {1} already there, {2} skipped, {3} not uploaded.</source>
        <translation>رُفع {0}، و{1} موجودة من قبل، وتُخطي {2}، ولم يُرفع {3}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="284"/>
        <source> Stopped: start again to go on.</source>
        <translation> توقف: ابدأ من جديد للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="296"/>
        <source>Uploading to {0} as {1}: {2} rows to send.</source>
        <translation>جارٍ الرفع إلى {0} باسم {1}: {2} صفوف للإرسال.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="301"/>
        <source>{0} ({1} rows verified there)</source>
        <translation>{0} ({1} صفوف تم التحقق منها هناك)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="305"/>
        <source>Rehearsed on {0}; now uploading to {1} as {2}: {3} rows to send.</source>
        <translation>تمت التجربة على {0}؛ الآن جارٍ الرفع إلى {1} باسم {2}: {3} صفوف للإرسال.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="309"/>
        <source>The batch&apos;s journal was damaged: it is kept, untouched, as {0}, and a new one is started; each row&apos;s state is asked of the wiki again.</source>
        <translation>كان سجل الدفعة تالفًا: حُفظ كما هو باسم {0}، وبدأ سجل جديد؛ ويُسأل الويكي من جديد عن حالة كل صف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="314"/>
        <source>{0} rows recorded by an earlier glamdonor cannot be told to be on this wiki: they are sent unless the wiki already holds their files.</source>
        <translation>{0} صفوف سجّلها إصدار سابق من glamdonor لا يمكن نسبتها إلى هذا الويكي: ستُرسل ما لم يكن الويكي يحتوي ملفاتها بالفعل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="322"/>
        <source>{0}/{1} files, {2} of {3}, {4}/s</source>
        <translation>{0}/{1} ملفات، {2} من {3}، {4}/ث</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="330"/>
        <source>, about {0} left</source>
        <translation>، يتبقى نحو {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="336"/>
        <source>row {0}: already there: {1}</source>
        <translation>الصف {0}: موجود من قبل: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="339"/>
        <source>row {0}: uploaded: {1} (the wiki had lost track of the half-sent upload: the file was sent again from its first byte)</source>
        <translation>الصف {0}: رُفع: {1} (فقد الويكي أثر الرفع المرسل نصفه: أُرسل الملف من جديد من أول بايت)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="342"/>
        <source>row {0}: uploaded: {1}</source>
        <translation>الصف {0}: رُفع: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="346"/>
        <source>row {0}: skipped: {1}</source>
        <translation>الصف {0}: تم تخطيه: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="347"/>
        <source>row {0}: not uploaded: {1}</source>
        <translation>الصف {0}: لم يُرفع: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="351"/>
        <source>The wiki does not answer; trying again in {0} s (Cancel to stop).</source>
        <translation>الويكي لا يستجيب؛ محاولة جديدة بعد {0} ث (إلغاء للإيقاف).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="358"/>
        <source>The wiki answers again, at {0}: going on there.</source>
        <translation>الويكي يستجيب من جديد، على {0}: يستمر الرفع هناك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="362"/>
        <source>The upload stopped: {0}</source>
        <translation>توقف الرفع: {0}</translation>
    </message>
</context>
<context>
    <name>WikidataPage</name>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="81"/>
        <source>Link the names in a column (artists, subjects, places) to Wikidata items, so that the files&apos; structured data names them in every language. The service takes the values it is sure of; choose the others below.</source>
        <translation>اربط الأسماء في عمود (فنانون، مواضيع، أماكن) بعناصر ويكي بيانات، لتسمّيها البيانات المهيكلة للملفات بكل اللغات. تأخذ الخدمة القيم التي هي متأكدة منها؛ اختر البقية أدناه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="88"/>
        <source>Column to link</source>
        <translation>العمود المراد ربطه</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="90"/>
        <source>Q5 for people; empty for any</source>
        <translation>Q5 للأشخاص؛ فارغ لأي شيء</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="91"/>
        <source>Wikidata class of the values</source>
        <translation>صنف ويكي بيانات للقيم</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="93"/>
        <source>; if a cell holds several</source>
        <translation>; إن احتوت الخلية عدة قيم</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="94"/>
        <source>Separator of several values in a cell</source>
        <translation>فاصل القيم المتعددة في خلية</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="96"/>
        <source>Reconciliation service</source>
        <translation>خدمة المطابقة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="97"/>
        <source>Ask the service</source>
        <translation>اسأل الخدمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="100"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="101"/>
        <source>Wikidata class</source>
        <translation>صنف ويكي بيانات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="102"/>
        <source>Several values split by</source>
        <translation>قيم متعددة مفصولة بـ</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="103"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="105"/>
        <source>Progress of the questions</source>
        <translation>تقدّم الأسئلة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="109"/>
        <source>Values to review</source>
        <translation>قيم للمراجعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="112"/>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="114"/>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="122"/>
        <source>Take this item (Enter)</source>
        <translation>خذ هذا العنصر (Enter)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="124"/>
        <source>No item</source>
        <translation>لا عنصر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="127"/>
        <source>Other words to search for</source>
        <translation>كلمات أخرى للبحث</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="128"/>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="130"/>
        <source>Search again</source>
        <translation>ابحث مجددًا</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="185"/>
        <source>Asking the service…</source>
        <translation>جارٍ سؤال الخدمة…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="199"/>
        <source>Asked the service about {0}; the file is {1}.</source>
        <translation>سُئلت الخدمة عن {0}؛ الملف هو {1}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="200"/>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="229"/>
        <source>{n} value</source>
        <translation>{n} قيمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="200"/>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="229"/>
        <source>{n} values</source>
        <translation>{n} قيمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="227"/>
        <source>{0}: {1} matched by the service, {2} chosen, {3} with no item, {4} to review.</source>
        <translation>{0}: {1} ربطتها الخدمة، {2} مختارة، {3} بلا عنصر، {4} للمراجعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/wikidata_page.py" line="211"/>
        <source>The service found nothing for those words.</source>
        <translation>لم تجد الخدمة شيئًا لهذه الكلمات.</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="15" />
        <source>Open a batch file (batch.toml) to see its rows.</source>
        <translation>افتح ملف دفعة (batch.toml) لعرض صفوفه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="19" />
        <source>Catalog rows</source>
        <translation>صفوف الفهرس</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/catalog_page.py" line="39" />
        <source>{0} rows, {1} ready, {2} with problems to fix.</source>
        <translation>{0} صفوف، {1} جاهزة، {2} فيها مشكلات يجب إصلاحها.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="38" />
        <source>row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="39" />
        <source>column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="40" />
        <source>severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="41" />
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="42" />
        <source>problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="43" />
        <source>what to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="44" />
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="45" />
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="48" />
        <source>files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="49" />
        <source>wiki</source>
        <translation>الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="65" />
        <source>Check the batch</source>
        <translation>تحقق من الدفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="67" />
        <source>Offline (do not ask the wiki)</source>
        <translation>دون اتصال (دون سؤال الويكي)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="69" />
        <source>Check progress</source>
        <translation>تقدم التحقق</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="72" />
        <source>Checking reads every file and asks the wiki about titles, duplicates and categories, before anything is sent.</source>
        <translation>يقرأ التحقق كل ملف ويسأل الويكي عن العناوين والنسخ المكررة والتصنيفات، قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="78" />
        <source>Filter the problems…</source>
        <translation>صفِّ المشكلات…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="79" />
        <source>Filter the problems</source>
        <translation>تصفية المشكلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="80" />
        <source>Export the problems…</source>
        <translation>صدّر المشكلات…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="92" />
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="138" />
        <source>{0} rows: {1} ready to upload, {2} blocked by an error.</source>
        <translation>{0} صفوف: {1} جاهزة للرفع، {2} يمنعها خطأ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="147" />
        <source>The check could not run: {0}</source>
        <translation>تعذّر إجراء التحقق: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/check_page.py" line="160" />
        <source>Export the problems</source>
        <translation>تصدير المشكلات</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="18" />
        <source>Files of the scope found on the wiki at the latest snapshot.</source>
        <translation>ملفات النطاق الموجودة على الويكي في آخر لقطة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="22" />
        <source>Files shown on at least one article (main namespace) of any wiki, and their share of the files.</source>
        <translation>الملفات المعروضة في مقالة واحدة على الأقل (النطاق الرئيسي) في أي ويكي، ونسبتها من الملفات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="27" />
        <source>Distinct pages, on any wiki and in any namespace, that show at least one file.</source>
        <translation>الصفحات المختلفة، في أي ويكي وأي نطاق، التي تعرض ملفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="31" />
        <source>Distinct articles (main namespace) that show at least one file.</source>
        <translation>المقالات المختلفة (النطاق الرئيسي) التي تعرض ملفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="35" />
        <source>Distinct wikis with at least one page showing a file.</source>
        <translation>الويكيات المختلفة التي فيها صفحة واحدة على الأقل تعرض ملفًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="39" />
        <source>Distinct languages of those wikis (fr.wikipedia.org and fr.wikisource.org are both French); multilingual wikis (Commons, Wikidata) are not counted.</source>
        <translation>اللغات المختلفة لتلك الويكيات (fr.wikipedia.org وfr.wikisource.org كلاهما بالفرنسية)؛ لا تُحسب الويكيات متعددة اللغات (كومنز وويكي بيانات).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="44" />
        <source>Views by people (not bots) of the articles that show the files at the latest snapshot, per month over the period; each article counted once however many files it shows. These are views of pages, not people who saw the files.</source>
        <translation>مشاهدات البشر (لا البوتات) للمقالات التي تعرض الملفات في آخر لقطة، لكل شهر في المدة؛ تُحسب كل مقالة مرة واحدة مهما كان عدد الملفات التي تعرضها. هذه مشاهدات صفحات، لا عدد من رأوا الملفات.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="50" />
        <source>Requests by people of the files themselves (originals and thumbnails, from any site), per month over the period.</source>
        <translation>طلبات البشر للملفات نفسها (الأصلية والمصغرات، من أي موقع)، لكل شهر في المدة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="55" />
        <source>Of the files uploaded at least N days before a snapshot, the share shown on an article in the first snapshot taken N days or more after their upload.</source>
        <translation>من الملفات المرفوعة قبل لقطة بـ N يومًا على الأقل، نسبة المعروض منها في مقالة في أول لقطة أُخذت بعد رفعها بـ N يومًا أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="60" />
        <source>Pages showing a file at the latest snapshot and not at the one before, and the other way round.</source>
        <translation>الصفحات التي تعرض ملفًا في آخر لقطة ولم تكن تعرضه في السابقة، والعكس.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/metrics/figures.py" line="65" />
        <source>At each snapshot: the files shown on at least one article, and the pages showing at least one file.</source>
        <translation>في كل لقطة: الملفات المعروضة في مقالة واحدة على الأقل، والصفحات التي تعرض ملفًا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="63" />
        <source>files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="64" />
        <location filename="../../glamdonor/gui/impact_page.py" line="202" />
        <source>files used</source>
        <translation>الملفات المستخدمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="65" />
        <source>share of files used</source>
        <translation>نسبة الملفات المستخدمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="66" />
        <location filename="../../glamdonor/gui/impact_page.py" line="196" />
        <location filename="../../glamdonor/gui/impact_page.py" line="203" />
        <source>pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="67" />
        <source>articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="68" />
        <source>wikis</source>
        <translation>الويكيات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="69" />
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="70" />
        <location filename="../../glamdonor/gui/impact_page.py" line="175" />
        <source>page-context views</source>
        <translation>مشاهدات الصفحات التي تعرض الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="71" />
        <location filename="../../glamdonor/gui/impact_page.py" line="175" />
        <source>media requests</source>
        <translation>طلبات الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="72" />
        <source>new usages</source>
        <translation>استخدامات جديدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="73" />
        <source>lost usages</source>
        <translation>استخدامات مفقودة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="74" />
        <source>usage</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="75" />
        <source>page views</source>
        <translation>مشاهدات الصفحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="76" />
        <source>category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="89" />
        <source>Refreshing stopped: {0}</source>
        <translation>توقف التحديث: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="92" />
        <source>Refresh the figures</source>
        <translation>حدّث الأرقام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="97" />
        <source>Report format</source>
        <translation>صيغة التقرير</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="98" />
        <source>Export the report…</source>
        <translation>صدّر التقرير…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="103" />
        <source>Which pages show the uploaded files, and how often they are seen: take a new snapshot every month.</source>
        <translation>ما الصفحات التي تعرض الملفات المرفوعة وكم تُشاهد: التقط لقطة جديدة كل شهر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="109" />
        <source>figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="109" />
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="110" />
        <source>Impact figures</source>
        <translation>أرقام الأثر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="114" />
        <source>Impact tables</source>
        <translation>جداول الأثر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="116" />
        <source>Views and requests per month</source>
        <translation>المشاهدات والطلبات في كل شهر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="119" />
        <location filename="../../glamdonor/gui/impact_page.py" line="133" />
        <source>Languages reached</source>
        <translation>اللغات التي وصلت إليها</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="51" />
        <location filename="../../glamdonor/gui/impact_page.py" line="121" />
        <location filename="../../glamdonor/gui/impact_page.py" line="132" />
        <source>Usage over time</source>
        <translation>الاستخدام عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="46" />
        <source>Top pages</source>
        <translation>أكثر الصفحات مشاهدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="47" />
        <source>Top files</source>
        <translation>أكثر الملفات مشاهدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="48" />
        <source>Wikis</source>
        <translation>الويكيات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="49" />
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="50" />
        <source>In use after</source>
        <translation>مستخدمة بعد</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="52" />
        <source>wiki</source>
        <translation>الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="53" />
        <source>page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="54" />
        <source>views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="55" />
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="56" />
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="57" />
        <source>days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="58" />
        <source>share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="59" />
        <source>files counted</source>
        <translation>الملفات المحسوبة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="60" />
        <source>snapshot</source>
        <translation>اللقطة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="130" />
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="131" />
        <source>Per month</source>
        <translation>في كل شهر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="134" />
        <source>Pages, files and languages</source>
        <translation>الصفحات والملفات واللغات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="155" />
        <source>{0}: {1}/{2}</source>
        <translation>{0}: {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="159" />
        <source>{0} files on the wiki, {1} shown on articles, {2} pages in all.</source>
        <translation>{0} ملفات على الويكي، {1} معروضة في مقالات، {2} صفحات في المجموع.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="244" />
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="27" />
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="28" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="29" />
        <source>Title on the wiki</source>
        <translation>العنوان على الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="30" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="31" />
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="34" />
        <source>pending</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="35" />
        <source>hashed</source>
        <translation>حُسبت البصمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="36" />
        <source>checked</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="37" />
        <source>uploading</source>
        <translation>قيد الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="38" />
        <source>published</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="39" />
        <source>data written</source>
        <translation>كُتبت البيانات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="40" />
        <source>verified</source>
        <translation>تم التأكد على الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="41" />
        <source>skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="42" />
        <source>failed</source>
        <translation>لم يُرفع</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="42" />
        <source>Catalog</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="43" />
        <source>Mapping</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="44" />
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="45" />
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="46" />
        <source>Upload</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="47" />
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="88" />
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="123" />
        <source>&amp;Batch</source>
        <translation>ال&amp;دفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="124" />
        <source>&amp;New from a spreadsheet…</source>
        <translation>&amp;جديد من جدول بيانات…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="128" />
        <source>&amp;Open…</source>
        <translation>ا&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="132" />
        <source>Open &amp;recent</source>
        <translation>افتح دفعة &amp;حديثة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="148" />
        <source>Open batch</source>
        <translation>افتح دفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="148" />
        <source>Batch files (*.toml)</source>
        <translation>ملفات الدفعات (*.toml)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="155" />
        <source>Opening {0}…</source>
        <translation>جارٍ فتح {0}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="162" />
        <source>New batch from a spreadsheet</source>
        <translation>دفعة جديدة من جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="164" />
        <source>Spreadsheets (*.csv *.tsv *.xlsx *.xls *.ods)</source>
        <translation>جداول البيانات (*.csv *.tsv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="199" />
        <source>This batch's mapping does not fit its catalog yet: {0}</source>
        <translation>مطابقة هذه الدفعة لا تناسب فهرسها بعد: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/app.py" line="216" />
        <source>This batch cannot be opened: {0}</source>
        <translation>لا يمكن فتح هذه الدفعة: {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="41" />
        <source>a column</source>
        <translation>عمود</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="42" />
        <source>a fixed value</source>
        <translation>قيمة ثابتة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="43" />
        <source>a pattern</source>
        <translation>نمط</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="60" />
        <source>The wiki could not draw the page: {0}</source>
        <translation>تعذّر على الويكي رسم الصفحة: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="66" />
        <source>Preset</source>
        <translation>القالب الجاهز</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="67" />
        <source>Suggest from the catalog's headers</source>
        <translation>اقترح من عناوين أعمدة الفهرس</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="69" />
        <source>Save and preview</source>
        <translation>احفظ واعرض المعاينة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="74" />
        <source>Part of the page</source>
        <translation>جزء الصفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="75" />
        <source>Comes from</source>
        <translation>مصدره</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="76" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="77" />
        <source>Transforms</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="80" />
        <source>Mapping fields</source>
        <translation>حقول المطابقة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="85" />
        <source>Select a row in the Catalog step to see its page.</source>
        <translation>اختر صفًا في خطوة الفهرس لترى صفحته.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="87" />
        <source>Preview of the selected row</source>
        <translation>معاينة الصف المختار</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="90" />
        <source>The page, drawn</source>
        <translation>الصفحة مرسومة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="91" />
        <source>Draw it as the wiki does</source>
        <translation>ارسمها كما يرسمها الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="95" />
        <source>The selected row's file</source>
        <translation>ملف الصف المختار</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="97" />
        <source>Preset:</source>
        <translation>القالب الجاهز:</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="114" />
        <source>The page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="115" />
        <source>Its text and data</source>
        <translation>نصها وبياناتها</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="130" />
        <source>Mapping file: {0}</source>
        <translation>ملف المطابقة: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="145" />
        <source>title (of the file)</source>
        <translation>العنوان (للملف)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="152" />
        <source>Where {0} comes from</source>
        <translation>مصدر {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="158" />
        <source>Source of {0}</source>
        <translation>مصدر قيمة {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="163" />
        <source>(as written in the file)</source>
        <translation>(كما هو مكتوب في الملف)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="177" />
        <source>Suggested from the “{0}” preset: {1} columns matched; not found: {2}. Check the sources, then save.</source>
        <translation>مقترح من القالب «{0}»: تطابق {1} أعمدة؛ لم يوجد: {2}. راجع المصادر ثم احفظ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="213" />
        <source>Saved {0}; the preview follows.</source>
        <translation>حُفظ {0}؛ تتبعه المعاينة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="234" />
        <source>Drawn by glamdonor, without the wiki.</source>
        <translation>رسمها glamdonor دون الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/mapping_page.py" line="244" />
        <source>No picture of this file to show.</source>
        <translation>لا صورة لهذا الملف لعرضها.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="61" />
        <source>New batch</source>
        <translation>دفعة جديدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="67" />
        <location filename="../../glamdonor/gui/new_batch.py" line="89" />
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="70" />
        <location filename="../../glamdonor/gui/new_batch.py" line="90" />
        <source>Header row</source>
        <translation>صف العناوين</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="72" />
        <location filename="../../glamdonor/gui/new_batch.py" line="91" />
        <location filename="../../glamdonor/gui/new_batch.py" line="103" />
        <source>Media folder</source>
        <translation>مجلد الوسائط</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="73" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="77" />
        <location filename="../../glamdonor/gui/new_batch.py" line="92" />
        <source>Preset</source>
        <translation>القالب الجاهز</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="80" />
        <location filename="../../glamdonor/gui/new_batch.py" line="93" />
        <source>Partner profile</source>
        <translation>ملف تعريف الشريك</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="81" />
        <source>a partner profile (.toml), used by every batch</source>
        <translation>ملف تعريف للشريك (.toml)، تستعمله كل دفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/new_batch.py" line="88" />
        <source>Catalog</source>
        <translation>الفهرس</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="16" />
        <source>Institution's name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="17" />
        <source>Its Wikidata item (Q…)</source>
        <translation>عنصرها في ويكي بيانات (Q…)</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="18" />
        <source>Institution template</source>
        <translation>قالب المؤسسة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="19" />
        <source>Credit line</source>
        <translation>سطر الإسناد</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="20" />
        <source>Partnership template</source>
        <translation>قالب الشراكة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="21" />
        <source>Category of its media</source>
        <translation>تصنيف وسائطها</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="22" />
        <source>Category of each batch</source>
        <translation>تصنيف كل دفعة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="23" />
        <source>Tracking category</source>
        <translation>تصنيف التتبع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="24" />
        <source>Edit summary</source>
        <translation>ملخص التعديل</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="35" />
        <location filename="../../glamdonor/gui/partner_page.py" line="62" />
        <source>This batch names no partner profile.</source>
        <translation>لا تذكر هذه الدفعة أي ملف تعريف للشريك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="44" />
        <source>Save the profile</source>
        <translation>احفظ الملف التعريفي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/partner_page.py" line="68" />
        <source>Profile {0}: every batch that names it credits the institution so.</source>
        <translation>الملف التعريفي {0}: كل دفعة تذكره تنسب الفضل إلى المؤسسة هكذا.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="13" />
        <source>This file is already on the wiki under this title.</source>
        <translation>هذا الملف موجود على الويكي بهذا العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="14" />
        <source>Nothing to do: the upload skips it.</source>
        <translation>لا شيء تفعله: يتخطاه الرفع.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="17" />
        <source>A category of this page does not exist on the wiki.</source>
        <translation>أحد تصنيفات هذه الصفحة غير موجود على الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="18" />
        <source>Check the category's spelling, or create it on the wiki first.</source>
        <translation>تحقق من كتابة التصنيف أو أنشئه على الويكي أولًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="23" />
        <source>The catalog's date and the camera's date differ.</source>
        <translation>يختلف تاريخ الفهرس عن تاريخ الكاميرا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="24" />
        <source>Check which date is right.</source>
        <translation>تحقق من التاريخ الصحيح.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="27" />
        <source>A date in this row cannot be read.</source>
        <translation>لا يمكن قراءة تاريخ في هذا الصف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="28" />
        <source>Write it as 1898, 1898-05-01, circa 1905, 1910-1912 or 1890s.</source>
        <translation>اكتبه هكذا: 1898 أو 1898-05-01 أو circa 1905 أو 1910-1912 أو 1890s.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="33" />
        <source>A field Commons expects on every page is empty.</source>
        <translation>حقل يتوقعه كومنز في كل صفحة فارغ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="34" />
        <source>Fill it in the catalog, or map a column or a value to it.</source>
        <translation>املأه في الفهرس أو اربطه بعمود أو قيمة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="37" />
        <source>This file has the same content as the file of another row.</source>
        <translation>لهذا الملف محتوى ملف صف آخر نفسه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="38" />
        <source>Remove one of the two rows, or point it at the file it should have.</source>
        <translation>احذف أحد الصفين أو وجّهه إلى ملفه الصحيح.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="43" />
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="44" />
        <source>Export or copy the file again.</source>
        <translation>صدّر الملف أو انسخه من جديد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="47" />
        <source>This file is a web page, not media.</source>
        <translation>هذا الملف صفحة ويب وليس وسائط.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="48" />
        <source>Download or export the file again and check that it opens.</source>
        <translation>نزّل الملف أو صدّره من جديد وتحقق من أنه يفتح.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="51" />
        <source>The file named in this row is not in the media folder.</source>
        <translation>الملف المذكور في هذا الصف غير موجود في مجلد الوسائط.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="52" />
        <source>Check the file's name in the catalog (names must match exactly), or add the file to the folder.</source>
        <translation>تحقق من اسم الملف في الفهرس (يجب أن يطابق تمامًا) أو أضف الملف إلى المجلد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="59" />
        <source>The file's name has no extension.</source>
        <translation>اسم الملف بلا امتداد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="60" />
        <source>Name the file with the extension of its type.</source>
        <translation>سمِّ الملف بامتداد نوعه.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="63" />
        <source>This row names no media file.</source>
        <translation>لا يذكر هذا الصف أي ملف وسائط.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="64" />
        <source>Fill the file column.</source>
        <translation>املأ عمود الملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="67" />
        <location filename="../../glamdonor/gui/problems.py" line="192" />
        <source>The same file is already on the wiki under another title.</source>
        <translation>الملف نفسه موجود على الويكي بعنوان آخر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="68" />
        <location filename="../../glamdonor/gui/problems.py" line="193" />
        <source>Leave this row out, or use the file that is there.</source>
        <translation>استبعد هذا الصف أو استعمل الملف الموجود.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="71" />
        <source>The file named lies outside the batch's media folder.</source>
        <translation>الملف المذكور خارج مجلد وسائط الدفعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="72" />
        <source>Copy the file into the media folder and name it relative to that folder.</source>
        <translation>انسخ الملف إلى مجلد الوسائط وسمّه نسبة إلى ذلك المجلد.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="77" />
        <source>The file is larger than Commons accepts (5 GiB).</source>
        <translation>الملف أكبر مما يقبله كومنز (5 غيغابايت).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="78" />
        <source>Make a smaller version (lower resolution or better compression).</source>
        <translation>أنشئ نسخة أصغر (دقة أقل أو ضغط أفضل).</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="83" />
        <source>The file's content does not match its extension.</source>
        <translation>محتوى الملف لا يطابق امتداده.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="84" />
        <source>Give the file the extension of its type, in the folder and in the catalog.</source>
        <translation>أعط الملف امتداد نوعه في المجلد وفي الفهرس.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="89" />
        <source>The wiki does not accept files of this type.</source>
        <translation>لا يقبل الويكي ملفات من هذا النوع.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="90" />
        <source>Convert the file to a type the wiki accepts.</source>
        <translation>حوّل الملف إلى نوع يقبله الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="93" />
        <source>glamdonor may not read this file.</source>
        <translation>لا يُسمح لـ glamdonor بقراءة هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="94" />
        <source>Check the file's permissions (it must be readable by you) and check again.</source>
        <translation>تحقق من صلاحيات الملف (يجب أن تستطيع قراءته) ثم أعد التحقق.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="99" />
        <source>The file was there when the batch was read, but not when it was checked.</source>
        <translation>كان الملف موجودًا عند قراءة الدفعة ولم يكن عند التحقق.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="102" />
        <source>Put the file back in the media folder and check again.</source>
        <translation>أعد الملف إلى مجلد الوسائط ثم أعد التحقق.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="105" />
        <source>The file carries a GPS position, which will be public on Commons.</source>
        <translation>يحمل الملف موقع GPS سيصبح علنيًا على كومنز.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="108" />
        <source>If the place is private, remove the position from the file's EXIF data.</source>
        <translation>إن كان المكان خاصًا فاحذف الموقع من بيانات EXIF للملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="113" />
        <source>The image is damaged or incomplete.</source>
        <translation>الصورة تالفة أو ناقصة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="114" />
        <source>Export or copy the file again from the original and check that it opens.</source>
        <translation>صدّر الملف أو انسخه من الأصل من جديد وتحقق من أنه يفتح.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="119" />
        <source>The license cell is not a license template name.</source>
        <translation>خلية الترخيص ليست اسم قالب ترخيص.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="120" />
        <source>Write a license template such as cc-by-4.0 or PD-old-100-expired.</source>
        <translation>اكتب قالب ترخيص مثل cc-by-4.0 أو PD-old-100-expired.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="125" />
        <source>This row has no license; Commons deletes files without one.</source>
        <translation>لا ترخيص لهذا الصف؛ يحذف كومنز الملفات التي بلا ترخيص.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="128" />
        <source>Fill the license column or give the mapping a license value.</source>
        <translation>املأ عمود الترخيص أو أعط المطابقة قيمة ترخيص.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="133" />
        <source>glamdonor does not know this license.</source>
        <translation>لا يعرف glamdonor هذا الترخيص.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="134" />
        <source>If it is a license template on Commons, add it to the mapping's license lookup.</source>
        <translation>إن كان قالب ترخيص على كومنز فأضفه إلى جدول التراخيص في المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="140" />
        <source>A value of this row is not in the mapping's lookup table.</source>
        <translation>قيمة في هذا الصف غير موجودة في جدول المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="141" />
        <source>Add it to the lookup table of the mapping, or correct the cell.</source>
        <translation>أضفها إلى جدول المطابقة أو صحّح الخلية.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="146" />
        <source>A template the page uses does not exist on the wiki.</source>
        <translation>قالب تستعمله الصفحة غير موجود على الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="147" />
        <source>The page would show a red link: check the template's name in the mapping.</source>
        <translation>ستظهر الصفحة رابطًا أحمر: تحقق من اسم القالب في المطابقة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="152" />
        <source>A page the page refers to (Institution, Creator) does not exist on the wiki.</source>
        <translation>صفحة تشير إليها الصفحة (Institution أو Creator) غير موجودة على الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="156" />
        <source>Create the page on the wiki, or check its name in the partner profile or lookup.</source>
        <translation>أنشئ الصفحة على الويكي أو تحقق من اسمها في ملف الشريك أو الجدول.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="162" />
        <source>The wiki refuses this title.</source>
        <translation>يرفض الويكي هذا العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="163" />
        <source>Choose a title that describes the subject.</source>
        <translation>اختر عنوانًا يصف الموضوع.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="166" />
        <source>The title starts like a camera's file name, which Commons refuses.</source>
        <translation>يبدأ العنوان كاسم ملف من كاميرا، وهذا يرفضه كومنز.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="169" />
        <source>Describe the subject in the title instead.</source>
        <translation>صِف الموضوع في العنوان بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="172" />
        <source>Another row would get the same title on the wiki.</source>
        <translation>سيحمل صف آخر العنوان نفسه على الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="173" />
        <source>Change the title columns so that every title is unique.</source>
        <translation>غيّر أعمدة العنوان ليكون كل عنوان فريدًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="176" />
        <source>This row would get an empty title.</source>
        <translation>سيكون عنوان هذا الصف فارغًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="177" />
        <source>Fill the columns the title is made of.</source>
        <translation>املأ الأعمدة التي يتكوّن منها العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="180" />
        <source>A different file already has this title on the wiki.</source>
        <translation>ملف آخر يحمل هذا العنوان على الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="181" />
        <source>Change the title columns of this row so that the title is unique.</source>
        <translation>غيّر أعمدة العنوان في هذا الصف ليكون فريدًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="186" />
        <source>A Wikidata identifier of this row is not written as Q followed by digits.</source>
        <translation>معرّف ويكي بيانات في هذا الصف ليس مكتوبًا كحرف Q تتبعه أرقام.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="189" />
        <source>Write it like Q12345.</source>
        <translation>اكتبه مثل Q12345.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="196" />
        <source>A file with this title was deleted from the wiki before.</source>
        <translation>حُذف من الويكي سابقًا ملف بهذا العنوان.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="197" />
        <source>Check the title's deletion log on the wiki, then change the title or ask an administrator.</source>
        <translation>راجع سجل حذف العنوان ثم غيّر العنوان أو اسأل إداريًا.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="204" />
        <source>The same file was on the wiki before and was deleted.</source>
        <translation>كان الملف نفسه على الويكي ثم حُذف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="205" />
        <source>Check the deletion log; upload it only if the reason no longer holds.</source>
        <translation>راجع سجل الحذف؛ لا ترفعه إلا إذا زال السبب.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="210" />
        <source>The wiki's reply was lost, and the file is not there.</source>
        <translation>ضاع رد الويكي والملف غير موجود.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="211" />
        <source>Upload the batch again: this row is tried again.</source>
        <translation>أعد رفع الدفعة: سيُعاد تجريب هذا الصف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="214" />
        <source>Sending took longer than the time allowed for this file.</source>
        <translation>استغرق الإرسال أكثر من الوقت المسموح لهذا الملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="215" />
        <source>Upload the batch again: this file goes on from where the wiki got to.</source>
        <translation>أعد رفع الدفعة: يُستأنف هذا الملف من حيث وصل الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="220" />
        <source>The file is on the wiki, but its captions and statements were refused.</source>
        <translation>الملف على الويكي لكن رُفضت تسمياته وبياناته.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="223" />
        <source>Fix the structured data columns of this row, then upload again: the file is not sent again.</source>
        <translation>صحّح أعمدة البيانات المهيكلة لهذا الصف ثم أعد الرفع: لن يُرسل الملف مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="230" />
        <source>The file is on the wiki, but whether its captions and statements arrived could not be told.</source>
        <translation>الملف على الويكي لكن لا يُعرف هل وصلت تسمياته وبياناته.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="235" />
        <source>Upload the batch again: the wiki is asked whether they arrived.</source>
        <translation>أعد رفع الدفعة: سيُسأل الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="240" />
        <source>The file arrived, but its page does not read as sent.</source>
        <translation>وصل الملف لكن صفحته لا تطابق ما أُرسل.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="241" />
        <source>Look at the page on the wiki.</source>
        <translation>انظر إلى الصفحة على الويكي.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="245" />
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/problems.py" line="246" />
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="56" />
        <source>Make a BotPassword on the wiki: log in there, open Special:BotPasswords, give it a name (for example “glamdonor”) and the rights “High-volume editing”, “Edit existing pages”, “Create, edit, and move pages” and “Upload new files”. The wiki then shows a login name such as “YourName@glamdonor” and a password: enter both here. The password is kept in this computer's keyring, never in a file.</source>
        <translation>أنشئ كلمة مرور بوت على الويكي: سجّل الدخول هناك، وافتح Special:BotPasswords، وأعطها اسمًا (مثل «glamdonor») والصلاحيات «التحرير بكميات كبيرة» و«تعديل الصفحات الموجودة» و«إنشاء الصفحات وتعديلها ونقلها» و«رفع ملفات جديدة». يعرض الويكي بعدها اسم دخول مثل «YourName@glamdonor» وكلمة مرور: أدخلهما هنا. تُحفظ كلمة المرور في حافظة المفاتيح في هذا الحاسوب، ولا تُكتب في أي ملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="66" />
        <source>BotPassword login name</source>
        <translation>اسم الدخول لكلمة مرور البوت</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="69" />
        <source>BotPassword password</source>
        <translation>كلمة مرور البوت</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="73" />
        <source>Login name</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="74" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="77" />
        <source>Rows in the pilot</source>
        <translation>صفوف التجربة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="78" />
        <source>no pilot: every row</source>
        <translation>دون تجربة: كل الصفوف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="79" />
        <source>Start uploading</source>
        <translation>ابدأ الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="80" />
        <location filename="../../glamdonor/gui/upload_page.py" line="153" />
        <location filename="../../glamdonor/gui/upload_page.py" line="215" />
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="81" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="88" />
        <source>Upload progress</source>
        <translation>تقدم الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="91" />
        <source>Every ready row is sent once; a stopped upload goes on where it stopped.</source>
        <translation>يُرسل كل صف جاهز مرة واحدة؛ والرفع المتوقف يُستأنف من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="95" />
        <source>Pilot: upload first</source>
        <translation>تجربة: ارفع أولًا</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="97" />
        <source>rows drawn at random, to review on the wiki</source>
        <translation>صفوفًا مختارة عشوائيًا لمراجعتها على الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="125" />
        <source>Connecting to the wiki…</source>
        <translation>جارٍ الاتصال بالويكي…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="156" />
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="157" />
        <source>Paused after the file under way.</source>
        <translation>متوقف مؤقتًا بعد الملف الجاري.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="165" />
        <source>Uploading to {0} as {1}…</source>
        <translation>جارٍ الرفع إلى {0} باسم {1}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="176" />
        <source>{0} uploaded, {1} already there, {2} skipped, {3} not uploaded.</source>
        <translation>رُفع {0}، و{1} موجودة من قبل، وتُخطي {2}، ولم يُرفع {3}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="179" />
        <source> Stopped: start again to go on.</source>
        <translation> توقف: ابدأ من جديد للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="189" />
        <source>{0}/{1} files, {2} of {3}, {4}/s</source>
        <translation>{0}/{1} ملفات، {2} من {3}، {4}/ث</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="197" />
        <source>, about {0} left</source>
        <translation>، يتبقى نحو {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="203" />
        <source>row {0}: already there: {1}</source>
        <translation>الصف {0}: موجود من قبل: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="204" />
        <source>row {0}: uploaded: {1}</source>
        <translation>الصف {0}: رُفع: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="206" />
        <source>row {0}: skipped: {1}</source>
        <translation>الصف {0}: تم تخطيه: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="207" />
        <source>row {0}: not uploaded: {1}</source>
        <translation>الصف {0}: لم يُرفع: {1}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="210" />
        <source>The upload stopped: {0}</source>
        <translation>توقف الرفع: {0}</translation>
    </message>
</context>
</TS>
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
    <name>ImpactPage</name>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="46" />
        <source>files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="47" />
        <location filename="../../glamdonor/gui/impact_page.py" line="185" />
        <source>files used</source>
        <translation>الملفات المستخدمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="48" />
        <source>share of files used</source>
        <translation>نسبة الملفات المستخدمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="49" />
        <location filename="../../glamdonor/gui/impact_page.py" line="179" />
        <location filename="../../glamdonor/gui/impact_page.py" line="186" />
        <source>pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="50" />
        <source>articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="51" />
        <source>wikis</source>
        <translation>الويكيات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="52" />
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="53" />
        <location filename="../../glamdonor/gui/impact_page.py" line="158" />
        <source>page-context views</source>
        <translation>مشاهدات الصفحات التي تعرض الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="54" />
        <location filename="../../glamdonor/gui/impact_page.py" line="158" />
        <source>media requests</source>
        <translation>طلبات الملفات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="55" />
        <source>new usages</source>
        <translation>استخدامات جديدة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="56" />
        <source>lost usages</source>
        <translation>استخدامات مفقودة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="57" />
        <source>usage</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="58" />
        <source>page views</source>
        <translation>مشاهدات الصفحات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="59" />
        <source>category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="72" />
        <source>Refreshing stopped: {0}</source>
        <translation>توقف التحديث: {0}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="75" />
        <source>Refresh the figures</source>
        <translation>حدّث الأرقام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="80" />
        <source>Report format</source>
        <translation>صيغة التقرير</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="81" />
        <source>Export the report…</source>
        <translation>صدّر التقرير…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="86" />
        <source>Which pages show the uploaded files, and how often they are seen: take a new snapshot every month.</source>
        <translation>ما الصفحات التي تعرض الملفات المرفوعة وكم تُشاهد: التقط لقطة جديدة كل شهر.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="92" />
        <source>figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="92" />
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="93" />
        <source>Impact figures</source>
        <translation>أرقام الأثر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="97" />
        <source>Impact tables</source>
        <translation>جداول الأثر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="99" />
        <source>Views and requests per month</source>
        <translation>المشاهدات والطلبات في كل شهر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="102" />
        <location filename="../../glamdonor/gui/impact_page.py" line="116" />
        <source>Languages reached</source>
        <translation>اللغات التي وصلت إليها</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="104" />
        <location filename="../../glamdonor/gui/impact_page.py" line="115" />
        <source>Usage over time</source>
        <translation>الاستخدام عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="113" />
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="114" />
        <source>Per month</source>
        <translation>في كل شهر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="117" />
        <source>Pages, files and languages</source>
        <translation>الصفحات والملفات واللغات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="138" />
        <source>{0}: {1}/{2}</source>
        <translation>{0}: {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="142" />
        <source>{0} files on the wiki, {1} shown on articles, {2} pages in all.</source>
        <translation>{0} ملفات على الويكي، {1} معروضة في مقالات، {2} صفحات في المجموع.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/impact_page.py" line="227" />
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="26" />
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="27" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="28" />
        <source>Title on the wiki</source>
        <translation>العنوان على الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="29" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="30" />
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="33" />
        <source>pending</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="34" />
        <source>hashed</source>
        <translation>حُسبت البصمة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="35" />
        <source>checked</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="36" />
        <source>uploading</source>
        <translation>قيد الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="37" />
        <source>published</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="38" />
        <source>data written</source>
        <translation>كُتبت البيانات</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="39" />
        <source>verified</source>
        <translation>تم التأكد على الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="40" />
        <source>skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/items_model.py" line="41" />
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
    <name>UploadPage</name>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="57" />
        <source>Make a BotPassword on the wiki: log in there, open Special:BotPasswords, give it a name (for example “glamdonor”) and the rights “High-volume editing”, “Edit existing pages”, “Create, edit, and move pages” and “Upload new files”. The wiki then shows a login name such as “YourName@glamdonor” and a password: enter both here. The password is kept in this computer's keyring, never in a file.</source>
        <translation>أنشئ كلمة مرور بوت على الويكي: سجّل الدخول هناك، وافتح Special:BotPasswords، وأعطها اسمًا (مثل «glamdonor») والصلاحيات «التحرير بكميات كبيرة» و«تعديل الصفحات الموجودة» و«إنشاء الصفحات وتعديلها ونقلها» و«رفع ملفات جديدة». يعرض الويكي بعدها اسم دخول مثل «YourName@glamdonor» وكلمة مرور: أدخلهما هنا. تُحفظ كلمة المرور في حافظة المفاتيح في هذا الحاسوب، ولا تُكتب في أي ملف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="67" />
        <source>BotPassword login name</source>
        <translation>اسم الدخول لكلمة مرور البوت</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="70" />
        <source>BotPassword password</source>
        <translation>كلمة مرور البوت</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="74" />
        <source>Login name</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="75" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="78" />
        <source>Rows in the pilot</source>
        <translation>صفوف التجربة</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="79" />
        <source>no pilot: every row</source>
        <translation>دون تجربة: كل الصفوف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="80" />
        <source>Start uploading</source>
        <translation>ابدأ الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="81" />
        <location filename="../../glamdonor/gui/upload_page.py" line="154" />
        <location filename="../../glamdonor/gui/upload_page.py" line="193" />
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="82" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="89" />
        <source>Upload progress</source>
        <translation>تقدم الرفع</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="92" />
        <source>Every ready row is sent once; a stopped upload goes on where it stopped.</source>
        <translation>يُرسل كل صف جاهز مرة واحدة؛ والرفع المتوقف يُستأنف من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="96" />
        <source>Pilot: upload first</source>
        <translation>تجربة: ارفع أولًا</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="98" />
        <source>rows drawn at random, to review on the wiki</source>
        <translation>صفوفًا مختارة عشوائيًا لمراجعتها على الويكي</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="126" />
        <source>Connecting to the wiki…</source>
        <translation>جارٍ الاتصال بالويكي…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="157" />
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="158" />
        <source>Paused after the file under way.</source>
        <translation>متوقف مؤقتًا بعد الملف الجاري.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="166" />
        <source>Uploading to {0} as {1}…</source>
        <translation>جارٍ الرفع إلى {0} باسم {1}…</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="177" />
        <source>{0} uploaded, {1} already there, {2} skipped, {3} not uploaded.</source>
        <translation>رُفع {0}، و{1} موجودة من قبل، وتُخطي {2}، ولم يُرفع {3}.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="180" />
        <source> Stopped: start again to go on.</source>
        <translation> توقف: ابدأ من جديد للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../glamdonor/gui/upload_page.py" line="188" />
        <source>The upload stopped: {0}</source>
        <translation>توقف الرفع: {0}</translation>
    </message>
</context>
</TS>
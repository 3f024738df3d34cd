# The app shell: header, footer, language, errors, home and not-found pages.

app-name = دليل
app-tagline = دليل الخدمات الحكومية
page-title = { $page } | دليل

skip-to-content = انتقل إلى المحتوى
nav-home = الرئيسية
nav-search = البحث
nav-centres = مراكز خدمة المواطن
nav-main = القائمة الرئيسية
lang-switch = English
lang-switch-label = Switch to English
footer-note = دليل يعرض بيانات الوزارات المنشورة. تحقّق من الجهة المختصة قبل المراجعة عند الشك.
footer-sample = بعض الأرقام في هذا العرض التجريبي عيّنات وليست رسمية، وهي معلَّمة بذلك.
footer-data-as-of = البيانات محدَّثة حتى { $date }

loading = جارٍ التحميل…
retry = أعد المحاولة

api-error-title = تعذّر تحميل البيانات
api-error-http = أجاب الخادم بخطأ ({ $code }).
api-error-network = لا يوجد اتصال بالشبكة، أو الخادم لا يجيب.
api-error-timeout = استغرق الخادم وقتًا طويلًا في الإجابة.
api-error-too-large = الإجابة أكبر من المعقول فرُفضت.
api-error-malformed = وصلت بيانات تالفة أو ناقصة.
api-error-schema = البيانات بصيغة أحدث من هذا التطبيق. حدّث الصفحة.
api-error-hash = البيانات لا تطابق فهرس الدليل.
api-error-not-found = لم يُعثر على المطلوب.
api-error-catalogue-too-large = الدليل أكبر من أن يُحفظ على هذا الجهاز.

home-title = ماذا تريد أن تنجز؟
home-intro = اعرف قبل أن تخرج من بيتك: الأوراق المطلوبة، والخطوات، والمدة، والرسوم، وأين تُقدَّم كل خدمة.
home-ministries = الجهات الحكومية
home-categories = حسب الموضوع
home-stats = { $services ->
    [zero] لا توجد خدمات منشورة
    [one] خدمة واحدة منشورة
    [two] خدمتان منشورتان
    [few] { $services } خدمات منشورة
    [many] { $services } خدمة منشورة
   *[other] { $services } خدمة منشورة
  } من { $authorities ->
    [one] جهة واحدة
    [two] جهتين
    [few] { $authorities } جهات
    [many] { $authorities } جهة
   *[other] { $authorities } جهة
  }

service-count = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
  }

authority-services = خدمات هذه الجهة
authority-parent = تتبع لـ{ $parent }
authority-directorates = المديريات والجهات التابعة
authority-not-found = لا توجد جهة بهذا المعرّف.
category-title = خدمات: { $name }

not-found-title = الصفحة غير موجودة
not-found-body = لم نجد الصفحة التي طلبتها. ربما تغيّر الرابط أو كُتب بشكل خاطئ.
not-found-home = العودة إلى الصفحة الرئيسية

fallback-marker = (غير متوفر بالعربية، يُعرض بالإنجليزية)
preview-banner = معاينة: تُعرض هنا خدمات غير منشورة (مسودات وقيد التدقيق). لا تعتمد عليها.
status-draft = مسودة
status-under-audit = قيد التدقيق
status-published = منشورة

# Month names, for every date the app writes ("12 آذار 2026"). These are the
# Levantine names used in Syria (كانون الثاني، شباط، آذار …), not يناير، فبراير،
# مارس, which read as Egyptian or Gulf usage here.
month-1 = كانون الثاني
month-2 = شباط
month-3 = آذار
month-4 = نيسان
month-5 = أيار
month-6 = حزيران
month-7 = تموز
month-8 = آب
month-9 = أيلول
month-10 = تشرين الأول
month-11 = تشرين الثاني
month-12 = كانون الأول

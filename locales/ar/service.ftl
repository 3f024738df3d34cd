# The service page, the step-by-step guide and the checklist.

service-not-found = لا توجد خدمة بهذا المعرّف في الدليل.
service-authority = الجهة المسؤولة
service-sample = بعض الأرقام في هذه الصفحة عيّنات للعرض التجريبي وليست رسمية.
service-source = المصدر: { $source }
service-status = الحالة: { $status }
service-on-this-page = في هذه الصفحة

section-eligibility = من يحق له التقديم
section-documents = الأوراق المطلوبة
section-steps = الخطوات
section-time = المدة
section-where = أين تقدَّم الخدمة
section-fees = الرسوم
section-output = ماذا تستلم
section-legal = الأساس القانوني
section-verified = آخر تحقق
section-related = خدمات ذات صلة
section-take-away = خذها معك

documents-count = { $count ->
    [zero] لا أوراق مطلوبة
    [one] ورقة واحدة
    [two] ورقتان
    [few] { $count } أوراق
    [many] { $count } ورقة
   *[other] { $count } ورقة
  }
doc-originals = { $count ->
    [one] أصل واحد
    [two] أصلان
    [few] { $count } أصول
    [many] { $count } أصلًا
   *[other] { $count } أصل
  }
doc-copies = { $count ->
    [one] صورة واحدة
    [two] صورتان
    [few] { $count } صور
    [many] { $count } صورة
   *[other] { $count } صورة
  }
doc-issuer = تصدر عن: { $issuer }
doc-max-age = يجب ألا يزيد عمرها على { $age }
doc-conditional = عند الحاجة
doc-is-service = كيف تحصل عليها

steps-show-all = إظهار كل الخطوات
steps-hide-all = إخفاء كل الخطوات
step-number = الخطوة { $n }
step-or = أو
step-choose-one = اختر طريقة واحدة:
step-optional = اختيارية
step-where = أين
step-bring = أحضر معك
step-duration = المدة
step-cost = الكلفة
step-show = إظهار
step-hide = إخفاء

where-centre = مركز خدمة المواطن
where-office = مكتب الجهة المختصة
where-online = عبر الإنترنت
where-embassy = السفارات والقنصليات
where-other = جهة أخرى
where-choose-governorate = اختر محافظتك لترى المراكز التي تقدم الخدمة
where-governorate = المحافظة
where-any-governorate = — اختر محافظة —
where-no-centre = لا يوجد في هذه المحافظة مركز يقدم هذه الخدمة.
where-centres-count = { $count ->
    [zero] لا توجد مراكز
    [one] مركز واحد
    [two] مركزان
    [few] { $count } مراكز
    [many] { $count } مركزًا
   *[other] { $count } مركز
  }
where-hours = الدوام
where-phone = الهاتف
where-address = العنوان
where-open-site = افتح الموقع

time-all-channels = لكل القنوات
time-range = { $min } إلى { $max }
unit-minutes = { $count ->
    [one] دقيقة
    [two] دقيقتان
    [few] دقائق
   *[other] دقيقة
  }
unit-hours = { $count ->
    [one] ساعة
    [two] ساعتان
    [few] ساعات
   *[other] ساعة
  }
unit-days = { $count ->
    [one] يوم
    [two] يومان
    [few] أيام
   *[other] يومًا
  }
unit-working-days = { $count ->
    [one] يوم عمل
    [two] يوما عمل
    [few] أيام عمل
   *[other] يوم عمل
  }
unit-weeks = { $count ->
    [one] أسبوع
    [two] أسبوعان
    [few] أسابيع
   *[other] أسبوعًا
  }
unit-months = { $count ->
    [one] شهر
    [two] شهران
    [few] أشهر
   *[other] شهرًا
  }
unit-years = { $count ->
    [one] سنة
    [two] سنتان
    [few] سنوات
   *[other] سنة
  }
output-validity = صالحة لمدة { $duration }
verified-on = تحققت منها { $by } بتاريخ { $date }

fees-summary-from = ابتداءً من { $amount }
fees-open-calculator = احسب الرسوم بالتفصيل
fees-none = لا توجد رسوم مسجلة لهذه الخدمة.

checklist-progress = أنجزت { $done } من { $total }
checklist-reset = مسح علامات القائمة
checklist-saved = تُحفظ علاماتك على هذا الجهاز فقط.
checklist-tick-doc = جهّزت: { $name }
checklist-tick-step = أنجزت: { $name }

share-link = رابط هذه الصفحة
share-copy = نسخ الرابط
share-copied = تم نسخ الرابط
share-qr = امسح الرمز لمتابعة هذه الصفحة على هاتفك
print = طباعة قائمة التحقق

centres-title = مراكز خدمة المواطن
centres-intro = مراكز خدمة المواطن تقدم خدمات عدة جهات في مكان واحد. اختر محافظتك.
centres-all-governorates = كل المحافظات
centre-services = الخدمات المتوفرة في هذا المركز
centre-not-found = لا يوجد مركز بهذا المعرّف.
centre-sample = عنوان هذا المركز وهاتفه ودوامه بيانات تجريبية.

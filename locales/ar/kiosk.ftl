# وضع الشاشة التفاعلية: شاشات اللمس في قاعات مراكز خدمة المواطنين.

kiosk-home-title = ابحث عن خدمة حكومية
kiosk-search-label = اكتب اسم الخدمة التي تحتاجها
kiosk-clear = مسح
kiosk-results-title = الخدمات التي وجدناها
kiosk-topics = أو اختر موضوعًا
kiosk-no-results = لا توجد خدمة تطابق «{ $query }». تأكد من الإملاء، أو جرّب كلمة أخرى، أو امسح الخانة لترى المواضيع.
kiosk-keyboard-label = لوحة المفاتيح على الشاشة
kiosk-keyboard-to-en = لوحة المفاتيح الإنجليزية (English)
kiosk-keyboard-to-ar = لوحة المفاتيح العربية (عربي)
kiosk-key-space = مسافة
kiosk-key-delete = احذف آخر حرف
kiosk-nav-label = أدوات الشاشة
kiosk-back = رجوع
kiosk-home = الرئيسية
kiosk-start-over = ابدأ من جديد
kiosk-not-found = هذه الصفحة غير متاحة على هذه الشاشة.
kiosk-idle-title = هل ما زلت هنا؟
kiosk-idle-message = { $seconds ->
    [zero] حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد الآن.
    [one] حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد خلال ثانية واحدة.
    [two] حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد خلال ثانيتين.
    [few] حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد خلال { $seconds } ثوانٍ.
   *[other] حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد خلال { $seconds } ثانية.
  }
kiosk-still-here = ما زلت هنا
kiosk-qr-title = تابع على هاتفك
kiosk-qr-caption = امسح هذا الرمز بكاميرا هاتفك لتفتح هذه الصفحة على هاتفك.
kiosk-qr-label = رمز QR لصفحة هذه الخدمة، لفتحها على هاتفك
kiosk-print-intro = خذ ورقة مطبوعة فيها الأوراق المطلوبة والخطوات.
kiosk-print-slip = اطبع الورقة
kiosk-slip-heading = قائمتك
kiosk-slip-documents = الأوراق المطلوبة
kiosk-slip-steps = الخطوات
kiosk-slip-printed = طُبعت في { $date }
kiosk-external-qr = رمز QR للموقع { $url }
kiosk-external-caption = امسح الرمز لفتح هذا الموقع على هاتفك:

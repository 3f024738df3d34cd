# Search: the search bar on every page, and the results page.

search-label = ابحث عن خدمة
search-placeholder = مثال: إخراج قيد، فيش
search-submit = بحث
search-title = البحث
search-title-query = نتائج البحث عن «{ $query }»
search-results = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
  }
search-start = اكتب اسم الخدمة أو كلمة منها، بالعربية أو بالإنجليزية أو بالحروف اللاتينية.
search-filters = تضييق النتائج
search-filter-authority = الجهة
search-filter-governorate = المحافظة
search-filter-channel = طريقة التقديم
search-filter-category = الموضوع
search-filter-any = الكل
search-filter-clear = إزالة عوامل التصفية
search-channel-online = عبر الإنترنت
search-channel-centre = في مركز خدمة المواطن
search-empty-title = لم نجد خدمة تطابق «{ $query }»
search-empty-hint = جرّب كلمة أخرى أو تهجئة مختلفة، أو تصفح الخدمات حسب الموضوع.
search-did-you-mean = هل تقصد:
search-browse-topics = تصفح حسب الموضوع
search-keyboard-hint = استخدم السهمين للتنقل بين النتائج.

## Every service, A to Z (/services): where a search box without JavaScript leads.
all-services-title = كل الخدمات من الألف إلى الياء
all-services-lead = قائمة بكل خدمات الدليل مرتبة حسب الاسم.
search-all-services = تصفح كل الخدمات من الألف إلى الياء

# The fee calculator (/services/{id}/fees) and the fee summary on a service page.
# The summary's fees-summary-from, fees-open-calculator and fees-none are in service.ftl.

fees-title = حاسبة الرسوم: { $service }
fees-heading = حاسبة الرسوم
fees-intro = أجب عن الأسئلة: يتحدّث المجموع وتفاصيل الرسوم أثناء الكتابة. يحفظ عنوان هذه الصفحة إجاباتك، فيمكنك حفظه أو مشاركته أو العودة إليه.
fees-in-force = الرسوم النافذة منذ { $date }
fees-source = المصدر: { $source }
fees-sample = هذه الأرقام بيانات تجريبية للعرض، وليست رسومًا رسمية.
fees-upcoming = تدخل رسوم جديدة حيّز التنفيذ في { $date }.
fees-no-schedule = لا توجد رسوم مسجلة لهذه الخدمة، فلا شيء لحسابه.
fees-not-in-force = لا يوجد جدول رسوم نافذ لهذه الخدمة اليوم.
fees-back = العودة إلى صفحة الخدمة
fees-questions = وضعك
fees-no-questions = لا تتوقف هذه الرسوم على وضعك.
fees-result = ما تدفعه

# Form fields.
fees-range = من { $min } إلى { $max }
fees-range-whole = عدد صحيح من { $min } إلى { $max }
fees-yes = نعم
fees-no = لا
fees-choose = اختر…

# Invalid answers, shown next to the field. The engine decides what is invalid.
fees-error-missing = أدخل قيمة.
fees-error-missing-choice = اختر أحد الخيارات.
fees-error-missing-date = أدخل التاريخ.
fees-error-not-a-number = أدخل رقمًا بالأرقام فقط، مثل 1500.
fees-error-too-large = هذا الرقم كبير جدًا.
fees-error-too-precise = في هذا الرقم منازل عشرية كثيرة جدًا.
fees-error-below-min = أدخل { $min } على الأقل.
fees-error-above-max = أدخل { $max } على الأكثر.
fees-error-not-whole = أدخل عددًا صحيحًا بلا كسور.
fees-error-unknown-option = اختر أحد الخيارات.
fees-error-not-yes-no = أجب بنعم أو لا.
fees-error-not-a-date = أدخل تاريخًا صحيحًا.
fees-error-future-date = لا يمكن أن يكون التاريخ بعد اليوم.
fees-error-too-early = أدخل تاريخًا من { $date } فما بعد.
fees-error-unknown-input = هذا السؤال ليس من جدول الرسوم.

# Instead of a total.
fees-fix-fields = { $count ->
    [zero] صحّح الإجابات المحدّدة لترى المجموع.
    [one] صحّح الإجابة المحدّدة لترى المجموع.
    [two] صحّح الإجابتين المحدّدتين لترى المجموع.
    [few] صحّح الإجابات المحدّدة ({ $count }) لترى المجموع.
    [many] صحّح الإجابات المحدّدة ({ $count }) لترى المجموع.
   *[other] صحّح الإجابات المحدّدة ({ $count }) لترى المجموع.
  }
fees-answer-needed = { $count ->
    [zero] أجب عن الأسئلة المحدّدة لترى المجموع.
    [one] أجب عن السؤال المحدّد لترى المجموع.
    [two] أجب عن السؤالين المحدّدين لترى المجموع.
    [few] أجب عن الأسئلة المحدّدة ({ $count }) لترى المجموع.
    [many] أجب عن الأسئلة المحدّدة ({ $count }) لترى المجموع.
   *[other] أجب عن الأسئلة المحدّدة ({ $count }) لترى المجموع.
  }
fees-go-to-field = انتقل إلى السؤال: { $field }
fees-schedule-broken = لا يمكن حساب رسوم هذه الخدمة: في جدول الرسوم خطأ. راجع الجهة المختصة.
fees-overflow = المبالغ أكبر من أن تُحسب بدقة. راجع إجاباتك.
fees-nothing-to-pay = لا تنطبق أي رسوم على إجاباتك.

# The result.
fees-total = المجموع
fees-total-is = المجموع المطلوب: { $total }
fees-and-separately = ، وعلى حدة{" "}
fees-currencies-apart = تُدفع المبالغ بالعملات المختلفة كلٌّ على حدة، ولا تُجمع معًا أبدًا.
fees-breakdown = تفاصيل الرسوم
fees-col-item = البند
fees-col-amount = المبلغ
fees-total-currency = المجموع ({ $currency })

# Preferences and sharing.
fees-digits-arabic = اعرض الأرقام بالأرقام الهندية (١٢٣)
fees-share = رابط هذا الحساب
fees-copy = انسخ الرابط
fees-copied = نُسخ الرابط.

# The summary on a service page.
fees-summary-depends = تتوقف الرسوم على إجاباتك.
fees-summary-sample = أرقام تجريبية، ليست رسمية.

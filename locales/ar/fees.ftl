# The fee calculator.

fees-title = حاسبة الرسوم: { $service }

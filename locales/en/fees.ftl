# The fee calculator (/services/{id}/fees) and the fee summary on a service page.
# The summary's fees-summary-from, fees-open-calculator and fees-none are in service.ftl.

fees-title = Fee calculator: { $service }
fees-heading = Fee calculator
fees-intro = Answer the questions: the total and the itemised fees update as you type. The address of this page keeps your answers, so you can bookmark it, share it or come back to it.
fees-in-force = Fees in force since { $date }
fees-source = Source: { $source }
fees-sample = These figures are sample data for the demo, not official fees.
fees-upcoming = New fees come into force on { $date }.
fees-no-schedule = No fees are recorded for this service, so there is nothing to work out.
fees-not-in-force = No fee schedule is in force for this service today.
fees-back = Back to the service page
fees-questions = Your situation
fees-no-questions = These fees do not depend on your situation.
fees-result = What you pay

# Form fields.
fees-range = From { $min } to { $max }
fees-range-whole = A whole number from { $min } to { $max }
fees-yes = Yes
fees-no = No
fees-choose = Choose…

# Invalid answers, shown next to the field. The engine decides what is invalid.
fees-error-missing = Enter a value.
fees-error-missing-choice = Choose one of the options.
fees-error-missing-date = Enter the date.
fees-error-not-a-number = Enter a number using digits only, such as 1500.
fees-error-too-large = This number is too large.
fees-error-too-precise = This number has too many decimal places.
fees-error-below-min = Enter { $min } or more.
fees-error-above-max = Enter at most { $max }.
fees-error-not-whole = Enter a whole number, without a fraction.
fees-error-unknown-option = Choose one of the options.
fees-error-not-yes-no = Answer yes or no.
fees-error-not-a-date = Enter a real date.
fees-error-future-date = The date cannot be after today.
fees-error-too-early = Enter a date from { $date } on.
fees-error-unknown-input = This question is not part of the fee schedule.

# Instead of a total.
fees-fix-fields = { $count ->
    [one] Fix the highlighted answer to see the total.
   *[other] Fix the { $count } highlighted answers to see the total.
  }
fees-answer-needed = { $count ->
    [one] Answer the highlighted question to see the total.
   *[other] Answer the { $count } highlighted questions to see the total.
  }
fees-go-to-field = Go to the question: { $field }
fees-schedule-broken = The fees for this service cannot be worked out: the fee schedule has an error. Check with the authority.
fees-overflow = The amounts are too large to work out exactly. Check your answers.
fees-nothing-to-pay = No fee applies to your answers.

# The result.
fees-total = Total
fees-total-is = Total to pay: { $total }
fees-and-separately = , and separately{" "}
fees-currencies-apart = Amounts in different currencies are paid separately and are never added together.
fees-breakdown = Itemised fees
fees-col-item = Item
fees-col-amount = Amount
fees-total-currency = Total ({ $currency })

# Preferences and sharing.
fees-digits-arabic = Show figures in Arabic-Indic digits (١٢٣)
fees-share = Link to this calculation
fees-copy = Copy the link
fees-copied = Link copied.

# The summary on a service page.
fees-summary-depends = The fees depend on your answers.
fees-summary-sample = Sample figures, not official.

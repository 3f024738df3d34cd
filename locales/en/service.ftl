# The service page, the step-by-step guide and the checklist.

service-not-found = There is no service with this id in Dalil.
service-authority = Responsible authority
service-sample = Some figures on this page are demo samples, not official.
service-source = Source: { $source }
service-status = Status: { $status }
service-on-this-page = On this page

section-eligibility = Who can apply
section-documents = Documents you need
section-steps = Steps
section-time = How long it takes
section-where = Where to apply
section-fees = Fees
section-output = What you receive
section-legal = Legal basis
section-verified = Last checked
section-related = Related services
section-take-away = Take it with you

documents-count = { $count ->
    [one] One document
   *[other] { $count } documents
  }
doc-originals = { $count ->
    [one] 1 original
   *[other] { $count } originals
  }
doc-copies = { $count ->
    [one] 1 copy
   *[other] { $count } copies
  }
doc-issuer = Issued by: { $issuer }
doc-max-age = Must be less than { $age } old
doc-conditional = If it applies
doc-is-service = How to get it

steps-show-all = Show all steps
steps-hide-all = Hide all steps
step-number = Step { $n }
step-or = or
step-choose-one = Choose one way:
step-optional = Optional
step-where = Where
step-bring = Bring
step-duration = Time
step-cost = Cost
step-show = Show
step-hide = Hide

where-centre = Citizen service centre
where-office = The competent office
where-online = Online
where-embassy = Embassies and consulates
where-other = Elsewhere
where-choose-governorate = Choose your governorate to see the centres offering this service
where-governorate = Governorate
where-any-governorate = — Choose a governorate —
where-no-centre = No centre in this governorate offers this service.
where-centres-count = { $count ->
    [zero] No centres
    [one] One centre
   *[other] { $count } centres
  }
where-hours = Opening hours
where-phone = Phone
where-address = Address
where-open-site = Open the website

time-all-channels = All channels
time-range = { $min } to { $max }
unit-minutes = { $count ->
    [one] minute
   *[other] minutes
  }
unit-hours = { $count ->
    [one] hour
   *[other] hours
  }
unit-days = { $count ->
    [one] day
   *[other] days
  }
unit-working-days = { $count ->
    [one] working day
   *[other] working days
  }
unit-weeks = { $count ->
    [one] week
   *[other] weeks
  }
unit-months = { $count ->
    [one] month
   *[other] months
  }
unit-years = { $count ->
    [one] year
   *[other] years
  }
output-validity = Valid for { $duration }
verified-on = Checked by { $by } on { $date }

fees-summary-from = From { $amount }
fees-open-calculator = Work out the fees in detail
fees-none = No fees are recorded for this service.

checklist-progress = { $done } of { $total } done
checklist-reset = Clear the checklist
checklist-saved = Your ticks are kept on this device only.
checklist-tick-doc = Ready: { $name }
checklist-tick-step = Done: { $name }

share-link = Link to this page
share-copy = Copy the link
share-copied = Link copied
share-qr = Scan the code to continue on your phone
print = Print the checklist

centres-title = Citizen service centres
centres-intro = Citizen service centres offer the services of several authorities in one place. Choose your governorate.
centres-all-governorates = All governorates
centre-services = Services offered at this centre
centre-not-found = There is no centre with this id.
centre-sample = This centre's address, phone and hours are demo data.

# The app shell: header, footer, language, errors, home and not-found pages.

app-name = Dalil
app-tagline = A guide to government services
page-title = { $page } | Dalil

skip-to-content = Skip to content
nav-home = Home
nav-search = Search
nav-centres = Citizen service centres
nav-main = Main menu
lang-switch = العربية
lang-switch-label = التبديل إلى العربية
footer-note = Dalil shows the ministries' published data. If in doubt, check with the authority before you go.
footer-sample = Some figures in this demo are samples, not official, and are marked as such.
footer-data-as-of = Data as of { $date }

loading = Loading…
retry = Try again

api-error-title = The data could not be loaded
api-error-http = The server answered with an error ({ $code }).
api-error-network = There is no network connection, or the server does not answer.
api-error-timeout = The server took too long to answer.
api-error-too-large = The answer was unreasonably large and was refused.
api-error-malformed = The data that arrived was damaged or incomplete.
api-error-schema = The data is in a newer format than this app. Reload the page.
api-error-hash = The data does not match the catalogue's index.
api-error-not-found = What you asked for was not found.
api-error-catalogue-too-large = The catalogue is too large to keep on this device.

home-title = What do you need to do?
home-intro = Know before you leave home: the documents, the steps, how long it takes, what it costs, and where each service is offered.
home-ministries = Government authorities
home-categories = By topic
home-stats = { $services ->
    [one] One published service
   *[other] { $services } published services
  } from { $authorities ->
    [one] one authority
   *[other] { $authorities } authorities
  }

service-count = { $count ->
    [zero] No services
    [one] One service
   *[other] { $count } services
  }

authority-services = Services of this authority
authority-parent = Part of { $parent }
authority-directorates = Directorates and bodies
authority-not-found = There is no authority with this id.
category-title = Services: { $name }

not-found-title = Page not found
not-found-body = We could not find the page you asked for. The link may have changed or been mistyped.
not-found-home = Back to the home page

fallback-marker = (not available in English, shown in Arabic)
preview-banner = Preview: this shows unpublished services (drafts and under audit). Do not rely on them.
status-draft = Draft
status-under-audit = Under audit
status-published = Published

# Month names, for every date the app writes ("data as of 12 March 2026").
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

//! Every kind of page the app has, on the site, the kiosk and the embed: the list the
//! screen and CSP tests walk through.

/// `(name, path, an element that shows the page has its content)`.
pub const PAGE_KINDS: &[(&str, &str, &str)] = &[
    ("home", "/", ".authority-card, main h1"),
    (
        "search",
        "/search?q=%D8%AC%D9%88%D8%A7%D8%B2",
        "li.search-result",
    ),
    ("search-empty", "/search?q=qqqzzz", "main h1"),
    ("service", "/services/passport-issue", "#steps"),
    (
        "fees",
        "/services/passport-issue/fees",
        ".fee-total__amount",
    ),
    ("centres", "/centres", "main h1"),
    ("centre", "/centres/damascus-marjeh", "main h1"),
    ("authority", "/authorities/interior", ".service-list__link"),
    ("category", "/categories/identity", ".service-list__link"),
    ("not-found", "/no-such-page", "main h1"),
    ("kiosk-home", "/kiosk", "#kiosk-keyboard"),
    (
        "kiosk-service",
        "/kiosk/services/passport-issue",
        "#kiosk-phone-qr",
    ),
    ("embed", "/embed?authority=interior", ".service-list__link"),
];

/// `path` with `?lang=<code>` (or `&lang=`) added.
pub fn with_lang(path: &str, code: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}lang={code}")
}

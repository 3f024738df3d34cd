//! Every kind of page the app has, on the site, the kiosk and the embed: the list the
//! screen and CSP tests walk through.

/// `(name, path, an element that shows the page has its content)`. Each element is one only
/// the loaded data produces (a heading alone shows before the data on several pages), so
/// waiting for it fails when the content never comes.
pub const PAGE_KINDS: &[(&str, &str, &str)] = &[
    (
        "home",
        "/",
        "main[data-page=home] ul.tiles li.tile .tile__count",
    ),
    (
        "search",
        "/search?q=%D8%AC%D9%88%D8%A7%D8%B2",
        "li.search-result",
    ),
    (
        "search-empty",
        "/search?q=qqqzzz",
        "main[data-page=search] .search-empty",
    ),
    ("service", "/services/passport-issue", "#steps"),
    (
        "fees",
        "/services/passport-issue/fees",
        ".fee-total__amount",
    ),
    (
        "centres",
        "/centres",
        "main[data-page=centres] ul.centres li.centre-card",
    ),
    (
        "centre",
        "/centres/damascus-marjeh",
        "main[data-page=centre] ul.centres--single li.centre-card",
    ),
    ("authority", "/authorities/interior", ".service-list__link"),
    ("category", "/categories/identity", ".service-list__link"),
    ("not-found", "/no-such-page", "main[data-page=not-found] h1"),
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

//! The public address of a service page, for phones and print.

use crate::present::query;

/// The absolute URL of a service page in a language: always the public
/// page, never the kiosk's or the embed's.
pub fn share_url(origin: &str, service: &str, lang: &str) -> String {
    let path = format!("{}/services/{service}", origin.trim_end_matches('/'));
    query::href(&path, &query::write([("lang", lang)]))
}

#[cfg(test)]
mod tests {
    use crate::components::service::take_away::link::share_url;

    #[test]
    fn share_url_keeps_the_language() {
        assert_eq!(
            share_url("http://127.0.0.1:8080/", "passport-issue", "en"),
            "http://127.0.0.1:8080/services/passport-issue?lang=en"
        );
    }
}

//! Kiosk URLs: every kiosk page lives under `/kiosk`, so a reload or a
//! restart of the kiosk browser stays a kiosk. Pure functions, unit-tested.

pub const ROOT: &str = "/kiosk";

/// Whether an app path (with or without query and fragment) is a kiosk page.
pub fn is_kiosk_path(path: &str) -> bool {
    match path.strip_prefix(ROOT) {
        Some(rest) => rest.is_empty() || rest.starts_with(['/', '?', '#']),
        None => false,
    }
}

/// The kiosk twin of an app path: `/services/x` → `/kiosk/services/x`,
/// `/` → `/kiosk`. Anything that is not a path of this app (another origin,
/// `tel:`, a bare fragment) is returned unchanged.
pub fn kiosk_path(path: &str) -> String {
    if is_kiosk_path(path) || !path.starts_with('/') || path.starts_with("//") {
        return path.to_string();
    }
    match path.strip_prefix('/') {
        Some(rest) if rest.is_empty() || rest.starts_with(['?', '#']) => format!("{ROOT}{rest}"),
        _ => format!("{ROOT}{path}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_kiosk_paths_only() {
        for p in [
            "/kiosk",
            "/kiosk/",
            "/kiosk/services/a",
            "/kiosk?lang=en",
            "/kiosk#main",
        ] {
            assert!(is_kiosk_path(p), "{p}");
        }
        for p in ["/", "/kiosks", "/kioskx/a", "/services/kiosk", "kiosk", ""] {
            assert!(!is_kiosk_path(p), "{p}");
        }
    }

    #[test]
    fn maps_app_paths_into_the_kiosk() {
        assert_eq!(kiosk_path("/"), "/kiosk");
        assert_eq!(kiosk_path("/?lang=en"), "/kiosk?lang=en");
        assert_eq!(kiosk_path("/#home-categories"), "/kiosk#home-categories");
        assert_eq!(kiosk_path("/services/a"), "/kiosk/services/a");
        assert_eq!(
            kiosk_path("/services/a/fees?x=1"),
            "/kiosk/services/a/fees?x=1"
        );
        assert_eq!(kiosk_path("/kiosk/services/a"), "/kiosk/services/a");
    }

    #[test]
    fn leaves_other_targets_alone() {
        for p in [
            "https://example.org/x",
            "//evil.example/x",
            "tel:123",
            "#main",
            "",
        ] {
            assert_eq!(kiosk_path(p), p);
        }
    }
}

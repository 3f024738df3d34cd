//! The address trees of the surfaces. Every kiosk page lives under
//! `/kiosk`, so a reload or a restart of the kiosk browser stays a kiosk;
//! every embed page under `/embed`, the only tree other sites may frame
//! (deploy/nginx.conf). Pure functions, unit-tested.

pub const KIOSK_ROOT: &str = "/kiosk";
const ROOT: &str = KIOSK_ROOT;
/// Where embed mode lives.
pub const EMBED_BASE: &str = "/embed";

/// `/embed` and the paths below it, not `/embed.js` or `/embedded`.
pub fn in_embed(path: &str) -> bool {
    path == EMBED_BASE
        || path
            .strip_prefix(EMBED_BASE)
            .is_some_and(|rest| rest.starts_with(['/', '?', '#']))
}

/// The embed twin of a site path (`/services/x` → `/embed/services/x`), or
/// `None` when the path is not a page of the app (the API, a file) or is
/// already inside the embed.
pub fn embed_path(path: &str) -> Option<String> {
    if in_embed(path)
        || path.starts_with("/api/")
        || !path.starts_with('/')
        || path.starts_with("//")
    {
        return None;
    }
    let page = path.split(['?', '#']).next().unwrap_or_default();
    let last = page.rsplit('/').next().unwrap_or_default();
    if last.contains('.') {
        return None;
    }
    Some(match path.strip_prefix('/') {
        Some(rest) if rest.is_empty() || rest.starts_with(['?', '#']) => {
            format!("{EMBED_BASE}{rest}")
        }
        _ => format!("{EMBED_BASE}{path}"),
    })
}

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
    fn only_the_embed_tree_is_embed_mode() {
        for yes in [
            "/embed",
            "/embed/",
            "/embed/services/x",
            "/embed/search",
            "/embed?authority=a",
        ] {
            assert!(in_embed(yes), "{yes}");
        }
        for no in ["/", "/embed.js", "/embedded", "/services/embed", ""] {
            assert!(!in_embed(no), "{no}");
        }
    }

    #[test]
    fn site_pages_move_under_the_embed() {
        assert_eq!(embed_path("/").as_deref(), Some("/embed"));
        assert_eq!(embed_path("/?q=x").as_deref(), Some("/embed?q=x"));
        assert_eq!(
            embed_path("/services/passport").as_deref(),
            Some("/embed/services/passport")
        );
        assert_eq!(
            embed_path("/services/passport/fees?speed=urgent").as_deref(),
            Some("/embed/services/passport/fees?speed=urgent")
        );
        assert_eq!(
            embed_path("/search?q=a.b").as_deref(),
            Some("/embed/search?q=a.b")
        );
    }

    #[test]
    fn files_and_embed_paths_stay() {
        for path in [
            "/embed",
            "/embed/search",
            "/api/v1/services.json",
            "/icon.svg",
            "/embed.js",
            "https://example.org/",
        ] {
            assert_eq!(embed_path(path), None, "{path}");
        }
    }

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

//! `config.json`'s `api_base`, read for the CSP's `connect-src`: the app fetches the
//! catalogue from there (src/api.rs), so its origin must be allowed, and nothing else. The file
//! is read by the one reader the app uses too, `dalil_model::config`.

use dalil_model::config::SiteConfig;

/// The origin (`https://host[:port]`) of an absolute `api_base`; `None` when the API is on the
/// site's own origin (no `api_base`, or a path such as `/api/v1/`). A value the app would
/// ignore stops the build too: the headers must describe what the app will do.
pub fn api_origin(config_json: &str) -> Result<Option<String>, String> {
    let (config, warnings) = SiteConfig::parse(config_json)?;
    if let Some(warning) = warnings.iter().find(|w| w.starts_with("api_base")) {
        return Err(warning.clone());
    }
    let base = config.api_base.as_str();
    origin_of(base).map_err(|e| format!("api_base {base:?}: {e}"))
}

/// A path stays on the site's origin; an `http(s)://` URL gives its origin. Anything else
/// (`//host`, `data:`, a host with user info or odd characters) is refused, since it would
/// either be a mistake or put text into the CSP header.
fn origin_of(base: &str) -> Result<Option<String>, String> {
    let Some((scheme, rest)) = base.split_once("://") else {
        if base.starts_with("//") {
            return Err("give the scheme (https://...)".into());
        }
        if base.contains(':') && !base.starts_with('/') {
            return Err("only a path or an http(s):// URL".into());
        }
        return Ok(None);
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err("only a path or an http(s):// URL".into());
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let (host, port) = split_port(authority)?;
    if host.is_empty() {
        return Err("no host".into());
    }
    let ipv6 = host.starts_with('[') && host.ends_with(']');
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    let host_ok = if ipv6 {
        host[1..host.len() - 1]
            .chars()
            .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
    } else {
        host.chars().all(allowed)
    };
    if !host_ok {
        return Err(format!("{host:?} is not a host name"));
    }
    let host = host.to_ascii_lowercase();
    Ok(Some(match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    }))
}

/// `host` and its port, if any (digits only, 1 to 65535).
fn split_port(authority: &str) -> Result<(&str, Option<u16>), String> {
    if authority.contains('@') {
        return Err("user names and passwords do not belong in api_base".into());
    }
    let colon = match authority.rfind(':') {
        Some(i) if !authority[i..].contains(']') => i,
        _ => return Ok((authority, None)),
    };
    let digits = &authority[colon + 1..];
    let port = digits
        .parse::<u16>()
        .ok()
        .filter(|p| *p > 0 && digits.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| format!("{digits:?} is not a port"))?;
    Ok((&authority[..colon], Some(port)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(base: &str) -> Result<Option<String>, String> {
        api_origin(&serde_json::json!({ "api_base": base }).to_string())
    }

    #[test]
    fn a_path_or_nothing_is_the_sites_own_origin() {
        assert_eq!(api_origin(r#"{"kiosk": true}"#), Ok(None));
        assert_eq!(api_origin(r#"{"api_base": null}"#), Ok(None));
        for base in ["/api/v1/", "", "  ", "api/v1/"] {
            assert_eq!(origin(base), Ok(None), "{base:?}");
        }
    }

    #[test]
    fn an_absolute_base_gives_its_origin() {
        assert_eq!(
            origin("https://Data.MOI.gov.example/dalil/api/v1/"),
            Ok(Some("https://data.moi.gov.example".into()))
        );
        assert_eq!(
            origin("http://127.0.0.1:8081/api/v1/"),
            Ok(Some("http://127.0.0.1:8081".into()))
        );
        assert_eq!(
            origin("https://[::1]:9000"),
            Ok(Some("https://[::1]:9000".into()))
        );
        assert_eq!(
            origin("HTTPS://api.example?x#y"),
            Ok(Some("https://api.example".into()))
        );
    }

    #[test]
    fn anything_else_is_refused_with_a_reason() {
        for (base, why) in [
            ("//api.example/v1/", "give the scheme"),
            ("ftp://api.example/", "only a path or an http(s):// URL"),
            ("data:text/plain,x", "only a path or an http(s):// URL"),
            ("https:///v1/", "no host"),
            ("https://user:pw@api.example/", "user names"),
            ("https://api.example:99999/", "not a port"),
            ("https://api.example:/", "not a port"),
            ("https://api.example;'unsafe-inline'/", "not a host name"),
            ("https://api example/", "without spaces"),
            ("https://[::1]x/", "not a host name"),
        ] {
            let err = origin(base).unwrap_err();
            assert!(err.contains(why), "{base:?}: {err}");
            assert!(err.starts_with("api_base "), "{err}");
        }
        assert!(api_origin("{").unwrap_err().starts_with("not JSON"));
        assert!(api_origin(r#"{"api_base": 3}"#)
            .unwrap_err()
            .starts_with("api_base "));
    }
}

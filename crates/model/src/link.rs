//! Web addresses taken from catalogue data: which may become a link.
//!
//! An `api_base` may point at a ministry's own server that never ran the
//! audit, so the app checks every address it is given before it turns it
//! into a link or a QR code. One check for the audit, the site, the kiosk
//! and the embed. It is deliberately narrow: an address it refuses is still
//! shown, as text.

/// Which schemes a deployment lets become links.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Schemes {
    /// `https:` only: the default.
    #[default]
    Https,
    /// `https:` and `http:` (`"allow_http_links": true` in `config.json`).
    HttpAndHttps,
}

/// Why an address is not a safe link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not `https://` (or `http://` where allowed): `javascript:`, `data:`, `tel:`, a path...
    Scheme,
    /// Spaces, control characters or backslashes: browsers silently drop or
    /// reinterpret them, so what is shown would not be what is followed.
    Characters,
    /// `user@host`: shows one site's name and opens another.
    Credentials,
    /// No host with a dot, an empty label, a bad port.
    Host,
}

impl LinkProblem {
    /// A short English explanation, for the audit's report.
    pub fn describe(&self) -> &'static str {
        match self {
            LinkProblem::Scheme => "must be an https:// address",
            LinkProblem::Characters => "contains spaces, control characters or backslashes",
            LinkProblem::Credentials => {
                "carries a user name (user@host), which hides the real site"
            }
            LinkProblem::Host => "is not a complete web address",
        }
    }
}

/// The address as a link may carry it, or why it may not.
pub fn web_link(text: &str, schemes: Schemes) -> Result<&str, LinkProblem> {
    if text.is_empty()
        || text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err(LinkProblem::Characters);
    }
    let (scheme, rest) = text.split_once("://").ok_or(LinkProblem::Scheme)?;
    let scheme_ok = scheme.eq_ignore_ascii_case("https")
        || (schemes == Schemes::HttpAndHttps && scheme.eq_ignore_ascii_case("http"));
    if !scheme_ok {
        return Err(LinkProblem::Scheme);
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(LinkProblem::Credentials);
    }
    if !host_and_port_ok(authority) {
        return Err(LinkProblem::Host);
    }
    Ok(text)
}

/// `host[:port]`, the host a name with a dot (letters of any script,
/// digits, hyphens) or a bracketed IPv6 address.
fn host_and_port_ok(authority: &str) -> bool {
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((inside, after)) => {
                let ok = !inside.is_empty()
                    && inside
                        .chars()
                        .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
                if !ok {
                    return false;
                }
                match after {
                    "" => return true,
                    _ => match after.strip_prefix(':') {
                        Some(port) => ("[v6]", Some(port)),
                        None => return false,
                    },
                }
            }
            None => return false,
        },
        None => match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    if let Some(port) = port {
        let ok = !port.is_empty()
            && port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p));
        if !ok {
            return false;
        }
    }
    if host == "[v6]" {
        return true;
    }
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_complete_https_addresses_become_links() {
        for good in [
            "https://www.egov.sy",
            "https://www.egov.sy/",
            "https://moi.gov.sy/services/passport?lang=ar#top",
            "HTTPS://Example.GOV.sy/a",
            "https://example.gov.sy:8443/x",
            "https://وزارة.سوريا/خدمة",
            "https://[2001:db8::1]/",
            "https://[2001:db8::1]:443/",
        ] {
            assert_eq!(web_link(good, Schemes::Https), Ok(good), "{good}");
        }
        for (bad, why) in [
            ("javascript:alert(1)", LinkProblem::Scheme),
            ("JavaScript://%0aalert(1)", LinkProblem::Scheme),
            ("java\tscript:alert(1)", LinkProblem::Characters),
            (
                "data:text/html,<script>alert(1)</script>",
                LinkProblem::Scheme,
            ),
            ("vbscript:msgbox", LinkProblem::Scheme),
            ("http://example.gov.sy", LinkProblem::Scheme),
            ("//example.gov.sy/a", LinkProblem::Scheme),
            ("/services/x", LinkProblem::Scheme),
            ("tel:+963", LinkProblem::Scheme),
            ("", LinkProblem::Characters),
            (" https://example.gov.sy", LinkProblem::Characters),
            ("https://example.gov.sy/a b", LinkProblem::Characters),
            ("https://example.gov.sy\n/a", LinkProblem::Characters),
            ("https:\\\\example.gov.sy", LinkProblem::Characters),
            ("https://gov.sy@evil.example/", LinkProblem::Credentials),
            ("https://localhost/", LinkProblem::Host),
            ("https://", LinkProblem::Host),
            ("https://a..b/", LinkProblem::Host),
            ("https://-a.b/", LinkProblem::Host),
            ("https://a.b:0/", LinkProblem::Host),
            ("https://a.b:99999/", LinkProblem::Host),
            ("https://a.b:/", LinkProblem::Host),
            ("https://[::1]x/", LinkProblem::Host),
            ("https://[]/", LinkProblem::Host),
            ("https://a<b.c/", LinkProblem::Host),
        ] {
            assert_eq!(web_link(bad, Schemes::Https), Err(why), "{bad:?}");
        }
    }

    #[test]
    fn http_only_where_the_deployment_allows_it() {
        let plain = "http://intranet.moi.gov.sy/form";
        assert_eq!(web_link(plain, Schemes::Https), Err(LinkProblem::Scheme));
        assert_eq!(web_link(plain, Schemes::HttpAndHttps), Ok(plain));
        assert_eq!(
            web_link("javascript:x", Schemes::HttpAndHttps),
            Err(LinkProblem::Scheme)
        );
        assert_eq!(
            web_link("ftp://a.b/", Schemes::HttpAndHttps),
            Err(LinkProblem::Scheme)
        );
    }
}

//! The embed's settings, read from its URL (`/embed?authority=...`).
//!
//! Plain functions over a "get this parameter" closure, unit-tested
//! natively. A setting that is present but unusable is not an error page:
//! the embed carries on with the default and names the setting it ignored,
//! so the ministry's web team sees at once what to fix.

use super::theme::{brand, font_stack, Brand, Rgb};
use dalil_model::shape::valid_id;
use dalil_model::Lang;

/// What the host asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedParams {
    /// The authority whose services to show, as written (checked against the
    /// catalogue later: an unknown id gets its own message).
    pub authority: Option<String>,
    pub brand: Option<Brand>,
    pub font: Option<&'static str>,
    /// The host page's origin, the only target of the resize messages.
    pub parent_origin: Option<String>,
    /// Settings present in the URL but unusable, by parameter name.
    pub ignored: Vec<&'static str>,
}

/// The longest authority id shown back in a message.
const MAX_ID_CHARS: usize = 80;

pub fn parse(get: impl Fn(&str) -> Option<String>) -> EmbedParams {
    let present = |name: &str| get(name).filter(|v| !v.trim().is_empty());
    let mut ignored = Vec::new();
    let mut check = |name: &'static str, ok: bool| {
        if !ok {
            ignored.push(name);
        }
    };

    let authority = present("authority").map(|a| a.trim().chars().take(MAX_ID_CHARS).collect());

    let brand = present("brand").and_then(|b| {
        let parsed = Rgb::parse(&b);
        check("brand", parsed.is_some());
        parsed.map(brand)
    });
    let font = present("font").and_then(|f| {
        let stack = font_stack(&f);
        check("font", stack.is_some());
        stack
    });
    let parent_origin = present("parent_origin").and_then(|o| {
        let origin = parse_origin(&o);
        check("parent_origin", origin.is_some());
        origin
    });
    if let Some(lang) = present("lang") {
        check("lang", Lang::from_code(&lang).is_some());
    }
    EmbedParams {
        authority,
        brand,
        font,
        parent_origin,
        ignored,
    }
}

/// The authority value to show back in the "unknown authority" message:
/// only one of the catalogue's id shape (the audit's own rule). Anything
/// else came from a URL someone else wrote and is not echoed into the page.
pub fn shown_authority(value: &str) -> Option<&str> {
    valid_id(value).then_some(value)
}

/// A web origin, `http(s)://host[:port]`, lowercased, or `None`. Paths,
/// credentials, wildcards and other schemes are refused: this string becomes
/// postMessage's targetOrigin, and `*` there would tell any page the heights.
pub fn parse_origin(text: &str) -> Option<String> {
    let text = text.trim().to_ascii_lowercase();
    let text = text.strip_suffix('/').unwrap_or(&text);
    let (scheme, rest) = text.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
        let (inside, after) = v6.split_once(']')?;
        if inside.is_empty()
            || !inside
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return None;
        }
        // Only a port may follow the bracket: `[::1]x` is not an origin.
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':')?),
        };
        (rest.get(..inside.len() + 2)?, port)
    } else {
        match rest.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (rest, None),
        }
    };
    let labels_ok = host.starts_with('[')
        || (!host.is_empty()
            && host.split('.').all(|l| {
                !l.is_empty()
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            }));
    if !labels_ok {
        return None;
    }
    if let Some(p) = port {
        if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if p.parse::<u32>().ok()? > 65_535 {
            return None;
        }
    }
    Some(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(pairs: &[(&str, &str)]) -> EmbedParams {
        parse(|k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn a_full_snippet_url_is_read() {
        let p = from(&[
            ("authority", "local-administration"),
            ("lang", "en"),
            ("brand", "0b5d4b"),
            ("font", "naskh"),
            ("parent_origin", "https://www.mola.gov.example"),
        ]);
        assert_eq!(p.authority.as_deref(), Some("local-administration"));
        assert_eq!(p.brand.map(|b| b.main), Some(Rgb(0x0b, 0x5d, 0x4b)));
        assert!(p.font.is_some());
        assert_eq!(
            p.parent_origin.as_deref(),
            Some("https://www.mola.gov.example")
        );
        assert!(p.ignored.is_empty());
    }

    #[test]
    fn nothing_given_is_nothing_ignored() {
        let p = from(&[("brand", " "), ("font", "")]);
        assert_eq!(p, from(&[]));
        assert_eq!(p.authority, None);
        assert!(p.ignored.is_empty());
    }

    #[test]
    fn unusable_settings_are_named() {
        let p = from(&[
            ("authority", "interior"),
            ("brand", "red;}body{display:none"),
            ("font", "Comic Sans"),
            ("parent_origin", "*"),
            ("lang", "fr"),
        ]);
        assert_eq!(p.ignored, vec!["brand", "font", "parent_origin", "lang"]);
        assert_eq!((p.brand, p.font, p.parent_origin), (None, None, None));
        assert_eq!(p.authority.as_deref(), Some("interior"));
    }

    #[test]
    fn a_long_authority_is_cut_for_display() {
        let long = "x".repeat(500);
        assert_eq!(
            from(&[("authority", &long)]).authority.unwrap().len(),
            MAX_ID_CHARS
        );
    }

    #[test]
    fn only_an_id_shaped_authority_is_shown_back() {
        for id in ["interior", "no-such-authority", "civil-registry-2"] {
            assert_eq!(shown_authority(id), Some(id));
        }
        let long = "a".repeat(81);
        for other in [
            "<img src=x onerror=alert(1)>",
            "Interior",
            "interior ministry",
            "-interior",
            "وزارة",
            "interior\u{202e}",
            "a/../b",
            &long,
        ] {
            assert_eq!(shown_authority(other), None, "{other:?}");
        }
        // Cut for display first, then checked: a long value is not shown.
        let cut = from(&[("authority", &long)]).authority.unwrap();
        assert_eq!(shown_authority(&cut), Some(cut.as_str()));
        assert_eq!(cut.len(), MAX_ID_CHARS);
    }

    #[test]
    fn a_table_of_origins() {
        let good = [
            ("http://[::1]", "http://[::1]"),
            ("http://[::1]/", "http://[::1]"),
            ("http://[::1]:1", "http://[::1]:1"),
            (
                "http://[::ffff:127.0.0.1]:65535",
                "http://[::ffff:127.0.0.1]:65535",
            ),
            ("  https://moi.gov.example  ", "https://moi.gov.example"),
        ];
        for (given, origin) in good {
            assert_eq!(parse_origin(given).as_deref(), Some(origin), "{given}");
        }
        for bad in [
            // Trailing junk after an IPv6 host.
            "http://[::1]x",
            "http://[::1]x:80",
            "http://[::1]]",
            "http://[::1]/path",
            "http://[::1]?q",
            "http://[::1]#f",
            "http://[::1]:",
            "http://[::1]:65536",
            "http://[::1]:8o",
            "http://[]",
            "http://[::1",
            // Ports.
            "https://moi.gov.example:65536",
            "https://moi.gov.example:123456",
            "https://moi.gov.example:-1",
            "https://moi.gov.example:+80",
            "https://moi.gov.example: 80",
            "https://moi.gov.example:80:80",
            // Userinfo, paths, queries, fragments.
            "https://user:pass@moi.gov.example",
            "https://@moi.gov.example",
            "https://moi.gov.example//",
            "https://moi.gov.example#top",
            "https://moi.gov.example:443/x",
            // Whitespace inside, and other schemes.
            "https://moi .gov.example",
            "https://moi.gov\t.example",
            "https://moi.gov.\nexample",
            "https ://moi.gov.example",
            "ftp://moi.gov.example",
            "data://x",
            "",
        ] {
            assert_eq!(parse_origin(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn origins_are_exact_web_origins() {
        for (given, origin) in [
            ("https://moi.gov.example", "https://moi.gov.example"),
            ("HTTPS://MOI.gov.example/", "https://moi.gov.example"),
            ("http://127.0.0.1:41234", "http://127.0.0.1:41234"),
            ("http://[::1]:8080", "http://[::1]:8080"),
            ("https://xn--mgbh0fb.example", "https://xn--mgbh0fb.example"),
        ] {
            assert_eq!(parse_origin(given).as_deref(), Some(origin), "{given}");
        }
        for bad in [
            "*",
            "null",
            "moi.gov.example",
            "javascript://x",
            "file:///etc",
            "https://moi.gov.example/page",
            "https://user@moi.gov.example",
            "https://moi.gov.example:99999",
            "https://moi.gov.example:",
            "https://",
            "https://-bad-.example",
            "https://a..b",
            "https://[zz]",
            "https://moi.gov.example?x=1",
        ] {
            assert_eq!(parse_origin(bad), None, "{bad}");
        }
    }
}

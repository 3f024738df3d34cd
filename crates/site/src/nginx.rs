//! The headers as an nginx snippet that deploy/nginx.conf `include`s in its `http` block.
//!
//! Each value becomes a variable through a `map` with only a default: nginx has no plain
//! "define", and a `map` is evaluated wherever the variable is used (every location, the
//! error pages), unlike `set`.

use crate::headers::Headers;

/// The file's name in the built site.
pub const FILE: &str = "headers.nginx.conf";

/// The snippet's text; an error if a value could not be written as an nginx string.
pub fn snippet(headers: &Headers) -> Result<String, String> {
    let mut out = String::from(
        "# Written by the build (crates/site, run by scripts/publish-into-staging.sh) from this\n\
         # build's index.html and config.json. Do not edit: rebuild. nginx reads it at start and\n\
         # on reload, so a deploy of a new dist/ ends with `nginx -s reload`.\n",
    );
    for (variable, value) in [
        ("dalil_csp_document", &headers.content_security_policy),
        ("dalil_permissions_policy", &headers.permissions_policy),
        ("dalil_coop_site", &headers.cross_origin_opener_policy),
        ("dalil_referrer_policy", &headers.referrer_policy),
        ("dalil_content_type_options", &headers.content_type_options),
    ] {
        out.push_str(&format!(
            "map $host ${variable} {{ default {}; }}\n",
            quoted(value)?
        ));
    }
    Ok(out)
}

/// `"value"`, refusing what would end the string or start a variable.
fn quoted(value: &str) -> Result<String, String> {
    match value
        .chars()
        .find(|c| matches!(c, '"' | '\\' | '$') || c.is_control())
    {
        Some(c) => Err(format!(
            "{c:?} cannot go into an nginx header value: {value:?}"
        )),
        None => Ok(format!("\"{value}\"")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_header_becomes_a_variable() {
        let text = snippet(&Headers::with_policy("default-src 'none'".into())).unwrap();
        assert!(
            text.contains("map $host $dalil_csp_document { default \"default-src 'none'\"; }\n")
        );
        assert!(text.contains("$dalil_coop_site { default \"same-origin\"; }"));
        assert_eq!(text.matches("map $host").count(), 5);
    }

    #[test]
    fn a_value_that_would_break_the_config_is_refused() {
        for bad in ["a\"b", "$host", "a\\b", "a\nb"] {
            assert!(
                snippet(&Headers::with_policy(bad.into())).is_err(),
                "{bad:?}"
            );
        }
    }
}

//! The search state in the URL (`/search?q=...&authority=...`), and the
//! highlighted pieces of a result's text.

use crate::present::query;
use dalil_model::ChannelKind;
use dalil_search::Filters;

pub fn channel_from_param(value: &str) -> Option<ChannelKind> {
    match value {
        "online" => Some(ChannelKind::Online),
        "centre" => Some(ChannelKind::Centre),
        "office" => Some(ChannelKind::Office),
        "embassy" => Some(ChannelKind::Embassy),
        _ => None,
    }
}

pub fn channel_param(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Online => "online",
        ChannelKind::Centre => "centre",
        ChannelKind::Office => "office",
        ChannelKind::Embassy => "embassy",
        ChannelKind::Other => "other",
    }
}

/// Filters from query-string values; empty or unknown values are ignored.
pub fn filters_from(get: impl Fn(&str) -> Option<String>) -> Filters {
    let non_empty = |name: &str| get(name).filter(|v| !v.trim().is_empty());
    Filters {
        authority: non_empty("authority"),
        governorate: non_empty("governorate"),
        channel: non_empty("channel").and_then(|c| channel_from_param(&c)),
        category: non_empty("category"),
    }
}

/// The `/search` URL for a query and filters, in a stable parameter order.
pub fn search_href(query: &str, filters: &Filters) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if !query.is_empty() {
        pairs.push(("q", query.to_string()));
    }
    if let Some(a) = &filters.authority {
        pairs.push(("authority", a.clone()));
    }
    if let Some(g) = &filters.governorate {
        pairs.push(("governorate", g.clone()));
    }
    if let Some(c) = filters.channel {
        pairs.push(("channel", channel_param(c).to_string()));
    }
    if let Some(c) = &filters.category {
        pairs.push(("category", c.clone()));
    }
    let query = query::write(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    query::href("/search", &query)
}

/// The text split into (piece, highlighted) for rendering with `<mark>`.
pub fn pieces(text: &str, query: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for (range, hit) in dalil_search::highlight(text, query) {
        let Some(piece) = text.get(range) else {
            continue;
        };
        match out.last_mut() {
            Some((last, was)) if *was == hit => last.push_str(piece),
            _ => out.push((piece.to_string(), hit)),
        }
    }
    if out.is_empty() {
        out.push((text.to_string(), false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_round_trip_through_the_url() {
        let f = Filters {
            authority: Some("justice".into()),
            governorate: None,
            channel: Some(ChannelKind::Online),
            category: Some("travel".into()),
        };
        let href = search_href("جواز سفر", &f);
        assert!(href.starts_with("/search?q=%D8%AC"));
        assert!(
            href.contains("%20"),
            "a space is escaped, never `+`: {href}"
        );
        assert!(href.ends_with("&authority=justice&channel=online&category=travel"));
        let params = [
            ("authority", "justice"),
            ("channel", "online"),
            ("category", "travel"),
            ("governorate", ""),
        ];
        let back = filters_from(|k| {
            params
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        });
        assert_eq!(back, f);
        assert_eq!(filters_from(|_| Some("bogus".into())).channel, None);
    }

    #[test]
    fn pieces_cover_the_whole_text() {
        let text = "تجديد جواز السفر";
        let joined: String = pieces(text, "جواز").into_iter().map(|(p, _)| p).collect();
        assert_eq!(joined, text);
        assert!(pieces(text, "جواز")
            .iter()
            .any(|(p, hit)| *hit && p.contains("جواز")));
        assert_eq!(pieces("abc", ""), vec![("abc".to_string(), false)]);
    }
}

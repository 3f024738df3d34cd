//! The facts of a service page, ready to show.

use crate::i18n::{translate, Arg};
use dalil_model::{Centre, ChannelKind, Document, Lang};

/// "1 original · 2 copies" for a document.
pub fn quantity(lang: Lang, d: &Document) -> String {
    let mut parts = Vec::new();
    if d.originals > 0 {
        parts.push(translate(
            lang,
            "doc-originals",
            &[("count", Arg::Num(i64::from(d.originals)))],
        ));
    }
    if d.copies > 0 {
        parts.push(translate(
            lang,
            "doc-copies",
            &[("count", Arg::Num(i64::from(d.copies)))],
        ));
    }
    parts.join(" · ")
}

/// The message id naming a channel or place kind.
pub fn channel_label_id(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Centre => "where-centre",
        ChannelKind::Office => "where-office",
        ChannelKind::Online => "where-online",
        ChannelKind::Embassy => "where-embassy",
        ChannelKind::Other => "where-other",
    }
}

/// The centres of a governorate that offer a service, by name.
pub fn centres_offering<'a>(
    centres: &'a [Centre],
    service: &str,
    governorate: &str,
    lang: Lang,
) -> Vec<&'a Centre> {
    let mut found: Vec<&Centre> = centres
        .iter()
        .filter(|c| c.governorate == governorate && c.offers(service))
        .collect();
    super::order::sort_by_text(&mut found, |c| ["", c.name.get(lang)]);
    found
}

/// Governorates with at least one centre offering the service.
pub fn governorates_offering(centres: &[Centre], service: &str) -> Vec<String> {
    let mut ids: Vec<String> = centres
        .iter()
        .filter(|c| c.offers(service))
        .map(|c| c.governorate.clone())
        .collect();
    super::order::sort_by_text(&mut ids, |id| ["", id]);
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use dalil_model::Text;

    fn doc(originals: u32, copies: u32) -> Document {
        Document {
            id: "d".into(),
            name: Text::new("و", "d"),
            originals,
            copies,
            issuer: None,
            max_age: None,
            service: None,
            note: None,
            conditional: false,
        }
    }

    fn centre(id: &str, gov: &str, services: &[&str]) -> Centre {
        Centre {
            id: id.into(),
            name: Text::new(id, id),
            governorate: gov.into(),
            address: Text::default(),
            hours: Text::default(),
            phone: String::new(),
            services: services.iter().map(|s| s.to_string()).collect(),
            sample: true,
        }
    }

    #[test]
    fn quantities_read_naturally() {
        assert_eq!(quantity(Lang::En, &doc(1, 2)), "1 original · 2 copies");
        assert_eq!(quantity(Lang::Ar, &doc(1, 2)), "أصل واحد · صورتان");
        assert_eq!(quantity(Lang::Ar, &doc(0, 3)), "3 صور");
        assert_eq!(quantity(Lang::En, &doc(0, 0)), "");
    }

    #[test]
    fn centres_are_filtered_by_governorate_and_service() {
        let all = [
            centre("b", "damascus", &["x"]),
            centre("a", "damascus", &["x", "y"]),
            centre("c", "aleppo", &["x"]),
            centre("d", "damascus", &["y"]),
        ];
        let ids: Vec<_> = centres_offering(&all, "x", "damascus", Lang::En)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(governorates_offering(&all, "x"), ["aleppo", "damascus"]);
    }
}

//! The checks of one service record.

use super::index::Index;
use super::values::{check_range, lang_name, parse_date, verified_age};
use super::{steps, texts};
use crate::suggest::did_you_mean;
use crate::{source, Catalogue, Problem};
use dalil_fees::Date;
use dalil_model::{ChannelKind, Service, Status};
use std::collections::BTreeSet;

pub fn service(
    cat: &Catalogue,
    index: &Index,
    s: &Service,
    today: Option<Date>,
    out: &mut Vec<Problem>,
) {
    let file = cat.file_of(&s.id);
    // Every problem of the record: its field, the message, error or warning.
    let mut push = |field: String, message: String, is_error: bool| {
        let p = if is_error {
            Problem::error(&file, message)
        } else {
            Problem::warning(&file, message)
        };
        out.push(p.at_field(field).for_service(&s.id));
    };

    // A draft or a record under audit may still lack a language or a fee
    // source: a warning now (the completeness checks show it), an error
    // once it is published.
    let published = s.status == Status::Published;
    texts::missing_languages(s, |field, lang| {
        let message = if published {
            format!("the {} text is missing", lang_name(lang))
        } else {
            format!(
                "the {} text is missing; it is needed before the record is published",
                lang_name(lang)
            )
        };
        push(format!("{field}.{}", lang.code()), message, published);
    });
    references(cat, s, &mut push);
    verified(s, today, &mut push);
    documents(s, &mut push);
    if s.status == Status::Published {
        complete(s, &mut push);
    }
    steps::steps(s, &mut push);
    for (i, p) in s.processing_time.iter().enumerate() {
        if let Some(m) = check_range(&p.range) {
            push(format!("processing_time[{i}]"), m, true);
        }
    }
    steps::channels(s, &mut push);
    centre_channel(cat, index, s, &mut push);
    if let Some(o) = &s.output {
        if o.validity.is_some_and(|v| v.value == 0) {
            push(
                "output.validity.value".into(),
                "a validity of 0 is impossible; leave it out if the output does not expire".into(),
                true,
            );
        }
    }
    links(index, s, &mut push);
    fees(s, &mut push);
}

/// The authority, the verifying authority and the categories exist.
fn references(cat: &Catalogue, s: &Service, push: &mut impl FnMut(String, String, bool)) {
    let authorities = || cat.authorities.iter().map(|a| a.id.as_str());
    if cat.list_loaded(source::AUTHORITIES) {
        for (field, id) in [("authority", &s.authority), ("verified.by", &s.verified.by)] {
            if cat.authority(id).is_none() {
                push(
                    field.into(),
                    format!(
                        "authority `{id}` is not in authorities.toml{}",
                        did_you_mean(id, authorities())
                    ),
                    true,
                );
            }
        }
    }
    if cat.list_loaded(source::CATEGORIES) {
        let categories = || cat.categories.iter().map(|c| c.id.as_str());
        for (i, c) in s.categories.iter().enumerate() {
            if !categories().any(|k| k == c) {
                push(
                    format!("categories[{i}]"),
                    format!(
                        "category `{c}` is not in categories.toml{}",
                        did_you_mean(c, categories())
                    ),
                    true,
                );
            }
        }
    }
}

/// A real date; with today known, not in the future and not stale.
fn verified(s: &Service, today: Option<Date>, push: &mut impl FnMut(String, String, bool)) {
    match parse_date(&s.verified.date) {
        Err(m) => push("verified.date".into(), m, true),
        Ok(date) => {
            let Some(today) = today else { return };
            if let Some((is_error, m)) = verified_age(date, today) {
                // An old check matters only for what citizens see.
                if is_error || s.status == Status::Published {
                    push("verified.date".into(), m, is_error);
                }
            }
        }
    }
}

fn documents(s: &Service, push: &mut impl FnMut(String, String, bool)) {
    let mut ids = BTreeSet::new();
    for (i, d) in s.documents.iter().enumerate() {
        let at = |field: &str| format!("documents[{i}]{field}");
        if !ids.insert(d.id.as_str()) {
            push(
                at(".id"),
                format!("document id `{}` is used twice in this service", d.id),
                true,
            );
        }
        if d.originals == 0 && d.copies == 0 {
            push(
                at(""),
                "say how many originals or copies to bring (both are 0)".into(),
                true,
            );
        }
        if d.max_age.is_some_and(|age| age.value == 0) {
            push(
                at(".max_age.value"),
                "a maximum age of 0 is impossible; give at least 1".into(),
                true,
            );
        }
    }
}

/// What a published record must have for the guide to be of use.
fn complete(s: &Service, push: &mut impl FnMut(String, String, bool)) {
    let missing = [
        (s.steps.is_empty(), "steps", "at least one [[steps]]"),
        (
            s.channels.is_empty(),
            "channels",
            "at least one [[channels]]",
        ),
        (
            s.processing_time.is_empty(),
            "processing_time",
            "a [[processing_time]]",
        ),
        (
            s.output.is_none(),
            "output",
            "an [output] saying what the citizen receives",
        ),
    ];
    for (is_missing, field, what) in missing {
        if is_missing {
            push(
                field.into(),
                format!(
                    "a published service needs {what}; add it, or set status = \"under_audit\""
                ),
                true,
            );
        }
    }
}

/// Centres listing the service and its `centre` channel agree.
fn centre_channel(
    cat: &Catalogue,
    index: &Index,
    s: &Service,
    push: &mut impl FnMut(String, String, bool),
) {
    if !cat.list_loaded(source::CENTRES) {
        return;
    }
    // Centres name the file when its id is wrong; that error is reported once.
    let file = cat.file_of(&s.id);
    let stem = file.file_stem().and_then(|f| f.to_str()).unwrap_or(&s.id);
    let offered_at_centres = index.offered_at_centres(&s.id) || index.offered_at_centres(stem);
    let has_centre_channel = s.channels.iter().any(|c| c.kind == ChannelKind::Centre);
    if offered_at_centres && !has_centre_channel {
        push(
            "channels".into(),
            "centres.toml lists centres offering this service, but it has no `centre` channel"
                .into(),
            false,
        );
    }
    if has_centre_channel && !offered_at_centres && s.status == Status::Published {
        push(
            "channels".into(),
            "the service has a `centre` channel, but no centre in centres.toml offers it".into(),
            false,
        );
    }
}

/// Links to other services: documents that are services, and `related`.
fn links(index: &Index, s: &Service, push: &mut impl FnMut(String, String, bool)) {
    for (i, d) in s.documents.iter().enumerate() {
        if let Some(target) = &d.service {
            linked_service(index, s, target, format!("documents[{i}].service"), push);
        }
    }
    for (i, r) in s.related.iter().enumerate() {
        if r == &s.id {
            push(
                format!("related[{i}]"),
                "a service cannot be related to itself".into(),
                true,
            );
        } else {
            linked_service(index, s, r, format!("related[{i}]"), push);
        }
    }
}

/// A link must resolve; a published service linking to one that is not
/// published gets a warning, and publishing drops the link.
fn linked_service(
    index: &Index,
    s: &Service,
    target: &str,
    field: String,
    push: &mut impl FnMut(String, String, bool),
) {
    match index.service(target) {
        None => {
            if let Some(why) = index.unresolved_service(target) {
                push(field, why, true);
            }
        }
        Some(t) if s.status == Status::Published && t.status != Status::Published => push(
            field,
            format!(
                "service `{target}` is not published yet; the link is left out of the public API"
            ),
            false,
        ),
        Some(_) => {}
    }
}

/// The fee engine's checks of every schedule version, plus a precise
/// message for a `valid_from` that is not a real, plausible date.
fn fees(s: &Service, push: &mut impl FnMut(String, String, bool)) {
    let bad_dates: Vec<(String, String)> = s
        .fees
        .iter()
        .enumerate()
        .filter_map(|(v, version)| {
            parse_date(&version.valid_from)
                .err()
                .map(|m| (format!("fees[{v}].valid_from"), m))
        })
        .collect();
    for p in dalil_fees::check_versions(&s.fees) {
        // The engine only knows the date is wrong; ours says how.
        if bad_dates.iter().any(|(field, _)| *field == p.path) {
            continue;
        }
        let is_error = s.status == Status::Published || !p.path.ends_with(".source");
        push(p.path, p.message, is_error);
    }
    for (field, m) in bad_dates {
        push(field, m, true);
    }
}

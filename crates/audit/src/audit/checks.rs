//! The individual checks. Each pushes problems; none stops at the first.

use super::texts;
use crate::{Catalogue, Problem};
use dalil_model::{ChannelKind, Lang, Service, Status, TimeRange};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Ids are used in URLs and file names: lowercase ASCII words joined by `-`.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "Arabic",
        Lang::En => "English",
    }
}

/// The longest time any range may claim: beyond it the figure is surely a typo.
const MAX_RANGE_MINUTES: u64 = 2 * 525_600;

fn check_range(range: &TimeRange) -> Option<String> {
    if range.min > range.max {
        return Some(format!(
            "the range starts after it ends (min {} > max {})",
            range.min, range.max
        ));
    }
    if range.max == 0 {
        return Some("the range is zero; give at least 1".into());
    }
    if u64::from(range.max) * range.unit.approx_minutes() > MAX_RANGE_MINUTES {
        return Some(format!(
            "{} {:?} is longer than two years; check the figure and the unit",
            range.max, range.unit
        ));
    }
    None
}

pub fn unique_ids(cat: &Catalogue, out: &mut Vec<Problem>) {
    fn dupes<'a>(ids: impl Iterator<Item = &'a str>, file: &str, what: &str, out: &mut Vec<Problem>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !valid_id(id) {
                out.push(Problem::error(
                    file,
                    format!("{what} id `{id}` must be lowercase letters, digits and `-`"),
                ));
            }
            if !seen.insert(id) {
                out.push(Problem::error(file, format!("{what} id `{id}` is used twice")));
            }
        }
    }
    dupes(cat.authorities.iter().map(|a| a.id.as_str()), "authorities.toml", "authority", out);
    dupes(cat.governorates.iter().map(|a| a.id.as_str()), "governorates.toml", "governorate", out);
    dupes(cat.categories.iter().map(|a| a.id.as_str()), "categories.toml", "category", out);
    dupes(cat.centres.iter().map(|a| a.id.as_str()), "centres.toml", "centre", out);
    let mut files: BTreeMap<&str, Vec<&Path>> = BTreeMap::new();
    for s in &cat.services {
        if let Some(f) = cat.service_files.get(&s.id) {
            files.entry(&s.id).or_default().push(f);
        }
    }
    for s in &cat.services {
        let file = cat.file_of(&s.id);
        if !valid_id(&s.id) {
            out.push(
                Problem::error(&file, format!("service id `{}` must be lowercase letters, digits and `-`", s.id))
                    .at_field("id")
                    .for_service(&s.id),
            );
        }
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem != s.id {
            out.push(
                Problem::error(&file, format!("the id `{}` must match the file name `{stem}.toml`", s.id))
                    .at_field("id")
                    .for_service(&s.id),
            );
        }
    }
    // Two files with the same id: only one entry survives in `service_files`.
    let mut seen = BTreeSet::new();
    for s in &cat.services {
        if !seen.insert(&s.id) {
            out.push(
                Problem::error(cat.file_of(&s.id), format!("service id `{}` is used by two files", s.id))
                    .at_field("id")
                    .for_service(&s.id),
            );
        }
    }
}

pub fn authorities(cat: &Catalogue, out: &mut Vec<Problem>) {
    let file = "authorities.toml";
    let governorates: BTreeSet<&str> = cat.governorates.iter().map(|g| g.id.as_str()).collect();
    for (i, a) in cat.authorities.iter().enumerate() {
        for lang in a.name.missing() {
            out.push(Problem::error(file, format!("authority `{}` has no {} name", a.id, lang_name(lang))).at_field(format!("authority[{i}].name.{}", lang.code())));
        }
        if let Some(parent) = &a.parent {
            if cat.authority(parent).is_none() {
                out.push(Problem::error(file, format!("authority `{}` names parent `{parent}`, which is not in authorities.toml", a.id)).at_field(format!("authority[{i}].parent")));
            }
            if cat.ministry_of(&a.id) == a.id || cat.ministry_of(&a.id) != cat.ministry_of(parent) {
                out.push(Problem::error(file, format!("authority `{}` is in a cycle of parents", a.id)).at_field(format!("authority[{i}].parent")));
            }
        }
        if let Some(g) = &a.governorate {
            if !governorates.contains(g.as_str()) {
                out.push(Problem::error(file, format!("authority `{}` names governorate `{g}`, which is not in governorates.toml", a.id)).at_field(format!("authority[{i}].governorate")));
            }
        }
    }
    for (i, g) in cat.governorates.iter().enumerate() {
        for lang in g.name.missing() {
            out.push(Problem::error("governorates.toml", format!("governorate `{}` has no {} name", g.id, lang_name(lang))).at_field(format!("governorate[{i}].name.{}", lang.code())));
        }
    }
    for (i, c) in cat.categories.iter().enumerate() {
        for lang in c.name.missing() {
            out.push(Problem::error("categories.toml", format!("category `{}` has no {} name", c.id, lang_name(lang))).at_field(format!("category[{i}].name.{}", lang.code())));
        }
    }
}

pub fn centres(cat: &Catalogue, out: &mut Vec<Problem>) {
    let file = "centres.toml";
    let governorates: BTreeSet<&str> = cat.governorates.iter().map(|g| g.id.as_str()).collect();
    for (i, c) in cat.centres.iter().enumerate() {
        if !governorates.contains(c.governorate.as_str()) {
            out.push(Problem::error(file, format!("centre `{}` is in governorate `{}`, which is not in governorates.toml", c.id, c.governorate)).at_field(format!("centre[{i}].governorate")));
        }
        for (field, text) in [("name", &c.name), ("address", &c.address), ("hours", &c.hours)] {
            for lang in text.missing() {
                out.push(Problem::error(file, format!("centre `{}` has no {} {field}", c.id, lang_name(lang))).at_field(format!("centre[{i}].{field}.{}", lang.code())));
            }
        }
        if c.phone.trim().is_empty() {
            out.push(Problem::error(file, format!("centre `{}` has no phone number", c.id)).at_field(format!("centre[{i}].phone")));
        }
        for (j, s) in c.services.iter().enumerate() {
            if cat.service(s).is_none() {
                out.push(Problem::error(file, format!("centre `{}` offers service `{s}`, which has no file in services/", c.id)).at_field(format!("centre[{i}].services[{j}]")));
            }
        }
    }
}

pub fn service(cat: &Catalogue, s: &Service, out: &mut Vec<Problem>) {
    let file = cat.file_of(&s.id);
    let mut push = |p: Problem| out.push(p.for_service(&s.id));
    let err = |field: &str, msg: String| Problem::error(&file, msg).at_field(field);
    let warn = |field: &str, msg: String| Problem::warning(&file, msg).at_field(field);

    texts::missing_languages(s, |field, lang| {
        push(err(&format!("{field}.{}", lang.code()), format!("the {} text is missing", lang_name(lang))));
    });

    if cat.authority(&s.authority).is_none() {
        push(err("authority", format!("authority `{}` is not in authorities.toml", s.authority)));
    }
    if cat.authority(&s.verified.by).is_none() {
        push(err("verified.by", format!("authority `{}` is not in authorities.toml", s.verified.by)));
    }
    if let Some(problem) = check_date(&s.verified.date) {
        push(err("verified.date", problem));
    }
    for (i, c) in s.categories.iter().enumerate() {
        if !cat.categories.iter().any(|k| &k.id == c) {
            push(err(&format!("categories[{i}]"), format!("category `{c}` is not in categories.toml")));
        }
    }

    let mut doc_ids = BTreeSet::new();
    for (i, d) in s.documents.iter().enumerate() {
        if !doc_ids.insert(d.id.as_str()) {
            push(err(&format!("documents[{i}].id"), format!("document id `{}` is used twice in this service", d.id)));
        }
        if d.originals == 0 && d.copies == 0 {
            push(err(&format!("documents[{i}]"), "say how many originals or copies to bring (both are 0)".into()));
        }
        if let Some(age) = &d.max_age {
            if age.value == 0 {
                push(err(&format!("documents[{i}].max_age.value"), "a maximum age of 0 is impossible; give at least 1".into()));
            }
        }
        if let Some(target) = &d.service {
            linked_service(cat, s, target, &format!("documents[{i}].service"), &file, &mut push);
        }
    }

    if s.status == Status::Published {
        if s.steps.is_empty() {
            push(err("steps", "a published service needs at least one step".into()));
        }
        if s.channels.is_empty() {
            push(err("channels", "a published service needs at least one channel".into()));
        }
        if s.processing_time.is_empty() {
            push(err("processing_time", "a published service needs a processing time".into()));
        }
        if s.output.is_none() {
            push(err("output", "a published service must say what the citizen receives".into()));
        }
    }
    for (i, st) in s.steps.iter().enumerate() {
        if st.alternatives.len() == 1 {
            push(err(&format!("steps[{i}].or"), "an \"or\" step needs at least two alternatives".into()));
        }
        if st.alternatives.is_empty() && st.location.is_none() {
            push(err(&format!("steps[{i}].where"), "say where the step happens (where = { kind = ... })".into()));
        }
        for (j, b) in st.bring.iter().enumerate() {
            if !doc_ids.contains(b.as_str()) {
                push(err(&format!("steps[{i}].bring[{j}]"), format!("document `{b}` is not among this service's documents")));
            }
        }
        if let Some(r) = &st.duration {
            if let Some(m) = check_range(r) {
                push(err(&format!("steps[{i}].duration"), m));
            }
        }
        for (j, alt) in st.alternatives.iter().enumerate() {
            if let Some(r) = &alt.duration {
                if let Some(m) = check_range(r) {
                    push(err(&format!("steps[{i}].or[{j}].duration"), m));
                }
            }
            if alt.location.kind == ChannelKind::Online && alt.location.url.is_none() {
                push(warn(&format!("steps[{i}].or[{j}].where.url"), "an online step should give its address (url)".into()));
            }
        }
        for (field, url) in st.location.iter().map(|l| (format!("steps[{i}].where.url"), &l.url)).chain(st.alternatives.iter().enumerate().map(|(j, a)| (format!("steps[{i}].or[{j}].where.url"), &a.location.url))) {
            if let Some(u) = url {
                if !u.starts_with("https://") {
                    push(err(&field, format!("`{u}` must be an https:// address")));
                }
            }
        }
    }
    for (i, p) in s.processing_time.iter().enumerate() {
        if let Some(m) = check_range(&p.range) {
            push(err(&format!("processing_time[{i}]"), m));
        }
    }
    for (i, c) in s.channels.iter().enumerate() {
        match (&c.kind, &c.url) {
            (ChannelKind::Online, None) => push(err(&format!("channels[{i}].url"), "an online channel needs its address (url)".into())),
            (_, Some(u)) if !u.starts_with("https://") => push(err(&format!("channels[{i}].url"), format!("`{u}` must be an https:// address"))),
            _ => {}
        }
    }
    let offered_at_centres = cat.centres.iter().any(|c| c.services.contains(&s.id));
    let has_centre_channel = s.channels.iter().any(|c| c.kind == ChannelKind::Centre);
    if offered_at_centres && !has_centre_channel {
        push(warn("channels", "centres.toml lists centres offering this service, but it has no `centre` channel".into()));
    }
    if has_centre_channel && !offered_at_centres && s.status == Status::Published {
        push(warn("channels", "the service has a `centre` channel, but no centre in centres.toml offers it".into()));
    }
    if let Some(o) = &s.output {
        if o.validity.is_some_and(|v| v.value == 0) {
            push(err("output.validity.value", "a validity of 0 is impossible; leave it out if the output does not expire".into()));
        }
    }
    for (i, r) in s.related.iter().enumerate() {
        if r == &s.id {
            push(err(&format!("related[{i}]"), "a service cannot be related to itself".into()));
        } else {
            linked_service(cat, s, r, &format!("related[{i}]"), &file, &mut push);
        }
    }
    for (v, version) in s.fees.iter().enumerate() {
        if let Some(problem) = check_date(&version.valid_from) {
            push(err(&format!("fees[{v}].valid_from"), problem));
        }
    }
}

/// A link to another service: it must exist; a published service linking to
/// one that is not published gets a warning, and publishing drops the link.
fn linked_service(cat: &Catalogue, s: &Service, target: &str, field: &str, file: &Path, push: &mut impl FnMut(Problem)) {
    match cat.service(target) {
        None => push(Problem::error(file, format!("service `{target}` has no file in services/")).at_field(field)),
        Some(t) if s.status == Status::Published && t.status != Status::Published => push(
            Problem::warning(file, format!("service `{target}` is not published yet; the link is left out of the public API")).at_field(field),
        ),
        Some(_) => {}
    }
}

/// `None` when `date` is a real `YYYY-MM-DD` date, else what is wrong.
pub fn check_date(date: &str) -> Option<String> {
    let parts: Vec<&str> = date.split('-').collect();
    let bad = || Some(format!("`{date}` is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01"));
    if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
        return bad();
    }
    let (Ok(y), Ok(m), Ok(d)) = (parts[0].parse::<u32>(), parts[1].parse::<u32>(), parts[2].parse::<u32>()) else {
        return bad();
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Some(format!("`{date}`: there is no month {m}")),
    };
    if d == 0 || d > days {
        return Some(format!("`{date}`: month {m} of {y} has no day {d}"));
    }
    if !(1990..=2100).contains(&y) {
        return Some(format!("`{date}`: the year {y} is not plausible"));
    }
    None
}

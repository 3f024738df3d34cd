//! Services of the same kind whose processing times or steps differ between
//! governorates without a stated reason.
//!
//! A service belongs to a governorate through its authority (or the
//! authority's parents). Its kind is its ministry and its Arabic name
//! without the governorate's name («رخصة بناء - دمشق», «رخصة بناء - حلب»).
//! A note on a processing time states the reason: a group is reported
//! when its times or steps differ and some service in it gives no note.

use crate::audit::values::unit_name;
use crate::Catalogue;
use dalil_model::audit::{GovernorateVariant, GovernoratesDiffer, ServiceRef};
use dalil_model::{Service, Text};
use std::collections::{BTreeMap, BTreeSet};

/// The governorate of the service's authority or of one of its parents.
fn governorate_of<'a>(cat: &'a Catalogue, s: &Service) -> Option<&'a str> {
    let mut current = cat.authority(&s.authority)?;
    for _ in 0..16 {
        if let Some(g) = current.governorate.as_deref() {
            return Some(g);
        }
        current = cat.authority(current.parent.as_deref()?)?;
    }
    None
}

/// The time as `min-max unit` (the first time given: every channel's, or
/// the first channel's).
fn time_of(s: &Service) -> String {
    let first = s
        .processing_time
        .iter()
        .find(|p| p.channel.is_none())
        .or_else(|| s.processing_time.first());
    match first {
        Some(p) => format!(
            "{}-{} {}",
            p.range.min,
            p.range.max,
            unit_name(p.range.unit)
        ),
        None => String::new(),
    }
}

fn states_reason(s: &Service) -> bool {
    s.processing_time
        .iter()
        .any(|p| p.note.as_ref().is_some_and(|n| !n.is_empty()))
}

pub fn findings(cat: &Catalogue, refs: &[ServiceRef]) -> Vec<GovernoratesDiffer> {
    let names: BTreeMap<&str, BTreeSet<String>> = cat
        .governorates
        .iter()
        .map(|g| {
            let words = [&g.name.ar, &g.name.en]
                .iter()
                .flat_map(|t| {
                    dalil_search::normalise(t)
                        .split(' ')
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .collect();
            (g.id.as_str(), words)
        })
        .collect();
    let mut kinds: BTreeMap<(String, String), Vec<(usize, &str)>> = BTreeMap::new();
    for (i, s) in cat.services.iter().enumerate() {
        let Some(gov) = governorate_of(cat, s) else {
            continue;
        };
        let skip = names.get(gov);
        let kind: Vec<String> = dalil_search::normalise(&s.name.ar)
            .split(' ')
            .filter(|w| !w.is_empty() && !skip.is_some_and(|n| n.contains(*w)))
            .map(str::to_string)
            .collect();
        if kind.is_empty() {
            continue;
        }
        kinds
            .entry((refs[i].ministry.clone(), kind.join(" ")))
            .or_default()
            .push((i, gov));
    }
    let mut out = Vec::new();
    for members in kinds.into_values() {
        let governorates: BTreeSet<&str> = members.iter().map(|(_, g)| *g).collect();
        if governorates.len() < 2 {
            continue;
        }
        let services: Vec<&Service> = members.iter().map(|(i, _)| &cat.services[*i]).collect();
        let times: BTreeSet<String> = services.iter().map(|s| time_of(s)).collect();
        let steps: BTreeSet<usize> = services.iter().map(|s| s.steps.len()).collect();
        let (times_differ, steps_differ) = (times.len() > 1, steps.len() > 1);
        if !(times_differ || steps_differ) || services.iter().all(|s| states_reason(s)) {
            continue;
        }
        let first = services[0];
        out.push(GovernoratesDiffer {
            kind: Text::new(
                strip_governorate(&first.name.ar, names.get(members[0].1)),
                strip_governorate(&first.name.en, names.get(members[0].1)),
            ),
            times_differ,
            steps_differ,
            variants: members
                .iter()
                .map(|&(i, gov)| GovernorateVariant {
                    service: refs[i].clone(),
                    governorate: gov.to_string(),
                    processing_time: time_of(&cat.services[i]),
                    steps: cat.services[i].steps.len(),
                })
                .collect(),
        });
    }
    out
}

/// The name without the governorate's words and the dashes around them,
/// for display («رخصة بناء - دمشق» → «رخصة بناء»).
fn strip_governorate(name: &str, words: Option<&BTreeSet<String>>) -> String {
    let kept: Vec<&str> = name
        .split_whitespace()
        .filter(|w| {
            let n = dalil_search::normalise(w);
            !n.is_empty() && !words.is_some_and(|g| g.contains(&n))
        })
        .collect();
    kept.join(" ")
}

//! The shared lists: authorities (parents, governorates) and the names of
//! authorities, governorates and categories.

use super::values::lang_name;
use crate::suggest::did_you_mean;
use crate::{source, Catalogue, Problem};
use dalil_model::Text;
use std::collections::BTreeSet;

pub fn authorities(cat: &Catalogue, out: &mut Vec<Problem>) {
    let file = source::AUTHORITIES;
    let ids = || cat.authorities.iter().map(|a| a.id.as_str());
    let governorates = || cat.governorates.iter().map(|g| g.id.as_str());
    for (i, a) in cat.authorities.iter().enumerate() {
        if let Some(parent) = &a.parent {
            let field = format!("authority[{i}].parent");
            if cat.authority(parent).is_none() {
                out.push(
                    Problem::error(
                        file,
                        format!(
                            "authority `{}` names parent `{parent}`, which is not in authorities.toml{}",
                            a.id,
                            did_you_mean(parent, ids())
                        ),
                    )
                    .at_field(field),
                );
            } else if let Some(cycle) = cycle_through(cat, &a.id) {
                out.push(
                    Problem::error(
                        file,
                        format!(
                            "authority `{}` is in a cycle of parents ({}); a ministry has no parent",
                            a.id,
                            cycle.join(" → ")
                        ),
                    )
                    .at_field(field),
                );
            }
        }
        if let Some(m) = a.website.as_deref().and_then(super::steps::url_problem) {
            out.push(Problem::error(file, m).at_field(format!("authority[{i}].website")));
        }
        if let Some(g) = &a.governorate {
            if cat.list_loaded(source::GOVERNORATES) && !governorates().any(|id| id == g) {
                out.push(
                    Problem::error(
                        file,
                        format!(
                            "authority `{}` names governorate `{g}`, which is not in governorates.toml{}",
                            a.id,
                            did_you_mean(g, governorates())
                        ),
                    )
                    .at_field(format!("authority[{i}].governorate")),
                );
            }
        }
    }
}

/// The chain `start → … → start` when following parents from `start`
/// comes back to it.
fn cycle_through(cat: &Catalogue, start: &str) -> Option<Vec<String>> {
    let mut chain = vec![start.to_string()];
    let mut seen = BTreeSet::from([start]);
    let mut current = start;
    while let Some(parent) = cat.authority(current).and_then(|a| a.parent.as_deref()) {
        chain.push(parent.to_string());
        if parent == start {
            return Some(chain);
        }
        if !seen.insert(parent) {
            // A cycle further up, not through `start`: reported at its members.
            return None;
        }
        current = parent;
    }
    None
}

/// Every list record's name in both languages.
pub fn names(cat: &Catalogue, out: &mut Vec<Problem>) {
    // (file, record kind, [(id, name)]) for each list.
    type Named<'a> = Vec<(&'a String, &'a Text)>;
    let lists: [(&str, &str, Named); 3] = [
        (
            source::AUTHORITIES,
            "authority",
            cat.authorities.iter().map(|a| (&a.id, &a.name)).collect(),
        ),
        (
            source::GOVERNORATES,
            "governorate",
            cat.governorates.iter().map(|g| (&g.id, &g.name)).collect(),
        ),
        (
            source::CATEGORIES,
            "category",
            cat.categories.iter().map(|c| (&c.id, &c.name)).collect(),
        ),
    ];
    for (file, what, records) in lists {
        for (i, (id, name)) in records.into_iter().enumerate() {
            for lang in name.missing() {
                out.push(
                    Problem::error(
                        file,
                        format!("{what} `{id}` has no {} name", lang_name(lang)),
                    )
                    .at_field(format!("{what}[{i}].name.{}", lang.code())),
                );
            }
        }
    }
}

//! Checks on the items: ids, sources, then each condition and rule.

use super::{conditions, rules, FirstSeen, Problems};
use dalil_model::{FeeVersion, Text};

pub(super) fn check_items(version: &FeeVersion, problems: &mut Problems) {
    let has_source = |t: &Option<Text>| t.as_ref().is_some_and(|t| !t.is_empty());
    let version_source = has_source(&version.source);
    let mut seen = FirstSeen::default();
    for (i, item) in version.items.iter().enumerate() {
        let path = format!("items[{i}]");
        if item.id.trim().is_empty() {
            problems.add_for_audit(format!("{path}.id"), "the id is empty; give the item an id");
        } else if let Some(first) = seen.earlier(&item.id, i) {
            problems.add_for_audit(
                format!("{path}.id"),
                format!(
                    "`{}` is also the id of items[{first}]; item ids must be unique",
                    item.id
                ),
            );
        }
        if !version_source && !has_source(&item.source) {
            problems.add_for_audit(
                format!("{path}.source"),
                "no source: give the item a `source` (the legal reference), or give the version one for all its items",
            );
        }
        for (j, condition) in item.when.iter().enumerate() {
            conditions::check_condition(
                &format!("{path}.when[{j}]"),
                condition,
                &version.inputs,
                problems,
            );
        }
        rules::check_rule(
            &format!("{path}.amount"),
            &item.amount,
            &version.inputs,
            problems,
        );
    }
}

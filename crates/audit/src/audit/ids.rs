//! Ids: well-formed, unique within their list, and each service's equal to
//! its file name. (Two service files with one id are caught while loading.)

use super::values::valid_id;
use crate::{source, Catalogue, Problem};
use std::collections::BTreeMap;

pub fn unique_ids(cat: &Catalogue, out: &mut Vec<Problem>) {
    let lists = [
        (
            source::AUTHORITIES,
            "authority",
            ids(&cat.authorities, |a| &a.id),
        ),
        (
            source::GOVERNORATES,
            "governorate",
            ids(&cat.governorates, |g| &g.id),
        ),
        (
            source::CATEGORIES,
            "category",
            ids(&cat.categories, |c| &c.id),
        ),
        (source::CENTRES, "centre", ids(&cat.centres, |c| &c.id)),
    ];
    for (file, what, ids) in lists {
        let mut first: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, id) in ids.into_iter().enumerate() {
            let field = format!("{what}[{i}].id");
            if !valid_id(id) {
                out.push(
                    Problem::error(
                        file,
                        format!("{what} id `{id}` must be lowercase letters, digits and `-`"),
                    )
                    .at_field(&field),
                );
            }
            if let Some(earlier) = first.get(id) {
                out.push(
                    Problem::error(
                        file,
                        format!("{what} id `{id}` is already used by {what}[{earlier}]; ids must be unique"),
                    )
                    .at_field(&field),
                );
            } else {
                first.insert(id, i);
            }
        }
    }
    for s in &cat.services {
        let file = cat.file_of(&s.id);
        if !valid_id(&s.id) {
            out.push(
                Problem::error(
                    &file,
                    format!(
                        "service id `{}` must be lowercase letters, digits and `-`",
                        s.id
                    ),
                )
                .at_field("id")
                .for_service(&s.id),
            );
        }
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem != s.id {
            out.push(
                Problem::error(
                    &file,
                    format!(
                        "the id `{}` must match the file name: write id = \"{stem}\", or rename the file to {}.toml",
                        s.id, s.id
                    ),
                )
                .at_field("id")
                .for_service(&s.id),
            );
        }
    }
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &String) -> Vec<&str> {
    items.iter().map(|t| id(t).as_str()).collect()
}

//! Citizen service centres: their governorate, texts, phone and services.

use super::index::Index;
use super::values::lang_name;
use crate::suggest::did_you_mean;
use crate::{source, Catalogue, Problem};

pub fn centres(cat: &Catalogue, index: &Index, out: &mut Vec<Problem>) {
    let file = source::CENTRES;
    let governorates = || cat.governorates.iter().map(|g| g.id.as_str());
    let check_governorates = cat.list_loaded(source::GOVERNORATES);
    for (i, c) in cat.centres.iter().enumerate() {
        let at = |field: &str| format!("centre[{i}].{field}");
        if check_governorates && !governorates().any(|g| g == c.governorate) {
            out.push(
                Problem::error(
                    file,
                    format!(
                        "centre `{}` is in governorate `{}`, which is not in governorates.toml{}",
                        c.id,
                        c.governorate,
                        did_you_mean(&c.governorate, governorates())
                    ),
                )
                .at_field(at("governorate")),
            );
        }
        for (field, text) in [
            ("name", &c.name),
            ("address", &c.address),
            ("hours", &c.hours),
        ] {
            for lang in text.missing() {
                out.push(
                    Problem::error(
                        file,
                        format!("centre `{}` has no {} {field}", c.id, lang_name(lang)),
                    )
                    .at_field(at(&format!("{field}.{}", lang.code()))),
                );
            }
        }
        if c.phone.trim().is_empty() {
            out.push(
                Problem::error(file, format!("centre `{}` has no phone number", c.id))
                    .at_field(at("phone")),
            );
        }
        for (j, s) in c.services.iter().enumerate() {
            if let Some(why) = index.unresolved_service(s) {
                out.push(
                    Problem::error(
                        file,
                        format!(
                            "centre `{}` offers a service that does not exist: {why}",
                            c.id
                        ),
                    )
                    .at_field(at(&format!("services[{j}]"))),
                );
            }
        }
    }
}

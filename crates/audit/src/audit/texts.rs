//! Both languages present and non-empty, for every human text of a service.

use dalil_model::{Lang, Service, Text};

/// Calls `missing(field, lang)` for every text of the service lacking a language.
pub fn missing_languages(s: &Service, mut missing: impl FnMut(String, Lang)) {
    let mut check = |field: String, t: &Text| {
        for lang in t.missing() {
            missing(field.clone(), lang);
        }
    };
    let opt = |field: String, t: &Option<Text>, check: &mut dyn FnMut(String, &Text)| {
        if let Some(t) = t {
            check(field, t);
        }
    };
    check("name".into(), &s.name);
    check("summary".into(), &s.summary);
    if !s.eligibility.is_empty() {
        check("eligibility".into(), &s.eligibility);
    }
    opt("source".into(), &s.source, &mut check);
    for (i, d) in s.documents.iter().enumerate() {
        check(format!("documents[{i}].name"), &d.name);
        opt(format!("documents[{i}].issuer"), &d.issuer, &mut check);
        opt(format!("documents[{i}].note"), &d.note, &mut check);
    }
    for (i, st) in s.steps.iter().enumerate() {
        check(format!("steps[{i}].title"), &st.title);
        if !st.details.is_empty() {
            check(format!("steps[{i}].details"), &st.details);
        }
        opt(format!("steps[{i}].cost"), &st.cost, &mut check);
        if let Some(loc) = &st.location {
            opt(format!("steps[{i}].where.name"), &loc.name, &mut check);
        }
        for (j, alt) in st.alternatives.iter().enumerate() {
            check(format!("steps[{i}].or[{j}].title"), &alt.title);
            if !alt.details.is_empty() {
                check(format!("steps[{i}].or[{j}].details"), &alt.details);
            }
            opt(format!("steps[{i}].or[{j}].cost"), &alt.cost, &mut check);
            opt(
                format!("steps[{i}].or[{j}].where.name"),
                &alt.location.name,
                &mut check,
            );
        }
    }
    for (i, p) in s.processing_time.iter().enumerate() {
        opt(format!("processing_time[{i}].note"), &p.note, &mut check);
    }
    for (i, c) in s.channels.iter().enumerate() {
        opt(format!("channels[{i}].name"), &c.name, &mut check);
        opt(format!("channels[{i}].note"), &c.note, &mut check);
    }
    if let Some(o) = &s.output {
        check("output.document".into(), &o.document);
        opt("output.note".into(), &o.note, &mut check);
    }
    for (i, l) in s.legal_basis.iter().enumerate() {
        check(format!("legal_basis[{i}]"), l);
    }
    for (v, version) in s.fees.iter().enumerate() {
        opt(format!("fees[{v}].source"), &version.source, &mut check);
        opt(format!("fees[{v}].note"), &version.note, &mut check);
        for (i, input) in version.inputs.iter().enumerate() {
            check(format!("fees[{v}].inputs[{i}].label"), input.label());
            if !input.help().is_empty() {
                check(format!("fees[{v}].inputs[{i}].help"), input.help());
            }
            if let dalil_model::fee_schedule::FeeInput::Choice { options, .. } = input {
                for (j, o) in options.iter().enumerate() {
                    check(
                        format!("fees[{v}].inputs[{i}].options[{j}].label"),
                        &o.label,
                    );
                }
            }
            if let dalil_model::fee_schedule::FeeInput::Number { unit: Some(u), .. } = input {
                check(format!("fees[{v}].inputs[{i}].unit"), u);
            }
        }
        for (i, item) in version.items.iter().enumerate() {
            check(format!("fees[{v}].items[{i}].label"), &item.label);
            opt(
                format!("fees[{v}].items[{i}].source"),
                &item.source,
                &mut check,
            );
        }
    }
}

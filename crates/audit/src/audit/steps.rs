//! A service's steps and channels: where each step happens, what to bring,
//! how long it takes, and safe addresses.

use super::values::check_range;
use crate::suggest::did_you_mean;
use dalil_model::{ChannelKind, Location, Service};

/// `push(field, message, is_error)` for every problem.
pub fn steps(s: &Service, push: &mut impl FnMut(String, String, bool)) {
    let doc_ids = || s.documents.iter().map(|d| d.id.as_str());
    for (i, st) in s.steps.iter().enumerate() {
        let at = |field: &str| format!("steps[{i}].{field}");
        if st.alternatives.len() == 1 {
            push(
                at("or"),
                "an \"or\" step needs at least two alternatives; with one, write its `where` on the step itself".into(),
                true,
            );
        }
        if !st.alternatives.is_empty() && st.location.is_some() {
            push(
                at("where"),
                "an \"or\" step says where in each alternative; remove `where` from the step"
                    .into(),
                true,
            );
        }
        if st.alternatives.is_empty() && st.location.is_none() {
            push(
                at("where"),
                "say where the step happens: where = { kind = \"centre\" } (or office, online, embassy, other)".into(),
                true,
            );
        }
        for (j, b) in st.bring.iter().enumerate() {
            if !doc_ids().any(|d| d == b) {
                push(
                    at(&format!("bring[{j}]")),
                    format!(
                        "document `{b}` is not among this service's [[documents]]{}",
                        did_you_mean(b, doc_ids())
                    ),
                    true,
                );
            }
        }
        if let Some(m) = st.duration.as_ref().and_then(check_range) {
            push(at("duration"), m, true);
        }
        if let Some(location) = &st.location {
            place(location, &at("where"), push);
        }
        for (j, alt) in st.alternatives.iter().enumerate() {
            let alt_at = |field: &str| at(&format!("or[{j}].{field}"));
            if let Some(m) = alt.duration.as_ref().and_then(check_range) {
                push(alt_at("duration"), m, true);
            }
            place(&alt.location, &alt_at("where"), push);
        }
    }
}

/// An online place should say its address; any address must be https.
fn place(location: &Location, field: &str, push: &mut impl FnMut(String, String, bool)) {
    match &location.url {
        None if location.kind == ChannelKind::Online => push(
            format!("{field}.url"),
            "an online step should give its address (url = \"https://…\")".into(),
            false,
        ),
        Some(u) => {
            if let Some(m) = url_problem(u) {
                push(format!("{field}.url"), m, true);
            }
        }
        None => {}
    }
}

pub fn channels(s: &Service, push: &mut impl FnMut(String, String, bool)) {
    for (i, c) in s.channels.iter().enumerate() {
        let field = format!("channels[{i}].url");
        match &c.url {
            None if c.kind == ChannelKind::Online => push(
                field,
                "an online channel needs its address: url = \"https://…\"".into(),
                true,
            ),
            Some(u) => {
                if let Some(m) = url_problem(u) {
                    push(field, m, true);
                }
            }
            None => {}
        }
    }
}

/// What is wrong with a web address, if anything. Only https: the guide
/// must never send citizens to a page that can be tampered with on the way.
/// The app applies the same check to whatever an API gives it.
pub fn url_problem(url: &str) -> Option<String> {
    dalil_model::link::web_link(url, dalil_model::link::Schemes::Https)
        .err()
        .map(|problem| format!("`{url}` {}", problem.describe()))
}

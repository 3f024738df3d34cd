//! The audit: every check a record must pass before it is published.

mod checks;
mod texts;

use crate::{Catalogue, Problem};

/// Audits a loaded catalogue. Problems are sorted by file and line.
pub fn audit(cat: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    checks::unique_ids(cat, &mut problems);
    checks::authorities(cat, &mut problems);
    checks::centres(cat, &mut problems);
    for service in &cat.services {
        checks::service(cat, service, &mut problems);
    }
    problems.sort_by(|a, b| (&a.file, a.line, a.severity).cmp(&(&b.file, b.line, b.severity)));
    problems
}

/// Loads and audits the catalogue in `dir`: load problems come first.
pub fn load_and_audit(dir: &std::path::Path) -> (Catalogue, Vec<Problem>) {
    let (cat, mut problems) = Catalogue::load(dir);
    problems.extend(audit(&cat));
    (cat, problems)
}

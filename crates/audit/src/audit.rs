//! The audit: every check a record must pass before it is published.

mod centres;
mod ids;
mod index;
mod lists;
mod service;
mod steps;
pub(crate) mod texts;
pub(crate) mod values;

use crate::{Catalogue, Problem};
use dalil_fees::Date;

pub use values::{check_date, valid_id, MAX_VERIFIED_AGE_YEARS};

/// Audits a loaded catalogue, without the checks that need today's date.
/// Problems are sorted by file and line.
pub fn audit(cat: &Catalogue) -> Vec<Problem> {
    run(cat, None)
}

/// Audits a loaded catalogue as of `today`: also refuses a verification
/// date in the future and warns about a published record not checked for
/// years. The library has no clock; the caller says what day it is.
pub fn audit_on(cat: &Catalogue, today: Date) -> Vec<Problem> {
    run(cat, Some(today))
}

fn run(cat: &Catalogue, today: Option<Date>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let index = index::Index::new(cat);
    ids::unique_ids(cat, &mut problems);
    lists::authorities(cat, &mut problems);
    lists::names(cat, &mut problems);
    centres::centres(cat, &index, &mut problems);
    // Each record's checks are its own: spread over the cores.
    let per_service = crate::parallel::map(&cat.services, |s| {
        let mut found = Vec::new();
        service::service(cat, &index, s, today, &mut found);
        found
    });
    problems.extend(per_service.into_iter().flatten());
    sort(&mut problems);
    problems
}

/// By file, then line, errors before warnings.
fn sort(problems: &mut [Problem]) {
    problems.sort_by(|a, b| (&a.file, a.line, a.severity).cmp(&(&b.file, b.line, b.severity)));
}

/// Loads and audits the catalogue in `dir` (without date checks): load
/// problems come first, and every problem gets its line where it has one.
pub fn load_and_audit(dir: &std::path::Path) -> (Catalogue, Vec<Problem>) {
    finish(dir, audit)
}

/// [`load_and_audit`] as of `today`, with the date checks of [`audit_on`].
pub fn load_and_audit_on(dir: &std::path::Path, today: Date) -> (Catalogue, Vec<Problem>) {
    finish(dir, |cat| audit_on(cat, today))
}

fn finish(
    dir: &std::path::Path,
    audit: impl FnOnce(&Catalogue) -> Vec<Problem>,
) -> (Catalogue, Vec<Problem>) {
    let (cat, mut problems) = Catalogue::load(dir);
    let mut found = audit(&cat);
    crate::locate::add_lines(dir, &mut problems);
    crate::locate::add_lines(dir, &mut found);
    // Sorted again now that the lines are known.
    sort(&mut found);
    problems.extend(found);
    (cat, problems)
}

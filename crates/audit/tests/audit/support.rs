//! A tiny valid catalogue copied into a temporary folder, one text edit,
//! then the audit: each test names the one mistake it makes.

use dalil_audit::audit::load_and_audit_on;
use dalil_audit::{Catalogue, Problem};
use dalil_fees::Date;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The day the tests audit on, so date checks never depend on the clock.
pub fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A catalogue folder of its own, removed when the test ends.
pub struct Case {
    dir: PathBuf,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl Case {
    /// A copy of the minimal valid catalogue.
    pub fn new() -> Case {
        let case = Case::empty();
        copy_dir(&fixture("minimal"), &case.dir);
        case
    }

    /// An empty folder.
    pub fn empty() -> Case {
        let dir = std::env::temp_dir().join(format!(
            "dalil-audit-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Case { dir }
    }

    pub fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.dir.join(file)).unwrap()
    }

    /// Replaces the first `from` in `file` by `to`; `from` must be there.
    pub fn edit(&self, file: &str, from: &str, to: &str) -> &Case {
        let text = self.read(file);
        assert!(text.contains(from), "{file} has no `{from}`");
        self.write(file, text.replacen(from, to, 1).as_bytes())
    }

    pub fn write(&self, file: &str, bytes: &[u8]) -> &Case {
        let path = self.dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    pub fn remove(&self, file: &str) -> &Case {
        let path = self.dir.join(file);
        if path.is_dir() {
            std::fs::remove_dir_all(path).unwrap();
        } else {
            std::fs::remove_file(path).unwrap();
        }
        self
    }

    /// The 1-based line of the first line containing `needle` in `file`.
    pub fn line_of(&self, file: &str, needle: &str) -> usize {
        self.read(file)
            .lines()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{file} has no line with `{needle}`"))
            + 1
    }

    /// The 1-based line of the last line containing `needle` in `file`.
    pub fn last_line_of(&self, file: &str, needle: &str) -> usize {
        let text = self.read(file);
        let lines: Vec<&str> = text.lines().collect();
        lines
            .iter()
            .rposition(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{file} has no line with `{needle}`"))
            + 1
    }

    pub fn load(&self) -> (Catalogue, Vec<Problem>) {
        load_and_audit_on(&self.dir, today())
    }

    pub fn audit(&self) -> Vec<Problem> {
        self.load().1
    }
}

impl Drop for Case {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn listing(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn errors(problems: &[Problem]) -> Vec<&Problem> {
    problems.iter().filter(|p| p.is_error()).collect()
}

/// The one error, with every problem shown if there is not exactly one:
/// a mistake must give one clear message, not a cascade.
pub fn the_error(problems: &[Problem]) -> &Problem {
    let errors = errors(problems);
    assert_eq!(
        errors.len(),
        1,
        "expected exactly one error, got:\n{}",
        listing(problems)
    );
    errors[0]
}

/// The problem at `file` and `field` (any severity).
pub fn at<'a>(problems: &'a [Problem], file: &str, field: &str) -> &'a Problem {
    problems
        .iter()
        .find(|p| p.file == Path::new(file) && p.field.as_deref() == Some(field))
        .unwrap_or_else(|| {
            panic!(
                "no problem at {file} `{field}`; got:\n{}",
                listing(problems)
            )
        })
}

/// Asserts where a problem is and that its message says `words`.
pub fn assert_problem(
    p: &Problem,
    file: &str,
    line: Option<usize>,
    field: Option<&str>,
    words: &[&str],
) {
    assert_eq!(p.file, Path::new(file), "{p}");
    assert_eq!(p.line, line, "{p}");
    assert_eq!(p.field.as_deref(), field, "{p}");
    for w in words {
        assert!(
            p.message.contains(w),
            "`{w}` is not in the message of\n  {p}"
        );
    }
}

pub const EXTRACT: &str = "services/civil-extract.toml";
pub const ID_CARD: &str = "services/id-card.toml";
pub const ATTORNEY: &str = "services/power-of-attorney.toml";

impl Case {
    /// The audit report of the case, as of [`today`].
    pub fn report(&self) -> dalil_model::audit::AuditReport {
        let (cat, problems) = self.load();
        dalil_audit::report::build(&cat, &problems, today())
    }
}

/// The report's line of service `id`.
pub fn service_in<'a>(
    report: &'a dalil_model::audit::AuditReport,
    id: &str,
) -> &'a dalil_model::audit::ServiceAudit {
    report
        .ministries
        .iter()
        .flat_map(|m| &m.services)
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no service `{id}` in the report"))
}

/// A small valid record under audit, of `authority`, with a processing time
/// of 1 to `max_days` days (and a note saying why, if given), and `steps`
/// steps at a centre.
pub fn local_service(
    id: &str,
    authority: &str,
    name_ar: &str,
    max_days: u32,
    note: Option<&str>,
    steps: usize,
) -> String {
    let mut out = format!(
        "id = \"{id}\"\nstatus = \"under_audit\"\nauthority = \"{authority}\"\n\
         name = {{ ar = \"{name_ar}\", en = \"{id}\" }}\n\
         summary = {{ ar = \"خدمة.\", en = \"A service.\" }}\n\n"
    );
    for i in 0..steps {
        out.push_str(&format!(
            "[[steps]]\ntitle = {{ ar = \"خطوة {i}\", en = \"Step {i}\" }}\nwhere = {{ kind = \"office\" }}\n\n"
        ));
    }
    out.push_str(&format!(
        "[[processing_time]]\nmin = 1\nmax = {max_days}\nunit = \"days\"\n"
    ));
    if let Some(note) = note {
        out.push_str(&format!("note = {{ ar = \"{note}\", en = \"{note}\" }}\n"));
    }
    out.push_str(&format!(
        "\n[verified]\ndate = \"2026-10-01\"\nby = \"{authority}\"\n"
    ));
    out
}

//! `dalil-catalogue audit [DIR] [--date YYYY-MM-DD]`: every problem, then
//! the per-ministry report. Exit 1 on any error.

use crate::args::Args;
use dalil_audit::audit::load_and_audit_on;
use dalil_audit::report;
use dalil_fees::Date;
use std::path::Path;
use std::process::ExitCode;

pub fn run(mut args: Args) -> Result<ExitCode, String> {
    let today = audit_date(&mut args)?;
    let dir = super::catalogue_dir(args.positionals()?)?;
    let (cat, problems) = load_and_audit_on(&dir, today);
    for p in &problems {
        println!("{}", display_path(&dir, p));
    }
    if !problems.is_empty() {
        println!();
    }
    print!("{}", report::render(&cat, &problems));
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    println!("\n{errors} error(s), {warnings} warning(s)");
    Ok(if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The day the audit judges dates against: `--date`, or today. Tests and
/// re-runs of an old audit pass `--date` to get the same answer.
pub fn audit_date(args: &mut Args) -> Result<Date, String> {
    match args.value("--date")? {
        Some(text) => Date::parse(&text)
            .map_err(|e| format!("--date takes a day as YYYY-MM-DD, not `{text}`: {e}")),
        None => today(),
    }
}

/// Today in Syria (UTC+3 all year since 2022), from the system clock.
fn today() -> Result<Date, String> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| "the system clock is before 1970; give --date".to_string())?
        .as_secs();
    let days = i64::try_from((seconds + 3 * 3600) / 86_400).unwrap_or(i64::MAX);
    Date::from_days_since_epoch(days)
        .ok_or_else(|| "the system clock is out of range; give --date".into())
}

/// A problem with its file shown relative to where the user ran the command.
pub fn display_path(dir: &Path, p: &dalil_audit::Problem) -> String {
    let mut shown = p.clone();
    shown.file = dir.join(&p.file);
    shown.to_string()
}

//! `dalil-catalogue audit [DIR] [--date YYYY-MM-DD]`: every problem, then
//! the per-ministry report. Exit 1 on any error.

use crate::args::Args;
use dalil_audit::audit::load_and_audit_on;
use dalil_audit::report;
use std::path::Path;
use std::process::ExitCode;

pub fn run(mut args: Args) -> Result<ExitCode, String> {
    let today = super::date_option(&mut args)?;
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

/// A problem with its file shown relative to where the user ran the command.
pub fn display_path(dir: &Path, p: &dalil_audit::Problem) -> String {
    let mut shown = p.clone();
    shown.file = dir.join(&p.file);
    shown.to_string()
}

//! `dalil-catalogue audit [DIR] [--date YYYY-MM-DD] [--format table|json|csv]
//! [--lang ar|en]`: the audit report. `table` lists every problem, then the
//! report per ministry and the consistency findings; `json` is the report
//! as `publish` writes it into the preview tree (`audit.json`); `csv` is one
//! row per service, as the app's download writes it. Exit 1 on any error.

use crate::args::Args;
use dalil_audit::audit::load_and_audit_on;
use dalil_audit::report;
use dalil_model::Lang;
use std::path::Path;
use std::process::ExitCode;

enum Format {
    Table,
    Json,
    Csv,
}

pub fn run(mut args: Args) -> Result<ExitCode, String> {
    let today = super::date_option(&mut args)?;
    let format = match args.value("--format")?.as_deref() {
        None | Some("table") => Format::Table,
        Some("json") => Format::Json,
        Some("csv") => Format::Csv,
        Some(other) => return Err(format!("--format takes table, json or csv, not `{other}`")),
    };
    let lang = match args.value("--lang")?.as_deref() {
        None | Some("ar") => Lang::Ar,
        Some("en") => Lang::En,
        Some(other) => return Err(format!("--lang takes ar or en, not `{other}`")),
    };
    let dir = super::catalogue_dir(args.positionals()?)?;
    let (cat, problems) = load_and_audit_on(&dir, today);
    let report = report::build(&cat, &problems, today);
    let errors = problems.iter().filter(|p| p.is_error()).count();
    match format {
        Format::Table => {
            for p in &problems {
                println!("{}", display_path(&dir, p));
            }
            if !problems.is_empty() {
                println!();
            }
            print!("{}", report::render(&report));
            let warnings = problems.len() - errors;
            println!("\n{errors} error(s), {warnings} warning(s)");
        }
        Format::Json => {
            let text = serde_json::to_string_pretty(&report)
                .map_err(|e| format!("cannot write the report as JSON: {e}"))?;
            println!("{text}");
        }
        Format::Csv => print!("{}", dalil_model::audit::report_services_csv(&report, lang)),
    }
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

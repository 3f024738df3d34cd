//! `dalil-catalogue publish [DIR] --out OUT [--date YYYY-MM-DD]`: audit,
//! then write the static API, with the audit report in the preview tree
//! only (`api/v1/preview/audit.json`). Nothing is written if the audit finds an error.

use crate::args::Args;
use dalil_audit::audit::load_and_audit_on;
use dalil_audit::publish::publish_with_audit;
use dalil_audit::report;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(mut args: Args) -> Result<ExitCode, String> {
    let out = args
        .value("--out")?
        .map(PathBuf::from)
        .ok_or("--out OUT is required: the folder that will hold api/v1/")?;
    let today = super::date_option(&mut args)?;
    let dir = super::catalogue_dir(args.positionals()?)?;
    let (cat, problems) = load_and_audit_on(&dir, today);
    let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
    if !errors.is_empty() {
        for p in &errors {
            eprintln!("{}", super::audit::display_path(&dir, p));
        }
        eprintln!(
            "\nrefusing to publish: {} error(s). Run `dalil-catalogue audit {}` for the full report.",
            errors.len(),
            dir.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    for p in problems.iter().filter(|p| !p.is_error()) {
        eprintln!("{}", super::audit::display_path(&dir, p));
    }
    let report = report::build(&cat, &problems, today);
    let done = publish_with_audit(&cat, &out, &report)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "published {} services ({} more in preview) to {}, catalogue version {}",
        done.public.counts.services,
        done.preview.counts.services - done.public.counts.services,
        done.root.display(),
        done.public.version
    );
    println!(
        "packs for devices: {} packs, {:.2} MB raw, {:.2} MB gzip",
        done.packs.packs.len(),
        done.packs.bytes_to_keep() as f64 / 1e6,
        done.packs.wire_bytes() as f64 / 1e6
    );
    Ok(ExitCode::SUCCESS)
}

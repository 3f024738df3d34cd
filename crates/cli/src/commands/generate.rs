//! `dalil-catalogue generate --services N --out DIR`: a synthetic catalogue.

use crate::args::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Far beyond any ministry's inventory; a bigger N is surely a typo.
const MAX_SERVICES: usize = 200_000;

pub fn run(mut args: Args) -> Result<ExitCode, String> {
    let n = args
        .value("--services")?
        .ok_or("--services N is required")?;
    let n: usize = n
        .parse()
        .map_err(|_| format!("--services takes a whole number, not `{n}`"))?;
    if n == 0 || n > MAX_SERVICES {
        return Err(format!("--services must be between 1 and {MAX_SERVICES}"));
    }
    let out = args
        .value("--out")?
        .map(PathBuf::from)
        .ok_or("--out DIR is required")?;
    args.positionals()?;
    dalil_audit::generate::generate(n, &out)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "wrote a synthetic catalogue of {n} services to {}",
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

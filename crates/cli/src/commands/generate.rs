//! `dalil-catalogue generate --services N --out DIR [--published P]
//! [--problems]`: a synthetic catalogue. `--published P` publishes P of the
//! N services and leaves the rest under audit or draft; `--problems` adds
//! the problems real records have (see `dalil_audit::generate::realistic`).

use crate::args::Args;
use dalil_audit::generate::Options;
use std::path::PathBuf;
use std::process::ExitCode;

/// Far beyond any ministry's inventory; a bigger N is surely a typo.
const MAX_SERVICES: usize = 200_000;

fn count(args: &mut Args, name: &str) -> Result<Option<usize>, String> {
    match args.value(name)? {
        None => Ok(None),
        Some(n) => n
            .parse()
            .map(Some)
            .map_err(|_| format!("{name} takes a whole number, not `{n}`")),
    }
}

pub fn run(mut args: Args) -> Result<ExitCode, String> {
    let n = count(&mut args, "--services")?.ok_or("--services N is required")?;
    if n == 0 || n > MAX_SERVICES {
        return Err(format!("--services must be between 1 and {MAX_SERVICES}"));
    }
    let published = count(&mut args, "--published")?;
    if published.is_some_and(|p| p > n) {
        return Err(format!("--published cannot be more than --services ({n})"));
    }
    let problems = args.switch("--problems");
    let out = args
        .value("--out")?
        .map(PathBuf::from)
        .ok_or("--out DIR is required")?;
    args.positionals()?;
    let options = Options {
        services: n,
        published,
        problems,
    };
    dalil_audit::generate::generate_with(&options, &out)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "wrote a synthetic catalogue of {n} services to {}",
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

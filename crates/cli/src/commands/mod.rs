//! One module per subcommand. Each takes its arguments and returns the exit
//! code, or a usage message (exit 2).

mod audit;
mod fee;
mod generate;
mod publish;
mod search;

use crate::args::Args;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(command: &str, argv: Vec<String>) -> Result<ExitCode, String> {
    let args = Args::new(argv);
    match command {
        "audit" => audit::run(args),
        "publish" => publish::run(args),
        "generate" => generate::run(args),
        "search" => search::run(args),
        "fee" => fee::run(args),
        other => Err(format!("unknown command `{other}`")),
    }
}

/// The catalogue folder: the one positional argument, or `catalogue/`.
fn catalogue_dir(positionals: Vec<String>) -> Result<PathBuf, String> {
    match positionals.len() {
        0 => Ok(PathBuf::from("catalogue")),
        1 => Ok(PathBuf::from(&positionals[0])),
        _ => Err(format!(
            "expected one catalogue folder, got {}",
            positionals.join(" ")
        )),
    }
}

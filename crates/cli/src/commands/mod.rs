//! One module per subcommand. Each takes its arguments and returns the exit
//! code, or a usage message (exit 2).

mod audit;
mod fee;
mod generate;
mod publish;
mod search;

use crate::args::Args;
use dalil_fees::Date;
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

/// The day the command judges dates against: `--date`, or today. Tests and
/// re-runs of an old audit or fee pass `--date` to get the same answer.
fn date_option(args: &mut Args) -> Result<Date, String> {
    match args.value("--date")? {
        Some(text) => Date::parse(&text)
            .map_err(|e| format!("--date takes a day as YYYY-MM-DD, not `{text}`: {e}")),
        None => today(),
    }
}

fn today() -> Result<Date, String> {
    Date::today_in_syria().ok_or_else(|| "the system clock is out of range; give --date".into())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_a_real_date() {
        assert!(today().is_ok());
    }

    #[test]
    fn the_date_option_is_a_day_or_today() {
        let date = |argv: &[&str]| {
            date_option(&mut Args::new(argv.iter().map(|s| s.to_string()).collect()))
        };
        assert_eq!(
            date(&["--date", "2025-06-01"]).map(|d| d.to_string()),
            Ok("2025-06-01".to_string())
        );
        assert!(date(&["--date", "2025-02-30"])
            .unwrap_err()
            .contains("YYYY-MM-DD"));
        assert!(date(&[]).is_ok());
    }
}

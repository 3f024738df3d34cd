//! `dalil-catalogue`: the command-line side of Dalil's catalogue.
//! A thin shell over `dalil-audit`, `dalil-search` and `dalil-fees`.

mod args;
mod commands;

use std::process::ExitCode;

const USAGE: &str = "\
dalil-catalogue: audit, publish and search Dalil's catalogue

USAGE:
    dalil-catalogue audit [DIR] [--date YYYY-MM-DD] [--format table|json|csv] [--lang ar|en]
        check every source and print the audit report; exit 1 on any error
    dalil-catalogue publish [DIR] --out OUT [--date YYYY-MM-DD]
        audit, then write OUT/api/v1/ (the audit report in OUT/api/v1/preview/audit.json)
    dalil-catalogue generate --services N --out DIR [--published P] [--problems]
        write a synthetic catalogue (P published, the rest under audit or draft;
        --problems adds the problems real records have)
    dalil-catalogue search [--catalogue DIR] [--json] QUERY...
    dalil-catalogue fee SERVICE_ID [--catalogue DIR] [--set NAME=VALUE]... [--date YYYY-MM-DD] [--json]

DIR defaults to `catalogue/`.
";

fn main() -> ExitCode {
    let mut argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.is_empty() || matches!(argv[0].as_str(), "-h" | "--help" | "help") {
        print!("{USAGE}");
        return if argv.is_empty() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    let command = argv.remove(0);
    match commands::run(&command, argv) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("dalil-catalogue {command}: {message}");
            eprintln!("Run `dalil-catalogue --help` for usage.");
            ExitCode::from(2)
        }
    }
}

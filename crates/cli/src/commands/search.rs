//! `dalil-catalogue search [--catalogue DIR] [--json] [filters] QUERY...`:
//! the ids of the top 10 published services, best first, one per line; or,
//! with `--json`, an array of hits with their scores and matched words.
//!
//! Filters: `--authority ID` (the service's authority or its ministry),
//! `--governorate ID`, `--channel centre|office|online|embassy|other`,
//! `--category ID`. A query that matches nothing prints nothing (exit 0).

use crate::args::Args;
use dalil_audit::{Catalogue, Severity};
use dalil_model::{ChannelKind, Status};
use dalil_search::{Filters, Index};
use std::path::PathBuf;
use std::process::ExitCode;

/// How many services are printed.
const TOP: usize = 10;

pub fn run(mut args: Args) -> Result<ExitCode, String> {
    let dir = args
        .value("--catalogue")?
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("catalogue"));
    let json = args.switch("--json");
    let filters = Filters {
        authority: args.value("--authority")?,
        governorate: args.value("--governorate")?,
        channel: args
            .value("--channel")?
            .map(|c| parse_channel(&c))
            .transpose()?,
        category: args.value("--category")?,
    };
    let words = args.positionals()?;
    if words.is_empty() && filters.is_empty() {
        return Err("a QUERY is required".into());
    }
    let query = words.join(" ");

    let (cat, problems) = Catalogue::load(&dir);
    // Files that do not parse are reported; the rest is still searched,
    // unless nothing could be read at all.
    for p in problems.iter().filter(|p| p.severity == Severity::Error) {
        let mut shown = p.clone();
        shown.file = dir.join(&p.file);
        eprintln!("{shown}");
    }
    if cat.services.is_empty() {
        eprintln!(
            "dalil-catalogue search: no service could be read from {}",
            dir.display()
        );
        return Ok(ExitCode::FAILURE);
    }

    let services = cat.listing(&[Status::Published]);
    let index = Index::build(&services);
    let hits = index.search(&query, &filters, TOP);
    if json {
        let body = serde_json::to_string_pretty(&hits).map_err(|e| e.to_string())?;
        println!("{body}");
    } else {
        for hit in &hits {
            println!("{}", hit.id);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_channel(name: &str) -> Result<ChannelKind, String> {
    serde_json::from_value(serde_json::Value::String(name.trim().to_ascii_lowercase())).map_err(
        |_| format!("--channel takes centre, office, online, embassy or other, not `{name}`"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(items: &[&str]) -> Args {
        Args::new(items.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn channels_are_read_by_name() {
        assert_eq!(parse_channel("Online"), Ok(ChannelKind::Online));
        assert_eq!(parse_channel("centre"), Ok(ChannelKind::Centre));
        assert!(parse_channel("bogus").is_err());
    }

    #[test]
    fn mistakes_are_messages() {
        assert!(run(args(&[])).is_err());
        assert!(run(args(&["--bogus", "x"])).is_err());
        assert!(run(args(&["--channel", "nowhere", "x"])).is_err());
    }

    #[test]
    fn an_unreadable_catalogue_fails() {
        let code = run(args(&["--catalogue", "/nonexistent/dalil", "جواز"]));
        assert_eq!(code, Ok(ExitCode::FAILURE));
    }

    #[test]
    fn the_demo_catalogue_answers() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalogue");
        assert_eq!(
            run(args(&["--catalogue", dir, "جواز", "سفر"])),
            Ok(ExitCode::SUCCESS)
        );
        assert_eq!(
            run(args(&["--catalogue", dir, "--json", "zzzzqqq"])),
            Ok(ExitCode::SUCCESS)
        );
    }
}

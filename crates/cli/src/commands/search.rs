//! `dalil-catalogue search`: to be written with the search engine (issue 4).

use crate::args::Args;
use std::process::ExitCode;

pub fn run(_args: Args) -> Result<ExitCode, String> {
    Err("search is not available yet".into())
}

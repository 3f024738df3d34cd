//! `dalil-site DIST`: derives the response headers and the pinned embed script from a built
//! site (see the library's documentation). Prints the service worker's `HEADERS` line on
//! stdout for scripts/publish-into-staging.sh, and the embed snippet's script tag on stderr.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist] = args.as_slice() else {
        eprintln!("usage: dalil-site DIST   (the folder Trunk built, e.g. dist/)");
        return ExitCode::from(2);
    };
    match dalil_site::finish::finish(Path::new(dist)) {
        Ok(done) => {
            println!("{}", done.worker_constant);
            eprintln!(
                "dalil-site: the embed snippet's script (docs/embedding.md):\n  {}",
                done.embed.script_tag("https://DALIL")
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("dalil-site {dist}: {message}");
            ExitCode::FAILURE
        }
    }
}

//! `dalil-site DIST`: derives the response headers and the pinned embed script from a built
//! site (see the library's documentation). Prints the service worker's `HEADERS` line on
//! stdout for scripts/publish-into-staging.sh, and the embed snippet's script tag on stderr.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [command, dist] = args.as_slice() {
        if command == "compress" {
            return compress(dist);
        }
    }
    let [dist] = args.as_slice() else {
        eprintln!("usage: dalil-site DIST            (the folder Trunk built, e.g. dist/)");
        eprintln!("       dalil-site compress DIST   (the .br and .gz copies, run last)");
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

fn compress(dist: &str) -> ExitCode {
    match dalil_site::compress::compress(Path::new(dist)) {
        Ok(done) => {
            eprintln!(
                "dalil-site: {} files ({:.1} MB) compressed: {:.1} MB brotli, {:.1} MB gzip",
                done.files,
                done.bytes as f64 / 1e6,
                done.brotli_bytes as f64 / 1e6,
                done.gzip_bytes as f64 / 1e6
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("dalil-site compress {dist}: {message}");
            ExitCode::FAILURE
        }
    }
}

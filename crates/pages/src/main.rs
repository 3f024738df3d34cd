//! `dalil-pages DIST`: pre-renders every public page of the catalogue
//! published in DIST/api/v1/ into DIST/pages/, with DIST/index.html (Trunk's
//! output) as the frame, and writes DIST/sitemap.xml and DIST/robots.txt.
//! Run after every publish (scripts/publish-into-staging.sh does, and
//! scripts/republish.sh for a catalogue republished without a new build).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist] = args.as_slice() else {
        eprintln!("usage: dalil-pages DIST   (a built site: index.html and api/v1/)");
        return ExitCode::from(2);
    };
    match dalil_pages::build(std::path::Path::new(dist)) {
        Ok(done) => {
            eprintln!("dalil-pages: {done}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("dalil-pages {dist}: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

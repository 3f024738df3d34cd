//! One run: read the built site and its catalogue, render every page in
//! both languages over the machine's cores, swap the new pages in, write
//! the sitemap and robots.txt.

use crate::frame::{Frame, PageHead};
use dalil::prerender::catalogue::Published;
use dalil::prerender::routes::{self, PageRoute};
use dalil::prerender::{address, page_data, render};
use dalil_model::config::SiteConfig;
use dalil_model::Lang;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The folder of the pre-rendered pages inside the site.
pub const PAGES_DIR: &str = "pages";

/// What a run wrote.
pub struct Built {
    pub pages: usize,
    pub bytes: u64,
    pub seconds: f64,
    pub catalogue: String,
}

impl fmt::Display for Built {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} pages ({:.1} MB) of catalogue {} in {:.2} s",
            self.pages,
            self.bytes as f64 / 1e6,
            self.catalogue,
            self.seconds
        )
    }
}

/// The file a page is served from: `pages/ar/services/x.html`,
/// `pages/en/index.html` for the home page.
pub fn page_file(route: &PageRoute, lang: Lang) -> PathBuf {
    let path = route.path();
    let name = match path.trim_start_matches('/') {
        "" => "index".to_string(),
        rest => rest.to_string(),
    };
    PathBuf::from(lang.code()).join(format!("{name}.html"))
}

fn site_url(dist: &Path) -> Result<String, String> {
    match std::fs::read_to_string(dist.join("config.json")) {
        Ok(text) => {
            let (config, warnings) =
                SiteConfig::parse(&text).map_err(|e| format!("config.json: {e}"))?;
            for w in warnings {
                eprintln!("dalil-pages: config.json: {w}");
            }
            Ok(config.site_url)
        }
        Err(_) => Ok(SiteConfig::default().site_url),
    }
}

pub fn build(dist: &Path) -> Result<Built, String> {
    let started = Instant::now();
    let frame = Frame::read(&dist.join("index.html"))?;
    let site = site_url(dist)?;
    let published = Published::read(&dist.join("api/v1"))?;
    let routes = routes::all(&published);

    let fresh = dist.join(format!("{PAGES_DIR}.new"));
    if fresh.exists() {
        std::fs::remove_dir_all(&fresh).map_err(|e| format!("{}: {e}", fresh.display()))?;
    }
    let jobs: Vec<(&PageRoute, Lang)> = routes
        .iter()
        .flat_map(|r| [(r, Lang::Ar), (r, Lang::En)])
        .collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = jobs.len().div_ceil(workers).max(1);
    let written: Result<Vec<u64>, String> = std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| {
                let (frame, published, fresh, site) = (&frame, &published, &fresh, &site);
                scope.spawn(move || -> Result<u64, String> {
                    let mut bytes = 0;
                    for &(route, lang) in part {
                        let html = page(frame, published, site, route, lang);
                        let file = fresh.join(page_file(route, lang));
                        if let Some(dir) = file.parent() {
                            std::fs::create_dir_all(dir)
                                .map_err(|e| format!("{}: {e}", dir.display()))?;
                        }
                        std::fs::write(&file, &html)
                            .map_err(|e| format!("{}: {e}", file.display()))?;
                        bytes += html.len() as u64;
                    }
                    Ok(bytes)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .map_err(|_| "a page failed to render".to_string())?
            })
            .collect()
    });
    let bytes = written?.iter().sum();
    swap_in(dist, &fresh)?;
    crate::sitemap::write(dist, &site, &routes)?;
    Ok(Built {
        pages: jobs.len(),
        bytes,
        seconds: started.elapsed().as_secs_f64(),
        catalogue: published.manifest.version.clone(),
    })
}

/// One page's whole document.
fn page(frame: &Frame, published: &Published, site: &str, route: &PageRoute, lang: Lang) -> String {
    let data = page_data(published, route);
    let data_block = data.to_script_text();
    let rendered = render(site, route, lang, published, data);
    let json_ld = match route {
        PageRoute::Service(id) => published
            .service(id)
            .map(|s| crate::json_ld::government_service(published, s, lang, site)),
        _ => None,
    };
    frame.page(&PageHead {
        lang,
        title: &rendered.title,
        description: &rendered.description,
        canonical: &format!("{site}{}", address(route, lang)),
        alternates: [
            (Lang::Ar, format!("{site}{}", address(route, Lang::Ar))),
            (Lang::En, format!("{site}{}", address(route, Lang::En))),
        ],
        json_ld: json_ld.as_deref(),
        data_block: &data_block,
        body: &rendered.body,
    })
}

/// Puts the new pages in place of the old: never a moment with a mix of
/// two catalogues, and at worst (a crash between the two renames) a moment
/// with none, when nginx serves the single-page app instead.
fn swap_in(dist: &Path, fresh: &Path) -> Result<(), String> {
    let live = dist.join(PAGES_DIR);
    let old = dist.join(format!("{PAGES_DIR}.old"));
    let io = |e: std::io::Error| format!("{}: {e}", live.display());
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(io)?;
    }
    if live.exists() {
        std::fs::rename(&live, &old).map_err(io)?;
    }
    std::fs::rename(fresh, &live).map_err(io)?;
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(io)?;
    }
    Ok(())
}

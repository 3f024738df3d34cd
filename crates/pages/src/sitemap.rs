//! `sitemap.xml` (an index of `sitemap-N.xml` files past 50,000 addresses,
//! the protocol's limit) and `robots.txt`: every public page in both
//! languages, each with its alternate; the preview tree, the kiosk and the
//! embed are kept out.

use dalil::prerender::address;
use dalil::prerender::routes::PageRoute;
use dalil_model::Lang;
use std::path::Path;

/// Addresses per sitemap file (the sitemap protocol's limit).
pub const MAX_URLS: usize = 50_000;

fn xml(s: &str) -> String {
    crate::frame::attr(s).replace('\'', "&apos;")
}

fn url_entry(site: &str, route: &PageRoute, lang: Lang) -> String {
    let mut entry = format!(
        "  <url><loc>{}</loc>",
        xml(&format!("{site}{}", address(route, lang)))
    );
    for alt in [Lang::Ar, Lang::En] {
        entry.push_str(&format!(
            "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
            alt.code(),
            xml(&format!("{site}{}", address(route, alt)))
        ));
    }
    entry.push_str("</url>\n");
    entry
}

const URLSET_OPEN: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

/// The sitemap files' texts: `[("sitemap.xml", ...)]`, or an index and its
/// parts past [`MAX_URLS`] addresses.
pub fn files(site: &str, routes: &[PageRoute], max_urls: usize) -> Vec<(String, String)> {
    let entries: Vec<String> = routes
        .iter()
        .filter(|r| r.in_sitemap())
        .flat_map(|r| [url_entry(site, r, Lang::Ar), url_entry(site, r, Lang::En)])
        .collect();
    let urlset = |part: &[String]| format!("{URLSET_OPEN}{}</urlset>\n", part.concat());
    if entries.len() <= max_urls {
        return vec![("sitemap.xml".into(), urlset(&entries))];
    }
    let mut out = Vec::new();
    let mut index = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (i, part) in entries.chunks(max_urls).enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            xml(&format!("{site}/{name}"))
        ));
        out.push((name, urlset(part)));
    }
    index.push_str("</sitemapindex>\n");
    out.insert(0, ("sitemap.xml".into(), index));
    out
}

pub fn robots(site: &str) -> String {
    format!(
        "# Dalil: the public guide is for everyone, search engines included.\n\
         User-agent: *\n\
         Disallow: /kiosk\n\
         Disallow: /embed\n\
         Disallow: /api/v1/preview/\n\
         Disallow: /*?preview=\n\
         Disallow: /*&preview=\n\
         \n\
         Sitemap: {site}/sitemap.xml\n"
    )
}

/// Writes the sitemap files and robots.txt into `dist`, removing parts a
/// bigger catalogue left behind.
pub fn write(dist: &Path, site: &str, routes: &[PageRoute]) -> Result<(), String> {
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    if let Ok(entries) = std::fs::read_dir(dist) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with("sitemap-") && name.ends_with(".xml") {
                std::fs::remove_file(entry.path()).map_err(|e| io(&entry.path(), e))?;
            }
        }
    }
    for (name, text) in files(site, routes, MAX_URLS) {
        let file = dist.join(name);
        std::fs::write(&file, text).map_err(|e| io(&file, e))?;
    }
    let file = dist.join("robots.txt");
    std::fs::write(&file, robots(site)).map_err(|e| io(&file, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_limit_the_sitemap_is_an_index_of_parts() {
        let routes: Vec<PageRoute> = (0..5)
            .map(|i| PageRoute::Service(format!("s{i}")))
            .collect();
        let one = files("https://d.example", &routes, 100);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].1.matches("<url>").count(), 10);
        let split = files("https://d.example", &routes, 4);
        assert_eq!(split.len(), 4, "an index and three parts");
        assert!(split[0]
            .1
            .contains("<loc>https://d.example/sitemap-3.xml</loc>"));
        let urls: usize = split[1..]
            .iter()
            .map(|(_, t)| t.matches("<url>").count())
            .sum();
        assert_eq!(urls, 10);
    }

    #[test]
    fn the_search_form_is_no_page_to_list() {
        let text = &files(
            "https://d.example",
            &[PageRoute::Search, PageRoute::Home],
            100,
        )[0]
        .1;
        assert!(!text.contains("/search"));
        assert!(text.contains("<loc>https://d.example/?lang=en</loc>"));
    }
}

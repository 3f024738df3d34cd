//! Trunk's `index.html` as the frame of every pre-rendered page: its head
//! (hashed script and styles, integrity values, the start-up script whose
//! hash the CSP names) is kept byte for byte; the language, title,
//! description and `#app`'s content are the page's.

use dalil_model::page_data::ELEMENT_ID;
use dalil_model::Lang;
use std::path::Path;

/// index.html cut where a page puts its own parts.
pub struct Frame {
    /// Up to `<html`, and from the end of that tag up to `<title>`.
    before_html: String,
    head_start: String,
    /// From `</title>` to the opening of `#app`, the description removed.
    head_rest: String,
    /// From `#app`'s closing tag to the end.
    after_app: String,
}

/// What one page puts into the frame.
pub struct PageHead<'a> {
    pub lang: Lang,
    pub title: &'a str,
    pub description: &'a str,
    pub canonical: &'a str,
    pub alternates: [(Lang, String); 2],
    pub json_ld: Option<&'a str>,
    pub data_block: &'a str,
    pub body: &'a str,
}

fn cut<'a>(text: &'a str, marker: &str, what: &str) -> Result<(&'a str, &'a str), String> {
    text.find(marker)
        .map(|i| (&text[..i], &text[i..]))
        .ok_or_else(|| format!("index.html has no {what} ({marker:?})"))
}

impl Frame {
    pub fn read(file: &Path) -> Result<Frame, String> {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        Frame::parse(&text)
    }

    pub fn parse(text: &str) -> Result<Frame, String> {
        let (before_html, rest) = cut(text, "<html", "<html> element")?;
        let (_, rest) = cut(rest, ">", "end of the <html> tag")?;
        let rest = &rest[1..];
        let (head_start, rest) = cut(rest, "<title>", "<title>")?;
        let (_, rest) = cut(rest, "</title>", "</title>")?;
        let rest = &rest["</title>".len()..];
        let (head_rest, rest) = cut(rest, "<div id=\"app\">", "<div id=\"app\">")?;
        let (_, after_app) = cut(rest, "</body>", "</body>")?;
        // The static first paint's closing </div> of #app is the last one
        // before </body>.
        let app_end = rest[..rest.len() - after_app.len()]
            .rfind("</div>")
            .ok_or("index.html's #app is not closed")?;
        let after_app = &rest[app_end..];
        let head_start = without_description(head_start);
        let head_rest = without_description(head_rest);
        Ok(Frame {
            before_html: before_html.to_string(),
            head_start,
            head_rest,
            after_app: after_app.to_string(),
        })
    }

    /// The complete document of one page.
    pub fn page(&self, page: &PageHead) -> String {
        let mut out = String::with_capacity(self.after_app.len() + page.body.len() + 8192);
        out.push_str(&self.before_html);
        out.push_str(&format!(
            "<html lang=\"{}\" dir=\"{}\">",
            page.lang.code(),
            page.lang.dir()
        ));
        out.push_str(&self.head_start);
        out.push_str(&format!("<title>{}</title>\n", text(page.title)));
        let description = attr(page.description);
        out.push_str(&format!(
            "    <meta name=\"description\" content=\"{description}\" />\n"
        ));
        out.push_str(&format!(
            "    <link rel=\"canonical\" href=\"{}\" />\n",
            attr(page.canonical)
        ));
        for (lang, href) in &page.alternates {
            out.push_str(&format!(
                "    <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />\n",
                lang.code(),
                attr(href)
            ));
        }
        if let Some((_, arabic)) = page.alternates.iter().find(|(l, _)| *l == Lang::Ar) {
            out.push_str(&format!(
                "    <link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />\n",
                attr(arabic)
            ));
        }
        let locale = match page.lang {
            Lang::Ar => "ar_SY",
            Lang::En => "en_GB",
        };
        out.push_str(&format!(
            "    <meta property=\"og:type\" content=\"website\" />\n    <meta property=\"og:site_name\" content=\"{}\" />\n    <meta property=\"og:title\" content=\"{}\" />\n    <meta property=\"og:description\" content=\"{description}\" />\n    <meta property=\"og:url\" content=\"{}\" />\n    <meta property=\"og:locale\" content=\"{locale}\" />\n",
            match page.lang { Lang::Ar => "دليل", Lang::En => "Dalil" },
            attr(page.title),
            attr(page.canonical),
        ));
        if let Some(json_ld) = page.json_ld {
            out.push_str(&format!(
                "    <script type=\"application/ld+json\">{json_ld}</script>\n"
            ));
        }
        out.push_str(&format!(
            "    <script type=\"application/json\" id=\"{ELEMENT_ID}\">{}</script>\n",
            page.data_block
        ));
        out.push_str(&self.head_rest);
        out.push_str("<div id=\"app\">");
        out.push_str(page.body);
        out.push_str(&self.after_app);
        out
    }
}

/// The frame's own generic description goes: each page writes its own.
fn without_description(head: &str) -> String {
    let Some(start) = head.find("<meta name=\"description\"") else {
        return head.to_string();
    };
    let end = head[start..]
        .find('>')
        .map_or(head.len(), |i| start + i + 1);
    let end = head[end..]
        .find(|c: char| !c.is_whitespace())
        .map_or(head.len(), |i| end + i);
    format!("{}{}", &head[..start], &head[end..])
}

/// Text content: `&`, `<` and `>` escaped.
pub fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An attribute value in double quotes.
pub fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n  <head>\n    <meta name=\"description\" content=\"generic\" />\n    <title>دليل</title>\n<script type=\"module\">init()</script>\n  </head>\n  <body>\n    <div id=\"app\">\n      <main>loading</main>\n    </div>\n  </body>\n</html>\n";

    fn page(body: &str, title: &str) -> String {
        Frame::parse(INDEX).unwrap().page(&PageHead {
            lang: Lang::En,
            title,
            description: "About \"x\" & <y>",
            canonical: "https://d.example/services/x?lang=en",
            alternates: [
                (Lang::Ar, "https://d.example/services/x".into()),
                (Lang::En, "https://d.example/services/x?lang=en".into()),
            ],
            json_ld: Some("{}"),
            data_block: "{\"schema\":1}",
            body,
        })
    }

    #[test]
    fn the_page_keeps_the_frame_and_puts_in_its_own_parts() {
        let html = page("<main>the page</main>", "Passport <new>");
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
        assert!(html.contains("<script type=\"module\">init()</script>"));
        assert!(html.contains("<title>Passport &lt;new&gt;</title>"));
        assert!(!html.contains("generic"));
        assert!(html.contains("content=\"About &quot;x&quot; &amp; &lt;y&gt;\""));
        assert!(html.contains("<div id=\"app\"><main>the page</main></div>\n  </body>"));
        assert!(!html.contains("loading"));
        assert!(html.contains("hreflang=\"x-default\" href=\"https://d.example/services/x\""));
        assert!(
            html.contains("<link rel=\"canonical\" href=\"https://d.example/services/x?lang=en\"")
        );
    }

    #[test]
    fn a_frame_without_its_parts_is_refused() {
        assert!(Frame::parse("<html><body></body></html>").is_err());
        assert!(Frame::parse("").is_err());
    }
}

//! Embedding (issue #8, docs/embedding.md): a ministry's page on another origin embeds a
//! filtered Dalil with `public/embed.js`. Only that authority's services show (checked against
//! the published API), the iframe takes its content's height, spoofed messages are ignored,
//! navigation stays inside the frame and filtered, the theme applies within its contrast bound,
//! bad settings are explained in the user's language, nginx sends `frame-ancestors` as
//! documented, and axe finds nothing in either language.

use std::collections::BTreeSet;
use std::time::Duration;

use anyhow::{Context, Result};
use dalil_e2e::{http, Lang, Page, Site, Viewport, MOUNT, STEP};

use crate::support::wait_lang;

/// A ministry (with a directorate, real-estate, below it).
const MINISTRY: &str = "local-administration";
/// The height the script gives the iframe before Dalil reports its own.
const START_HEIGHT: i64 = 600;

/// The ids of the services of `authority` and below, from the published API.
fn expected_services(authority: &str) -> Result<BTreeSet<String>> {
    let site = Site::shared()?;
    let authorities = http::get_json(&site.url("/api/v1/authorities.json"))?;
    let mut scope = BTreeSet::from([authority.to_string()]);
    loop {
        let before = scope.len();
        for a in authorities["authorities"]
            .as_array()
            .context("authorities")?
        {
            if a["parent"].as_str().is_some_and(|p| scope.contains(p)) {
                scope.insert(a["id"].as_str().unwrap_or_default().to_string());
            }
        }
        if scope.len() == before {
            break;
        }
    }
    let listing = http::get_json(&site.url("/api/v1/services.json"))?;
    let ids: BTreeSet<String> = listing["services"]
        .as_array()
        .context("services")?
        .iter()
        .filter(|s| {
            ["authority", "ministry"]
                .iter()
                .any(|k| s[k].as_str().is_some_and(|a| scope.contains(a)))
        })
        .filter_map(|s| s["id"].as_str().map(str::to_string))
        .collect();
    assert!(!ids.is_empty(), "{authority} has no services to embed");
    Ok(ids)
}

/// The service ids linked from the current page (in the current frame).
async fn linked_services(page: &Page, selector: &str) -> Result<BTreeSet<String>> {
    let hrefs = page
        .eval(&format!(
            "return [...document.querySelectorAll({})].map(a => a.getAttribute('href'))",
            serde_json::to_string(selector)?
        ))
        .await?;
    Ok(hrefs
        .as_array()
        .context("hrefs")?
        .iter()
        // Links are written inside the embed's tree (`Surface::href`), never as site paths.
        .filter_map(|h| {
            h.as_str()?
                .strip_prefix("/embed/services/")
                .map(str::to_string)
        })
        .collect())
}

/// A ministry's page on its own origin: a header, some text, and the documented snippet for
/// each `(authority, lang)`, pointing at the Dalil server.
fn host_page(
    lang: &str,
    embeds: &[(&str, &str)],
    extra: &str,
) -> Result<(tempfile::TempDir, Site)> {
    let dalil = Site::shared()?.origin();
    let (src, integrity) = pinned_embed_script()?;
    let dir = tempfile::tempdir()?;
    let (dir_attr, title, intro) = match lang {
        "en" => (
            "ltr",
            "Ministry of Local Administration",
            "Our services, from the national guide:",
        ),
        _ => (
            "rtl",
            "وزارة الإدارة المحلية والبيئة",
            "خدماتنا كما ينشرها الدليل الوطني:",
        ),
    };
    let snippets: String = embeds
        .iter()
        .map(|(authority, lang)| {
            format!(
                r#"<div class="dalil" data-dalil-embed data-authority="{authority}" data-lang="{lang}"></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<!DOCTYPE html>
<html lang="{lang}" dir="{dir_attr}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>
  body {{ margin: 0; font-family: "Noto Sans Arabic", "Noto Sans", sans-serif; background: #eef1f4; color: #222; }}
  .top {{ background: #5b2a86; color: #fff; padding: 1rem 2rem; font-size: 1.4rem; }}
  main {{ max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }}
  .dalil {{ background: #fff; border: 1px solid #c8ccd2; margin-block: 1rem; }}
  /* The host's own links: the embed must leave them alone. */
  a {{ color: #5b2a86; }}
</style></head>
<body><header class="top">{title}</header>
<main><p>{intro}</p><p><a id="host-link" href="/about.html">About the ministry</a></p>
{snippets}{extra}</main>
<script src="{dalil}{src}" integrity="{integrity}" crossorigin="anonymous" async></script>
</body></html>"#
    );
    std::fs::write(dir.path().join("index.html"), html)?;
    std::fs::write(
        dir.path().join("about.html"),
        "<!DOCTYPE html><title>About</title><p>About</p>",
    )?;
    let site = Site::serve(dir.path())?;
    Ok((dir, site))
}

/// The pinned embed script, `(src, integrity)`, as the build describes it in `embed.json`.
fn pinned_embed_script() -> Result<(String, String)> {
    let manifest = http::get_json(&Site::shared()?.url("/embed.json"))?;
    let field = |name: &str| {
        manifest[name]
            .as_str()
            .map(str::to_string)
            .with_context(|| format!("embed.json has no {name}: {manifest}"))
    };
    Ok((field("src")?, field("integrity")?))
}

/// Waits until the `n`th iframe's height is the height of the embed inside it; returns it.
async fn wait_resized(page: &Page, n: usize) -> Result<i64> {
    let frame = page
        .client()
        .find_all(fantoccini::Locator::Css("iframe"))
        .await?
        .into_iter()
        .nth(n)
        .context("the iframe")?;
    frame.clone().enter_frame().await?;
    page.wait_mounted().await?;
    page.wait_for("#embed-root main h1").await?;
    page.client().enter_parent_frame().await?;
    // As a reader scrolls to it: Chromium pauses rendering, and so resize observers, in
    // cross-origin frames out of view, and sizes them once they come into view.
    page.eval(&format!(
        "document.querySelectorAll('iframe')[{n}].scrollIntoView(); return true"
    ))
    .await?;
    // The embed's own height, read inside the frame, against the iframe's, read outside, until
    // they agree (fonts and lists may still be settling at first).
    let mut last = (0, 0);
    for _ in 0..40 {
        frame.clone().enter_frame().await?;
        let inner = page
            .eval("return Math.ceil(document.getElementById('embed-root').getBoundingClientRect().height)")
            .await?
            .as_i64()
            .context("a height")?;
        page.client().enter_parent_frame().await?;
        let outer = iframe_height(page, n).await?;
        if inner == outer {
            return Ok(inner);
        }
        last = (inner, outer);
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    page.screenshot(&format!("failure-embed-resize-{n}"))
        .await?;
    anyhow::bail!("iframe {n} is {}px tall, its content {}px", last.1, last.0)
}

async fn iframe_height(page: &Page, n: usize) -> Result<i64> {
    page.eval(&format!(
        "return Math.round(document.querySelectorAll('iframe')[{n}].getBoundingClientRect().height)"
    ))
    .await?
    .as_i64()
    .context("a height")
}

#[tokio::test]
async fn a_ministry_page_embeds_only_its_services_and_the_frame_fits_them() -> Result<()> {
    for lang in ["ar", "en"] {
        let (_dir, host) = host_page(lang, &[(MINISTRY, lang)], "")?;
        let page = Page::open_on(&host, Viewport::KIOSK).await?;
        page.goto("/").await?;
        page.wait_for("iframe").await?;
        let src = page.attr("iframe", "src").await?.unwrap_or_default();
        let dalil = Site::shared()?.origin();
        assert!(src.starts_with(&format!("{dalil}/embed?")), "{src}");
        assert!(
            src.contains(&format!(
                "parent_origin={}",
                host.origin().replace(':', "%3A").replace('/', "%2F")
            )),
            "{src}"
        );
        let height = wait_resized(&page, 0).await?;
        assert!(
            height > START_HEIGHT,
            "ten services need more than {START_HEIGHT}px: {height}"
        );

        // Inside the frame: only the ministry's services, none of the site's chrome.
        page.client().enter_frame(0).await?;
        assert_eq!(page.attr("html", "lang").await?.as_deref(), Some(lang));
        let shown = linked_services(&page, ".service-list__link").await?;
        assert_eq!(shown, expected_services(MINISTRY)?);
        for chrome in ["header.site-header", "footer.site-footer", ".skip-link"] {
            assert!(!page.exists(chrome).await?, "{chrome} in the embed");
        }
        page.assert_no_console_errors().await?;
        page.client().enter_parent_frame().await?;

        page.eval("window.scrollTo(0, 0); return true").await?;
        page.screenshot(&format!("embed-host-{lang}")).await?;
        page.assert_no_console_errors().await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_frame_follows_its_content_and_ignores_spoofed_messages() -> Result<()> {
    // A third origin whose page, framed by the host, keeps posting fake resizes. (It sits under
    // /embed/ only because the production config lets that path be framed by anyone.)
    let spoof_dir = tempfile::tempdir()?;
    std::fs::create_dir_all(spoof_dir.path().join("embed"))?;
    std::fs::write(
        spoof_dir.path().join("embed/spoof.html"),
        r#"<!DOCTYPE html><title>spoof</title><script>
          setInterval(() => parent.postMessage({type: "dalil:resize", height: 77}, "*"), 50);
        </script>"#,
    )?;
    let third = Site::serve(spoof_dir.path())?;
    let spoof = format!(
        r#"<iframe id="spoof" title="spoof" src="{}/embed/spoof.html" style="height:40px"></iframe>"#,
        third.origin()
    ) + r#"<script>
      // Counts the spoofs that reached this page, to prove they were sent (and then ignored).
      window.spoofsSeen = 0;
      addEventListener("message", (e) => { if (e.data && e.data.height === 77) window.spoofsSeen++; });
      // And the embed's navigation messages, which must arrive.
      window.navigations = 0;
      addEventListener("message", (e) => { if (e.data && e.data.type === "dalil:navigated") window.navigations++; });
    </script>"#;
    // Two embeds: a long list and an unknown authority's short message. Each frame must take
    // its own height, so a message from one never sizes the other.
    let (_dir, host) = host_page(
        "ar",
        &[(MINISTRY, "ar"), ("no-such-authority", "ar")],
        &spoof,
    )?;
    let page = Page::open_on(&host, Viewport::KIOSK).await?;
    page.goto("/").await?;
    page.wait_for("iframe").await?;
    let long = wait_resized(&page, 0).await?;
    let short = wait_resized(&page, 1).await?;
    assert!(
        short < long,
        "unknown authority {short}px, ministry {long}px"
    );
    assert!(short < START_HEIGHT, "the short embed shrank: {short}px");

    // The host's own window posts a well-formed message: wrong origin, wrong source.
    page.eval("window.postMessage({type: 'dalil:resize', height: 55}, '*'); return true")
        .await?;
    // A malformed shape from nowhere, and the third origin's frame, keep posting meanwhile.
    page.eval("window.postMessage({type: 'dalil:resize', height: 'x'}, '*'); return true")
        .await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(iframe_height(&page, 0).await?, long);
    assert_eq!(iframe_height(&page, 1).await?, short);
    let seen = page
        .eval("return window.spoofsSeen")
        .await?
        .as_i64()
        .unwrap_or(0);
    assert!(
        seen > 5,
        "the third origin's frame did not post ({seen} messages)"
    );

    // A page of the embed changes: the frame follows the new content's height.
    page.client().enter_frame(0).await?;
    page.click(".service-list__link").await?;
    page.wait_until(
        "a service page in the frame",
        "document.querySelector('main#main')?.dataset.page === 'service'",
        STEP,
    )
    .await?;
    page.client().enter_parent_frame().await?;
    page.wait_until(
        "the embed's navigation message",
        "window.navigations === 1",
        STEP,
    )
    .await?;
    let service = wait_resized(&page, 0).await?;
    assert_ne!(
        service, long,
        "the frame kept the list's height on a service page"
    );
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn navigation_search_and_fees_stay_inside_the_embed_and_filtered() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    // A directorate: its ministry's other services must not show.
    let scope = expected_services("real-estate")?;
    page.goto("/embed?authority=real-estate&lang=en").await?;
    page.wait_mounted().await?;
    page.wait_for(".service-list__link").await?;
    assert_eq!(linked_services(&page, ".service-list__link").await?, scope);

    // Search: a word that also matches services elsewhere ("certificate", "licence"...).
    page.type_text("#search-input", "property").await?;
    page.wait_until(
        "the embed's search page",
        "location.pathname === '/embed/search'",
        STEP,
    )
    .await?;
    page.wait_for(".search-result__link").await?;
    let found = linked_services(&page, ".search-result__link").await?;
    assert!(
        !found.is_empty() && found.is_subset(&scope),
        "{found:?} not within {scope:?}"
    );
    assert_eq!(page.value("#search-input").await?, "property");
    // Another word that only other authorities' services match finds nothing here.
    page.goto("/embed/search?q=passport").await?;
    page.wait_mounted().await?;
    page.wait_for(".search-empty").await?;

    // A service page and its fee calculator, still in the embed.
    page.goto("/embed").await?;
    page.wait_mounted().await?;
    page.click(".service-list__link").await?;
    page.wait_until(
        "the service page",
        "location.pathname.startsWith('/embed/services/')",
        STEP,
    )
    .await?;
    page.wait_for("#fee-summary-open").await?;
    page.click("#fee-summary-open").await?;
    page.wait_until(
        "the fee calculator",
        "/^\\/embed\\/services\\/[a-z-]+\\/fees$/.test(location.pathname)",
        STEP,
    )
    .await?;
    page.wait_for("main[data-page='fees']").await?;
    assert!(page.exists(".embed-bar").await? && !page.exists("header.site-header").await?);

    // A reload inside the frame keeps the settings; an address outside the scope is not found.
    page.reload().await?;
    page.wait_mounted().await?;
    page.wait_for("main[data-page='fees'] h1").await?;
    page.goto("/embed/services/passport-renewal").await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the not-found message",
        "document.querySelector('main h1')?.textContent.length > 0",
        STEP,
    )
    .await?;
    assert!(
        !page.exists(".service-header").await?,
        "an out-of-scope service showed"
    );
    // The bar leads back to the authority's list.
    page.click("#embed-home-link").await?;
    page.wait_until("the embed's home", "location.pathname === '/embed'", STEP)
        .await?;
    page.wait_for(".service-list__link").await?;
    assert_eq!(linked_services(&page, ".service-list__link").await?, scope);
    page.assert_no_console_errors().await?;
    Ok(())
}

/// `rgb(r, g, b)` as numbers.
fn rgb(css: &str) -> Option<(f64, f64, f64)> {
    let inner = css.strip_prefix("rgb(")?.strip_suffix(')')?;
    let v: Vec<f64> = inner
        .split(',')
        .filter_map(|p| p.trim().parse().ok())
        .collect();
    (v.len() == 3).then(|| (v[0], v[1], v[2]))
}

fn contrast_on_white((r, g, b): (f64, f64, f64)) -> f64 {
    let lin = |c: f64| {
        let c = c / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    1.05 / (l + 0.05)
}

async fn style_of(page: &Page, selector: &str, property: &str) -> Result<String> {
    Ok(page
        .eval(&format!(
            "return getComputedStyle(document.querySelector({})).getPropertyValue({})",
            serde_json::to_string(selector)?,
            serde_json::to_string(property)?
        ))
        .await?
        .as_str()
        .unwrap_or_default()
        .trim()
        .to_string())
}

#[tokio::test]
async fn the_hosts_theme_applies_within_the_contrast_bound() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto(&format!(
        "/embed?authority={MINISTRY}&brand=5b2a86&font=naskh"
    ))
    .await?;
    page.wait_mounted().await?;
    page.wait_for(".service-list__link").await?;
    assert_eq!(
        style_of(&page, ".embed-bar__home", "color").await?,
        "rgb(91, 42, 134)"
    );
    assert_eq!(
        style_of(&page, ".service-list__link", "color").await?,
        "rgb(91, 42, 134)"
    );
    assert!(style_of(&page, "main", "font-family")
        .await?
        .starts_with("\"Noto Naskh Arabic\""));
    assert_eq!(page.attr("#embed-root", "data-brand-adjusted").await?, None);
    assert!(!page.exists("#embed-ignored").await?);
    page.check_axe().await?;

    // Yellow on white is unreadable: the embed darkens it until it passes 4.5:1.
    page.goto(&format!("/embed?authority={MINISTRY}&brand=%23ffff00"))
        .await?;
    page.wait_mounted().await?;
    page.wait_for(".service-list__link").await?;
    assert_eq!(
        page.attr("#embed-root", "data-brand-adjusted")
            .await?
            .as_deref(),
        Some("true")
    );
    let colour = style_of(&page, ".service-list__link", "color").await?;
    let parsed = rgb(&colour).with_context(|| format!("colour {colour}"))?;
    assert!(
        contrast_on_white(parsed) >= 4.5,
        "{colour}: {}",
        contrast_on_white(parsed)
    );
    assert!(
        parsed.0 == parsed.1 && parsed.2 < parsed.0,
        "still a yellow: {colour}"
    );
    page.check_axe().await?;

    // Not a colour, not a listed font, not an origin: named, in the user's language; defaults used.
    for (lang, words) in [("ar", "لم تُفهم"), ("en", "not understood")] {
        page.goto(&format!(
            "/embed?authority={MINISTRY}&lang={lang}&brand=red%3B%7Dbody%7Bdisplay%3Anone&font=Comic%20Sans&parent_origin=*"
        ))
        .await?;
        page.wait_mounted().await?;
        let note = page.text("#embed-ignored").await?;
        assert!(
            note.contains(words) && note.contains("brand, font, parent_origin"),
            "{note}"
        );
        assert_eq!(
            style_of(&page, ".embed-bar__home", "color").await?,
            "rgb(11, 93, 75)"
        );
        // The list arrives after the note: wait for it rather than race it.
        page.wait_for(".service-list__link").await?;
    }
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn unknown_or_missing_authorities_are_explained() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    for (query, lang, title) in [
        (
            "authority=no-such-authority&lang=ar",
            "ar",
            "جهة غير معروفة",
        ),
        (
            "authority=no-such-authority&lang=en",
            "en",
            "Unknown authority",
        ),
        ("lang=en", "en", "does not say whose services"),
        ("lang=ar", "ar", "لا يحدد هذا الدليل"),
    ] {
        page.goto(&format!("/embed?{query}")).await?;
        page.wait_mounted().await?;
        page.wait_for("#embed-problem").await?;
        assert_eq!(page.attr("html", "lang").await?.as_deref(), Some(lang));
        let h1 = page.text("main h1").await?;
        assert!(h1.contains(title), "{query}: {h1}");
        if query.contains("no-such") {
            assert!(page
                .text("#embed-problem")
                .await?
                .contains("no-such-authority"));
        }
        assert!(!page.exists(".service-list__link").await?);
        assert!(
            !page.exists("#search-input").await?,
            "a search box with nothing to search"
        );
        page.check_axe().await?;
    }
    // The entry address with a trailing slash works the same.
    page.goto("/embed/?authority=justice&lang=en").await?;
    page.wait_mounted().await?;
    page.wait_for(".service-list__link").await?;
    assert_eq!(
        linked_services(&page, ".service-list__link").await?,
        expected_services("justice")?
    );
    page.assert_no_console_errors().await?;
    Ok(())
}

#[test]
fn nginx_lets_only_the_embed_be_framed_by_other_sites() -> Result<()> {
    let site = Site::shared()?;
    for path in [
        "/embed",
        "/embed?authority=interior&lang=ar",
        "/embed/services/passport-renewal",
    ] {
        let r = http::get(&site.url(path), &[])?;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(frame_ancestors(&r), Some("frame-ancestors *"), "{path}");
        assert_eq!(r.header("X-Frame-Options"), None, "{path}");
    }
    for path in [
        "/",
        "/services/passport-renewal",
        "/embedded",
        "/embed.js",
        "/api/v1/services.json",
    ] {
        let r = http::get(&site.url(path), &[])?;
        assert_eq!(
            frame_ancestors(&r),
            Some("frame-ancestors 'self'"),
            "{path}"
        );
        assert_eq!(r.header("X-Frame-Options"), Some("SAMEORIGIN"), "{path}");
    }
    Ok(())
}

/// The `frame-ancestors` directive of an answer's CSP (the rest is checked in e2e/nginx.rs).
fn frame_ancestors(r: &http::Response) -> Option<&str> {
    r.header("Content-Security-Policy")?
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("frame-ancestors"))
}

#[tokio::test]
async fn the_site_outside_the_embed_refuses_other_sites_frames() -> Result<()> {
    let dalil = Site::shared()?.origin();
    let dir = tempfile::tempdir()?;
    std::fs::write(
        dir.path().join("index.html"),
        format!(
            r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>framer</title></head>
            <body><iframe title="site" src="{dalil}/services/passport-renewal"></iframe></body></html>"#
        ),
    )?;
    let host = Site::serve(dir.path())?;
    let page = Page::open_on(&host, Viewport::KIOSK).await?;
    page.goto("/").await?;
    page.wait_for("iframe").await?;
    // Chromium reports the refusal on the framing page's console.
    let mut refused = false;
    for _ in 0..20 {
        refused = page
            .console_errors()?
            .iter()
            .any(|e| e.message.contains("frame-ancestors"));
        if refused {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(
        refused,
        "a site page was framed by another origin: {:?}",
        page.console_log()?
    );
    Ok(())
}

#[tokio::test]
async fn the_embed_is_accessible_in_both_languages() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    for lang in ["ar", "en"] {
        page.goto(&format!("/embed?authority={MINISTRY}&lang={lang}"))
            .await?;
        page.wait_mounted().await?;
        page.wait_for(".service-list__link").await?;
        assert_eq!(
            page.attr("html", "dir").await?.as_deref(),
            Some(if lang == "ar" { "rtl" } else { "ltr" })
        );
        page.check_axe().await?;
        page.click(".service-list__link").await?;
        page.wait_for("main[data-page='service'] .service-header h1")
            .await?;
        page.check_axe().await?;
        page.screenshot(&format!("embed-service-{lang}-phone"))
            .await?;
    }
    // The language switch works inside the embed.
    page.click("#lang-switch").await?;
    wait_lang(&page, Lang::Ar).await?;
    assert!(page.url().await?.contains("/embed/services/"));
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn the_script_form_leaves_the_hosts_links_and_styles_alone() -> Result<()> {
    // The host's own rules, aimed at names Dalil uses too: they must not reach into the embed.
    let hostile = "<style>.page, .service-list { display: none !important; } \
        a { color: rgb(255, 0, 0) !important; } \
        * { font-family: monospace !important; }</style>";
    let (_dir, host) = host_page("en", &[(MINISTRY, "en")], hostile)?;
    let page = Page::open_on(&host, Viewport::PHONE).await?;
    page.goto("/").await?;
    // The script mounted Dalil into the host's element, and nowhere else.
    page.wait_for("div[data-dalil-embed] > iframe").await?;
    assert_eq!(
        page.eval("return document.querySelectorAll('iframe').length;")
            .await?,
        1
    );
    wait_resized(&page, 0).await?;

    // Dalil's styles do not reach the host: its bar, its background and its links keep the
    // host's look, and the host's language and title are untouched.
    assert_eq!(
        style_of(&page, ".top", "background-color").await?,
        "rgb(91, 42, 134)"
    );
    assert_eq!(
        style_of(&page, "body", "background-color").await?,
        "rgb(238, 241, 244)"
    );
    assert_eq!(
        style_of(&page, "#host-link", "color").await?,
        "rgb(255, 0, 0)"
    );
    assert_eq!(page.attr("html", "lang").await?.as_deref(), Some("en"));
    assert_eq!(page.title().await?, "Ministry of Local Administration");

    // The host's styles do not reach Dalil.
    page.client().enter_frame(0).await?;
    page.wait_for(".service-list__link").await?;
    assert_eq!(style_of(&page, "main.page", "display").await?, "block");
    assert_ne!(
        style_of(&page, ".service-list__link", "color").await?,
        "rgb(255, 0, 0)"
    );
    assert!(!style_of(&page, "main", "font-family")
        .await?
        .contains("monospace"));
    page.client().enter_parent_frame().await?;

    // The host's links stay the host's: a click goes where the host said, in its own window.
    page.click("#host-link").await?;
    page.wait_until(
        "the host's own page",
        "location.pathname === '/about.html'",
        STEP,
    )
    .await?;
    page.assert_no_console_errors().await?;
    Ok(())
}

/// The pinned script (docs/embedding.md): a content-hashed name, cached for good, readable
/// by any origin (CORS, which `crossorigin="anonymous"` needs), and its bytes match the
/// `integrity` value the build wrote, which the browser enforces.
#[tokio::test]
async fn the_pinned_script_has_cors_and_an_integrity_the_browser_enforces() -> Result<()> {
    use base64::Engine;
    use sha2::Digest;

    let dalil = Site::shared()?;
    let (src, integrity) = pinned_embed_script()?;
    assert!(src.starts_with("/embed-") && src.ends_with(".js"), "{src}");
    let r = http::get(&dalil.url(&src), &[])?;
    assert_eq!(r.status, 200, "{src}");
    assert_eq!(r.header("Access-Control-Allow-Origin"), Some("*"));
    assert_eq!(
        r.header("Cache-Control"),
        Some("public, max-age=31536000, immutable")
    );
    let digest = base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&r.body));
    assert_eq!(integrity, format!("sha384-{digest}"));
    // The stable name stays for the snippets already in ministries' pages: same bytes, CORS,
    // revalidated.
    let stable = http::get(&dalil.url("/embed.js"), &[])?;
    assert_eq!(stable.body, r.body);
    assert_eq!(stable.header("Access-Control-Allow-Origin"), Some("*"));
    assert_eq!(stable.header("Cache-Control"), Some("no-cache"));

    // The documented snippet mounts the embed...
    let (_dir, host) = host_page("en", &[(MINISTRY, "en")], "")?;
    let page = Page::open_on(&host, Viewport::PHONE).await?;
    page.goto("/").await?;
    page.wait_for("div[data-dalil-embed] > iframe").await?;
    assert_eq!(
        page.attr("script[integrity]", "integrity").await?,
        Some(integrity.clone())
    );
    assert_eq!(
        page.attr("script[integrity]", "src").await?,
        Some(dalil.url(&src))
    );
    page.assert_no_console_errors().await?;

    // ...and other bytes under that name would not run.
    let dir = tempfile::tempdir()?;
    let wrong = format!("sha384-{}", "A".repeat(64));
    std::fs::write(
        dir.path().join("index.html"),
        format!(
            r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>pinned</title></head>
<body><div data-dalil-embed data-authority="{MINISTRY}"></div>
<script src="{}" integrity="{wrong}" crossorigin="anonymous"></script></body></html>"#,
            dalil.url(&src)
        ),
    )?;
    let other = Site::serve(dir.path())?;
    let page = Page::open_on(&other, Viewport::PHONE).await?;
    page.goto("/").await?;
    let mut refused = false;
    for _ in 0..20 {
        refused = page
            .console_errors()?
            .iter()
            .any(|e| e.message.contains("integrity"));
        if refused {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(
        refused,
        "a wrong integrity was not refused: {:?}",
        page.console_log()?
    );
    assert!(!page.exists("iframe").await?, "the tampered script ran");
    Ok(())
}

/// A link of the embed opened in a tab of its own (outside the host's frame, so without its
/// settings) shows the full site's page, not an empty embed.
#[tokio::test]
async fn an_embed_page_opened_alone_goes_to_the_site() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/embed/services/passport-issue?lang=en").await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the site's page",
        "location.pathname === '/services/passport-issue' && location.search === '?lang=en'",
        MOUNT,
    )
    .await?;
    page.wait_for("header.site-header").await?;
    page.wait_for("main[data-page='service'] .service-header h1")
        .await?;
    // The embed's own home stays, to explain what is missing.
    page.goto("/embed").await?;
    page.wait_mounted().await?;
    assert_eq!(page.eval("return location.pathname;").await?, "/embed");
    page.assert_no_console_errors().await
}

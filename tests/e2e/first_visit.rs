//! The first visit: pre-rendered pages (crates/pages) served by nginx for each path and
//! language, readable in full without JavaScript, found by search engines (canonical,
//! hreflang, Open Graph, JSON-LD, sitemap, robots), and taken over by the app with no visible
//! change.

use std::collections::BTreeSet;

use anyhow::{bail, ensure, Context, Result};
use dalil_e2e::{http, Lang, Page, Site, Viewport, BOTH, STEP};
use serde_json::Value;

use crate::support::{answer_late, in_lang, js, open_taken_over};

fn published(path: &str) -> Result<Value> {
    http::get_json(&Site::shared()?.url(path))
}

/// The ids in a listing (`/api/v1/services.json` or the preview tree's).
fn ids(listing: &Value) -> BTreeSet<String> {
    record_ids(&listing["services"]).into_iter().collect()
}

/// The ids of a list of records.
fn record_ids(records: &Value) -> Vec<String> {
    records
        .as_array()
        .map(|all| {
            all.iter()
                .filter_map(|r| r["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A catalogue text in `lang`, falling back to the other language as the app does.
fn text_in(v: &Value, lang: Lang) -> String {
    let own = v[lang.code()].as_str().unwrap_or_default().trim();
    if !own.is_empty() {
        return own.to_string();
    }
    let other = match lang {
        Lang::Ar => "en",
        Lang::En => "ar",
    };
    v[other].as_str().unwrap_or_default().trim().to_string()
}

/// Text as it appears in HTML source.
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The HTML nginx sends for `path`, before any script runs.
fn served(path: &str) -> Result<String> {
    let response = http::get(&Site::shared()?.url(path), &[])?;
    ensure!(response.status == 200, "{path}: HTTP {}", response.status);
    Ok(response.text())
}

/// The text of the first `<h1>` in `html`'s `#app` (tags and comments dropped, entities
/// kept as written).
fn first_heading_text(html: &str) -> Option<String> {
    let body = &html[html.find("<div id=\"app\">")?..];
    let start = body.find("<h1")?;
    let inner = &body[start..];
    let inner = &inner[inner.find('>')? + 1..inner.find("</h1>")?];
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    Some(text)
}

/// The JSON of the first `<script>` block in `html` whose opening tag holds `marker`.
fn script_json(html: &str, marker: &str) -> Result<Value> {
    let start = html
        .find(marker)
        .with_context(|| format!("no {marker} block"))?;
    let body = &html[start..];
    let body = &body[body.find('>').context("block not opened")? + 1..];
    let end = body.find("</script>").context("block not closed")?;
    serde_json::from_str(&body[..end]).with_context(|| format!("the {marker} block is not JSON"))
}

/// The JSON-LD block of a page.
fn json_ld(html: &str) -> Result<Value> {
    script_json(html, "<script type=\"application/ld+json\"")
}

#[tokio::test]
async fn the_html_served_for_every_service_page_holds_its_content_and_links() -> Result<()> {
    let origin = "http://127.0.0.1:8080";
    for id in ids(&published("/api/v1/services.json")?) {
        let record = published(&format!("/api/v1/services/{id}.json"))?["service"].clone();
        for lang in BOTH {
            let path = format!("/services/{id}");
            let html = served(&in_lang(&path, lang))?;
            let context = format!("{} ({})", path, lang.code());
            ensure!(
                html.contains(&format!("<html lang=\"{}\"", lang.code())),
                "{context}: not in its language"
            );
            let name = escaped(&text_in(&record["name"], lang));
            ensure!(html.contains(&format!("<title>{name}")), "{context}: title");
            let body = &html[html.find("<div id=\"app\">").context("no #app")?..];
            ensure!(
                body.contains(&name),
                "{context}: the name is not in the page"
            );
            for doc in record["documents"].as_array().into_iter().flatten() {
                let doc_name = escaped(&text_in(&doc["name"], lang));
                ensure!(body.contains(&doc_name), "{context}: document {doc_name}");
            }
            for step in record["steps"].as_array().into_iter().flatten() {
                let title = escaped(&text_in(&step["title"], lang));
                ensure!(body.contains(&title), "{context}: step {title}");
            }
            ensure!(
                body.contains("id=\"fee-summary\""),
                "{context}: fee summary"
            );
            ensure!(body.contains("id=\"where\""), "{context}: where to go");
            ensure!(
                html.contains(&format!(
                    "<link rel=\"canonical\" href=\"{origin}{}\"",
                    in_lang(&path, lang)
                )),
                "{context}: canonical"
            );
            for (hreflang, target) in [("ar", Lang::Ar), ("en", Lang::En), ("x-default", Lang::Ar)]
            {
                let link = format!(
                    "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{origin}{}\"",
                    in_lang(&path, target).replace('&', "&amp;")
                );
                ensure!(html.contains(&link), "{context}: {link}");
            }
            ensure!(
                html.contains(&format!("<meta property=\"og:title\" content=\"{name}")),
                "{context}: Open Graph title"
            );
            ensure!(
                html.contains("<meta name=\"description\" content=\""),
                "{context}: description"
            );
            assert_government_service(&json_ld(&html)?, &record, lang, &context)?;
            ensure!(
                html.contains("id=\"dalil-page-data\""),
                "{context}: the page's data block"
            );
        }
    }
    Ok(())
}

/// The shape of a service page's schema.org block.
fn assert_government_service(ld: &Value, record: &Value, lang: Lang, context: &str) -> Result<()> {
    ensure!(
        ld["@context"] == "https://schema.org",
        "{context}: @context"
    );
    ensure!(ld["@type"] == "GovernmentService", "{context}: @type");
    ensure!(
        ld["name"].as_str() == Some(text_in(&record["name"], lang).as_str()),
        "{context}: name {}",
        ld["name"]
    );
    ensure!(ld["description"].is_string(), "{context}: description");
    ensure!(
        ld["provider"]["@type"] == "GovernmentOrganization"
            && ld["provider"]["name"]
                .as_str()
                .is_some_and(|n| !n.is_empty()),
        "{context}: provider {}",
        ld["provider"]
    );
    if let Some(channels) = ld["availableChannel"].as_array() {
        for c in channels {
            ensure!(c["@type"] == "ServiceChannel", "{context}: channel {c}");
            let place = &c["serviceLocation"];
            let online = c["serviceUrl"].as_str();
            ensure!(
                online.is_some_and(|u| u.starts_with("https://"))
                    || (place["@type"] == "Place" && place["address"].is_string()),
                "{context}: a channel is a place with an address or an https service: {c}"
            );
        }
    }
    if let Some(areas) = ld["areaServed"].as_array() {
        ensure!(
            areas.iter().all(|a| a["@type"] == "AdministrativeArea"),
            "{context}: areaServed"
        );
    }
    if let Some(offers) = ld.get("offers") {
        let offers: Vec<&Value> = match offers {
            Value::Array(all) => all.iter().collect(),
            one => vec![one],
        };
        for o in offers {
            ensure!(o["@type"] == "Offer", "{context}: offer {o}");
            let currency = o["priceCurrency"].as_str().unwrap_or_default();
            ensure!(
                ["SYP", "USD", "EUR"].contains(&currency),
                "{context}: currency {o}"
            );
            let price = o["price"]
                .as_str()
                .or(o["priceSpecification"]["minPrice"].as_str())
                .with_context(|| format!("{context}: an offer without a price: {o}"))?;
            ensure!(
                price.parse::<f64>().is_ok(),
                "{context}: price {price:?} is not a number"
            );
        }
    }
    Ok(())
}

/// One page of every kind the site pre-renders.
pub(crate) fn every_kind_of_page() -> Result<Vec<String>> {
    let authorities = published("/api/v1/authorities.json")?;
    let categories = published("/api/v1/categories.json")?;
    let centres = published("/api/v1/centres.json")?;
    let listing = published("/api/v1/services.json")?;
    let first = |doc: &Value, key: &str| -> Result<String> {
        doc[key][0]["id"]
            .as_str()
            .map(str::to_string)
            .with_context(|| format!("no {key}"))
    };
    let with_fees = listing["services"]
        .as_array()
        .and_then(|all| all.iter().find(|s| s["has_fees"] == true))
        .and_then(|s| s["id"].as_str())
        .context("no service with fees")?
        .to_string();
    let without_fees = listing["services"]
        .as_array()
        .and_then(|all| all.iter().find(|s| s["has_fees"] == false))
        .and_then(|s| s["id"].as_str())
        .context("no service without fees")?
        .to_string();
    let used_category = listing["services"][0]["categories"][0]
        .as_str()
        .map(str::to_string)
        .unwrap_or(first(&categories, "categories")?);
    Ok(vec![
        "/".into(),
        "/search".into(),
        "/services".into(),
        format!("/services/{with_fees}"),
        format!("/services/{with_fees}/fees"),
        // It says there is nothing to pay.
        format!("/services/{without_fees}/fees"),
        format!("/authorities/{}", first(&authorities, "authorities")?),
        format!("/categories/{used_category}"),
        "/centres".into(),
        format!("/centres/{}", first(&centres, "centres")?),
    ])
}

#[tokio::test]
async fn without_javascript_every_kind_of_page_reads_in_full() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.disable_javascript()?;
    for path in every_kind_of_page()? {
        for lang in BOTH {
            let address = in_lang(&path, lang);
            page.goto(&address).await?;
            let seen = page
                .eval(
                    "return { lang: document.documentElement.lang, \
                       ready: document.documentElement.dataset.ready || null, \
                       page: (document.querySelector('main#main') || {}).dataset?.page || null, \
                       h1: (document.querySelector('main h1') || {}).textContent || '', \
                       loading: !!document.querySelector('.loading, [data-page=loading]'), \
                       text: document.body.innerText.length };",
                )
                .await?;
            let context = format!("{address} without JavaScript: {seen}");
            ensure!(seen["lang"] == lang.code(), "{context}: language");
            ensure!(seen["ready"].is_null(), "{context}: the app ran");
            ensure!(
                !seen["loading"].as_bool().unwrap_or(true),
                "{context}: a loading state"
            );
            ensure!(
                seen["h1"].as_str().is_some_and(|h| !h.trim().is_empty()),
                "{context}: no heading"
            );
            ensure!(
                seen["text"].as_u64().unwrap_or(0) > 200,
                "{context}: too little text"
            );
        }
    }
    // A service page reads in full: documents, every step, times, fees, where to go.
    let id = "passport-issue";
    let record = published(&format!("/api/v1/services/{id}.json"))?["service"].clone();
    for lang in BOTH {
        page.goto(&in_lang(&format!("/services/{id}"), lang))
            .await?;
        let text = page.eval("return document.body.innerText;").await?;
        let text = text.as_str().unwrap_or_default();
        for doc in record["documents"].as_array().into_iter().flatten() {
            let name = text_in(&doc["name"], lang);
            ensure!(text.contains(&name), "{id} ({lang:?}): document {name}");
        }
        for step in record["steps"].as_array().into_iter().flatten() {
            let title = text_in(&step["title"], lang);
            ensure!(text.contains(&title), "{id} ({lang:?}): step {title}");
        }
        for section in ["#time", "#fee-summary", "#where"] {
            ensure!(page.exists(section).await?, "{id} ({lang:?}): {section}");
        }
    }
    Ok(())
}

#[tokio::test]
async fn the_search_box_without_javascript_leads_to_every_service_a_to_z() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.disable_javascript()?;
    let count = ids(&published("/api/v1/services.json")?).len();
    for lang in BOTH {
        page.goto(&in_lang("/", lang)).await?;
        page.eval(
            "document.querySelector('#search-input').value = 'جواز'; \
             document.querySelector('.search-bar__form').submit();",
        )
        .await?;
        page.wait_until(
            "the A to Z list",
            "location.pathname === '/services' && document.readyState === 'complete'",
            STEP,
        )
        .await?;
        let listed = page
            .eval("return document.querySelectorAll('main .service-list > li').length;")
            .await?;
        ensure!(
            listed.as_u64() == Some(count as u64),
            "{lang:?}: the A to Z list has {listed} services, not {count}"
        );
        // The form sends the page's language with the words: the list is in it.
        let lang_now = page.eval("return document.documentElement.lang;").await?;
        ensure!(
            lang_now == lang.code(),
            "{lang:?}: the A to Z list is in {lang_now}"
        );
    }
    Ok(())
}

/// Installed before the page's scripts: counts layout shifts and notes any loading state
/// the app draws while it takes over.
const WATCH_TAKE_OVER: &str = r#"
window.__dalil = { shift: 0, sawLoading: false };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__dalil.shift += e.value;
}).observe({ type: 'layout-shift', buffered: true });
new MutationObserver(() => {
  const l = document.querySelector('.loading, [data-page=loading]');
  if (l && !window.__dalil.sawLoading) window.__dalil.sawLoading = l.parentElement.outerHTML.slice(0, 300);
}).observe(document, { childList: true, subtree: true });
"#;

#[tokio::test]
async fn the_app_takes_over_a_pre_rendered_page_without_a_visible_change() -> Result<()> {
    for path in every_kind_of_page()? {
        for lang in BOTH {
            // A first visit each time: a browser with the service worker installed opens
            // the app shell from its cache instead (docs/offline.md).
            let page = Page::open(Viewport::PHONE).await?;
            page.before_every_page(WATCH_TAKE_OVER)?;
            let address = in_lang(&path, lang);
            let html = served(&address)?;
            page.goto(&address).await?;
            page.wait_mounted().await?;
            // Settle: the documents the page carried are the app's first answer.
            page.wait_until(
                "the page settled",
                "document.readyState === 'complete'",
                STEP,
            )
            .await?;
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let seen = page
                .eval(
                    "return { shift: window.__dalil.shift, loading: window.__dalil.sawLoading, \
                       h1: document.querySelector('main h1').textContent, \
                       lang: document.documentElement.lang };",
                )
                .await?;
            let context = format!("{address}: {seen}");
            ensure!(seen["lang"] == lang.code(), "{context}: language");
            ensure!(
                seen["loading"] == false,
                "{context}: the app showed a loading state while taking over"
            );
            ensure!(
                seen["shift"].as_f64().unwrap_or(1.0) <= 0.02,
                "{context}: layout shift"
            );
            let h1 = seen["h1"].as_str().unwrap_or_default();
            let served_h1 = first_heading_text(&html).context("the served page has no <h1>")?;
            ensure!(
                escaped(h1) == served_h1,
                "{context}: the heading changed from the served page's {served_h1:?}"
            );
            page.assert_no_console_errors().await?;
        }
    }
    Ok(())
}

/// The data block a served page carries (`dalil-page-data`).
fn page_data(html: &str) -> Result<Value> {
    script_json(html, "id=\"dalil-page-data\"")
}

#[tokio::test]
async fn a_page_carries_only_the_centres_it_shows_and_keeps_them_when_all_have_loaded() -> Result<()>
{
    let centres = published("/api/v1/centres.json")?;
    let every = record_ids(&centres["centres"]);
    let offering_of = |id: &str| -> Vec<String> {
        let offering = centres["centres"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|c| {
                c["services"]
                    .as_array()
                    .is_some_and(|s| s.iter().any(|x| x == id))
            })
            .cloned()
            .collect();
        record_ids(&Value::Array(offering))
    };
    // A service offered at centres, but not at every one.
    let listing = published("/api/v1/services.json")?;
    let id = listing["services"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| {
            s["channels"]
                .as_array()
                .is_some_and(|c| c.iter().any(|k| k == "centre"))
        })
        .filter_map(|s| s["id"].as_str())
        .find(|id| (1..every.len()).contains(&offering_of(id).len()))
        .context("no service offered at some centres only")?
        .to_string();
    let offering = offering_of(&id);
    // At 10,000 services every centre is 430 KB: a page carries the few it shows.
    for path in [format!("/services/{id}"), format!("/services/{id}/fees")] {
        for lang in BOTH {
            let address = in_lang(&path, lang);
            let data = page_data(&served(&address)?)?;
            ensure!(
                data.get("centres").is_none(),
                "{address}: carries every centre"
            );
            ensure!(
                record_ids(&data["centres_part"]) == offering,
                "{address}: carries centres {:?}, offering: {offering:?}",
                record_ids(&data["centres_part"])
            );
        }
    }
    let centre = &every[0];
    let data = page_data(&served(&format!("/centres/{centre}"))?)?;
    ensure!(
        data.get("centres").is_none() && record_ids(&data["centres_part"]) == [centre.clone()],
        "/centres/{centre} carries {data}"
    );
    let data = page_data(&served("/centres")?)?;
    ensure!(
        record_ids(&data["centres"]) == every,
        "/centres carries every centre"
    );

    // In the browser the carried centres are what the reader uses until every centre has
    // loaded, late; then nothing they see changes: the choice, the list and the focus stay.
    const BEFORE: &str = "const select = document.getElementById('governorate'); \
         if (select) { select.value = select.options[1].value; \
           select.dispatchEvent(new Event('change', { bubbles: true })); select.focus(); } \
         return true;";
    const SEEN: &str = "const el = document.querySelector('.centre-picker, .centres--single'); \
         return { text: el ? el.innerText : null, \
           cards: document.querySelectorAll('.centre-card').length, \
           focus: document.activeElement && document.activeElement.id, \
           loaded: window.__dalilCentresLoaded === true };";
    for path in [format!("/services/{id}"), format!("/centres/{centre}")] {
        // Every centre (`centres.json` or its pack) arrives late.
        let late = answer_late(r"\/api\/v1\/(packs\/)?centres[-.]", "__dalilCentresLoaded");
        let page = open_taken_over(&path, &late).await?;
        page.eval(BEFORE).await?;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let before = page.eval(SEEN).await?;
        ensure!(
            before["loaded"] == false && before["cards"].as_u64().unwrap_or(0) > 0,
            "{path}: no centre shown from what the page carried: {before}"
        );
        page.wait_until(
            "every centre loaded",
            "window.__dalilCentresLoaded === true",
            STEP,
        )
        .await?;
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        let mut after = page.eval(SEEN).await?;
        after["loaded"] = Value::Bool(false);
        ensure!(
            after == before,
            "{path}: what the reader saw changed once every centre had loaded: {before} then {after}"
        );
        page.assert_no_console_errors().await?;
    }
    Ok(())
}

#[tokio::test]
async fn a_search_with_words_shows_the_search_page_at_once_and_its_results_after() -> Result<()> {
    let search = "/search?q=%D8%AC%D9%88%D8%A7%D8%B2";
    for lang in BOTH {
        let address = in_lang(search, lang);
        // Before any script: the search page of the language (heading, box, filters; without
        // JavaScript its box leads to the A to Z list).
        let html = served(&address)?;
        ensure!(
            html.contains("data-page=\"search\"") && html.contains("dalil-page-data"),
            "{address}: not the pre-rendered search page"
        );
        ensure!(
            html.contains(&format!("<html lang=\"{}\"", lang.code())),
            "{address}: not in its language"
        );
        // The app takes it over and adds the results, moving nothing that was there.
        let page = Page::open(Viewport::PHONE).await?;
        page.before_every_page(WATCH_TAKE_OVER)?;
        page.goto(&address).await?;
        page.wait_mounted().await?;
        page.wait_until(
            "the results",
            "document.querySelectorAll('ol.search-results li.search-result').length > 0",
            STEP,
        )
        .await?;
        let seen = page
            .eval(
                "return { shift: window.__dalil.shift, box: document.querySelector('#search-input').value, \
                   lang: document.documentElement.lang };",
            )
            .await?;
        ensure!(seen["lang"] == lang.code(), "{address}: {seen}: language");
        ensure!(
            seen["box"] == "جواز",
            "{address}: {seen}: the words are not in the box"
        );
        ensure!(
            seen["shift"].as_f64().unwrap_or(1.0) <= 0.02,
            "{address}: {seen}: layout shift"
        );
        page.assert_no_console_errors().await?;
    }
    Ok(())
}

/// Holds the app back until the test calls `__dalilRelease()`, as a slow network would: the
/// reader acts on the pre-rendered page first.
const HOLD_THE_APP: &str = r#"
(() => {
  let release;
  const released = new Promise(r => { release = r; });
  window.__dalilRelease = release;
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => { await released; return original.apply(WebAssembly, args); };
  }
})();
"#;

#[tokio::test]
async fn what_the_reader_ticked_or_typed_before_the_take_over_is_kept() -> Result<()> {
    // A tick on the pre-rendered checklist counts and is kept once the app is in.
    let page = Page::open(Viewport::PHONE).await?;
    page.before_every_page(HOLD_THE_APP)?;
    page.goto("/services/passport-issue").await?;
    let before = page.text(".checklist-progress").await?;
    page.click("#documents input[type=checkbox]").await?;
    page.eval("window.__dalilRelease();").await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the early tick counted",
        &format!(
            "document.querySelector('#documents input[type=checkbox]').checked \
             && document.querySelector('.checklist-progress').textContent !== {}",
            js(&before)
        ),
        STEP,
    )
    .await?;
    page.reload().await?;
    page.eval("window.__dalilRelease();").await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the early tick kept",
        "document.querySelector('#documents input[type=checkbox]').checked",
        STEP,
    )
    .await?;

    // Words typed into the pre-rendered search box are searched for, and stay in the box
    // with the focus.
    let page = Page::open(Viewport::PHONE).await?;
    page.before_every_page(HOLD_THE_APP)?;
    page.goto("/?lang=en").await?;
    page.type_text("#search-input", "passport").await?;
    page.eval("window.__dalilRelease();").await?;
    page.wait_mounted().await?;
    page.wait_until(
        "results for the early words",
        "location.pathname === '/search' && document.querySelectorAll('.search-result').length > 0 \
         && document.querySelector('#search-input').value === 'passport' \
         && document.activeElement === document.querySelector('#search-input')",
        STEP,
    )
    .await?;
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn after_the_take_over_the_checklist_calculator_and_search_work() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/services/passport-issue").await?;
    page.wait_mounted().await?;
    // The checklist: a tick counts and is kept.
    let before = page.text(".checklist-progress").await?;
    page.click("#documents input[type=checkbox]").await?;
    page.wait_until(
        "the tick counted",
        &format!(
            "document.querySelector('.checklist-progress').textContent !== {}",
            js(&before)
        ),
        STEP,
    )
    .await?;
    page.reload().await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the tick kept",
        "document.querySelector('#documents input[type=checkbox]').checked",
        STEP,
    )
    .await?;
    // The calculator answers.
    page.goto("/services/passport-issue/fees").await?;
    page.wait_mounted().await?;
    page.wait_for(".fee-total, .fees-total, [data-fee-total], .breakdown")
        .await?;
    // Search answers as one types.
    page.goto("/").await?;
    page.wait_mounted().await?;
    page.eval(
        "const i = document.querySelector('#search-input'); i.value = 'جواز'; \
         i.dispatchEvent(new Event('input', { bubbles: true }));",
    )
    .await?;
    page.wait_until(
        "search results",
        "location.pathname === '/search' && document.querySelectorAll('.search-result').length > 0",
        STEP,
    )
    .await?;
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn the_sitemap_lists_every_public_service_in_both_languages_and_nothing_from_the_preview(
) -> Result<()> {
    let origin = "http://127.0.0.1:8080";
    let sitemap = served("/sitemap.xml")?;
    let public = ids(&published("/api/v1/services.json")?);
    ensure!(!public.is_empty(), "no public services");
    for id in &public {
        for lang in BOTH {
            let loc = format!(
                "<loc>{origin}{}</loc>",
                in_lang(&format!("/services/{id}"), lang)
            );
            ensure!(sitemap.contains(&loc), "the sitemap lacks {loc}");
        }
    }
    let preview_only: Vec<String> = ids(&published("/api/v1/preview/services.json")?)
        .difference(&public)
        .cloned()
        .collect();
    ensure!(
        !preview_only.is_empty(),
        "the demo has services under audit"
    );
    for id in &preview_only {
        ensure!(
            !sitemap.contains(&format!("/services/{id}<"))
                && !sitemap.contains(&format!("/services/{id}?")),
            "the sitemap lists {id}, which is only in the preview tree"
        );
        let response = http::get(&Site::shared()?.url(&format!("/services/{id}")), &[])?;
        ensure!(
            !response.text().contains("dalil-page-data"),
            "{id} of the preview tree was pre-rendered"
        );
    }
    ensure!(
        !sitemap.contains("/kiosk") && !sitemap.contains("/embed") && !sitemap.contains("preview")
    );
    // A fee page that only says "no fees" is there for an address typed or kept, not listed.
    ensure!(
        !sitemap.contains("/services/death-registration/fees"),
        "the sitemap lists the fee page of a service without fees"
    );
    let robots = served("/robots.txt")?;
    for line in [
        "Disallow: /kiosk",
        "Disallow: /embed",
        "Disallow: /api/v1/preview/",
        "Sitemap: http://127.0.0.1:8080/sitemap.xml",
    ] {
        ensure!(robots.contains(line), "robots.txt lacks {line:?}");
    }
    Ok(())
}

#[tokio::test]
async fn nginx_serves_the_page_of_the_path_and_language_and_the_app_elsewhere() -> Result<()> {
    let site = Site::shared()?;
    let get = |path: &str| http::get(&site.url(path), &[]);
    let lang_of = |html: &str| -> Option<String> {
        let i = html.find("<html lang=\"")? + "<html lang=\"".len();
        Some(html[i..i + 2].to_string())
    };
    for (path, lang) in [
        ("/", "ar"),
        ("/?lang=en", "en"),
        ("/services/passport-issue", "ar"),
        ("/services/passport-issue?lang=en", "en"),
        ("/services/passport-issue?lang=en&utm_source=x", "en"),
        ("/centres?lang=en", "en"),
        // A service without fees has a fee page that says so, in each language.
        ("/services/death-registration/fees", "ar"),
        ("/services/death-registration/fees?lang=en", "en"),
        // A search with words: the search page of its language, the app adds the results.
        ("/search?q=%D8%AC%D9%88%D8%A7%D8%B2", "ar"),
        ("/search?q=passport&lang=en", "en"),
        ("/search?lang=en&authority=interior", "en"),
    ] {
        let response = get(path)?;
        let html = response.text();
        ensure!(response.status == 200, "{path}: {}", response.status);
        ensure!(
            html.contains("dalil-page-data"),
            "{path}: not the pre-rendered page"
        );
        ensure!(lang_of(&html).as_deref() == Some(lang), "{path}: language");
        ensure!(
            response.header("cache-control") == Some("no-cache"),
            "{path}: a page names this build's files, so it is revalidated"
        );
        ensure!(response.header("x-robots-tag").is_none(), "{path}: noindex");
    }
    // The single-page app where no page was pre-rendered; the kiosk, the embed and the
    // preview tree are not for search engines.
    for (path, noindex) in [
        ("/services/passport-issue?preview=1", true),
        ("/kiosk", true),
        ("/kiosk/services/passport-issue", true),
        ("/embed/services/passport-issue?authority=interior", true),
        // The preview tree has no pages: the app alone knows what it holds.
        ("/services/no-such-service?preview=1", true),
    ] {
        let response = get(path)?;
        let html = response.text();
        ensure!(response.status == 200, "{path}: {}", response.status);
        ensure!(
            !html.contains("dalil-page-data") && html.contains("data-page=\"loading\""),
            "{path}: should be the single-page index.html"
        );
        ensure!(
            (response.header("x-robots-tag") == Some("noindex")) == noindex,
            "{path}: X-Robots-Tag {:?}",
            response.header("x-robots-tag")
        );
    }
    // A record the catalogue does not publish has no page: the app, which tells the reader
    // so, marked noindex so search engines drop the address (no "soft 404").
    for path in [
        "/services/no-such-service",
        "/services/no-such-service?lang=en",
        "/authorities/no-such-authority",
        "/categories/no-such-topic",
        "/centres/no-such-centre?lang=en",
    ] {
        let response = get(path)?;
        let html = response.text();
        ensure!(response.status == 200, "{path}: {}", response.status);
        ensure!(
            html.contains("data-page=\"loading\"") && !html.contains("dalil-page-data"),
            "{path}: should be the single-page index.html"
        );
        ensure!(
            response.header("x-robots-tag") == Some("noindex"),
            "{path}: X-Robots-Tag {:?}",
            response.header("x-robots-tag")
        );
        ensure!(
            response.header("content-security-policy").is_some(),
            "{path}: the site's headers"
        );
    }
    // An address with a trailing slash goes to the page's one address, its query kept.
    for (path, to) in [
        (
            "/services/passport-issue/?lang=en",
            "/services/passport-issue?lang=en",
        ),
        ("/centres/", "/centres"),
        ("/services/", "/services"),
    ] {
        let response = get(path)?;
        ensure!(response.status == 301, "{path}: {}", response.status);
        ensure!(
            response.header("location") == Some(to),
            "{path}: sent to {:?}",
            response.header("location")
        );
    }
    // The pages folder is not a second address for each page.
    let direct = get("/pages/ar/index.html")?;
    if direct.status != 404 {
        bail!("/pages/ar/index.html answered {}", direct.status);
    }
    Ok(())
}

//! Search in a real browser: typing in the search bar, results as you type, what the engine
//! must find (English in the Arabic interface, dialect, spelling variants, Latin letters,
//! typos), highlights, the announced count, the state in the URL, filters checked against the
//! published API, keyboard navigation, the empty state, and accessibility.

use std::collections::BTreeSet;

use anyhow::{Context, Result};
use dalil_e2e::{http, message, Arg, Key, Lang, Page, Site, Viewport, BOTH, STEP};
use serde_json::Value;

use crate::support::{in_lang, js, link_in};

/// The published listing (`/api/v1/services.json`).
fn listing() -> Result<Vec<Value>> {
    let doc = http::get_json(&Site::shared()?.url("/api/v1/services.json"))?;
    doc["services"]
        .as_array()
        .cloned()
        .context("services.json has no services")
}

fn listed<'a>(services: &'a [Value], id: &str) -> Result<&'a Value> {
    services
        .iter()
        .find(|s| s["id"] == id)
        .with_context(|| format!("{id} is not in services.json"))
}

fn has(v: &Value, key: &str, item: &str) -> bool {
    v[key]
        .as_array()
        .is_some_and(|a| a.iter().any(|x| x == item))
}

/// The app's `search-results` message (`locales/*/search.ftl`).
fn results_count(lang: Lang, n: usize) -> String {
    message(lang, "search-results", &[("count", Arg::Num(n as i64))])
}

/// The search page's state has settled: the count is announced, and the results (or the
/// empty state) match it.
const SETTLED: &str = "(() => {
    const count = document.querySelector('main#main[data-page=search] .search-count[role=status]');
    if (!count || count.textContent.trim() === '') return false;
    return document.querySelector('ol.search-results li.search-result') !== null
        || document.querySelector('.search-empty') !== null;
})()";

/// Opens `/search?...` and waits for its results.
async fn open_search(page: &Page, query_string: &str) -> Result<()> {
    page.goto(&format!("/search?{query_string}")).await?;
    page.wait_mounted().await?;
    page.wait_until("the search results", SETTLED, STEP).await
}

/// The service ids of the results, in order (each link checked to keep the page's
/// language).
async fn result_ids(page: &Page) -> Result<Vec<String>> {
    let value = page
        .eval("return [...document.querySelectorAll('ol.search-results li.search-result a.search-result__link')].map(a => [a.getAttribute('href'), document.documentElement.lang]);")
        .await?;
    value
        .as_array()
        .context("no list of results")?
        .iter()
        .map(|found| {
            let lang = Lang::from_code(found[1].as_str().unwrap_or_default())
                .context("the page's language")?;
            let href = link_in(found[0].as_str().unwrap_or_default(), lang)?;
            href.strip_prefix("/services/")
                .map(str::to_string)
                .with_context(|| format!("a result links to {href:?}"))
        })
        .collect()
}

/// The query parameters of the current URL, as (name, value) in order.
async fn url_params(page: &Page) -> Result<Vec<(String, String)>> {
    let value = page
        .eval("return [...new URLSearchParams(location.search)].filter(([k]) => k !== 'lang');")
        .await?;
    Ok(value
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap_or_default().to_string(),
                p[1].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect())
}

fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Whether the focused element matches `selector`.
async fn focused(page: &Page, selector: &str) -> Result<bool> {
    let value = page
        .eval(&format!(
            "return document.activeElement !== null && document.activeElement.matches({});",
            js(selector)
        ))
        .await?;
    Ok(value == Value::Bool(true))
}

#[tokio::test]
async fn typing_on_the_home_page_searches_as_you_type() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/?lang=en").await?;
    page.wait_mounted().await?;
    page.wait_for("label[for=search-input]").await?;
    assert_eq!(
        page.attr("input#search-input", "type").await?.as_deref(),
        Some("search")
    );
    let history_before = page.eval("return history.length;").await?;

    // The first key goes to the search page; the results follow every key after it.
    page.type_text("#search-input", "pas").await?;
    page.wait_until(
        "the search page for \"pas\"",
        "location.pathname === '/search' && new URLSearchParams(location.search).get('q') === 'pas'",
        STEP,
    )
    .await?;
    page.wait_until("results for \"pas\"", SETTLED, STEP)
        .await?;
    assert!(
        result_ids(&page)
            .await?
            .iter()
            .any(|id| id == "passport-issue"),
        "\"pas\" should already find passport-issue"
    );

    page.type_text("#search-input", "sport").await?;
    page.wait_until(
        "the URL to follow the typing",
        "new URLSearchParams(location.search).get('q') === 'passport'",
        STEP,
    )
    .await?;
    page.wait_until("results for \"passport\"", SETTLED, STEP)
        .await?;
    assert_eq!(page.value("#search-input").await?, "passport");
    let ids = result_ids(&page).await?;
    assert!(
        ids.iter().take(3).any(|id| id == "passport-issue"),
        "passport-issue in the top 3 for \"passport\": {ids:?}"
    );
    assert_eq!(
        page.attr("main#main", "data-page").await?.as_deref(),
        Some("search")
    );
    // One history entry for the search, however many keys: the search page replaces.
    let history_after = page.eval("return history.length;").await?;
    assert_eq!(
        history_after.as_i64(),
        history_before.as_i64().map(|n| n + 1),
        "typing on the search page should replace its history entry"
    );
    page.check_axe().await?;
    page.assert_no_console_errors().await?;

    // Back goes to where the search started.
    page.client().back().await?;
    page.wait_until("the home page again", "location.pathname === '/'", STEP)
        .await?;
    Ok(())
}

#[tokio::test]
async fn what_people_type_finds_the_right_service() -> Result<()> {
    let services = listing()?;
    // (query, interface language, the service it must find in its top 3)
    let cases = [
        ("passport", Lang::Ar, "passport-issue"),
        ("فيش", Lang::Ar, "criminal-record-certificate"),
        ("اخراج قيد فردي", Lang::Ar, "individual-civil-extract"),
        ("ikhraj qaid", Lang::En, "individual-civil-extract"),
        ("pasport", Lang::En, "passport-issue"),
    ];
    let page = Page::open(Viewport::KIOSK).await?;
    let mut missed = Vec::new();
    for (query, lang, wanted) in cases {
        let q: String = url_escape(query);
        open_search(&page, &format!("q={q}&lang={}", lang.code())).await?;
        let ids = result_ids(&page).await?;
        if !ids.iter().take(3).any(|id| id == wanted) {
            missed.push(format!(
                "{query:?} ({lang:?}) → {:?}",
                &ids[..ids.len().min(5)]
            ));
            continue;
        }
        // The result shows the service's name in the interface language.
        let name = page
            .text(&format!(
                "li.search-result a.search-result__link[href='{}'] .search-result__name",
                in_lang(&format!("/services/{wanted}"), lang)
            ))
            .await?;
        let expected = listed(&services, wanted)?["name"][lang.code()]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert_eq!(name.trim(), expected, "{query:?}");
    }
    assert!(missed.is_empty(), "not in the top 3: {missed:#?}");
    page.assert_no_console_errors().await
}

/// Percent-encodes a query-string value.
fn url_escape(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn results_highlight_the_words_and_announce_the_count() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    for (query, lang, word) in [
        ("جواز", Lang::Ar, "جواز"),
        ("passport", Lang::En, "passport"),
    ] {
        open_search(
            &page,
            &format!("q={}&lang={}", url_escape(query), lang.code()),
        )
        .await?;
        let n = result_ids(&page).await?.len();
        assert!(n > 0);
        assert_eq!(
            page.text(".search-count[role=status]").await?.trim(),
            results_count(lang, n)
        );
        assert_eq!(
            page.attr(".search-count", "aria-live").await?.as_deref(),
            Some("polite")
        );
        let marks = page
            .eval("return [...document.querySelectorAll('.search-result__name mark, .search-result__summary mark')].map(m => m.textContent.toLowerCase());")
            .await?;
        let marks: Vec<String> = marks
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|m| m.as_str().unwrap_or_default().to_string())
            .collect();
        assert!(
            marks.iter().any(|m| m.contains(word)),
            "no <mark> around {word:?} in the results: {marks:?}"
        );
        // The title says what was searched for.
        assert!(page.text("main#main h1").await?.contains(query));
        page.check_axe().await?;
    }
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn the_url_holds_the_query_and_filters_and_a_reload_keeps_them() -> Result<()> {
    let services = listing()?;
    let page = Page::open(Viewport::KIOSK).await?;
    open_search(&page, "q=certificate&lang=en").await?;
    let all = result_ids(&page).await?;
    assert!(
        all.len() > 3,
        "\"certificate\" should find several services: {all:?}"
    );

    // A filter narrows the results, and every result satisfies it.
    page.select("select#filter-channel", "online").await?;
    page.wait_until(
        "channel=online in the URL",
        "new URLSearchParams(location.search).get('channel') === 'online'",
        STEP,
    )
    .await?;
    page.wait_until("the filtered results", SETTLED, STEP)
        .await?;
    assert_eq!(
        url_params(&page).await?,
        params(&[("q", "certificate"), ("channel", "online")])
    );
    let online = result_ids(&page).await?;
    assert!(
        online.len() < all.len(),
        "channel=online did not narrow {all:?}"
    );
    for id in &online {
        assert!(
            has(listed(&services, id)?, "channels", "online"),
            "{id} is not offered online"
        );
        assert!(all.contains(id), "{id} appeared with the filter only");
    }
    // Filtering keeps the query in the box.
    assert_eq!(page.value("#search-input").await?, "certificate");

    // The whole state survives a reload.
    page.reload().await?;
    page.wait_mounted().await?;
    page.wait_until("the results after a reload", SETTLED, STEP)
        .await?;
    assert_eq!(result_ids(&page).await?, online);
    assert_eq!(page.value("select#filter-channel").await?, "online");
    assert_eq!(page.value("#search-input").await?, "certificate");

    // Typing more keeps the filters.
    page.type_text("#search-input", "s").await?;
    page.wait_until(
        "the new query with the filter kept",
        "new URLSearchParams(location.search).get('q') === 'certificates' && new URLSearchParams(location.search).get('channel') === 'online'",
        STEP,
    )
    .await?;

    // Clearing the filters gives all the results back.
    page.click(".search-filters .link-button").await?;
    page.wait_until(
        "no filter in the URL",
        "!new URLSearchParams(location.search).has('channel')",
        STEP,
    )
    .await?;
    assert_eq!(url_params(&page).await?, params(&[("q", "certificates")]));
    page.assert_no_console_errors().await
}

/// Filters alone list exactly the services of the published API that satisfy them.
#[tokio::test]
async fn filters_alone_list_exactly_the_matching_services() -> Result<()> {
    let services = listing()?;
    let matching = |keep: &dyn Fn(&Value) -> bool| -> BTreeSet<String> {
        services
            .iter()
            .filter(|s| keep(s))
            .filter_map(|s| s["id"].as_str().map(str::to_string))
            .collect()
    };
    let justice = matching(&|s| s["authority"] == "justice" || s["ministry"] == "justice");
    let online = matching(&|s| has(s, "channels", "online"));
    let centre_in_aleppo =
        matching(&|s| has(s, "channels", "centre") && has(s, "governorates", "aleppo"));
    let travel = matching(&|s| has(s, "categories", "travel"));
    assert!(!justice.is_empty() && !online.is_empty() && !centre_in_aleppo.is_empty());

    let page = Page::open(Viewport::PHONE).await?;
    open_search(&page, "authority=justice&lang=ar").await?;
    assert_eq!(page.value("select#filter-authority").await?, "justice");
    let shown: BTreeSet<String> = result_ids(&page).await?.into_iter().collect();
    assert_eq!(shown, justice, "authority=justice");

    // Choosing filters in the page writes them to the URL, in a stable order.
    page.select("select#filter-authority", "").await?;
    page.select("select#filter-channel", "centre").await?;
    page.select("select#filter-governorate", "aleppo").await?;
    page.wait_until(
        "the filters in the URL",
        "location.search.includes('governorate=aleppo') && location.search.includes('channel=centre')",
        STEP,
    )
    .await?;
    page.wait_until("the filtered results", SETTLED, STEP)
        .await?;
    assert_eq!(
        url_params(&page).await?,
        params(&[("governorate", "aleppo"), ("channel", "centre")])
    );
    let shown: BTreeSet<String> = result_ids(&page).await?.into_iter().collect();
    assert_eq!(shown, centre_in_aleppo, "channel=centre&governorate=aleppo");
    page.check_axe().await?;

    for (query, expected) in [("channel=online", &online), ("category=travel", &travel)] {
        open_search(&page, &format!("{query}&lang=en")).await?;
        let shown: BTreeSet<String> = result_ids(&page).await?.into_iter().collect();
        assert_eq!(&shown, expected, "{query}");
        assert_eq!(
            page.text(".search-count").await?.trim(),
            results_count(Lang::En, expected.len())
        );
    }
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn arrow_keys_move_between_results_and_escape_returns_to_the_box() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    open_search(&page, "q=%D9%82%D9%8A%D8%AF&lang=ar").await?; // قيد
    let ids = result_ids(&page).await?;
    assert!(
        ids.len() >= 3,
        "\"قيد\" should find at least three services: {ids:?}"
    );
    let nth = |n: usize| {
        format!("ol.search-results li.search-result:nth-child({n}) a.search-result__link")
    };

    page.click("#search-input").await?;
    assert!(focused(&page, "#search-input").await?);
    page.press(Key::Down).await?;
    page.wait_until(
        "the first result focused",
        &format!("document.activeElement.matches({})", js(&nth(1))),
        STEP,
    )
    .await?;
    page.press(Key::Down).await?;
    assert!(focused(&page, &nth(2)).await?, "ArrowDown → second result");
    page.press(Key::Down).await?;
    assert!(focused(&page, &nth(3)).await?, "ArrowDown → third result");
    page.press(Key::Up).await?;
    assert!(focused(&page, &nth(2)).await?, "ArrowUp → second result");
    page.press(Key::Escape).await?;
    assert!(
        focused(&page, "#search-input").await?,
        "Escape → the search box"
    );
    page.press(Key::Down).await?;
    assert!(
        focused(&page, &nth(1)).await?,
        "ArrowDown from the box → first result"
    );
    page.press(Key::Up).await?;
    assert!(
        focused(&page, "#search-input").await?,
        "ArrowUp from the first → the box"
    );
    // The keys did not type into the box or change the search.
    assert_eq!(page.value("#search-input").await?, "قيد");
    assert_eq!(result_ids(&page).await?, ids);

    // Enter on a focused result opens it.
    page.press(Key::Down).await?;
    page.press(Key::Enter).await?;
    page.wait_until(
        "the first result's page",
        &format!(
            "location.pathname === {}",
            js(&format!("/services/{}", ids[0]))
        ),
        STEP,
    )
    .await?;
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn gibberish_shows_the_empty_state_and_suggestions_lead_somewhere() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    for lang in [Lang::Ar, Lang::En] {
        open_search(&page, &format!("q=xqzvjwk&lang={}", lang.code())).await?;
        page.wait_for(".search-empty").await?;
        assert!(!page.exists("ol.search-results").await?);
        assert_eq!(
            page.text(".search-count[role=status]").await?.trim(),
            results_count(lang, 0)
        );
        assert!(page.text(".search-empty h2").await?.contains("xqzvjwk"));
        page.check_axe().await?;
    }

    // A typo too far off to match offers the word it was meant to be, which finds it.
    open_search(&page, "q=dravinq&lang=en").await?;
    assert!(
        page.exists(".search-empty").await?,
        "\"dravinq\" should find nothing"
    );
    page.wait_for(".search-empty a.suggestion").await?;
    let suggestions = page
        .eval("return [...document.querySelectorAll('.search-empty a.suggestion')].map(a => [a.textContent.trim(), a.getAttribute('href')]);")
        .await?;
    let suggestions: Vec<(String, String)> = suggestions
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap_or_default().to_string(),
                p[1].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let Some((word, href)) = suggestions
        .iter()
        .find(|(word, _)| word.eq_ignore_ascii_case("driving"))
    else {
        panic!("\"driving\" is not among the suggestions for \"dravinq\": {suggestions:?}");
    };
    assert_eq!(href, &in_lang(&format!("/search?q={word}"), Lang::En));
    page.click(&format!(".search-empty a.suggestion[href='{href}']"))
        .await?;
    page.wait_until(
        "the suggestion's results",
        &format!("location.pathname + location.search === {}", js(href)),
        STEP,
    )
    .await?;
    page.wait_until("results", SETTLED, STEP).await?;
    assert!(result_ids(&page)
        .await?
        .iter()
        .any(|id| id == "driving-licence"));
    assert_eq!(&page.value("#search-input").await?, word);
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn results_pages_pass_axe_on_phone_and_kiosk_in_both_languages() -> Result<()> {
    for viewport in [Viewport::PHONE, Viewport::KIOSK] {
        let page = Page::open(viewport).await?;
        for lang in [Lang::Ar, Lang::En] {
            open_search(
                &page,
                &format!(
                    "q={}&channel=centre&lang={}",
                    url_escape("شهادة"),
                    lang.code()
                ),
            )
            .await?;
            assert!(!result_ids(&page).await?.is_empty());
            page.check_axe().await?;
            page.screenshot(&format!("search-{}-{}", lang.code(), viewport.name))
                .await?;
        }
        page.assert_no_console_errors().await?;
    }
    Ok(())
}

#[tokio::test]
async fn on_a_phone_the_results_come_before_folded_filters() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    for lang in BOTH {
        open_search(&page, &format!("q=passport&lang={}", lang.code())).await?;
        assert_eq!(page.attr("details.search-filters", "open").await?, None);
        // The first result is on the first screen, not below four drop-downs.
        let top = page
            .eval("return document.querySelector('li.search-result').getBoundingClientRect().top < innerHeight;")
            .await?;
        assert_eq!(top, true, "{lang:?}: the first result is below the fold");
        // One tap unfolds them, and they work.
        page.click(".search-filters__summary").await?;
        page.wait_until(
            "the filters unfolded",
            "document.querySelector('details.search-filters').open",
            STEP,
        )
        .await?;
        page.select("select#filter-channel", "online").await?;
        page.wait_until(
            "the filter in the URL",
            "location.search.includes('channel=online')",
            STEP,
        )
        .await?;
        page.check_axe().await?;
        // A filter in use keeps them open on the next visit.
        page.reload().await?;
        page.wait_mounted().await?;
        page.wait_until("the search results", SETTLED, STEP).await?;
        assert!(page.attr("details.search-filters", "open").await?.is_some());
    }
    // A wider screen shows them open beside the results.
    let wide = Page::open(Viewport::KIOSK).await?;
    open_search(&wide, "q=passport").await?;
    assert!(wide.attr("details.search-filters", "open").await?.is_some());
    page.assert_no_console_errors().await?;
    Ok(())
}

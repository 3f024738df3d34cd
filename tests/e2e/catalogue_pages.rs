//! The catalogue pages in a real browser, checked against the published API
//! (`/api/v1/*.json` as nginx serves it): the home page's ministries and topics with their
//! counts, an authority page, a category page, the centres page and its governorate filter,
//! a centre page, and unknown ids.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context, Result};
use dalil_e2e::{http, message, Arg, Lang, Page, Site, Viewport, STEP};
use serde_json::Value;

use crate::support::{in_lang, link_in};

/// An API document of the shared site, e.g. `services.json`.
fn api(file: &str) -> Result<Value> {
    http::get_json(&Site::shared()?.url(&format!("/api/v1/{file}")))
}

/// The array `key` of the API document `file`.
fn api_list(file: &str, key: &str) -> Result<Vec<Value>> {
    api(file)?[key]
        .as_array()
        .cloned()
        .with_context(|| format!("{file} has no `{key}` array"))
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_default()
}

/// A bilingual catalogue text in `lang`.
fn name_in(v: &Value, lang: Lang) -> String {
    v["name"][lang.code()]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The app's `service-count` message (`locales/*/main.ftl`).
fn service_count(lang: Lang, n: usize) -> String {
    message(lang, "service-count", &[("count", Arg::Num(n as i64))])
}

/// The app's `home-stats` message (`locales/*/main.ftl`).
fn home_stats(lang: Lang, services: usize, authorities: usize) -> String {
    message(
        lang,
        "home-stats",
        &[
            ("services", Arg::Num(services as i64)),
            ("authorities", Arg::Num(authorities as i64)),
        ],
    )
}

/// Loads `path` and waits for the app.
async fn open_at(page: &Page, path: &str) -> Result<()> {
    page.goto(path).await?;
    page.wait_mounted().await
}

/// The page is `data_page` in `lang`, has a non-empty h1, passes axe, and logged no error.
async fn assert_good(page: &Page, lang: Lang, data_page: &str) -> Result<()> {
    let condition = format!(
        "document.documentElement.lang === '{}' && document.querySelector('main#main[data-page=\"{data_page}\"] h1') !== null",
        lang.code()
    );
    page.wait_until(
        &format!("the {data_page} page in {lang:?}"),
        &condition,
        STEP,
    )
    .await?;
    assert!(!page.text("main#main h1").await?.trim().is_empty());
    page.check_axe().await?;
    page.assert_no_console_errors().await
}

/// `[address, text of `part` inside it (or the whole link)]` of every link matching
/// `selector`: the address without its language, once checked that the link keeps the
/// page's language.
async fn links(page: &Page, selector: &str, part: &str) -> Result<Vec<(String, String)>> {
    let script = format!(
        "return [...document.querySelectorAll({sel})].map(a => {{
            const p = {part} ? a.querySelector({part}) : a;
            return [a.getAttribute('href'), p ? p.innerText.trim() : null,
              document.documentElement.lang];
        }});",
        sel = serde_json::to_string(selector)?,
        part = serde_json::to_string(part)?,
    );
    let found = page.eval(&script).await?;
    found
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|found| {
            let lang = Lang::from_code(found[2].as_str().unwrap_or_default())
                .context("the page's language")?;
            Ok((
                link_in(found[0].as_str().unwrap_or_default(), lang)?,
                found[1].as_str().unwrap_or_default().to_string(),
            ))
        })
        .collect()
}

/// Waits until at least one element matches `selector`.
async fn wait_for_some(page: &Page, selector: &str) -> Result<()> {
    let condition = format!(
        "document.querySelectorAll({}).length > 0",
        serde_json::to_string(selector)?
    );
    page.wait_until(&format!("`{selector}`"), &condition, STEP)
        .await
}

/// The hrefs of the service links on the page, sorted.
async fn listed_services(page: &Page) -> Result<Vec<String>> {
    let mut hrefs: Vec<String> = links(page, ".service-list__item a.service-list__link", "")
        .await?
        .into_iter()
        .map(|(href, _)| href)
        .collect();
    hrefs.sort();
    Ok(hrefs)
}

/// `/services/<id>` of each id, sorted.
fn service_hrefs<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut hrefs: Vec<String> = ids
        .into_iter()
        .map(|id| format!("/services/{id}"))
        .collect();
    hrefs.sort();
    hrefs
}

#[tokio::test]
async fn home_lists_ministries_and_topics_with_the_published_counts() -> Result<()> {
    let services = api_list("services.json", "services")?;
    let authorities = api_list("authorities.json", "authorities")?;
    let categories = api_list("categories.json", "categories")?;

    let mut by_ministry: BTreeMap<&str, usize> = BTreeMap::new();
    for service in &services {
        *by_ministry.entry(s(service, "ministry")).or_default() += 1;
    }
    let mut by_category: BTreeMap<&str, usize> = BTreeMap::new();
    for service in &services {
        for c in service["categories"].as_array().into_iter().flatten() {
            *by_category
                .entry(c.as_str().unwrap_or_default())
                .or_default() += 1;
        }
    }
    assert!(
        by_ministry.values().any(|n| *n == 1) && by_ministry.values().any(|n| *n > 10),
        "the demo catalogue should have ministries with one and with many services: {by_ministry:?}"
    );

    let page = Page::open(Viewport::PHONE).await?;
    for lang in [Lang::Ar, Lang::En] {
        open_at(&page, &format!("/?lang={}", lang.code())).await?;
        wait_for_some(
            &page,
            "section[aria-labelledby=home-categories] .tile__link",
        )
        .await?;
        assert_good(&page, lang, "home").await?;

        assert_eq!(
            page.text(".hero__stats").await?.trim(),
            home_stats(lang, services.len(), by_ministry.len())
        );

        // Every ministry with published services, by the `ministry` field of the listing.
        let mut expected: Vec<(String, String)> = authorities
            .iter()
            .filter(|a| s(a, "kind") == "ministry" || a["parent"].is_null())
            .filter_map(|a| {
                by_ministry.get(s(a, "id")).map(|n| {
                    (
                        format!("/authorities/{}|{}", s(a, "id"), name_in(a, lang)),
                        service_count(lang, *n),
                    )
                })
            })
            .collect();
        let tiles = tile_texts(&page, "home-ministries").await?;
        expected.sort();
        assert_eq!(tiles, expected, "the ministry tiles in {lang:?}");

        let mut expected: Vec<(String, String)> = categories
            .iter()
            .filter_map(|c| {
                by_category.get(s(c, "id")).map(|n| {
                    (
                        format!("/categories/{}|{}", s(c, "id"), name_in(c, lang)),
                        service_count(lang, *n),
                    )
                })
            })
            .collect();
        expected.sort();
        let tiles = tile_texts(&page, "home-categories").await?;
        assert_eq!(tiles, expected, "the category tiles in {lang:?}");
    }
    Ok(())
}

/// `("href|name", count text)` of the tiles in the section headed by `#heading`, sorted.
async fn tile_texts(page: &Page, heading: &str) -> Result<Vec<(String, String)>> {
    let selector = format!("section[aria-labelledby={heading}] .tiles .tile__link");
    let names = links(page, &selector, ".tile__name").await?;
    let counts = links(page, &selector, ".tile__count").await?;
    let mut tiles: Vec<(String, String)> = names
        .into_iter()
        .zip(counts)
        .map(|((href, name), (_, count))| (format!("{href}|{name}"), count))
        .collect();
    tiles.sort();
    Ok(tiles)
}

#[tokio::test]
async fn a_ministry_tile_opens_its_authority_page_with_exactly_its_services() -> Result<()> {
    let services = api_list("services.json", "services")?;
    let authorities = api_list("authorities.json", "authorities")?;
    let of = |id: &str| {
        service_hrefs(
            services
                .iter()
                .filter(|x| s(x, "authority") == id || s(x, "ministry") == id)
                .map(|x| s(x, "id")),
        )
    };
    let interior = authorities
        .iter()
        .find(|a| s(a, "id") == "interior")
        .context("no `interior` in authorities.json")?;

    let page = Page::open(Viewport::KIOSK).await?;
    open_at(&page, "/?lang=en").await?;
    page.click(&format!(
        "section[aria-labelledby=home-ministries] a.tile__link[href='{}']",
        in_lang("/authorities/interior", Lang::En)
    ))
    .await?;
    page.wait_until(
        "the authority page",
        "location.pathname === '/authorities/interior'",
        STEP,
    )
    .await?;
    wait_for_some(&page, ".service-list__link").await?;
    assert_good(&page, Lang::En, "authority").await?;
    assert_eq!(
        page.text("main#main h1").await?.trim(),
        name_in(interior, Lang::En)
    );
    let expected = of("interior");
    assert_eq!(
        expected.len(),
        12,
        "the demo catalogue's Ministry of Interior"
    );
    assert_eq!(listed_services(&page).await?, expected);

    // Its directorates are listed and lead to their own pages.
    let children: BTreeSet<String> = links(&page, "main#main .link-list a", "")
        .await?
        .into_iter()
        .map(|(href, _)| href)
        .collect();
    let expected_children: BTreeSet<String> = authorities
        .iter()
        .filter(|a| s(a, "parent") == "interior")
        .map(|a| format!("/authorities/{}", s(a, "id")))
        .collect();
    assert_eq!(children, expected_children);
    assert!(children.contains("/authorities/interior-immigration"));

    page.click(&format!(
        "main#main .link-list a[href='{}']",
        in_lang("/authorities/interior-immigration", Lang::En)
    ))
    .await?;
    page.wait_until(
        "the directorate page",
        "location.pathname === '/authorities/interior-immigration'",
        STEP,
    )
    .await?;
    wait_for_some(&page, ".service-list__link").await?;
    let immigration = authorities
        .iter()
        .find(|a| s(a, "id") == "interior-immigration")
        .context("no `interior-immigration` in authorities.json")?;
    assert_eq!(
        page.text("main#main h1").await?.trim(),
        name_in(immigration, Lang::En)
    );
    let expected = of("interior-immigration");
    assert!(expected.contains(&"/services/passport-issue".to_string()));
    assert_eq!(listed_services(&page).await?, expected);
    // The way back up to the ministry.
    assert!(
        page.exists(&format!(
            ".authority__parent a[href='{}']",
            in_lang("/authorities/interior", Lang::En)
        ))
        .await?
    );
    assert_good(&page, Lang::En, "authority").await?;

    // The same page in Arabic, without a reload.
    page.click("#lang-switch").await?;
    assert_good(&page, Lang::Ar, "authority").await?;
    assert_eq!(
        page.text("main#main h1").await?.trim(),
        name_in(immigration, Lang::Ar)
    );
    assert_eq!(listed_services(&page).await?, expected);
    Ok(())
}

#[tokio::test]
async fn a_topic_tile_opens_its_category_page_with_exactly_its_services() -> Result<()> {
    let services = api_list("services.json", "services")?;
    let categories = api_list("categories.json", "categories")?;
    let travel = categories
        .iter()
        .find(|c| s(c, "id") == "travel")
        .context("no `travel` in categories.json")?;
    let expected = service_hrefs(
        services
            .iter()
            .filter(|x| {
                x["categories"]
                    .as_array()
                    .is_some_and(|c| c.iter().any(|c| c == "travel"))
            })
            .map(|x| s(x, "id")),
    );
    assert!(expected.contains(&"/services/passport-issue".to_string()));

    let page = Page::open(Viewport::PHONE).await?;
    open_at(&page, "/?lang=ar").await?;
    page.click("section[aria-labelledby=home-categories] a.tile__link[href='/categories/travel']")
        .await?;
    page.wait_until(
        "the category page",
        "location.pathname === '/categories/travel'",
        STEP,
    )
    .await?;
    wait_for_some(&page, ".service-list__link").await?;
    assert_good(&page, Lang::Ar, "category").await?;
    assert_eq!(
        page.text("main#main h1").await?.trim(),
        name_in(travel, Lang::Ar)
    );
    assert_eq!(listed_services(&page).await?, expected);

    // Each entry shows the service's name in the interface language.
    let passport = services
        .iter()
        .find(|x| s(x, "id") == "passport-issue")
        .context("no passport-issue in services.json")?;
    let names = links(
        &page,
        "a.service-list__link[href='/services/passport-issue']",
        "",
    )
    .await?;
    assert_eq!(names[0].1, name_in(passport, Lang::Ar));

    page.click("#lang-switch").await?;
    assert_good(&page, Lang::En, "category").await?;
    assert_eq!(
        page.text("main#main h1").await?.trim(),
        name_in(travel, Lang::En)
    );
    let names = links(
        &page,
        "a.service-list__link[href='/services/passport-issue?lang=en']",
        "",
    )
    .await?;
    assert_eq!(names[0].1, name_in(passport, Lang::En));
    Ok(())
}

/// The `data-centre` ids of the centre cards shown, sorted.
async fn shown_centres(page: &Page) -> Result<Vec<String>> {
    let ids = page
        .eval("return [...document.querySelectorAll('.centre-card[data-centre]')].map(c => c.dataset.centre);")
        .await?;
    let mut ids: Vec<String> = ids
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect();
    ids.sort();
    Ok(ids)
}

/// Waits until exactly `count` centre cards are shown.
async fn wait_for_centre_count(page: &Page, count: usize) -> Result<()> {
    page.wait_until(
        &format!("{count} centre cards"),
        &format!("document.querySelectorAll('.centre-card[data-centre]').length === {count}"),
        STEP,
    )
    .await
}

#[tokio::test]
async fn the_centres_page_filters_by_governorate_and_remembers_the_choice() -> Result<()> {
    let centres = api_list("centres.json", "centres")?;
    let all: Vec<String> = {
        let mut ids: Vec<String> = centres.iter().map(|c| s(c, "id").to_string()).collect();
        ids.sort();
        ids
    };
    let in_gov = |gov: &str| {
        let mut ids: Vec<String> = centres
            .iter()
            .filter(|c| s(c, "governorate") == gov)
            .map(|c| s(c, "id").to_string())
            .collect();
        ids.sort();
        ids
    };
    let aleppo = in_gov("aleppo");
    assert!(aleppo.len() > 1, "the demo has several centres in Aleppo");

    let page = Page::open(Viewport::KIOSK).await?;
    open_at(&page, "/centres?lang=en").await?;
    wait_for_centre_count(&page, all.len()).await?;
    assert_good(&page, Lang::En, "centres").await?;
    assert_eq!(page.value("select#governorate").await?, "");
    assert_eq!(shown_centres(&page).await?, all);

    page.select("select#governorate", "aleppo").await?;
    wait_for_centre_count(&page, aleppo.len()).await?;
    assert_eq!(shown_centres(&page).await?, aleppo);
    assert_eq!(
        page.local_storage_get("dalil.governorate")
            .await?
            .as_deref(),
        Some("aleppo")
    );
    page.check_axe().await?;

    // The choice survives a reload, and applies in Arabic too.
    open_at(&page, "/centres?lang=ar").await?;
    wait_for_centre_count(&page, aleppo.len()).await?;
    assert_good(&page, Lang::Ar, "centres").await?;
    assert_eq!(page.value("select#governorate").await?, "aleppo");
    assert_eq!(shown_centres(&page).await?, aleppo);

    // Another governorate, then all of them again.
    let damascus = in_gov("damascus");
    page.select("select#governorate", "damascus").await?;
    page.wait_until(
        "the Damascus centres",
        "[...document.querySelectorAll('.centre-card[data-centre]')].every(c => c.dataset.centre.startsWith('damascus-'))",
        STEP,
    )
    .await?;
    wait_for_centre_count(&page, damascus.len()).await?;
    assert_eq!(shown_centres(&page).await?, damascus);

    page.select("select#governorate", "").await?;
    wait_for_centre_count(&page, all.len()).await?;
    assert_eq!(page.local_storage_get("dalil.governorate").await?, None);
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn a_centre_page_lists_the_published_services_it_offers() -> Result<()> {
    let centres = api_list("centres.json", "centres")?;
    let services = api_list("services.json", "services")?;
    let published: BTreeSet<&str> = services.iter().map(|x| s(x, "id")).collect();
    let centre = centres
        .iter()
        .find(|c| s(c, "id") == "damascus-marjeh")
        .context("no damascus-marjeh in centres.json")?;
    let expected = service_hrefs(
        centre["services"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|id| published.contains(id)),
    );
    assert!(expected.len() > 10);

    let page = Page::open(Viewport::PHONE).await?;
    open_at(&page, "/centres?lang=ar").await?;
    page.click(".centre-card[data-centre=damascus-marjeh] .centre-card__name a")
        .await?;
    page.wait_until(
        "the centre page",
        "location.pathname === '/centres/damascus-marjeh'",
        STEP,
    )
    .await?;
    wait_for_some(&page, ".service-list__link").await?;
    assert_good(&page, Lang::Ar, "centre").await?;
    assert_eq!(
        page.text("main#main h1").await?.trim(),
        name_in(centre, Lang::Ar)
    );
    assert_eq!(listed_services(&page).await?, expected);
    // Its card: the phone is a tel: link without spaces.
    assert_eq!(
        page.attr(
            ".centre-card[data-centre=damascus-marjeh] a[href^='tel:']",
            "href"
        )
        .await?
        .as_deref(),
        Some(format!("tel:{}", s(centre, "phone").replace(' ', "")).as_str())
    );

    open_at(&page, "/centres/damascus-marjeh?lang=en").await?;
    wait_for_some(&page, ".service-list__link").await?;
    assert_good(&page, Lang::En, "centre").await?;
    assert_eq!(
        page.text("main#main h1").await?.trim(),
        name_in(centre, Lang::En)
    );
    assert_eq!(listed_services(&page).await?, expected);
    Ok(())
}

#[tokio::test]
async fn unknown_authority_category_and_centre_ids_say_so() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    for (path, data_page) in [
        ("/authorities/no-such-authority", "authority"),
        ("/categories/no-such-topic", "category"),
        ("/centres/no-such-centre", "centre"),
    ] {
        for (lang, heading) in [
            (Lang::Ar, message(Lang::Ar, "not-found-title", &[])),
            (Lang::En, message(Lang::En, "not-found-title", &[])),
        ] {
            open_at(&page, &format!("{path}?lang={}", lang.code())).await?;
            page.wait_until(
                &format!("the not-found heading at {path}"),
                &format!(
                    "(document.querySelector('main#main h1') || {{}}).textContent === {}",
                    serde_json::to_string(&heading)?
                ),
                STEP,
            )
            .await?;
            assert_good(&page, lang, data_page).await?;
            assert!(
                !page.exists(".service-list").await?,
                "{path} lists services"
            );
        }
    }
    Ok(())
}

//! Kiosk mode (`/kiosk`, or `"kiosk": true` in `config.json`) in a real browser: the on-screen
//! keyboard in both layouts with live results, the idle countdown and the reset that wipes the
//! last person's search, ticks, governorate and language, the QR codes (decoded here from
//! screenshots), external links shown as QR codes, internal links kept inside `/kiosk`, Back
//! that cannot leave, the printed slip, axe and screenshots in portrait and landscape.

use std::time::Duration;

use anyhow::{Context, Result};
use dalil_e2e::{http, message, paths, Arg, Lang, Limit, Page, Site, Viewport, BOTH, STEP};
use fantoccini::Locator;

use crate::support::{copy_dir, js, wait_lang, write_served};

/// A service with documents, steps and centres, present in the sample catalogue.
const SERVICE: &str = "passport-issue";
/// A service offered at citizen service centres: its page has the governorate choice.
const CENTRE_SERVICE: &str = "individual-civil-extract";

/// Opens a kiosk page and waits for its frame.
async fn open(page: &Page, path: &str) -> Result<()> {
    page.goto(path).await?;
    page.wait_mounted().await?;
    page.wait_for("html[data-kiosk] .kiosk-header").await?;
    Ok(())
}

/// Opens a service page in the kiosk and waits for its content.
async fn open_kiosk_service(page: &Page, id: &str, query: &str) -> Result<()> {
    open(page, &format!("/kiosk/services/{id}{query}")).await?;
    page.wait_for("main[data-page='service'] .service-header h1")
        .await?;
    page.wait_for("#kiosk-phone-qr svg.qr").await?;
    Ok(())
}

/// Presses on-screen keys, one tap each.
async fn tap_keys(page: &Page, keys: &[&str]) -> Result<()> {
    for key in keys {
        page.click(&format!("#kiosk-keyboard .kiosk-key[data-key={}]", js(key)))
            .await?;
    }
    Ok(())
}

/// The ids of the services listed as results on the kiosk home.
async fn result_ids(page: &Page) -> Result<Vec<String>> {
    page.eval_strings("return [...document.querySelectorAll('#kiosk-results .kiosk-result')].map(li => li.dataset.service);")
        .await
}

/// What the device stores of its users: every `dalil.` key but `dalil.catalogue`, the
/// device's own note of the catalogue it keeps for offline use (docs/offline.md).
async fn stored_keys(page: &Page) -> Result<Vec<String>> {
    page.eval_strings("return Object.keys(localStorage).filter(k => k.startsWith('dalil.') && k !== 'dalil.catalogue').sort();")
        .await
}

/// The links of the page that would take it out of the kiosk: another origin, another
/// scheme (`tel:`, `mailto:`), or a path of this site outside `/kiosk`.
async fn links_out(page: &Page) -> Result<Vec<String>> {
    let v = page
        .eval(
            "return [...document.querySelectorAll('a[href], area[href]')]
                .map(a => a.href)
                .filter(h => { const u = new URL(h, location.href);
                    return u.origin !== location.origin
                        || !(u.pathname === '/kiosk' || u.pathname.startsWith('/kiosk/')); });",
        )
        .await?;
    Ok(v.as_array()
        .context("an array")?
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect())
}

/// Decodes every QR code in a PNG.
fn decode_qr(png_bytes: &[u8]) -> Result<Vec<String>> {
    let mut decoder = png::Decoder::new(png_bytes);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info()?;
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf)?;
    let channels = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let grey = |x: usize, y: usize| -> u8 {
        let i = (y * w + x) * channels;
        match channels {
            1 | 2 => buf[i],
            _ => {
                ((u32::from(buf[i]) * 3 + u32::from(buf[i + 1]) * 6 + u32::from(buf[i + 2])) / 10)
                    as u8
            }
        }
    };
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, grey);
    let mut found = Vec::new();
    for grid in prepared.detect_grids() {
        let (_, content) = grid.decode().context("a QR code that does not decode")?;
        found.push(content);
    }
    Ok(found)
}

/// Screenshots one element and decodes the QR codes in it.
async fn qr_in(page: &Page, selector: &str) -> Result<Vec<String>> {
    let element = page
        .client()
        .find(Locator::Css(selector))
        .await
        .with_context(|| format!("finding `{selector}`"))?;
    // The element must be in view for its pixels to be captured.
    page.eval(&format!(
        "document.querySelector({}).scrollIntoView({{block: 'center'}});",
        js(selector)
    ))
    .await?;
    let png = element.screenshot().await?;
    decode_qr(&png)
}

#[tokio::test]
async fn the_on_screen_keyboard_types_arabic_and_english_and_results_appear() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    open(&page, "/kiosk").await?;
    assert_eq!(
        page.attr("#kiosk-keyboard", "data-layout")
            .await?
            .as_deref(),
        Some("ar"),
        "the keyboard starts in the interface language"
    );

    // Arabic: جواز (passport), key by key; the results follow every key.
    tap_keys(&page, &["ج", "و", "ا", "ز"]).await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "جواز");
    page.wait_until(
        "results for جواز",
        "document.querySelectorAll('#kiosk-results .kiosk-result').length > 0",
        STEP,
    )
    .await?;
    let ids = result_ids(&page).await?;
    assert!(
        ids.iter().any(|id| id == SERVICE),
        "جواز should find {SERVICE}: {ids:?}"
    );
    assert!(
        !page.text("#kiosk-results-count").await?.trim().is_empty(),
        "the number of results is announced"
    );
    // The results are links into the kiosk.
    assert_eq!(
        page.attr(
            &format!("#kiosk-results .kiosk-result[data-service='{SERVICE}'] a"),
            "href"
        )
        .await?
        .as_deref(),
        Some(format!("/kiosk/services/{SERVICE}").as_str())
    );

    // Delete takes one letter back; Space adds a space; the box can be cleared.
    page.click("#kiosk-key-delete").await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "جوا");
    page.click("#kiosk-key-space").await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "جوا ");
    page.click("#kiosk-search-clear").await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "");
    page.wait_until(
        "the topics again",
        "document.querySelectorAll('.kiosk-topic').length > 0",
        STEP,
    )
    .await?;

    // English layout: the letters change, the interface does not.
    page.click("#kiosk-key-switch").await?;
    assert_eq!(
        page.attr("#kiosk-keyboard", "data-layout")
            .await?
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        page.attr("html", "lang").await?.as_deref(),
        Some("ar"),
        "switching the keyboard does not switch the interface"
    );
    tap_keys(&page, &["p", "a", "s", "s", "p", "o", "r", "t"]).await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "passport");
    page.wait_until(
        "results for passport",
        "document.querySelectorAll('#kiosk-results .kiosk-result').length > 0",
        STEP,
    )
    .await?;
    let ids = result_ids(&page).await?;
    assert!(
        ids.iter().any(|id| id == SERVICE),
        "passport should find {SERVICE}: {ids:?}"
    );

    // A physical keyboard still works in the same box, on the same text.
    page.type_text("#kiosk-search-input", " renewal").await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "passport renewal");

    // Something that matches nothing says so, in the interface language.
    page.click("#kiosk-search-clear").await?;
    tap_keys(&page, &["q", "q", "x", "z", "q"]).await?;
    page.wait_for(".kiosk-empty").await?;
    assert!(page.text(".kiosk-empty").await?.contains("qqxzq"));

    // The search is kept while the person looks at a result and comes back.
    page.click("#kiosk-search-clear").await?;
    tap_keys(&page, &["p", "a", "s", "s", "p", "o", "r", "t"]).await?;
    page.click(&format!(
        "#kiosk-results .kiosk-result[data-service='{SERVICE}'] a"
    ))
    .await?;
    page.wait_for("main[data-page='service'] .service-header h1")
        .await?;
    page.click("#kiosk-back").await?;
    page.wait_for("main[data-page='kiosk-home']").await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "passport");
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn the_idle_countdown_then_resets_the_search_ticks_governorate_and_language() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    // Short times for the test: 8 s without a touch (room for a slow page load between two
    // taps), then a 4 s countdown.
    open(&page, "/kiosk?idle=8&countdown=4").await?;

    // A person searches, switches to English, opens a service, ticks a document and picks
    // a governorate.
    search_in_english_tick_and_pick_a_governorate(&page).await?;
    // ...and goes on to the authority's page, so the history holds the service page.
    page.eval("window.scrollTo(0, 0);").await?;
    page.click(".service-header__authority a").await?;
    page.wait_for("main[data-page='authority'] h1").await?;
    // On a shared screen the choices live in memory only, never in the device's storage.
    let keys = stored_keys(&page).await?;
    assert!(keys.is_empty(), "nothing personal is stored: {keys:?}");

    // The countdown appears, visible, with its button, and is announced politely.
    page.wait_until(
        "the idle countdown",
        "!document.querySelector('.kiosk-idle').hidden",
        Limit::secs(15),
    )
    .await?;
    assert!(page.exists("#kiosk-still-here").await?);
    assert_eq!(
        page.attr("#kiosk-idle-status", "aria-live")
            .await?
            .as_deref(),
        Some("polite")
    );
    let status = page.text("#kiosk-idle-status").await?;
    assert!(
        status.contains(&message(
            Lang::En,
            "kiosk-idle-message",
            &[("seconds", Arg::Num(4))]
        )),
        "the announcement: {status:?}"
    );
    let count: u32 = page.text("#kiosk-idle-count").await?.trim().parse()?;
    assert!((1..=4).contains(&count), "the countdown shows {count}");
    page.screenshot("kiosk-idle-countdown-en").await?;

    // Then the kiosk starts over: home, Arabic, empty search, nothing stored.
    page.wait_until("the reset", "document.querySelector(\"main[data-page='kiosk-home']\") && document.documentElement.lang === 'ar'", Limit::secs(10))
    .await?;
    assert_eq!(
        page.eval("return location.pathname + location.search;")
            .await?,
        "/kiosk"
    );
    assert_eq!(page.value("#kiosk-search-input").await?, "");
    assert_eq!(page.attr("html", "dir").await?.as_deref(), Some("rtl"));
    assert!(
        page.eval("return document.querySelector('.kiosk-idle').hidden;")
            .await?
            .as_bool()
            == Some(true)
    );
    let left = stored_keys(&page).await?;
    assert!(
        left.is_empty(),
        "nothing of the last person stays: {left:?}"
    );
    assert_eq!(
        page.attr("#kiosk-keyboard", "data-layout")
            .await?
            .as_deref(),
        Some("ar")
    );
    // Back does not bring back the pages the last person opened: each Back is waited for
    // (its popstate), not slept over.
    back_shows_only_the_home(&page, 2).await?;
    assert!(!page.exists("html[data-kiosk-rewinding]").await?);

    // The service page shows no tick and no governorate for the next person.
    page.click("#kiosk-key-switch").await?;
    open_kiosk_service(&page, CENTRE_SERVICE, "").await?;
    assert_eq!(
        page.eval("return document.querySelectorAll('.doc input.tick:checked').length;")
            .await?,
        0
    );
    assert_eq!(page.value("select#governorate").await?, "");
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn i_am_still_here_keeps_the_session() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    open(&page, "/kiosk?idle=6&countdown=30&lang=en").await?;
    tap_keys(&page, &["v", "i", "s", "a"]).await?;
    page.wait_until(
        "the idle countdown",
        "!document.querySelector('.kiosk-idle').hidden",
        Limit::secs(15),
    )
    .await?;
    // The button has the focus, so a keyboard or switch user reaches it at once.
    page.wait_until(
        "the focus on \"I am still here\"",
        "document.activeElement && document.activeElement.id === 'kiosk-still-here'",
        Limit::secs(5),
    )
    .await?;
    // Modal: the page behind cannot be reached, by touch or screen reader,
    // but the countdown's announcement stays audible.
    assert_eq!(
        page.eval(
            "return [!!document.querySelector('.kiosk-header').closest('[inert]'), \
                     !!document.querySelector('#main').closest('[inert]'), \
                     !!document.querySelector('.kiosk-idle').closest('[inert]'), \
                     !!document.querySelector('#kiosk-idle-status').closest('[inert]'), \
                     document.querySelector('.kiosk-idle').getAttribute('aria-modal')];"
        )
        .await?,
        serde_json::json!([true, true, false, false, "true"])
    );
    page.check_axe().await?;
    page.click("#kiosk-still-here").await?;
    page.wait_until(
        "the countdown gone",
        "document.querySelector('.kiosk-idle').hidden",
        STEP,
    )
    .await?;
    page.wait_until(
        "the page usable again",
        "document.querySelectorAll('[inert]').length === 0",
        STEP,
    )
    .await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "visa");
    assert_eq!(page.attr("html", "lang").await?.as_deref(), Some("en"));
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn the_qr_code_decodes_to_the_public_service_page_in_the_language() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    open_kiosk_service(&page, SERVICE, "").await?;
    let origin = page.eval("return location.origin;").await?;
    let origin = origin.as_str().context("an origin")?.to_string();
    for lang in BOTH {
        if page.attr("html", "lang").await?.as_deref() != Some(lang.code()) {
            page.click("#lang-switch").await?;
            page.wait_until(
                "the language",
                &format!("document.documentElement.lang === '{}'", lang.code()),
                STEP,
            )
            .await?;
        }
        let wanted = format!("{origin}/services/{SERVICE}?lang={}", lang.code());
        let decoded = qr_in(&page, "#kiosk-phone-qr svg.qr").await?;
        assert_eq!(
            decoded,
            vec![wanted.clone()],
            "the phone QR code in {lang:?}"
        );
        assert!(
            !wanted.contains("/kiosk"),
            "the phone gets the public page, not the kiosk"
        );
    }
    page.assert_no_console_errors().await?;
    Ok(())
}

/// The published services with a website among their channels, and that website.
fn services_with_websites() -> Result<Vec<(String, String)>> {
    let listing = http::get_json(&Site::shared()?.url("/api/v1/services.json"))?;
    let mut found = Vec::new();
    for s in listing["services"].as_array().context("services")? {
        let id = s["id"].as_str().context("an id")?;
        let doc = http::get_json(&Site::shared()?.url(&format!("/api/v1/services/{id}.json")))?;
        let url = doc["service"]["channels"]
            .as_array()
            .into_iter()
            .flatten()
            .find_map(|c| c["url"].as_str().map(str::to_string));
        if let Some(url) = url {
            found.push((id.to_string(), url));
        }
        if found.len() >= 2 {
            break;
        }
    }
    Ok(found)
}

#[tokio::test]
async fn external_links_are_qr_codes_and_internal_links_stay_in_the_kiosk() -> Result<()> {
    let with_sites = services_with_websites()?;
    assert!(
        !with_sites.is_empty(),
        "the catalogue has services with a website"
    );
    let page = Page::open(Viewport::KIOSK).await?;
    for (id, url) in &with_sites {
        open_kiosk_service(&page, id, "").await?;
        page.wait_for(".kiosk-external").await?;
        let out = links_out(&page).await?;
        assert!(out.is_empty(), "links out of the kiosk on {id}: {out:?}");
        assert!(
            page.exists(&format!(".kiosk-external[data-external={}]", js(url)))
                .await?,
            "{url} is shown as a QR code on {id}"
        );
        // The channel's QR code (a step may show the same site, folded away).
        let decoded = qr_in(
            &page,
            &format!("#where .kiosk-external[data-external={}] svg.qr", js(url)),
        )
        .await?;
        assert_eq!(decoded, vec![url.clone()]);
    }

    // Every page a person can reach keeps its links inside.
    open(&page, "/kiosk").await?;
    page.wait_for(".kiosk-topic a").await?;
    assert!(
        links_out(&page).await?.is_empty(),
        "{:?}",
        links_out(&page).await?
    );
    page.click(".kiosk-topic a").await?;
    page.wait_for("main[data-page='category'] .service-list a")
        .await?;
    assert!(
        links_out(&page).await?.is_empty(),
        "{:?}",
        links_out(&page).await?
    );
    page.click(".service-list a").await?;
    page.wait_for("main[data-page='service'] .service-header h1")
        .await?;
    page.wait_for(".service-header__authority a").await?;
    assert!(
        links_out(&page).await?.is_empty(),
        "{:?}",
        links_out(&page).await?
    );
    page.click(".service-header__authority a").await?;
    page.wait_for("main[data-page='authority']").await?;
    assert!(page.url().await?.contains("/kiosk/authorities/"));
    assert!(
        links_out(&page).await?.is_empty(),
        "{:?}",
        links_out(&page).await?
    );

    // A path outside the kiosk, reached from inside it, is brought back in.
    page.eval(
        "history.pushState(null, '', '/centres'); dispatchEvent(new PopStateEvent('popstate'));",
    )
    .await?;
    page.wait_until(
        "back inside",
        "location.pathname === '/kiosk/centres'",
        STEP,
    )
    .await?;
    assert!(page.exists("html[data-kiosk] .kiosk-header").await?);
    assert!(!page.exists(".site-header").await?);
    // A site search link lands on the kiosk's own search, with its words.
    page.eval("history.pushState(null, '', '/search?q=passport'); dispatchEvent(new PopStateEvent('popstate'));")
        .await?;
    page.wait_until("the kiosk home", "location.pathname === '/kiosk'", STEP)
        .await?;
    page.wait_for("#kiosk-results .kiosk-result").await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "passport");
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn back_cannot_leave_the_kiosk() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    // Something else was open in this tab before the kiosk.
    page.goto("/api/v1/manifest.json").await?;
    open(&page, "/kiosk").await?;
    tap_keys(&page, &["ج", "و", "ا", "ز"]).await?;
    page.click(&format!(
        "#kiosk-results .kiosk-result[data-service='{SERVICE}'] a"
    ))
    .await?;
    page.wait_for("main[data-page='service'] .service-header h1")
        .await?;
    assert_eq!(
        page.eval("return location.pathname;").await?,
        format!("/kiosk/services/{SERVICE}")
    );
    // Back: the kiosk home (the service page goes, so this wait cannot pass early).
    page.client().back().await?;
    page.wait_for("main[data-page='kiosk-home']").await?;
    assert_eq!(page.eval("return location.pathname;").await?, "/kiosk");
    // Back again, and again, and again: each move is waited for (its popstate; a Back that
    // left the app would take the counter with it and time out), and still the kiosk home.
    back_shows_only_the_home(&page, 3).await?;
    assert!(page.exists("html[data-kiosk] .kiosk-header").await?);
    // The app is still alive: the keyboard still types.
    page.click("#kiosk-search-clear").await?;
    tap_keys(&page, &["ق", "ي", "د"]).await?;
    page.wait_until(
        "results",
        "document.querySelectorAll('#kiosk-results .kiosk-result').length > 0",
        STEP,
    )
    .await?;
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn the_slip_prints_the_checklist_alone() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    for lang in BOTH {
        open_kiosk_service(&page, SERVICE, &format!("?lang={}", lang.code())).await?;
        assert!(page.exists("button#kiosk-print").await?);
        page.emulate_media("print").await?;
        let shown = page
            .eval(
                "const d = s => { const e = document.querySelector(s); return e ? getComputedStyle(e).display : 'absent'; };
                 return [d('#kiosk-slip'), d('.kiosk-header'), d('#documents h2'), d('#kiosk-phone-qr'), d('#kiosk-slip .qr')];",
            )
            .await?;
        let shown: Vec<String> = serde_json::from_value(shown)?;
        assert_ne!(shown[0], "none", "the slip prints");
        assert_eq!(
            &shown[1..4],
            ["none", "none", "none"],
            "only the slip prints"
        );
        assert_ne!(shown[4], "none", "with its QR code");
        let docs = page
            .eval("return document.querySelectorAll('#kiosk-slip .kiosk-slip__docs li').length;")
            .await?;
        let on_page = page
            .eval("return document.querySelectorAll('#documents .doc').length;")
            .await?;
        assert_eq!(docs, on_page, "every document is on the slip");
        page.screenshot(&format!("kiosk-slip-{}", lang.code()))
            .await?;
        page.save_pdf(&format!("kiosk-slip-{}", lang.code()))
            .await?;
        page.emulate_media("").await?;
    }
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn unknown_pages_and_bad_settings_get_a_clear_message() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    open(&page, "/kiosk/services/no-such-service").await?;
    page.wait_for("main[data-page='service'] h1").await?;
    assert_eq!(
        page.text("h1").await?,
        message(Lang::Ar, "not-found-title", &[])
    );
    open(&page, "/kiosk/no/such/page?lang=en").await?;
    page.wait_for("main[data-page='not-found']").await?;
    assert!(page
        .text("main")
        .await?
        .contains("not available on this screen"));
    assert_eq!(
        page.attr("main a.button", "href").await?.as_deref(),
        Some("/kiosk")
    );
    // Nonsense settings in the URL: the defaults apply, and the kiosk works.
    open(&page, "/kiosk?idle=soon&countdown=-3").await?;
    tap_keys(&page, &["ق", "ي", "د"]).await?;
    page.wait_until(
        "results",
        "document.querySelectorAll('#kiosk-results .kiosk-result').length > 0",
        STEP,
    )
    .await?;
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn kiosk_true_in_the_config_makes_the_whole_site_a_kiosk() -> Result<()> {
    let copy = tempfile::Builder::new().prefix("dalil-kiosk-").tempdir()?;
    copy_dir(&paths::dist_dir(), copy.path())?;
    write_served(
        &copy.path().join("config.json"),
        br#"{"api_base": "/api/v1/", "kiosk": true, "kiosk_idle_seconds": 90}"#,
    )?;
    let site = Site::serve(copy.path())?;
    let page = Page::open_on(&site, Viewport::KIOSK).await?;
    page.goto("/").await?;
    page.wait_mounted().await?;
    page.wait_until("the kiosk home", "location.pathname === '/kiosk'", STEP)
        .await?;
    page.wait_for("main[data-page='kiosk-home'] #kiosk-keyboard")
        .await?;
    page.goto(&format!("/services/{SERVICE}?lang=en")).await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the kiosk service page",
        &format!("location.pathname === '/kiosk/services/{SERVICE}'"),
        STEP,
    )
    .await?;
    page.wait_for("#kiosk-phone-qr").await?;
    assert_eq!(page.attr("html", "lang").await?.as_deref(), Some("en"));
    assert!(!page.exists(".site-header").await?);

    // The device now knows it is a kiosk: the next load draws the kiosk
    // from its first frame, the site's header never appearing, even for a moment.
    page.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": SITE_HEADER_WATCH }),
    )
    .await?;
    page.goto("/centres").await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the kiosk centres",
        "location.pathname === '/kiosk/centres'",
        STEP,
    )
    .await?;
    page.wait_for("main[data-page='centres']").await?;
    assert_eq!(page.eval("return !!window.sawSiteHeader;").await?, false);

    // A captive portal or a proxy answers config.json with a page of its own (200, not
    // JSON): the device stays a kiosk, from the first frame.
    std::fs::write(
        copy.path().join("config.json"),
        "<!doctype html><title>Wi-Fi</title><p>Accept the terms to continue</p>",
    )?;
    for path in ["/", "/centres"] {
        page.goto(path).await?;
        page.wait_mounted().await?;
        page.wait_until(
            "still the kiosk",
            &format!(
                "location.pathname === {}",
                js(&format!("/kiosk{}", path.trim_end_matches('/')))
            ),
            STEP,
        )
        .await?;
        page.wait_for("html[data-kiosk] .kiosk-header").await?;
        assert_eq!(page.eval("return !!window.sawSiteHeader;").await?, false);
    }
    assert_eq!(
        page.local_storage_get("dalil.kiosk-device")
            .await?
            .as_deref(),
        Some("true")
    );

    // Kiosk mode switched off in config.json: the load that reads it still
    // opens in the kiosk, and the next one is the ordinary site.
    std::fs::write(
        copy.path().join("config.json"),
        r#"{"api_base": "/api/v1/", "kiosk": false}"#,
    )?;
    page.goto("/").await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the setting forgotten",
        "localStorage.getItem('dalil.kiosk-device') === null",
        STEP,
    )
    .await?;
    page.goto("/centres").await?;
    page.wait_mounted().await?;
    page.wait_for(".site-header").await?;
    assert_eq!(page.eval("return location.pathname;").await?, "/centres");
    page.assert_no_console_errors().await?;
    Ok(())
}

/// Records whether the site's navigation is ever added to the page (the
/// loading placeholder of index.html has a brand bar, but no navigation).
const SITE_HEADER_WATCH: &str = "new MutationObserver(() => { \
    if (document.querySelector('.site-nav')) window.sawSiteHeader = true; \
}).observe(document, { childList: true, subtree: true });";

/// Axe in both languages and screenshots of the home (searching) and a service page.
async fn check_screens(viewport: Viewport) -> Result<()> {
    let page = Page::open(viewport).await?;
    for lang in BOTH {
        open(&page, &format!("/kiosk?lang={}", lang.code())).await?;
        page.wait_for(".kiosk-topic").await?;
        page.check_axe().await?;
        page.screenshot(&format!("kiosk-home-{}-{}", lang.code(), viewport.name))
            .await?;
        let keys: &[&str] = match lang {
            Lang::Ar => &["ق", "ي", "د"],
            Lang::En => &["c", "e", "r", "t"],
        };
        tap_keys(&page, keys).await?;
        page.wait_until(
            "results",
            "document.querySelectorAll('#kiosk-results .kiosk-result').length > 0",
            STEP,
        )
        .await?;
        page.check_axe().await?;
        page.screenshot(&format!("kiosk-search-{}-{}", lang.code(), viewport.name))
            .await?;
        open_kiosk_service(&page, SERVICE, &format!("?lang={}", lang.code())).await?;
        page.check_axe().await?;
        page.screenshot(&format!("kiosk-service-{}-{}", lang.code(), viewport.name))
            .await?;
        page.eval("document.querySelector('#take-away').scrollIntoView();")
            .await?;
        page.screenshot(&format!(
            "kiosk-service-qr-{}-{}",
            lang.code(),
            viewport.name
        ))
        .await?;
    }
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn portrait_kiosk_is_axe_clean_in_both_languages() -> Result<()> {
    check_screens(Viewport::KIOSK_PORTRAIT).await
}

#[tokio::test]
async fn landscape_kiosk_is_axe_clean_in_both_languages() -> Result<()> {
    check_screens(Viewport::KIOSK).await
}

// ---------------------------------------------------------------------------
// Privacy between two people (issue #12): whatever the first person did and however they
// left, the next person finds a clean kiosk, and nothing personal ever reaches the device's
// storage.

/// Every `dalil.` key in local or session storage that is not one of the device's own
/// notes (`dalil.catalogue`, `dalil.kiosk-device`).
async fn personal_keys(page: &Page) -> Result<Vec<String>> {
    page.eval_strings(
        "const device = ['dalil.catalogue', 'dalil.kiosk-device'];
         return [...Object.keys(localStorage), ...Object.keys(sessionStorage).map(k => 'session:' + k)]
            .filter(k => k.replace('session:', '').startsWith('dalil.') && !device.includes(k))
            .sort();",
    )
    .await
}

/// Records every page kind the kiosk shows from now on and every history move, so a test
/// can prove what Back did and did not bring up.
const PAGE_RECORDER: &str = "window.__pages = []; window.__pops = 0;
    addEventListener('popstate', () => { window.__pops += 1; });
    new MutationObserver(() => {
        const m = document.querySelector('main[data-page]');
        const kind = m && m.dataset.page;
        if (kind && window.__pages[window.__pages.length - 1] !== kind) window.__pages.push(kind);
    }).observe(document.body, { childList: true, subtree: true, attributes: true });";

/// Leaves the kiosk alone until it has started over by itself: the countdown must appear
/// (the session is not "fresh", whatever page it was left on), then the home in Arabic.
async fn walk_away(page: &Page) -> Result<()> {
    page.wait_until(
        "the idle countdown",
        "!document.querySelector('.kiosk-idle').hidden",
        Limit::secs(20),
    )
    .await?;
    page.wait_until(
        "the start-over",
        "document.querySelector(\"main[data-page='kiosk-home']\") \
         && document.documentElement.lang === 'ar' \
         && document.querySelector('.kiosk-idle').hidden \
         && !document.documentElement.hasAttribute('data-kiosk-rewinding')",
        Limit::secs(15),
    )
    .await
}

/// Presses Back `times` times, waiting each time for the history move itself, and checks
/// that none of them showed anything but the kiosk home.
async fn back_shows_only_the_home(page: &Page, times: usize) -> Result<()> {
    page.eval(PAGE_RECORDER).await?;
    for n in 1..=times {
        let pops = page
            .eval("return window.__pops;")
            .await?
            .as_u64()
            .unwrap_or(0);
        page.client().back().await?;
        page.wait_until("the Back move", &format!("window.__pops > {pops} && !document.documentElement.hasAttribute('data-kiosk-rewinding')"), Limit::secs(10))
        .await?;
        page.wait_for("main[data-page='kiosk-home']").await?;
        assert_eq!(
            page.eval("return location.pathname;").await?,
            "/kiosk",
            "Back #{n}"
        );
    }
    let seen = page.eval_strings("return window.__pages;").await?;
    assert!(
        seen.iter().all(|p| p == "kiosk-home"),
        "Back showed the last person's pages: {seen:?}"
    );
    Ok(())
}

/// What the next person finds: Arabic, an empty search, no ticks and no governorate on the
/// service the last person used, nothing personal stored, and no way Back into the past.
async fn the_next_person_finds_a_clean_kiosk(page: &Page, service: &str) -> Result<()> {
    assert_eq!(page.attr("html", "lang").await?.as_deref(), Some("ar"));
    assert_eq!(page.attr("html", "dir").await?.as_deref(), Some("rtl"));
    assert_eq!(page.value("#kiosk-search-input").await?, "");
    assert!(
        page.exists(".kiosk-topics").await?,
        "the topics, not results"
    );
    let left = personal_keys(page).await?;
    assert!(
        left.is_empty(),
        "nothing of the last person stays: {left:?}"
    );
    back_shows_only_the_home(page, 3).await?;
    // The same service, in the same page (a reload would forget by itself).
    follow(page, &format!("/kiosk/services/{service}")).await?;
    page.wait_for("main[data-page='service'] .doc input.tick")
        .await?;
    assert_eq!(
        page.eval("return document.querySelectorAll('.doc input.tick:checked').length;")
            .await?,
        0,
        "no ticks of the last person"
    );
    if page.exists("select#governorate").await? {
        assert_eq!(page.value("select#governorate").await?, "");
    }
    Ok(())
}

/// Follows an in-app link to `path`, as a tap on a link would: the router handles it, and
/// the page (with whatever it holds in memory) stays.
async fn follow(page: &Page, path: &str) -> Result<()> {
    page.eval(&format!(
        "const a = document.createElement('a'); a.href = {}; document.body.append(a); a.click(); a.remove();",
        js(path)
    ))
    .await?;
    let pathname = path.split('?').next().unwrap_or(path);
    page.wait_until(
        "the link followed",
        &format!("location.pathname === {}", js(pathname)),
        STEP,
    )
    .await
}

/// Person 1 on the kiosk home: types «قيد», switches to English, opens the centre service
/// from the results, ticks its first document and picks the first governorate offered.
async fn search_in_english_tick_and_pick_a_governorate(page: &Page) -> Result<()> {
    tap_keys(page, &["ق", "ي", "د"]).await?;
    page.click("#lang-switch").await?;
    wait_lang(page, Lang::En).await?;
    page.click(&format!(
        "#kiosk-results .kiosk-result[data-service='{CENTRE_SERVICE}'] a"
    ))
    .await?;
    tick_documents(page, 1).await?;
    page.wait_until(
        "the governorates",
        "document.querySelectorAll('select#governorate option').length > 1",
        STEP,
    )
    .await?;
    let governorate = page
        .eval("return [...document.querySelectorAll('select#governorate option')].map(o => o.value).find(v => v);")
        .await?
        .as_str()
        .context("a governorate to choose")?
        .to_string();
    page.select("select#governorate", &governorate).await
}

/// Ticks the first `n` documents of the service page shown.
async fn tick_documents(page: &Page, n: usize) -> Result<()> {
    page.wait_for("main[data-page='service'] .doc input.tick")
        .await?;
    for i in 0..n {
        page.eval(&format!(
            "document.querySelectorAll('.doc input.tick')[{i}].scrollIntoView({{block: 'center'}});"
        ))
        .await?;
        page.client()
            .find_all(Locator::Css(".doc input.tick"))
            .await?
            .get(i)
            .context("a document to tick")?
            .click()
            .await?;
    }
    page.wait_until(
        "the ticks",
        &format!("document.querySelectorAll('.doc input.tick:checked').length === {n}"),
        STEP,
    )
    .await?;
    Ok(())
}

#[tokio::test]
async fn a_person_who_taps_home_before_leaving_hands_no_ticks_to_the_next() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    open(&page, "/kiosk?idle=6&countdown=3").await?;
    // Person 1: a topic, then a service in it, two ticks, then the kiosk's Home button.
    page.wait_for(".kiosk-topic__link").await?;
    page.click(".kiosk-topic__link").await?;
    page.wait_for("main[data-page='category'] .service-list__link")
        .await?;
    let service = page
        .eval("return document.querySelector('.service-list__link').getAttribute('href').split('/').pop();")
        .await?
        .as_str()
        .context("a service in the topic")?
        .to_string();
    page.click(".service-list__link").await?;
    tick_documents(&page, 2).await?;
    // Nothing personal is ever written to the device, even mid-session.
    let stored = personal_keys(&page).await?;
    assert!(stored.is_empty(), "ticks reached the device: {stored:?}");
    page.eval("window.scrollTo(0, 0);").await?;
    page.click("#kiosk-home").await?;
    page.wait_for("main[data-page='kiosk-home']").await?;
    // ...and walks away. The home screen is not "fresh": the countdown runs.
    walk_away(&page).await?;
    the_next_person_finds_a_clean_kiosk(&page, &service).await?;
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn english_a_governorate_a_search_and_a_fee_answer_are_all_forgotten() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    open(&page, "/kiosk?idle=7&countdown=3").await?;
    // Person 1 types a search, switches to English, opens a centre service, ticks, picks a
    // governorate, works out a fee, then taps Home and leaves the search typed.
    search_in_english_tick_and_pick_a_governorate(&page).await?;
    follow(&page, &format!("/kiosk/services/{SERVICE}/fees")).await?;
    page.wait_for("#fee-form").await?;
    page.click("#fee-input-speed-urgent").await?;
    page.wait_until(
        "the answer",
        "location.search.includes('speed=urgent')",
        STEP,
    )
    .await?;
    // No link to copy on a shared screen: it would go to the next person's clipboard.
    assert!(!page.exists("#fee-share-url").await?);
    assert!(!page.exists("#fee-share-copy").await?);
    let stored = personal_keys(&page).await?;
    assert!(stored.is_empty(), "choices reached the device: {stored:?}");
    page.click("#kiosk-home").await?;
    page.wait_for("main[data-page='kiosk-home']").await?;
    tap_keys(&page, &["j", "a"]).await.ok();
    walk_away(&page).await?;
    the_next_person_finds_a_clean_kiosk(&page, CENTRE_SERVICE).await?;
    // The fee page of the next person starts from the defaults.
    follow(&page, &format!("/kiosk/services/{SERVICE}/fees")).await?;
    page.wait_for("#fee-form").await?;
    assert!(!page
        .eval("return location.search;")
        .await?
        .as_str()
        .unwrap_or_default()
        .contains("urgent"));
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn a_reload_forgets_the_session_and_start_over_leaves_only_device_notes() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    // A site visitor's choices, left on this browser before it became a kiosk.
    page.goto("/").await?;
    page.wait_mounted().await?;
    page.local_storage_set("dalil.lang", "en").await?;
    page.local_storage_set(&format!("dalil.checklist.{SERVICE}"), "doc:x")
        .await?;
    open_kiosk_service(&page, SERVICE, "").await?;
    assert_eq!(page.attr("html", "lang").await?.as_deref(), Some("ar"));
    assert!(personal_keys(&page).await?.is_empty(), "wiped on entry");
    tick_documents(&page, 1).await?;
    // A reload (or a crash of the kiosk browser) forgets what was only in memory.
    page.reload().await?;
    page.wait_mounted().await?;
    page.wait_for("main[data-page='service'] .doc input.tick")
        .await?;
    assert_eq!(
        page.eval("return document.querySelectorAll('.doc input.tick:checked').length;")
            .await?,
        0
    );
    // Start over by hand: only the device's notes remain, at the home, in Arabic.
    tick_documents(&page, 1).await?;
    page.eval("window.scrollTo(0, 0);").await?;
    page.click("#kiosk-start-over").await?;
    page.wait_until(
        "the home",
        "location.pathname === '/kiosk' && !document.documentElement.hasAttribute('data-kiosk-rewinding')",
        STEP,
    )
    .await?;
    the_next_person_finds_a_clean_kiosk(&page, SERVICE).await?;
    let all = page
        .eval_strings("return [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter(k => k.startsWith('dalil.')).sort();")
        .await?;
    assert!(
        all.iter()
            .all(|k| k == "dalil.catalogue" || k == "dalil.kiosk-device"),
        "only the device's notes: {all:?}"
    );
    Ok(())
}

#[tokio::test]
async fn an_untouched_kiosk_home_shows_no_countdown() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    open(&page, "/kiosk?idle=2&countdown=2").await?;
    page.eval(PAGE_RECORDER).await?;
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert_eq!(
        page.eval("return document.querySelector('.kiosk-idle').hidden;")
            .await?,
        true,
        "nobody is there to ask"
    );
    Ok(())
}

#[tokio::test]
async fn a_jump_of_the_wall_clock_neither_resets_nor_holds_the_kiosk() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    open(&page, "/kiosk?idle=8&countdown=3").await?;
    tap_keys(&page, &["ق", "ي", "د"]).await?;
    // The wall clock jumps a day ahead (a clock fixed by NTP, a person changing it): the
    // idle time is measured on a monotonic clock, so the session is not cut short.
    page.eval("const real = Date.now.bind(Date); Date.now = () => real() + 86400000;")
        .await?;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        page.eval("return document.querySelector('.kiosk-idle').hidden;")
            .await?,
        true,
        "no countdown after 3 s of a 8 s idle time"
    );
    assert_eq!(page.value("#kiosk-search-input").await?, "قيد");
    // ...and the countdown still comes when the person really has gone.
    walk_away(&page).await?;
    assert_eq!(page.value("#kiosk-search-input").await?, "");
    Ok(())
}

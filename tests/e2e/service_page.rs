//! The service page in a real browser, for services of different shapes (see each test):
//! every section in both languages, the step-by-step guide (one step, all steps, "or" steps,
//! optional steps), the checklist kept on the device, the centres by governorate (checked
//! against `catalogue/centres.toml`), the share link and QR code, the fallback to the other
//! language, the unknown service, and the print styles.

use std::collections::BTreeSet;

use anyhow::{bail, Context, Result};
use dalil_e2e::{http, message, paths, Arg, Lang, Page, Site, Viewport, BOTH, STEP};
use serde_json::Value;

use crate::support::{
    copy_dir, in_lang, js, open_service, render_pages_again, wait_lang, write_served,
};

/// The full published record of a service (`/api/v1/services/<id>.json`).
fn service_record(id: &str) -> Result<Value> {
    let doc = http::get_json(&Site::shared()?.url(&format!("/api/v1/services/{id}.json")))?;
    Ok(doc["service"].clone())
}

/// The ids of the published services (`/api/v1/services.json`).
fn published_ids() -> Result<BTreeSet<String>> {
    let doc = http::get_json(&Site::shared()?.url("/api/v1/services.json"))?;
    Ok(doc["services"]
        .as_array()
        .context("services.json has no services")?
        .iter()
        .filter_map(|s| s["id"].as_str().map(str::to_string))
        .collect())
}

fn text_in(v: &Value, lang: Lang) -> String {
    v[lang.code()]
        .as_str()
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v[key].as_array().map(Vec::as_slice).unwrap_or_default()
}

/// The app's `checklist-progress` message (`locales/*/service.ftl`).
fn progress(lang: Lang, done: usize, total: usize) -> String {
    message(
        lang,
        "checklist-progress",
        &[
            ("done", Arg::Num(done as i64)),
            ("total", Arg::Num(total as i64)),
        ],
    )
}

/// One centre of `catalogue/centres.toml`.
#[derive(Debug, Default)]
struct Centre {
    id: String,
    governorate: String,
    services: Vec<String>,
}

/// The centres of `catalogue/centres.toml`, read straight from the source (not from the
/// published API), so the page is checked against what the catalogue says.
fn centres_toml() -> Result<Vec<Centre>> {
    let path = paths::repo_root().join("catalogue/centres.toml");
    let source =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let quoted = |s: &str| -> Vec<String> {
        s.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let mut centres: Vec<Centre> = Vec::new();
    let mut in_services = false;
    for line in source.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line == "[[centre]]" {
            centres.push(Centre::default());
            in_services = false;
            continue;
        }
        let Some(centre) = centres.last_mut() else {
            continue;
        };
        if in_services {
            centre.services.extend(quoted(line));
            in_services = !line.contains(']');
        } else if let Some(value) = line.strip_prefix("id =") {
            centre.id = quoted(value).concat();
        } else if let Some(value) = line.strip_prefix("governorate =") {
            centre.governorate = quoted(value).concat();
        } else if let Some(value) = line.strip_prefix("services =") {
            centre.services.extend(quoted(value));
            in_services = !value.contains(']');
        }
    }
    if centres.len() < 10
        || centres
            .iter()
            .any(|c| c.id.is_empty() || c.services.is_empty())
    {
        bail!("could not read the centres of {}", path.display());
    }
    Ok(centres)
}

/// A JavaScript expression evaluated in the page, as a list of strings.
async fn strings(page: &Page, expression: &str) -> Result<Vec<String>> {
    let value = page.eval(&format!("return {expression};")).await?;
    Ok(value
        .as_array()
        .with_context(|| format!("`{expression}` is not a list: {value}"))?
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect())
}

/// A JavaScript expression evaluated in the page, as a boolean.
async fn truth(page: &Page, expression: &str) -> Result<bool> {
    Ok(page.eval(&format!("return Boolean({expression});")).await? == Value::Bool(true))
}

/// Every section of the page, for `service`, in `lang`, then axe and the console.
async fn assert_sections(page: &Page, service: &Value, lang: Lang) -> Result<()> {
    let id = service["id"].as_str().unwrap_or_default();
    assert_eq!(
        page.attr("main#main", "data-page").await?.as_deref(),
        Some("service")
    );
    assert_eq!(
        page.text("main#main h1").await?.trim(),
        text_in(&service["name"], lang)
    );
    assert_eq!(
        page.text(".service-header .lead").await?.trim(),
        text_in(&service["summary"], lang)
    );

    let mut expected = vec![];
    if !text_in(&service["eligibility"], lang).is_empty() {
        expected.push("eligibility");
    }
    expected.extend(["documents", "steps", "time", "where", "fees", "output"]);
    if !array(service, "legal_basis").is_empty() {
        expected.push("legal");
    }
    expected.push("verified");
    if !array(service, "related").is_empty() {
        expected.push("related");
    }
    expected.push("take-away");
    let shown = strings(
        page,
        "[...document.querySelectorAll('main#main section.service-section')].map(s => s.id)",
    )
    .await?;
    assert_eq!(shown, expected, "the sections of {id} in {lang:?}");
    for section in &expected {
        let heading = page.text(&format!("#{section} h2#{section}-title")).await?;
        assert!(!heading.trim().is_empty(), "#{section} has no heading");
    }
    // No English slipped into the Arabic page's headings, and the other way round.
    let headings = strings(
        page,
        "[...document.querySelectorAll('main#main h2')].map(h => h.innerText)",
    )
    .await?;
    let arabic = |s: &String| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    match lang {
        Lang::Ar => assert!(headings.iter().all(arabic), "{headings:?}"),
        Lang::En => assert!(!headings.iter().any(arabic), "{headings:?}"),
    }

    // Documents: one tick box each, named by the document.
    let documents = array(service, "documents");
    let doc_ids: Vec<String> = documents
        .iter()
        .map(|d| format!("check-doc-{}", d["id"].as_str().unwrap_or_default()))
        .collect();
    let ticks = strings(
        page,
        "[...document.querySelectorAll('#documents .doc input.tick')].map(i => i.id)",
    )
    .await?;
    assert_eq!(ticks, doc_ids);
    for d in documents {
        let doc_id = d["id"].as_str().unwrap_or_default();
        let label = page.text(&format!("label[for=check-doc-{doc_id}]")).await?;
        assert!(
            label.contains(&text_in(&d["name"], lang)),
            "the label of {doc_id}: {label:?}"
        );
    }

    // Steps: numbered from 1, collapsed at first.
    let steps = array(service, "steps");
    let numbers = strings(
        page,
        "[...document.querySelectorAll('#steps li.step')].map(s => s.dataset.step)",
    )
    .await?;
    let expected_numbers: Vec<String> = (1..=steps.len()).map(|n| n.to_string()).collect();
    assert_eq!(numbers, expected_numbers);
    for (i, step) in steps.iter().enumerate() {
        let n = i + 1;
        let toggle = format!("li.step[data-step='{n}'] button.step__toggle");
        assert!(page
            .text(&format!("{toggle} .step__title"))
            .await?
            .contains(&text_in(&step["title"], lang)));
        assert_eq!(
            page.attr(&toggle, "aria-expanded").await?.as_deref(),
            Some("false")
        );
        assert_eq!(
            page.attr(&toggle, "aria-controls").await?,
            Some(format!("step-{n}-body"))
        );
        assert!(
            truth(
                page,
                &format!("document.getElementById('step-{n}-body').hidden")
            )
            .await?
        );
    }
    assert_eq!(
        page.attr("button.steps__toggle-all", "aria-expanded")
            .await?
            .as_deref(),
        Some("false")
    );
    assert_eq!(
        page.text(".checklist-progress").await?.trim(),
        progress(lang, 0, documents.len() + steps.len())
    );

    // Where: the channels, in the catalogue's order.
    let kinds: Vec<String> = array(service, "channels")
        .iter()
        .map(|c| c["kind"].as_str().unwrap_or_default().to_string())
        .collect();
    let channels = strings(page, "[...document.querySelectorAll('#where .channels li[data-channel]')].map(c => c.dataset.channel)").await?;
    assert_eq!(channels, kinds);
    assert_eq!(
        page.exists("#where select#governorate").await?,
        kinds.iter().any(|k| k == "centre"),
        "a governorate choice exactly when a centre offers the service"
    );

    // Time: one line per processing time.
    let times = page
        .eval("return document.querySelectorAll('#time li.time').length;")
        .await?;
    assert_eq!(times, array(service, "processing_time").len());

    // Related: the published ones, linked.
    if expected.contains(&"related") {
        let published = published_ids()?;
        let wanted: Vec<String> = array(service, "related")
            .iter()
            .filter_map(Value::as_str)
            .filter(|r| published.contains(*r))
            .map(|r| in_lang(&format!("/services/{r}"), lang))
            .collect();
        page.wait_until(
            "the related services",
            &format!(
                "document.querySelectorAll('#related .service-list__link').length === {}",
                wanted.len()
            ),
            STEP,
        )
        .await?;
        let related = strings(page, "[...document.querySelectorAll('#related .service-list__link')].map(a => a.getAttribute('href'))").await?;
        assert_eq!(related, wanted);
    }

    // Take away: the link and the QR code carry the language.
    assert_share_url(page, id, lang).await?;

    page.check_axe().await?;
    page.assert_no_console_errors().await
}

async fn assert_share_url(page: &Page, id: &str, lang: Lang) -> Result<()> {
    let origin = page.eval("return location.origin;").await?;
    let url = format!(
        "{}/services/{id}?lang={}",
        origin.as_str().unwrap_or_default(),
        lang.code()
    );
    page.wait_until(
        "the share link in the page's language",
        &format!(
            "document.getElementById('share-url').value === {}",
            js(&url)
        ),
        STEP,
    )
    .await?;
    assert_eq!(page.value("input#share-url").await?, url);
    assert_eq!(page.attr("svg.qr", "data-qr").await?, Some(url));
    assert!(
        page.exists("svg.qr path").await?,
        "the QR code has no modules"
    );
    Ok(())
}

/// Clicks a step's toggle and waits for it to be open (or closed).
async fn toggle_step(page: &Page, n: usize, open: bool) -> Result<()> {
    page.click(&format!("li.step[data-step='{n}'] button.step__toggle"))
        .await?;
    page.wait_until(
        &format!("step {n} {}", if open { "open" } else { "closed" }),
        &format!(
            "document.querySelector(\"li.step[data-step='{n}'] button.step__toggle\").getAttribute('aria-expanded') === '{open}' \
             && document.getElementById('step-{n}-body').hidden === {}",
            !open
        ),
        STEP,
    )
    .await
}

/// Whether each step's body is shown, in order.
async fn steps_open(page: &Page) -> Result<Vec<bool>> {
    let value = page
        .eval("return [...document.querySelectorAll('#steps li.step')].map(s => !s.querySelector('.step__body').hidden && s.querySelector('button.step__toggle').getAttribute('aria-expanded') === 'true');")
        .await?;
    Ok(value
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|v| v.as_bool().unwrap_or(false))
        .collect())
}

/// passport-issue: three ways to apply in its first step (office, online, embassy), no
/// citizen service centre. One step opens and closes; "show all" opens and closes them all.
#[tokio::test]
async fn passport_issue_with_or_steps_in_both_languages() -> Result<()> {
    let service = service_record("passport-issue")?;
    let steps = array(&service, "steps");
    let alternatives = array(&steps[0], "or");
    assert_eq!(
        alternatives.len(),
        3,
        "passport-issue's first step has three ways"
    );

    let page = Page::open(Viewport::PHONE).await?;
    for lang in BOTH {
        open_service(&page, "passport-issue", lang).await?;
        assert_sections(&page, &service, lang).await?;

        // One step.
        toggle_step(&page, 1, true).await?;
        assert_eq!(steps_open(&page).await?, vec![true, false, false]);
        let shown = strings(&page, "[...document.querySelectorAll('#step-1-body .alternatives .alternative .alternative__title')].map(t => t.innerText.trim())").await?;
        let wanted: Vec<String> = alternatives
            .iter()
            .map(|a| text_in(&a["title"], lang))
            .collect();
        assert_eq!(shown, wanted);
        let ors = page.eval("return document.querySelectorAll('#step-1-body .alternatives .alternatives__or').length;").await?;
        assert_eq!(ors, 2, "an \"or\" between each two ways");
        // The embassy way says what it costs, in dollars.
        let embassy = page.text("#step-1-body .alternative:last-of-type").await?;
        assert!(
            embassy.contains(&text_in(&alternatives[2]["cost"], lang)),
            "{embassy}"
        );
        // An open step can be checked by axe too.
        page.check_axe().await?;
        toggle_step(&page, 1, false).await?;
        assert_eq!(steps_open(&page).await?, vec![false, false, false]);

        // All steps.
        let show_all = (
            message(lang, "steps-show-all", &[]),
            message(lang, "steps-hide-all", &[]),
        );
        assert_eq!(
            page.text("button.steps__toggle-all").await?.trim(),
            show_all.0
        );
        page.click("button.steps__toggle-all").await?;
        page.wait_until(
            "all steps open",
            "document.querySelector('button.steps__toggle-all').getAttribute('aria-expanded') === 'true'",
            STEP,
        )
        .await?;
        assert_eq!(steps_open(&page).await?, vec![true, true, true]);
        assert_eq!(
            page.text("button.steps__toggle-all").await?.trim(),
            show_all.1
        );
        // Closing one step makes "show all" offer to show again.
        toggle_step(&page, 2, false).await?;
        assert_eq!(
            page.attr("button.steps__toggle-all", "aria-expanded")
                .await?
                .as_deref(),
            Some("false")
        );
        page.click("button.steps__toggle-all").await?;
        page.wait_until(
            "all steps open again",
            "document.querySelector('button.steps__toggle-all').getAttribute('aria-expanded') === 'true'",
            STEP,
        )
        .await?;
        page.click("button.steps__toggle-all").await?;
        page.wait_until(
            "all steps closed",
            "document.querySelector('button.steps__toggle-all').getAttribute('aria-expanded') === 'false'",
            STEP,
        )
        .await?;
        assert_eq!(steps_open(&page).await?, vec![false, false, false]);
    }
    page.assert_no_console_errors().await
}

/// national-id-card: its first step (the mukhtar's certificate) is optional, the others are not.
#[tokio::test]
async fn national_id_card_with_an_optional_step_in_both_languages() -> Result<()> {
    let service = service_record("national-id-card")?;
    let optional: Vec<bool> = array(&service, "steps")
        .iter()
        .map(|s| s["optional"].as_bool().unwrap_or(false))
        .collect();
    assert_eq!(optional, vec![true, false, false]);

    let page = Page::open(Viewport::KIOSK).await?;
    for lang in BOTH {
        open_service(&page, "national-id-card", lang).await?;
        assert_sections(&page, &service, lang).await?;
        let shown = page
            .eval("return [...document.querySelectorAll('#steps li.step')].map(s => s.classList.contains('step--optional'));")
            .await?;
        assert_eq!(shown, serde_json::json!(optional));
        let tag = page
            .text("li.step[data-step='1'].step--optional button.step__toggle .tag")
            .await?;
        assert_eq!(tag.trim(), message(lang, "step-optional", &[]));
        assert!(
            !page
                .exists("li.step[data-step='2'] .step__toggle .tag")
                .await?
        );
        // Not an "or" step.
        assert!(!page.exists("#steps .alternatives").await?);
    }
    Ok(())
}

/// simple-works-permit: nine documents. A ticked document and a ticked step survive a reload
/// and count in the progress; "clear" empties the checklist and the device's storage.
#[tokio::test]
async fn simple_works_permit_checklist_survives_a_reload_and_clears() -> Result<()> {
    let service = service_record("simple-works-permit")?;
    let documents = array(&service, "documents");
    assert_eq!(documents.len(), 9);
    let total = documents.len() + array(&service, "steps").len();
    let doc = documents[3]["id"].as_str().unwrap_or_default().to_string();
    let storage_key = "dalil.checklist.simple-works-permit";

    let page = Page::open(Viewport::PHONE).await?;
    open_service(&page, "simple-works-permit", Lang::En).await?;
    assert_sections(&page, &service, Lang::En).await?;

    page.click(&format!("label[for=check-doc-{doc}]")).await?;
    page.wait_until(
        "the document ticked",
        &format!("document.getElementById('check-doc-{doc}').checked"),
        STEP,
    )
    .await?;
    assert_eq!(
        page.text(".checklist-progress").await?.trim(),
        progress(Lang::En, 1, total)
    );
    assert!(truth(&page, &format!("document.getElementById('check-doc-{doc}').closest('.doc').classList.contains('doc--done')")).await?);

    // A step's tick is inside its body: open it first.
    toggle_step(&page, 2, true).await?;
    page.click("label[for=check-step-2]").await?;
    page.wait_until(
        "the step ticked",
        "document.getElementById('check-step-2').checked",
        STEP,
    )
    .await?;
    assert_eq!(
        page.text(".checklist-progress").await?.trim(),
        progress(Lang::En, 2, total)
    );
    let stored = page
        .local_storage_get(storage_key)
        .await?
        .unwrap_or_default();
    let stored: BTreeSet<&str> = stored.lines().collect();
    assert_eq!(
        stored,
        BTreeSet::from([format!("doc:{doc}").as_str(), "step:2"])
    );

    // A reload (and the other language) keeps them.
    open_service(&page, "simple-works-permit", Lang::Ar).await?;
    page.wait_until(
        "the ticks restored",
        &format!("document.getElementById('check-doc-{doc}').checked && document.getElementById('check-step-2').checked"),
        STEP,
    )
    .await?;
    assert_eq!(
        page.text(".checklist-progress").await?.trim(),
        progress(Lang::Ar, 2, total)
    );
    let ticked = strings(
        &page,
        "[...document.querySelectorAll('input.tick')].filter(i => i.checked).map(i => i.id)",
    )
    .await?;
    assert_eq!(
        ticked,
        vec![format!("check-doc-{doc}"), "check-step-2".to_string()]
    );
    page.reload().await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the ticks restored after a reload",
        &format!("document.getElementById('check-doc-{doc}') && document.getElementById('check-doc-{doc}').checked && document.getElementById('check-step-2').checked"),
        STEP,
    )
    .await?;
    page.check_axe().await?;

    // Unticking one counts down.
    page.click(&format!("label[for=check-doc-{doc}]")).await?;
    page.wait_until(
        "the document unticked",
        &format!("!document.getElementById('check-doc-{doc}').checked"),
        STEP,
    )
    .await?;
    assert_eq!(
        page.text(".checklist-progress").await?.trim(),
        progress(Lang::Ar, 1, total)
    );
    page.click(&format!("label[for=check-doc-{doc}]")).await?;

    // Clear.
    page.wait_until(
        "two ticks",
        &format!("document.getElementById('check-doc-{doc}').checked"),
        STEP,
    )
    .await?;
    page.click(".checklist-note .link-button").await?;
    page.wait_until(
        "the checklist cleared",
        "[...document.querySelectorAll('input.tick')].every(i => !i.checked)",
        STEP,
    )
    .await?;
    assert_eq!(
        page.text(".checklist-progress").await?.trim(),
        progress(Lang::Ar, 0, total)
    );
    assert_eq!(page.local_storage_get(storage_key).await?, None);
    page.reload().await?;
    page.wait_mounted().await?;
    page.wait_for("#take-away").await?;
    assert_eq!(
        page.text(".checklist-progress").await?.trim(),
        progress(Lang::Ar, 0, total)
    );
    assert!(
        truth(
            &page,
            "[...document.querySelectorAll('input.tick')].every(i => !i.checked)"
        )
        .await?
    );
    page.assert_no_console_errors().await
}

/// The `data-centre` ids of the centre cards on the service page, sorted.
async fn centre_cards(page: &Page) -> Result<Vec<String>> {
    let mut ids = strings(page, "[...document.querySelectorAll('#where .centre-card[data-centre]')].map(c => c.dataset.centre)").await?;
    ids.sort();
    Ok(ids)
}

/// individual-civil-extract (every centre offers it), simple-works-permit and
/// document-legalisation (some centres only): the governorate choice shows exactly the centres
/// of `catalogue/centres.toml` that offer the service there; the choice is remembered across
/// reloads and services.
#[tokio::test]
async fn the_governorate_choice_shows_exactly_the_centres_offering_the_service() -> Result<()> {
    let centres = centres_toml()?;
    let offering = |service: &str, gov: &str| {
        let mut ids: Vec<String> = centres
            .iter()
            .filter(|c| c.governorate == gov && c.services.iter().any(|s| s == service))
            .map(|c| c.id.clone())
            .collect();
        ids.sort();
        ids
    };
    let governorates_offering = |service: &str| {
        centres
            .iter()
            .filter(|c| c.services.iter().any(|s| s == service))
            .map(|c| c.governorate.clone())
            .collect::<BTreeSet<String>>()
    };
    let in_governorate = |gov: &str| centres.iter().filter(|c| c.governorate == gov).count();
    // The cases are worth checking only if the catalogue still has them.
    assert!(offering("simple-works-permit", "damascus").len() < in_governorate("damascus"));
    assert!(offering("document-legalisation", "aleppo").len() < in_governorate("aleppo"));

    let page = Page::open(Viewport::KIOSK).await?;
    let cases = [
        ("individual-civil-extract", "aleppo", Lang::En),
        ("simple-works-permit", "damascus", Lang::Ar),
        ("document-legalisation", "aleppo", Lang::En),
    ];
    for (service, gov, lang) in cases {
        page.local_storage_clear().await.ok();
        open_service(&page, service, lang).await?;
        page.wait_for("#where select#governorate option[value='']")
            .await?;
        assert_eq!(page.value("select#governorate").await?, "");
        assert!(!page.exists("#where .centre-card").await?);

        // Only the governorates where a centre offers the service are offered.
        let options: BTreeSet<String> = strings(&page, "[...document.querySelectorAll('select#governorate option')].map(o => o.value).filter(v => v)")
            .await?
            .into_iter()
            .collect();
        assert_eq!(
            options,
            governorates_offering(service),
            "the governorates of {service}"
        );

        let expected = offering(service, gov);
        page.select("select#governorate", gov).await?;
        page.wait_until(
            &format!("the centres of {gov}"),
            &format!(
                "document.querySelectorAll('#where .centre-card[data-centre]').length === {}",
                expected.len()
            ),
            STEP,
        )
        .await?;
        assert_eq!(centre_cards(&page).await?, expected, "{service} in {gov}");
        let count = page.text("#where .centres__count").await?;
        assert!(
            count.contains(&expected.len().to_string()) || expected.len() <= 2,
            "the count says {count:?} for {} centres",
            expected.len()
        );
        assert_eq!(
            page.local_storage_get("dalil.governorate")
                .await?
                .as_deref(),
            Some(gov)
        );
        page.check_axe().await?;

        // Remembered across a reload...
        page.reload().await?;
        page.wait_mounted().await?;
        page.wait_until(
            "the remembered governorate",
            &format!(
                "document.querySelectorAll('#where .centre-card[data-centre]').length === {}",
                expected.len()
            ),
            STEP,
        )
        .await?;
        assert_eq!(page.value("select#governorate").await?, gov);
        assert_eq!(centre_cards(&page).await?, expected);
    }

    // ... and across services: the choice made on one applies on another.
    let expected = offering("criminal-record-certificate", "aleppo");
    page.local_storage_set("dalil.governorate", "aleppo")
        .await?;
    open_service(&page, "criminal-record-certificate", Lang::Ar).await?;
    page.wait_until(
        "the centres of the remembered governorate",
        &format!(
            "document.querySelectorAll('#where .centre-card[data-centre]').length === {}",
            expected.len()
        ),
        STEP,
    )
    .await?;
    assert_eq!(page.value("select#governorate").await?, "aleppo");
    assert_eq!(centre_cards(&page).await?, expected);
    // Each card links to its centre's page.
    for id in &expected {
        assert_eq!(
            page.attr(
                &format!(".centre-card[data-centre='{id}'] .centre-card__name a"),
                "href"
            )
            .await?,
            Some(format!("/centres/{id}"))
        );
    }
    page.assert_no_console_errors().await
}

/// document-legalisation: a sample fee schedule, an embassy way paid in US dollars, and an
/// optional translation step.
#[tokio::test]
async fn document_legalisation_with_embassy_fees_in_both_languages() -> Result<()> {
    let service = service_record("document-legalisation")?;
    let steps = array(&service, "steps");
    let embassy = array(&steps[2], "or")
        .iter()
        .find(|a| a["where"]["kind"] == "embassy")
        .context("document-legalisation has an embassy way")?
        .clone();

    let page = Page::open(Viewport::PHONE).await?;
    for lang in BOTH {
        open_service(&page, "document-legalisation", lang).await?;
        assert_sections(&page, &service, lang).await?;

        // Fees: the summary from the fee engine, marked as a sample, with the calculator link.
        let total = page.text("#fees .fee-summary__total").await?;
        assert!(
            total
                .chars()
                .any(|c| c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c)),
            "{total:?}"
        );
        assert!(page.exists("#fees .fee-summary__sample").await?);
        assert_eq!(
            page.attr("#fees a#fee-summary-open", "href")
                .await?
                .as_deref(),
            Some(in_lang("/services/document-legalisation/fees", lang).as_str())
        );

        // The embassy way, its label, and its dollars.
        assert!(
            page.exists("#where .channels li[data-channel=embassy]")
                .await?
        );
        toggle_step(&page, 3, true).await?;
        let ways = page.text("#step-3-body .alternatives").await?;
        assert!(ways.contains(&text_in(&embassy["title"], lang)), "{ways}");
        assert!(ways.contains(&text_in(&embassy["details"], lang)), "{ways}");
        let dollars = match lang {
            Lang::Ar => "بالدولار",
            Lang::En => "US dollars",
        };
        assert!(ways.contains(dollars), "{ways}");
        assert!(ways.contains(match lang {
            Lang::Ar => "السفارات والقنصليات",
            Lang::En => "Embassies and consulates",
        }));
        assert!(page.exists("li.step[data-step='2'].step--optional").await?);
        page.check_axe().await?;
    }
    page.assert_no_console_errors().await
}

/// individual-civil-extract: all sections, and the share link and QR code follow a language
/// switch made on the page.
#[tokio::test]
async fn individual_civil_extract_share_link_and_qr_follow_the_language() -> Result<()> {
    let service = service_record("individual-civil-extract")?;
    let page = Page::open(Viewport::KIOSK).await?;
    open_service(&page, "individual-civil-extract", Lang::Ar).await?;
    assert_sections(&page, &service, Lang::Ar).await?;

    page.click("#lang-switch").await?;
    wait_lang(&page, Lang::En).await?;
    assert_share_url(&page, "individual-civil-extract", Lang::En).await?;
    assert_sections(&page, &service, Lang::En).await?;

    // The shared link opens the page in the language it carries.
    let url = page.value("input#share-url").await?;
    page.local_storage_set("dalil.lang", "ar").await?;
    page.goto(&url).await?;
    page.wait_mounted().await?;
    wait_lang(&page, Lang::En).await?;
    assert_eq!(
        page.text("main#main h1").await?.trim(),
        text_in(&service["name"], Lang::En)
    );
    Ok(())
}

/// A service whose English summary is missing shows the Arabic one, marked, in the English
/// interface; the Arabic interface shows no marker.
#[tokio::test]
async fn missing_english_text_falls_back_to_arabic_with_a_marker() -> Result<()> {
    let dist = paths::dist_dir();
    let copy = tempfile::Builder::new()
        .prefix("dalil-fallback-")
        .tempdir()?;
    copy_dir(&dist, copy.path())?;
    let record = copy.path().join("api/v1/services/passport-issue.json");
    let mut doc: Value = serde_json::from_slice(&std::fs::read(&record)?)?;
    let arabic = text_in(&doc["service"]["summary"], Lang::Ar);
    doc["service"]["summary"]["en"] = Value::String(String::new());
    write_served(&record, &serde_json::to_vec(&doc)?)?;
    render_pages_again(copy.path())?;
    let site = Site::serve(copy.path())?;

    let page = Page::open_on(&site, Viewport::PHONE).await?;
    open_service(&page, "passport-issue", Lang::En).await?;
    page.wait_for(".service-header .lead .fallback-marker")
        .await?;
    assert_eq!(
        page.text(".service-header .lead span[lang=ar]")
            .await?
            .trim(),
        arabic
    );
    assert_eq!(
        page.text(".service-header .lead .fallback-marker")
            .await?
            .trim(),
        "(not available in English, shown in Arabic)"
    );
    // The marker is next to the Arabic text, and only there.
    assert!(truth(&page, "document.querySelector('.lead .fallback-marker').previousElementSibling.matches('span[lang=ar]')").await?);
    assert_eq!(
        page.eval("return document.querySelectorAll('main#main .fallback-marker').length;")
            .await?,
        1
    );
    page.check_axe().await?;

    open_service(&page, "passport-issue", Lang::Ar).await?;
    assert_eq!(page.text(".service-header .lead").await?.trim(), arabic);
    assert!(!page.exists("main#main .fallback-marker").await?);
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn an_unknown_service_says_so_in_both_languages() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    for (lang, heading) in [
        (Lang::Ar, message(Lang::Ar, "not-found-title", &[])),
        (Lang::En, message(Lang::En, "not-found-title", &[])),
    ] {
        page.goto(&format!("/services/no-such-service?lang={}", lang.code()))
            .await?;
        page.wait_mounted().await?;
        page.wait_until(
            "the not-found heading",
            &format!(
                "(document.querySelector('main#main[data-page=service] h1') || {{}}).textContent === {}",
                js(&heading)
            ),
            STEP,
        )
        .await?;
        assert!(!page.exists("#documents").await?);
        page.check_axe().await?;
    }
    // A 404 for the record the app asked for is logged by the browser itself; nothing else.
    let errors: Vec<String> = page
        .console_errors()?
        .into_iter()
        .map(|e| e.message)
        .filter(|m| !m.contains("/api/v1/services/no-such-service.json"))
        .collect();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}

/// The print styles: a picture of the page with print media emulated, and the PDF that
/// printing gives, in both languages (`target/screenshots/service-print-<lang>.{png,pdf}`).
/// In print, every step is shown, opened or not, and the page's controls are not.
#[tokio::test]
async fn service_page_print_screenshots_in_both_languages() -> Result<()> {
    let hidden_in_print = [
        ".site-header",
        ".site-footer",
        ".search-bar",
        "button.steps__toggle-all",
        "#related",
        ".take-away__share",
    ];
    let shown_in_print = ["#documents", "#steps", "#where", "svg.qr"];
    let displayed = |selector: &str| {
        format!(
            "(() => {{ const e = document.querySelector({}); return e !== null && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0; }})()",
            js(selector)
        )
    };
    let page = Page::open(Viewport::KIOSK).await?;
    // Both languages are pictured before any failure is reported.
    let mut wrong = Vec::new();
    for lang in BOTH {
        open_service(&page, "passport-issue", lang).await?;
        // A ticked document shows in print.
        page.click("label[for=check-doc-photos]").await?;
        page.emulate_media("print").await?;
        page.wait_until("print media", "matchMedia('print').matches", STEP)
            .await?;
        page.screenshot(&format!("service-print-{}", lang.code()))
            .await?;
        for selector in hidden_in_print {
            if truth(&page, &displayed(selector)).await? {
                wrong.push(format!("{lang:?}: {selector} is printed"));
            }
        }
        for selector in shown_in_print {
            if !truth(&page, &displayed(selector)).await? {
                wrong.push(format!("{lang:?}: {selector} is not printed"));
            }
        }
        let closed_steps_printed = truth(
            &page,
            "[...document.querySelectorAll('.step__body')].every(b => b.hidden && getComputedStyle(b).display !== 'none')",
        )
        .await?;
        if !closed_steps_printed {
            wrong.push(format!("{lang:?}: the closed steps are not printed"));
        }
        page.emulate_media("").await?;
        let pdf = page
            .save_pdf(&format!("service-print-{}", lang.code()))
            .await?;
        let bytes = std::fs::read(&pdf)?;
        assert!(bytes.starts_with(b"%PDF"), "{} is not a PDF", pdf.display());
        page.local_storage_clear().await?;
    }
    assert!(wrong.is_empty(), "print styles: {wrong:#?}");
    page.assert_no_console_errors().await
}

/// Replaces every `"url"` string in a JSON document, in turn, with each of `bad`.
fn tamper_urls(v: &mut Value, bad: &[&str], next: &mut usize) {
    match v {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if key == "url" && value.is_string() {
                    *value = Value::String(bad[*next % bad.len()].to_string());
                    *next += 1;
                } else {
                    tamper_urls(value, bad, next);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| tamper_urls(i, bad, next)),
        _ => {}
    }
}

/// An API that never ran the audit (a ministry's own server) serves `javascript:` and
/// `data:` addresses: on the site, the kiosk and the embed they are shown as text, never as
/// a link or a QR code.
#[tokio::test]
async fn tampered_catalogue_addresses_render_inert_everywhere() -> Result<()> {
    const BAD: [&str; 3] = [
        "javascript:alert(document.domain)",
        "data:text/html,<script>alert(1)</script>",
        "java\tscript:alert(1)",
    ];
    let copy = tempfile::Builder::new()
        .prefix("dalil-tampered-")
        .tempdir()?;
    copy_dir(&paths::dist_dir(), copy.path())?;
    let api = copy.path().join("api/v1");
    let path = "services/passport-issue.json";
    let mut doc: Value = serde_json::from_slice(&std::fs::read(api.join(path))?)?;
    let mut replaced = 0;
    tamper_urls(&mut doc, &BAD, &mut replaced);
    assert!(replaced >= 2, "the record has web addresses to tamper with");
    let body = serde_json::to_vec(&doc)?;
    std::fs::write(api.join(path), &body)?;
    // A consistent tampered copy: its manifest vouches for the file.
    let mut manifest: Value = serde_json::from_slice(&std::fs::read(api.join("manifest.json"))?)?;
    manifest["files"][path]["bytes"] = body.len().into();
    manifest["files"][path]["sha256"] = dalil_model::update::sha256_hex(&body).into();
    std::fs::write(api.join("manifest.json"), serde_json::to_vec(&manifest)?)?;
    for file in [path, "manifest.json"] {
        for ext in ["gz", "br"] {
            let _ = std::fs::remove_file(api.join(format!("{file}.{ext}")));
        }
    }
    // Its pages are rendered from it, as a publish of it would have done.
    render_pages_again(copy.path())?;
    let site = Site::serve(copy.path())?;
    // Nothing on the page may be followed to a script or a data document.
    let followable = "return [...document.querySelectorAll('a[href], area[href], [data-external]')]
        .map(a => a.getAttribute('href') || a.dataset.external)
        .filter(h => !/^(https:|http:|tel:|mailto:|\\/|#|\\?)/i.test(h.trim()) || /script|data:/i.test(h));";
    let cases = [
        ("site", "/services/passport-issue?lang=en".to_string()),
        (
            "kiosk",
            "/kiosk/services/passport-issue?lang=en".to_string(),
        ),
        (
            "embed",
            "/embed/services/passport-issue?lang=en".to_string(),
        ),
    ];
    for (surface, url) in cases {
        // A first visit each time: the copy a device keeps comes from the packs, which this
        // test leaves as published, so a second surface would read the untampered record.
        let page = Page::open_on(&site, Viewport::PHONE).await?;
        if surface == "embed" {
            // The host's entry address sets the embed's scope for the frame's life.
            page.goto("/embed?authority=interior-immigration&lang=en")
                .await?;
            page.wait_mounted().await?;
            page.wait_for(".service-list__link").await?;
        }
        page.goto(&url).await?;
        page.wait_mounted().await?;
        page.wait_for("main[data-page='service'] .service-header h1")
            .await?;
        page.wait_until(
            "the addresses shown as text",
            &format!("document.querySelectorAll('.link-inert').length === {replaced}"),
            STEP,
        )
        .await
        .with_context(|| format!("on the {surface}"))?;
        let inert = strings(
            &page,
            "[...document.querySelectorAll('.link-inert')].map(e => e.textContent)",
        )
        .await?;
        assert!(
            inert.iter().all(|t| BAD.contains(&t.as_str())),
            "{surface}: the addresses are shown as written: {inert:?}"
        );
        let links = page.eval_strings(followable).await?;
        assert!(links.is_empty(), "{surface}: followable {links:?}");
        assert!(
            !page.exists(".kiosk-external").await?,
            "{surface}: no QR code for a bad address"
        );
        page.assert_no_console_errors().await?;
    }
    Ok(())
}

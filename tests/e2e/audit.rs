//! The ministries' audit workshop (`/audit`, preview tree only): the pages show the report
//! `publish` wrote (the CLI's, from the one engine) on the demo and on a generated 1,200-service
//! catalogue; both languages with axe clean, on a phone and a desktop; the filters, the CSV of
//! the filtered rows and print; on the public tree and the kiosk there is nothing to show.

use std::path::Path;

use anyhow::{Context, Result};
use dalil_audit::audit::load_and_audit_on;
use dalil_e2e::{message, paths, Arg, Lang, Page, Site, Viewport, BOTH, STEP};
use dalil_fees::Date;
use dalil_model::audit::{AuditReport, Check, MinistryAudit, ServiceFilter};

use crate::support::{copy_dir, js, wait_lang};

/// A desktop screen, where the tables show every column without scrolling.
const DESKTOP: Viewport = Viewport {
    name: "desktop",
    width: 1366,
    height: 900,
    mobile: false,
};

/// The report a built site holds, read with the one reader.
fn published_report(root: &Path) -> Result<AuditReport> {
    let text = std::fs::read_to_string(root.join("api/v1/preview/audit.json"))
        .context("the preview tree holds audit.json")?;
    Ok(dalil_model::api::decode(&text)?)
}

/// The same report, built again from `catalogue` by the engine the CLI uses, for the day
/// the published one was made: what `dalil-catalogue audit --format json` prints.
fn engine_report(catalogue: &Path, date: &str) -> AuditReport {
    let today = Date::parse(date).expect("the report's date is a day");
    let (cat, problems) = load_and_audit_on(catalogue, today);
    dalil_audit::report::build(&cat, &problems, today)
}

/// 1200 → "1,200", as the headline writes figures.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn headline(lang: Lang, report: &AuditReport) -> String {
    let t = report.totals;
    message(
        lang,
        "audit-headline",
        &[
            ("total", Arg::Str(&grouped(t.total()))),
            ("published", Arg::Str(&grouped(t.published))),
            ("rest", Arg::Str(&grouped(t.total() - t.published))),
        ],
    )
}

/// Opens `/audit` of the preview tree in `lang` and checks it against `report`: the
/// headline, one row per ministry in the report's order, each row's figures.
async fn check_overview(page: &Page, lang: Lang, report: &AuditReport) -> Result<()> {
    page.goto(&format!("/audit?preview=1&lang={}", lang.code()))
        .await?;
    page.wait_mounted().await?;
    wait_lang(page, lang).await?;
    page.wait_for("table[data-audit=ministries] tbody tr[data-ministry]")
        .await?;
    assert_eq!(
        page.text("[data-audit=headline]").await?,
        headline(lang, report)
    );
    let ids = page
        .eval_strings(
            "return [...document.querySelectorAll('tr[data-ministry]')].map(r => r.dataset.ministry);",
        )
        .await?;
    let expected: Vec<String> = report.ministries.iter().map(|m| m.id.clone()).collect();
    assert_eq!(
        ids, expected,
        "one row per ministry, in the report's order of attention"
    );
    for m in &report.ministries {
        let cells = page
            .eval_strings(&format!(
                "return [...document.querySelectorAll('tr[data-ministry=' + {} + '] td.num')].map(td => td.textContent.trim());",
                js(&m.id)
            ))
            .await?;
        let c = m.counts;
        let want = [
            grouped(c.total()),
            grouped(c.published),
            grouped(c.under_audit),
            grouped(c.draft),
            grouped(c.failing),
            format!("{}%", m.completeness),
            grouped(m.stale),
        ];
        assert_eq!(cells, want, "the row of {}", m.id);
    }
    Ok(())
}

/// No part of the page is wider than the screen.
async fn assert_fits(page: &Page, what: &str) -> Result<()> {
    let overflow = page
        .eval("return document.documentElement.scrollWidth - window.innerWidth;")
        .await?
        .as_i64()
        .unwrap_or(0);
    assert!(overflow <= 0, "{what} scrolls sideways by {overflow}px");
    Ok(())
}

#[tokio::test]
async fn the_workshop_shows_the_demo_report_in_both_languages() -> Result<()> {
    let root = paths::dist_dir();
    let report = published_report(&root)?;
    assert_eq!(
        report,
        engine_report(&paths::repo_root().join("catalogue"), &report.date),
        "the published report is the CLI's"
    );
    for viewport in [Viewport::PHONE, DESKTOP] {
        let page = Page::open(viewport).await?;
        for lang in BOTH {
            check_overview(&page, lang, &report).await?;
            page.check_axe().await?;
            assert_fits(&page, &format!("/audit in {lang:?} on {}", viewport.name)).await?;
        }
        page.assert_no_console_errors().await?;
    }
    Ok(())
}

/// The text of a `data:text/csv` link, decoded.
fn csv_of(href: &str) -> String {
    let body = href
        .split_once(',')
        .map(|(_, b)| b)
        .expect("a data: address");
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out)
        .unwrap()
        .trim_start_matches('\u{feff}')
        .to_string()
}

/// The rows a filter shows, as the engine writes them.
fn expected_csv(m: &MinistryAudit, filter: &ServiceFilter, lang: Lang) -> String {
    dalil_model::audit::services_csv(
        filter
            .apply(&m.services)
            .into_iter()
            .map(|s| (m.id.as_str(), s)),
        lang,
    )
}

async fn shown_services(page: &Page) -> Result<Vec<String>> {
    page.eval_strings(
        "return [...document.querySelectorAll('table[data-audit=services] tr[data-service]')].map(r => r.dataset.service);",
    )
    .await
}

#[tokio::test]
async fn a_ministry_page_filters_downloads_its_rows_and_prints() -> Result<()> {
    let report = published_report(&paths::dist_dir())?;
    // The ministry with the most services: filters have something to narrow.
    let m = report
        .ministries
        .iter()
        .max_by_key(|m| m.services.len())
        .expect("the demo has ministries");
    let check = Check::ALL
        .into_iter()
        .find(|c| {
            let failing = m.services.iter().filter(|s| !s.passed(*c)).count();
            failing > 0 && failing < m.services.len()
        })
        .expect("some check fails for some of the ministry's services only");
    let page = Page::open(DESKTOP).await?;
    for lang in BOTH {
        page.goto(&format!("/audit/{}?preview=1&lang={}", m.id, lang.code()))
            .await?;
        page.wait_mounted().await?;
        wait_lang(&page, lang).await?;
        page.wait_for("table[data-audit=services] tr[data-service]")
            .await?;
        let all: Vec<String> = m.services.iter().map(|s| s.id.clone()).collect();
        assert_eq!(
            shown_services(&page).await?,
            all,
            "every service, in the report's order"
        );
        page.check_axe().await?;

        // Each failed check names the file and the field to edit.
        let failing = m.services.iter().find(|s| !s.failed.is_empty()).unwrap();
        let place = page
            .text(&format!(
                "tr[data-service={}] li[data-check={}] code",
                js(&failing.id),
                js(failing.failed[0].check.key())
            ))
            .await?;
        assert_eq!(
            place,
            format!("{} · {}", failing.file, failing.failed[0].field)
        );

        // Filter by a check, as a person picks it from the list.
        page.select("select[name=check]", check.key()).await?;
        let filter = ServiceFilter {
            check: Some(check),
            ..ServiceFilter::default()
        };
        let want: Vec<String> = filter
            .apply(&m.services)
            .iter()
            .map(|s| s.id.clone())
            .collect();
        page.wait_until(
            "the filtered rows",
            &format!(
                "document.querySelectorAll('table[data-audit=services] tr[data-service]').length === {}",
                want.len()
            ),
            STEP,
        )
        .await?;
        assert_eq!(shown_services(&page).await?, want);
        assert!(
            page.eval("return location.search;")
                .await?
                .as_str()
                .unwrap_or("")
                .contains(&format!("check={}", check.key())),
            "the address keeps the filter"
        );
        let href = page
            .attr("a[data-audit=csv]", "href")
            .await?
            .unwrap_or_default();
        assert_eq!(
            csv_of(&href),
            expected_csv(m, &filter, lang),
            "the CSV holds the rows shown"
        );
        assert_eq!(
            page.attr("a[data-audit=csv]", "download").await?.as_deref(),
            Some(format!("audit-{}.csv", m.id).as_str())
        );

        // A reload keeps the filter; then a directorate narrows it further.
        page.reload().await?;
        page.wait_mounted().await?;
        page.wait_for("table[data-audit=services] tbody tr").await?;
        assert_eq!(
            shown_services(&page).await?,
            want,
            "the filter survives a reload"
        );
        if let Some(d) = m.directorates.iter().find(|d| {
            let n = m.services.iter().filter(|s| s.authority == d.id).count();
            n > 0 && n < m.services.len()
        }) {
            page.select("select[name=check]", "").await?;
            page.select("select[name=directorate]", &d.id).await?;
            let filter = ServiceFilter {
                directorate: Some(d.id.clone()),
                ..ServiceFilter::default()
            };
            let want: Vec<String> = filter
                .apply(&m.services)
                .iter()
                .map(|s| s.id.clone())
                .collect();
            page.wait_until(
                "the directorate's rows",
                &format!(
                    "document.querySelectorAll('table[data-audit=services] tr[data-service]').length === {}",
                    want.len()
                ),
                STEP,
            )
            .await?;
            assert_eq!(shown_services(&page).await?, want);
        }
        page.select("select[name=directorate]", "").await?;

        // Print: the table without the controls.
        page.emulate_media("print").await?;
        page.wait_until("print media", "matchMedia('print').matches", STEP)
            .await?;
        let hidden = page
            .eval(
                "return ['.audit__filters', '.audit__download', '.audit__nav']
                    .map(s => getComputedStyle(document.querySelector(s)).display);",
            )
            .await?;
        assert_eq!(hidden, serde_json::json!(["none", "none", "none"]));
        assert_ne!(
            page.eval("return getComputedStyle(document.querySelector('table[data-audit=services]')).display;")
                .await?,
            serde_json::json!("none")
        );
        page.screenshot(&format!("audit-ministry-print-{}", lang.code()))
            .await?;
        page.emulate_media("").await?;
    }
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn the_consistency_page_groups_the_findings() -> Result<()> {
    let report = published_report(&paths::dist_dir())?;
    let c = &report.consistency;
    let page = Page::open(Viewport::PHONE).await?;
    for lang in BOTH {
        page.goto(&format!(
            "/audit/consistency?preview=1&lang={}",
            lang.code()
        ))
        .await?;
        page.wait_mounted().await?;
        wait_lang(&page, lang).await?;
        page.wait_for("main[data-page=audit-consistency] section h2")
            .await?;
        for (kind, n) in [
            ("document_names", c.document_names.len()),
            ("amounts", c.amounts.len()),
            ("governorates", c.governorates.len()),
        ] {
            let shown = page
                .eval(&format!(
                    "return document.querySelectorAll('[data-finding={kind}]').length;"
                ))
                .await?;
            assert_eq!(shown, serde_json::json!(n), "{kind} findings in {lang:?}");
        }
        page.check_axe().await?;
        assert_fits(&page, "/audit/consistency on a phone").await?;
    }
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn the_public_tree_and_the_kiosk_have_nothing_to_show() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    for lang in BOTH {
        for path in ["/audit", "/audit/interior", "/audit/consistency"] {
            page.goto(&format!("{path}?lang={}", lang.code())).await?;
            page.wait_mounted().await?;
            wait_lang(&page, lang).await?;
            page.wait_for(".audit__public").await?;
            assert_eq!(
                page.text(".audit__public").await?,
                message(lang, "audit-public", &[])
            );
            assert!(
                page.eval("return document.querySelector('table') === null;")
                    .await?
                    .as_bool()
                    == Some(true),
                "{path}: no report on the public tree"
            );
        }
        page.check_axe().await?;
    }
    // The kiosk has no audit pages: its own not-found page answers.
    page.goto("/kiosk/audit?preview=1").await?;
    page.wait_mounted().await?;
    page.wait_for("main#main[data-page=not-found]").await?;
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn a_generated_catalogue_of_1200_shows_the_seeds_picture() -> Result<()> {
    let work = tempfile::Builder::new()
        .prefix("dalil-workshop-")
        .tempdir()?;
    let catalogue = work.path().join("catalogue");
    dalil_audit::generate::generate_with(
        &dalil_audit::generate::Options {
            services: 1200,
            published: Some(1000),
            problems: true,
        },
        &catalogue,
    )?;
    let site_root = work.path().join("site");
    copy_dir(&paths::dist_dir(), &site_root)?;
    let date = "2026-11-28";
    let report = engine_report(&catalogue, date);
    let (cat, _) = load_and_audit_on(&catalogue, Date::parse(date).unwrap());
    dalil_audit::publish::publish_with_audit(&cat, &site_root, &report)?;
    assert_eq!(published_report(&site_root)?, report);
    assert_eq!(report.totals.total(), 1200);
    assert_eq!(report.totals.published, 1000);

    let site = Site::serve(&site_root)?;
    let page = Page::open_on(&site, DESKTOP).await?;
    check_overview(&page, Lang::Ar, &report).await?;
    assert_eq!(
        page.text("[data-audit=headline]").await?,
        "1,200 خدمة: 1,000 منشورة، 200 قيد التدقيق"
    );
    check_overview(&page, Lang::En, &report).await?;
    assert_eq!(
        page.text("[data-audit=headline]").await?,
        "1,200 services: 1,000 published, 200 under audit"
    );
    page.check_axe().await?;
    // The first ministry's page: every service, a page at a time.
    let m = &report.ministries[0];
    page.goto(&format!("/audit/{}?preview=1&lang=en", m.id))
        .await?;
    page.wait_mounted().await?;
    page.wait_for("table[data-audit=services] tr[data-service]")
        .await?;
    let shown = shown_services(&page).await?;
    let want: Vec<String> = m.services.iter().take(100).map(|s| s.id.clone()).collect();
    assert_eq!(shown, want);
    page.check_axe().await?;
    page.goto("/audit/consistency?preview=1&lang=ar").await?;
    page.wait_mounted().await?;
    page.wait_for("[data-finding=governorates]").await?;
    page.check_axe().await?;
    page.assert_no_console_errors().await?;
    Ok(())
}

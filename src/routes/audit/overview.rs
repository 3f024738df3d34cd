//! `/audit`: one row per ministry, the one needing most attention first
//! (the report's order), with the bar of its statuses, its completeness and
//! its stale records, under the headline «1,200 خدمة: 1,000 منشورة، 200 قيد
//! التدقيق».

use super::{audit_doc, frame, href, when_part_loaded};
use crate::components::localised::Localised;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang, use_page_title};
use crate::present::audit::{bar, count, csv_href, status_message};
use dalil_model::audit::{ministries_csv, parts, AuditSummary};
use leptos::prelude::*;

#[component]
pub fn AuditPage() -> impl IntoView {
    use_page_title(tr("audit-title"));
    frame("audit", move || {
        let summary = audit_doc::<AuditSummary>(|| parts::paths::SUMMARY.to_string());
        view! {
            <h1>{tr("audit-title")}</h1>
            <p>{tr("audit-intro")}</p>
            {move || when_part_loaded(summary.get(), |s| view! { <Summary summary=s /> }.into_any())}
        }
        .into_any()
    })
}

#[component]
fn Summary(summary: std::sync::Arc<AuditSummary>) -> impl IntoView {
    let lang = use_lang();
    let t = summary.totals;
    let months = summary.verified_within_months;
    let date = summary.date.clone();
    let stale: usize = summary.ministries.iter().map(|m| m.stale).sum();
    let headline = move || {
        translate(
            lang.get(),
            "audit-headline",
            &[
                ("total", Arg::Str(&count(t.total()))),
                ("published", Arg::Str(&count(t.published))),
                ("rest", Arg::Str(&count(t.total() - t.published))),
            ],
        )
    };
    let details = move || {
        let lang = lang.get();
        translate(
            lang,
            "audit-details",
            &[
                ("under", Arg::Str(&count(t.under_audit))),
                ("draft", Arg::Str(&count(t.draft))),
                ("failing", Arg::Str(&count(t.failing))),
                ("stale", Arg::Str(&count(stale))),
                ("months", Arg::Num(i64::from(months))),
                ("date", Arg::Str(&crate::present::time::date(lang, &date))),
            ],
        )
    };
    let csv = {
        let summary = summary.clone();
        move || csv_href(&ministries_csv(&summary.ministries, lang.get()))
    };
    let rows = summary
        .ministries
        .iter()
        .map(|m| {
            let c = m.counts;
            let parts = bar(&c)
                .into_iter()
                .map(|(status, share)| {
                    let class = format!("audit-bar__part audit-bar__part--{}", status.key());
                    // CSSOM, not a style attribute: the CSP allows no inline styles.
                    view! { <span class=class style:inline-size=format!("{share:.2}%")></span> }
                })
                .collect_view();
            view! {
                <tr data-ministry=m.id.clone()>
                    <th scope="row"><a href=href(&format!("/audit/{}", m.id))><Localised text=m.name.clone() /></a></th>
                    <td class="num">{count(c.total())}</td>
                    <td><span class="audit-bar" aria-hidden="true">{parts}</span></td>
                    <td class="num" data-status="published">{count(c.published)}</td>
                    <td class="num" data-status="under_audit">{count(c.under_audit)}</td>
                    <td class="num" data-status="draft">{count(c.draft)}</td>
                    <td class="num" data-status="failing">{count(c.failing)}</td>
                    <td class="num" data-col="completeness">{format!("{}%", m.completeness)}</td>
                    <td class="num" data-col="stale">{count(m.stale)}</td>
                </tr>
            }
        })
        .collect_view();
    let status_header = move |s| {
        let id = status_message(s);
        move || translate(lang.get(), &id, &[])
    };
    use dalil_model::audit::StatusFilter as S;
    view! {
        <p class="audit__headline" data-audit="headline">{headline}</p>
        <p class="audit__details">{details}</p>
        <div class="audit__table-wrap">
            <table class="audit-table" data-audit="ministries">
                <caption>{tr("audit-caption-ministries")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("audit-col-ministry")}</th>
                        <th scope="col">{tr("audit-col-services")}</th>
                        <th scope="col">{tr("audit-col-bar")}</th>
                        <th scope="col">{status_header(S::Published)}</th>
                        <th scope="col">{status_header(S::UnderAudit)}</th>
                        <th scope="col">{status_header(S::Draft)}</th>
                        <th scope="col">{status_header(S::Failing)}</th>
                        <th scope="col">{tr("audit-col-completeness")}</th>
                        <th scope="col">{tr("audit-col-stale")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="audit__download">
            <a class="button button--secondary" download="audit-ministries.csv" href=csv data-audit="csv">
                {tr("audit-csv-ministries")}
            </a>
        </p>
        <Legend />
    }
}

/// What the colours of the bars mean (the numbers are in the table too).
#[component]
fn Legend() -> impl IntoView {
    let lang = use_lang();
    let items = dalil_model::audit::StatusFilter::ALL
        .into_iter()
        .map(|s| {
            let id = status_message(s);
            let class = format!("audit-bar__part audit-bar__part--{}", s.key());
            view! {
                <li><span class=class aria-hidden="true"></span>" "{move || translate(lang.get(), &id, &[])}</li>
            }
        })
        .collect_view();
    view! { <ul class="audit-legend">{items}</ul> }
}

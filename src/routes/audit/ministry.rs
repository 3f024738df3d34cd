//! `/audit/{ministry}`: every service of one ministry with its status, its
//! failed checks, its last verification and each problem's file and field,
//! filtered by status, check and directorate (kept in the address), a page
//! of rows at a time, with a CSV of the rows the filters show.

use super::{audit_doc, frame, href, when_part_loaded};
use crate::components::localised::Localised;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang, use_page_title};
use crate::present::audit::{
    check_message, count, csv_href, filter_changes, page_range, pages, read_filters, status_message,
};
use dalil_model::audit::{parts, Check, MinistryDoc, ServiceAudit, ServiceFilter, StatusFilter};
use dalil_model::Lang;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn AuditMinistryPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("ministry").unwrap_or_default();
    use_page_title(tr("audit-title"));
    frame("audit-ministry", move || {
        let doc = audit_doc::<MinistryDoc>(move || parts::paths::ministry(&id()));
        view! {
            {move || {
                // Ids are lowercase words: anything else is no ministry and
                // must not become a path.
                if !dalil_model::shape::valid_id(&id()) {
                    return view! {
                        <h1>{tr("audit-title")}</h1>
                        <p class="notice" role="status">{tr("audit-ministry-not-found")}</p>
                    }
                    .into_any();
                }
                when_part_loaded(doc.get(), |d| view! { <Ministry doc=d /> }.into_any())
            }}
        }
        .into_any()
    })
}

#[component]
fn Ministry(doc: Arc<MinistryDoc>) -> impl IntoView {
    let lang = use_lang();
    let (start, start_page) = read_filters(&crate::url::current_query());
    let filter = RwSignal::new(start);
    let page = RwSignal::new(start_page);
    // The address follows the filters, so a reload or a shared link shows
    // the same rows.
    Effect::new(move |_| {
        crate::url::replace_query(&filter_changes(&filter.get(), page.get()));
    });
    let m = Arc::new(doc.ministry.clone());
    let shown = {
        let m = m.clone();
        Memo::new(move |_| {
            let f = filter.get();
            m.services
                .iter()
                .enumerate()
                .filter(|(_, s)| f.matches(s))
                .map(|(i, _)| i)
                .collect::<Vec<usize>>()
        })
    };
    let total = m.services.len();
    let directorates = m.directorates.clone();
    let names: Arc<Vec<(String, dalil_model::Text)>> = Arc::new(
        m.directorates
            .iter()
            .map(|d| (d.id.clone(), d.name.clone()))
            .collect(),
    );
    let set = move |change: fn(&mut ServiceFilter, String), value: String| {
        filter.update(|f| change(f, value));
        page.set(0);
    };
    let rows = {
        let m = m.clone();
        let names = names.clone();
        move || {
            let indices = shown.get();
            let range = page_range(indices.len(), page.get());
            if indices.is_empty() {
                return view! { <tr><td colspan="6">{tr("audit-no-rows")}</td></tr> }.into_any();
            }
            indices[range]
                .iter()
                .map(|&i| service_row(&m.services[i], &names, lang))
                .collect_view()
                .into_any()
        }
    };
    let csv = {
        let m = m.clone();
        move || {
            let rows = shown
                .get()
                .into_iter()
                .map(|i| (m.id.as_str(), &m.services[i]));
            csv_href(&dalil_model::audit::services_csv(rows, lang.get()))
        }
    };
    let pager = move || {
        let len = shown.get().len();
        let pages = pages(len);
        let current = page.get().min(pages - 1);
        view! {
            <nav class="audit__pager" aria-label=tr("audit-pages")>
                <button type="button" class="button button--secondary" disabled=current == 0
                    on:click=move |_| page.set(current.saturating_sub(1))>{tr("audit-previous")}</button>
                <span data-audit="page">{move || translate(lang.get(), "audit-page", &[
                    ("page", Arg::Num(current as i64 + 1)), ("pages", Arg::Num(pages as i64))])}</span>
                <button type="button" class="button button--secondary" disabled=current + 1 >= pages
                    on:click=move |_| page.set(current + 1)>{tr("audit-next")}</button>
            </nav>
        }
    };
    let status_options = StatusFilter::ALL
        .into_iter()
        .map(|s| {
            let id = status_message(s);
            let selected = move || filter.read().status == Some(s);
            view! { <option value=s.key() selected=selected>{move || translate(lang.get(), &id, &[])}</option> }
        })
        .collect_view();
    let check_options = Check::ALL
        .into_iter()
        .map(|c| {
            let id = check_message(c);
            let selected = move || filter.read().check == Some(c);
            view! { <option value=c.key() selected=selected>{move || translate(lang.get(), &id, &[])}</option> }
        })
        .collect_view();
    let directorate_options = directorates
        .into_iter()
        .map(|d| {
            let value = d.id.clone();
            let selected = move || filter.read().directorate.as_deref() == Some(d.id.as_str());
            view! { <option value=value selected=selected>{move || d.name.get(lang.get()).to_string()}</option> }
        })
        .collect_view();
    view! {
        <h1><Localised text=m.name.clone() /></h1>
        <form class="audit__filters" role="search" aria-label=tr("audit-filters") on:submit=|ev| ev.prevent_default()>
            <label>
                <span>{tr("audit-filter-status")}</span>
                <select class="select" name="status" on:change=move |ev| set(|f, v| f.status = StatusFilter::from_key(&v), event_target_value(&ev))>
                    <option value="" selected=move || filter.read().status.is_none()>{tr("audit-filter-all")}</option>
                    {status_options}
                </select>
            </label>
            <label>
                <span>{tr("audit-filter-check")}</span>
                <select class="select" name="check" on:change=move |ev| set(|f, v| f.check = Check::from_key(&v), event_target_value(&ev))>
                    <option value="" selected=move || filter.read().check.is_none()>{tr("audit-filter-all")}</option>
                    {check_options}
                </select>
            </label>
            <label>
                <span>{tr("audit-filter-directorate")}</span>
                <select class="select" name="directorate" on:change=move |ev| set(|f, v| f.directorate = (!v.is_empty()).then_some(v), event_target_value(&ev))>
                    <option value="" selected=move || filter.read().directorate.is_none()>{tr("audit-filter-all")}</option>
                    {directorate_options}
                </select>
            </label>
        </form>
        <p class="audit__details" data-audit="shown" role="status">{move || translate(lang.get(), "audit-shown", &[
            ("shown", Arg::Str(&count(shown.get().len()))), ("total", Arg::Str(&count(total)))])}</p>
        <p class="audit__download">
            <a class="button button--secondary" download=format!("audit-{}.csv", m.id) href=csv data-audit="csv">
                {move || translate(lang.get(), "audit-csv-services", &[("count", Arg::Str(&count(shown.get().len())))])}
            </a>
        </p>
        <div class="audit__table-wrap">
            <table class="audit-table audit-table--services" data-audit="services">
                <caption>{tr("audit-caption-services")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("audit-col-service")}</th>
                        <th scope="col">{tr("audit-col-directorate")}</th>
                        <th scope="col">{tr("audit-col-status")}</th>
                        <th scope="col">{tr("audit-col-checks")}</th>
                        <th scope="col">{tr("audit-col-verified")}</th>
                        <th scope="col">{tr("audit-col-problems")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {pager}
    }
}

/// One service: its checks and problems name the file and field to edit.
fn service_row(
    s: &ServiceAudit,
    directorates: &[(String, dalil_model::Text)],
    lang: RwSignal<Lang>,
) -> AnyView {
    let directorate = directorates
        .iter()
        .find(|(id, _)| *id == s.authority)
        .map(|(_, name)| name.clone())
        .unwrap_or_else(|| dalil_model::Text::new(s.authority.clone(), s.authority.clone()));
    let status = status_message(s.shown_status());
    let verified = s.verified.clone();
    let checks = if s.failed.is_empty() {
        view! { <span class="audit__pass">{tr("audit-checks-pass")}</span> }.into_any()
    } else {
        let items = s
            .failed
            .iter()
            .map(|f| {
                let id = check_message(f.check);
                let place = format!("{} · {}", s.file, f.field);
                view! {
                    <li data-check=f.check.key()>
                        {move || translate(lang.get(), &id, &[])}
                        " "<code dir="ltr">{place}</code>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="audit__list">{items}</ul> }.into_any()
    };
    let problems = if s.problems.is_empty() {
        view! { <span>{tr("audit-no-problems")}</span> }.into_any()
    } else {
        let items = s
            .problems
            .iter()
            .map(|p| {
                let mut place = p.file.clone();
                if let Some(line) = p.line {
                    place.push_str(&format!(":{line}"));
                }
                if let Some(field) = &p.field {
                    place.push_str(&format!(" · {field}"));
                }
                let class = match p.severity {
                    dalil_model::audit::Severity::Error => "audit__problem audit__problem--error",
                    dalil_model::audit::Severity::Warning => "audit__problem",
                };
                view! {
                    <li class=class data-code=p.code.clone()>
                        <code dir="ltr">{place}</code>" "
                        <span lang="en" dir="ltr">{p.message.clone()}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="audit__list">{items}</ul> }.into_any()
    };
    view! {
        <tr data-service=s.id.clone() data-status=s.shown_status().key()>
            <th scope="row">
                <a href=href(&format!("/services/{}", s.id))><Localised text=s.name.clone() /></a>
                <br /><code dir="ltr">{s.id.clone()}</code>
            </th>
            <td><Localised text=directorate /></td>
            <td>{move || translate(lang.get(), &status, &[])}</td>
            <td>{checks}</td>
            <td>{move || crate::present::time::date(lang.get(), &verified)}</td>
            <td>{problems}</td>
        </tr>
    }
    .into_any()
}

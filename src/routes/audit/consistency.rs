//! `/audit/consistency`: where ministries could simplify and unify their
//! procedures: one document under different names, one stamp or fee at
//! different amounts, one kind of service done differently between
//! governorates. Warnings for people to judge; each names its services.

use super::{audit_doc, frame, href, when_part_loaded};
use crate::components::localised::Localised;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang, use_page_title};
use crate::present::audit::count;
use dalil_model::audit::{parts, ConsistencyDoc, ServiceRef};
use leptos::prelude::*;

/// A finding may name thousands of services (one stamp used everywhere):
/// the page shows the first ones and how many more; the report and its CSV
/// have them all.
const SHOWN: usize = 12;

#[component]
pub fn AuditConsistencyPage() -> impl IntoView {
    use_page_title(tr("audit-nav-consistency"));
    frame("audit-consistency", move || {
        let doc = audit_doc::<ConsistencyDoc>(|| parts::paths::CONSISTENCY.to_string());
        view! {
            <h1>{tr("audit-nav-consistency")}</h1>
            <p>{tr("audit-consistency-intro")}</p>
            {move || when_part_loaded(doc.get(), |d| view! { <Findings doc=d /> }.into_any())}
        }
        .into_any()
    })
}

fn services(refs: &[ServiceRef]) -> impl IntoView {
    let lang = use_lang();
    let more = refs.len().saturating_sub(SHOWN);
    let items = refs
        .iter()
        .take(SHOWN)
        .map(|r| {
            view! {
                <li><a href=href(&format!("/services/{}", r.id))><Localised text=r.name.clone() /></a>
                    " "<code dir="ltr">{r.id.clone()}</code></li>
            }
        })
        .collect_view();
    view! {
        <ul class="audit__refs">{items}</ul>
        {(more > 0).then(|| view! {
            <p class="audit__more">{move || translate(lang.get(), "audit-more", &[("count", Arg::Str(&count(more)))])}</p>
        })}
    }
}

#[component]
fn Findings(doc: std::sync::Arc<ConsistencyDoc>) -> impl IntoView {
    let lang = use_lang();
    let c = &doc.consistency;
    let none = || view! { <p>{tr("audit-findings-none")}</p> };
    let names = c
        .document_names
        .iter()
        .map(|d| {
            let uses = d
                .names
                .iter()
                .map(|n| {
                    view! {
                        <li>
                            <strong><Localised text=n.name.clone() /></strong>" "
                            {tr("audit-used-by")}
                            {services(&n.services)}
                        </li>
                    }
                })
                .collect_view();
            view! { <li class="audit-finding" data-finding="document_names"><ul>{uses}</ul></li> }
        })
        .collect_view();
    let amounts = c
        .amounts
        .iter()
        .map(|a| {
            let uses = a
                .amounts
                .iter()
                .map(|u| {
                    let amount = format!("{} {}", u.amount, a.currency);
                    view! {
                        <li><strong dir="ltr">{amount}</strong>" "{tr("audit-used-by")}{services(&u.services)}</li>
                    }
                })
                .collect_view();
            view! {
                <li class="audit-finding" data-finding="amounts">
                    <h3><Localised text=a.item.clone() /></h3>
                    <ul>{uses}</ul>
                </li>
            }
        })
        .collect_view();
    let governorates = c
        .governorates
        .iter()
        .map(|g| {
            let variants = g
                .variants
                .iter()
                .map(|v| {
                    let steps = v.steps as i64;
                    view! {
                        <li>
                            <a href=href(&format!("/services/{}", v.service.id))><Localised text=v.service.name.clone() /></a>
                            " · "<span dir="ltr">{v.processing_time.clone()}</span>
                            " · "{move || translate(lang.get(), "audit-steps", &[("count", Arg::Num(steps))])}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="audit-finding" data-finding="governorates">
                    <h3><Localised text=g.kind.clone() /></h3>
                    {g.times_differ.then(|| view! { <p>{tr("audit-times-differ")}</p> })}
                    {g.steps_differ.then(|| view! { <p>{tr("audit-steps-differ")}</p> })}
                    <ul>{variants}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="audit-doc-names">
            <h2 id="audit-doc-names">{tr("audit-doc-names-title")}" ("{count(c.document_names.len())}")"</h2>
            {if c.document_names.is_empty() { none().into_any() } else { view! { <ol class="audit-findings">{names}</ol> }.into_any() }}
        </section>
        <section aria-labelledby="audit-amounts">
            <h2 id="audit-amounts">{tr("audit-amounts-title")}" ("{count(c.amounts.len())}")"</h2>
            {if c.amounts.is_empty() { none().into_any() } else { view! { <ol class="audit-findings">{amounts}</ol> }.into_any() }}
        </section>
        <section aria-labelledby="audit-governorates">
            <h2 id="audit-governorates">{tr("audit-governorates-title")}" ("{count(c.governorates.len())}")"</h2>
            {if c.governorates.is_empty() { none().into_any() } else { view! { <ol class="audit-findings">{governorates}</ol> }.into_any() }}
        </section>
    }
}

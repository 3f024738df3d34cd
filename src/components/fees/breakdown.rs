//! The result: the total per currency, the itemised table with how each
//! line was reached and its legal source, or, while any answer is invalid,
//! a notice instead (never a wrong total). A status region announces it.

use crate::components::localised::Localised;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::present::fees::breakdown::{announcement, kind_key, kind_tag, totals_in_words};
use crate::present::fees::form::{error_id, field_id};
use crate::present::fees::problems::{blocked, blocked_message, Blocked};
use dalil_fees::{describe, format_money, Breakdown, Digits, EvalError, Line};
use dalil_model::FeeVersion;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsCast;

pub type Evaluation = Memo<Result<Breakdown, EvalError>>;

/// How long the announcement waits for typing to pause.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(700);

#[component]
pub fn FeeResult(
    version: Arc<FeeVersion>,
    result: Evaluation,
    digits: Signal<Digits>,
) -> impl IntoView {
    let lang = use_lang();
    let body = move || match result.get() {
        Ok(b) if b.lines.is_empty() => view! {
            <p class="fee-total fee-total--none" id="fee-total">{tr("fees-nothing-to-pay")}</p>
        }
        .into_any(),
        Ok(b) => {
            view! { <Totals breakdown=b.clone() digits /> <Table breakdown=b digits /> }.into_any()
        }
        Err(e) => view! { <BlockedNotice version=version.clone() error=e /> }.into_any(),
    };
    view! {
        <div class="fee-result">
            {body}
            <Announcer text=Signal::derive(move || result.with(|r| announcement(r, lang.get(), digits.get()))) />
        </div>
    }
}

/// A visually hidden status region that speaks the result once typing
/// pauses, rather than on every keystroke.
#[component]
fn Announcer(text: Signal<String>) -> impl IntoView {
    let spoken = RwSignal::new(text.get_untracked());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let next = text.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || spoken.set(next), ANNOUNCE_AFTER).ok();
        pending.set_value(handle);
    });
    view! { <p class="fee-sr-only" id="fee-announce" role="status" aria-live="polite" aria-atomic="true">{move || spoken.get()}</p> }
}

/// The total in each currency, in words.
#[component]
fn Totals(breakdown: Breakdown, digits: Signal<Digits>) -> impl IntoView {
    let lang = use_lang();
    let several = breakdown.totals.len() > 1;
    let totals = move || {
        totals_in_words(&breakdown, lang.get(), digits.get())
            .into_iter()
            .map(|(currency, text)| {
                view! {
                    <li class="fee-total__amount" data-currency=currency.code()><bdi>{text}</bdi></li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="fee-total" id="fee-total">
            <p class="fee-total__label">{tr("fees-total")}</p>
            <ul class="fee-total__amounts">{totals}</ul>
            {several.then(|| view! { <p class="fee-total__apart">{tr("fees-currencies-apart")}</p> })}
        </div>
    }
}

/// The itemised table: a row per line, a total row per currency.
#[component]
fn Table(breakdown: Breakdown, digits: Signal<Digits>) -> impl IntoView {
    let lang = use_lang();
    let rows = breakdown
        .lines
        .iter()
        .cloned()
        .map(|line| view! { <LineRow line digits /> })
        .collect_view();
    let totals = breakdown
        .totals
        .iter()
        .map(|(currency, amount)| {
            let (currency, amount) = (*currency, *amount);
            view! {
                <tr class="fee-table__total" data-currency=currency.code()>
                    <th scope="row">
                        {move || translate(lang.get(), "fees-total-currency", &[("currency", Arg::Str(dalil_fees::currency_name(currency, lang.get())))])}
                    </th>
                    <td class="fee-table__amount"><bdi>{move || format_money(amount, currency, lang.get(), digits.get())}</bdi></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="fee-table" id="fee-breakdown">
            <caption class="fee-table__caption">{tr("fees-breakdown")}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr("fees-col-item")}</th>
                    <th scope="col" class="fee-table__amount">{tr("fees-col-amount")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>{totals}</tfoot>
        </table>
    }
}

#[component]
fn LineRow(line: Line, digits: Signal<Digits>) -> impl IntoView {
    let lang = use_lang();
    let kind = line.kind;
    let tag = kind_tag(kind, lang.get_untracked()).map(|_| {
        view! { <span class=format!("fee-tag fee-tag--{}", kind_key(kind))>{move || kind_tag(kind, lang.get())}</span> }
    });
    let detail = {
        let detail = line.detail.clone();
        move || {
            let text = describe(&detail, lang.get(), digits.get());
            (!text.is_empty())
                .then(|| view! { <span class="fee-line__detail"><bdi>{text}</bdi></span> })
        }
    };
    let source = line.source.clone();
    let has_source = !source.is_empty();
    let (amount, currency) = (line.amount, line.currency);
    view! {
        <tr class="fee-line" data-item=line.item_id.clone() data-kind=kind_key(line.kind)>
            <td class="fee-line__item">
                <span class="fee-line__label"><Localised text=line.label.clone() /></span>
                {tag}
                {detail}
                {has_source.then(|| view! {
                    <span class="fee-line__source">
                        {move || translate(lang.get(), "fees-source", &[("source", Arg::Str(source.get(lang.get())))])}
                    </span>
                })}
            </td>
            <td class="fee-table__amount fee-line__amount">
                <bdi>{move || format_money(amount, currency, lang.get(), digits.get())}</bdi>
            </td>
        </tr>
    }
}

/// Instead of a total: what to do, with a link to each field to fix.
#[component]
fn BlockedNotice(version: Arc<FeeVersion>, error: EvalError) -> impl IntoView {
    let lang = use_lang();
    let why = blocked(&error);
    let links = match why {
        Blocked::Inputs { .. } => error
            .input_errors()
            .iter()
            .filter_map(|e| version.inputs.iter().find(|i| i.id() == e.input))
            .map(|input| {
                let id = input.id().to_string();
                let label = input.label().clone();
                let target = field_id(&id);
                let href = format!("#{target}");
                view! {
                    <li>
                        <a href=href aria-describedby=error_id(&id) on:click=move |ev| {
                            ev.prevent_default();
                            focus_field(&target);
                        }>
                            {move || translate(lang.get(), "fees-go-to-field", &[("field", Arg::Str(label.get(lang.get())))])}
                        </a>
                    </li>
                }
            })
            .collect_view()
            .into_any(),
        _ => ().into_any(),
    };
    let message = {
        let why = why.clone();
        move || blocked_message(lang.get(), &why)
    };
    view! {
        <div class="notice notice--error fee-blocked" id="fee-blocked">
            <p class="fee-blocked__message">{message}</p>
            <ul class="fee-blocked__links">{links}</ul>
        </div>
    }
}

/// Moves focus to a field: the control itself, or the first radio of a group.
fn focus_field(id: &str) {
    let document = document();
    let Some(element) = document.get_element_by_id(id) else {
        return;
    };
    let target = match element.tag_name().to_ascii_lowercase().as_str() {
        "input" | "select" => Some(element),
        _ => element
            .query_selector("input:checked, input")
            .ok()
            .flatten(),
    };
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

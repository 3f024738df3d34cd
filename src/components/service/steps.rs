//! The step-by-step guide: numbered steps that expand and collapse, "or"
//! alternatives, optional steps, and a tick per step.

use crate::checklist::Checklist;
use crate::components::deferred::in_chunks;
use crate::components::external_link::ExternalLink;
use crate::components::localised::Localised;
use crate::components::tick::TickBox;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::present::{checklist::step_key, service::channel_label_id, time};
use dalil_model::{Location, Service, Step, StepAlternative, Text, TimeRange};
use leptos::prelude::*;
use std::sync::Arc;

/// Steps built in one slice: each is a dozen elements or more.
const STEPS_PER_SLICE: usize = 2;

#[component]
pub fn StepByStep(service: Arc<Service>, checklist: Checklist) -> impl IntoView {
    let count = service.steps.len();
    let open = RwSignal::new(vec![false; count]);
    let all_open = move || open.with(|o| o.iter().all(|x| *x));
    let toggle_all = move |_| {
        let target = !all_open();
        open.update(|o| o.iter_mut().for_each(|x| *x = target));
    };
    let steps = in_chunks(
        STEPS_PER_SLICE,
        service.steps.iter().cloned().enumerate().collect(),
        move |(i, step)| view! { <StepItem index=i step service=service.clone() open checklist /> },
    );
    view! {
        <div class="step-by-step">
            <button
                type="button"
                class="button button--secondary steps__toggle-all"
                aria-expanded=move || all_open().to_string()
                aria-controls="step-list"
                on:click=toggle_all
            >
                {move || if all_open() { tr("steps-hide-all")() } else { tr("steps-show-all")() }}
            </button>
            <ol class="steps" id="step-list">{steps}</ol>
        </div>
    }
}

#[component]
fn StepItem(
    index: usize,
    step: Step,
    service: Arc<Service>,
    open: RwSignal<Vec<bool>>,
    checklist: Checklist,
) -> impl IntoView {
    let lang = use_lang();
    let is_open = move || open.with(|o| o.get(index).copied().unwrap_or(false));
    let toggle = move |_| {
        open.update(|o| {
            if let Some(x) = o.get_mut(index) {
                *x = !*x;
            }
        })
    };
    let body_id = format!("step-{}-body", index + 1);
    let key = step_key(index);
    let tick_id = format!("check-step-{}", index + 1);
    let optional = step.optional;
    let has_alternatives = !step.alternatives.is_empty();
    let bring: Vec<Text> = step
        .bring
        .iter()
        .filter_map(|id| service.document(id).map(|d| d.name.clone()))
        .collect();
    let title = step.title.clone();
    view! {
        <li class="step" class:step--optional=optional data-step=index + 1>
            <h3 class="step__heading">
                <button
                    type="button"
                    class="step__toggle"
                    aria-expanded=move || is_open().to_string()
                    aria-controls=body_id.clone()
                    on:click=toggle
                >
                    <span class="step__number">
                        {move || translate(lang.get(), "step-number", &[("n", Arg::Num(index as i64 + 1))])}
                    </span>
                    <span class="step__title"><Localised text=title /></span>
                    {optional.then(|| view! { <span class="tag">{tr("step-optional")}</span> })}
                    <span class="step__chevron" aria-hidden="true"></span>
                </button>
            </h3>
            <div class="step__body" id=body_id hidden=move || !is_open()>
                {(!step.details.is_empty()).then(|| view! { <p><Localised text=step.details.clone() /></p> })}
                <dl class="step__facts">
                    {step.location.clone().map(location_fact)}
                    {(!bring.is_empty()).then(|| view! {
                        <div class="fact">
                            <dt>{tr("step-bring")}</dt>
                            <dd><ul class="step__bring">
                                {bring.into_iter().map(|b| view! { <li><Localised text=b /></li> }).collect_view()}
                            </ul></dd>
                        </div>
                    })}
                    {step.duration.map(duration_fact)}
                    {step.cost.clone().map(cost_fact)}
                </dl>
                {has_alternatives.then(|| view! {
                    <p class="step__choose">{tr("step-choose-one")}</p>
                    <ul class="alternatives">
                        {step.alternatives.iter().cloned().enumerate().map(|(j, alt)| view! {
                            {(j > 0).then(|| view! { <li class="alternatives__or" aria-hidden="true">{tr("step-or")}</li> })}
                            <Alternative alt />
                        }).collect_view()}
                    </ul>
                })}
                <p class="step__tick">
                    <TickBox checklist key=key.clone() id=tick_id.clone() />
                    <label for=tick_id>
                        {
                            let name = step.title.clone();
                            move || translate(lang.get(), "checklist-tick-step", &[("name", Arg::Str(name.get(lang.get())))])
                        }
                    </label>
                </p>
            </div>
        </li>
    }
}

#[component]
fn Alternative(alt: StepAlternative) -> impl IntoView {
    view! {
        <li class="alternative">
            <p class="alternative__title"><strong><Localised text=alt.title.clone() /></strong></p>
            {(!alt.details.is_empty()).then(|| view! { <p><Localised text=alt.details.clone() /></p> })}
            <dl class="step__facts">
                {location_fact(alt.location.clone())}
                {alt.duration.map(duration_fact)}
                {alt.cost.clone().map(cost_fact)}
            </dl>
        </li>
    }
}

fn location_fact(l: Location) -> impl IntoView {
    let kind_label = tr(channel_label_id(l.kind));
    view! {
        <div class="fact">
            <dt>{tr("step-where")}</dt>
            <dd>
                {match l.name.clone() {
                    Some(name) => view! { <Localised text=name /> }.into_any(),
                    None => view! { <span>{kind_label}</span> }.into_any(),
                }}
                {l.url.clone().map(|url| view! { " " <ExternalLink url /> })}
            </dd>
        </div>
    }
}

fn duration_fact(r: TimeRange) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="fact">
            <dt>{tr("step-duration")}</dt>
            <dd>{move || time::range(lang.get(), &r)}</dd>
        </div>
    }
}

fn cost_fact(cost: Text) -> impl IntoView {
    view! {
        <div class="fact">
            <dt>{tr("step-cost")}</dt>
            <dd><Localised text=cost /></dd>
        </div>
    }
}

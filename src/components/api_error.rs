//! A failed load, explained in the user's language, with a way to retry.

use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use dalil_model::ApiError;
use leptos::prelude::*;

pub fn message(lang: dalil_model::Lang, error: &ApiError) -> String {
    let id = format!("api-error-{}", error.kind());
    match error {
        ApiError::Http(code) => translate(lang, &id, &[("code", Arg::Num(i64::from(*code)))]),
        _ => translate(lang, &id, &[]),
    }
}

#[component]
pub fn ApiErrorView(error: ApiError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let detail = error.to_string();
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="notice__title">{tr("api-error-title")}</h2>
            <p>{move || message(lang.get(), &error)}</p>
            <p class="notice__detail" lang="en" dir="ltr">{detail}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {tr("retry")}
            </button>
        </div>
    }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">{tr("loading")}</p> }
}

/// Renders a loading state, an error with retry, or `ready` with the value.
pub fn when_loaded<T: 'static>(
    state: Option<crate::data::Loaded<T>>,
    ready: impl FnOnce(std::sync::Arc<T>) -> AnyView,
) -> AnyView {
    match state {
        None => view! { <Loading /> }.into_any(),
        Some(Ok(value)) => ready(value),
        Some(Err(error)) => {
            let catalogue = crate::data::use_catalogue();
            view! { <ApiErrorView error on_retry=move |_| catalogue.reload() /> }.into_any()
        }
    }
}

/// Renders one service's load state: loading, the not-found message for an
/// unknown id, an error with retry, or `ready` with the record.
pub fn when_service_loaded(
    resource: crate::data::Doc<dalil_model::Service>,
    ready: impl FnOnce(std::sync::Arc<dalil_model::Service>) -> AnyView,
) -> AnyView {
    match resource.get() {
        None => view! { <Loading /> }.into_any(),
        Some(Ok(s)) => ready(s),
        Some(Err(ApiError::NotFound(_))) => view! {
            <h1>{tr("not-found-title")}</h1>
            <p>{tr("service-not-found")}</p>
        }
        .into_any(),
        Some(Err(error)) => {
            view! { <ApiErrorView error on_retry=move |_| resource.refetch() /> }.into_any()
        }
    }
}

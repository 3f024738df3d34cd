//! GET over the network with the limits a flaky link needs: a timeout that
//! really cancels the request, and a size limit enforced while the body
//! streams in (an absurd answer is cut off, not read to the end).

use dalil_model::ApiError;
use futures::future::{select, Either};
use gloo_net::http::Request;
use js_sys::{Reflect, Uint8Array};
use std::pin::pin;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, RequestCache};

/// How one request may behave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub timeout_ms: u32,
    pub max_bytes: usize,
    /// Revalidate with the server instead of trusting the HTTP cache: used
    /// to ask "is there a newer catalogue?".
    pub fresh: bool,
    /// Skip the HTTP cache altogether (not even a revalidation): for a
    /// file whose cached copy failed its check.
    pub reload: bool,
}

/// GETs `url`, giving up with `ApiError::Timeout` after `limits.timeout_ms`.
pub async fn get_bytes(url: &str, limits: Limits) -> Result<Vec<u8>, ApiError> {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(AbortController::signal);
    let request = fetch(url, limits, signal);
    let timeout = gloo_timers::future::TimeoutFuture::new(limits.timeout_ms);
    match select(pin!(request), pin!(timeout)).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => {
            if let Some(controller) = &controller {
                controller.abort();
            }
            Err(ApiError::Timeout)
        }
    }
}

/// [`get_bytes`], as UTF-8 text.
pub async fn get_text(url: &str, limits: Limits) -> Result<String, ApiError> {
    let bytes = get_bytes(url, limits).await?;
    String::from_utf8(bytes).map_err(|e| ApiError::Malformed(e.to_string()))
}

async fn fetch(
    url: &str,
    limits: Limits,
    signal: Option<web_sys::AbortSignal>,
) -> Result<Vec<u8>, ApiError> {
    let mut builder = Request::get(url).abort_signal(signal.as_ref());
    if limits.reload {
        builder = builder.cache(RequestCache::Reload);
    } else if limits.fresh {
        builder = builder.cache(RequestCache::NoCache);
    }
    let response = builder
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    match response.status() {
        200 => {}
        404 => return Err(ApiError::NotFound(url.to_string())),
        code => return Err(ApiError::Http(code)),
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(length) = declared.filter(|&n| n > limits.max_bytes) {
        return Err(ApiError::TooLarge(length));
    }
    match response.body() {
        Some(stream) => read_limited(stream.get_reader().unchecked_into(), limits.max_bytes).await,
        None => Ok(Vec::new()),
    }
}

/// Reads a body chunk by chunk, stopping as soon as it passes `max_bytes`.
async fn read_limited(
    reader: ReadableStreamDefaultReader,
    max_bytes: usize,
) -> Result<Vec<u8>, ApiError> {
    let network = |e: wasm_bindgen::JsValue| ApiError::Network(format!("{e:?}"));
    let mut body = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(network)?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(body);
        }
        let value = Reflect::get(&chunk, &"value".into()).map_err(network)?;
        let bytes = Uint8Array::new(&value);
        let start = body.len();
        let end = start + bytes.length() as usize;
        if end > max_bytes {
            let _ = reader.cancel();
            return Err(ApiError::TooLarge(end));
        }
        body.resize(end, 0);
        bytes.copy_to(&mut body[start..]);
    }
}

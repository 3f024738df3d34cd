//! The browser's Cache Storage, reduced to what the catalogue needs: text
//! by key in named caches. Private modes and full disks make every call
//! fail; the errors say which, so the app can fall back to online only.

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, CacheStorage, Response, ResponseInit};

/// Why the device would not keep something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// No Cache Storage here (private mode, an old browser, an insecure origin).
    Unavailable,
    /// The device is out of room for this site.
    Full,
    /// The device said beforehand it has less room than the catalogue needs.
    NoRoom { needed: u64, free: u64 },
    /// Anything else the browser reported.
    Failed(String),
}

/// Keys are absolute paths, so they resolve the same from every page URL.
fn key(path: &str) -> String {
    format!("/offline-catalogue/{path}")
}

fn storage() -> Result<CacheStorage, StorageProblem> {
    let window = crate::browser::window().ok_or(StorageProblem::Unavailable)?;
    // `caches` is missing outright in some private modes.
    let present = Reflect::has(&window, &"caches".into()).unwrap_or(false);
    if !present {
        return Err(StorageProblem::Unavailable);
    }
    window.caches().map_err(|_| StorageProblem::Unavailable)
}

fn problem(error: JsValue) -> StorageProblem {
    let name = Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" => StorageProblem::Full,
        "SecurityError" => StorageProblem::Unavailable,
        _ => StorageProblem::Failed(format!("{error:?}")),
    }
}

async fn open(name: &str) -> Result<Cache, StorageProblem> {
    let opened = JsFuture::from(storage()?.open(name))
        .await
        .map_err(problem)?;
    Ok(opened.unchecked_into())
}

/// The text stored under `path` in cache `name`, if any.
pub async fn get(name: &str, path: &str) -> Option<String> {
    let cache = open(name).await.ok()?;
    let found = JsFuture::from(cache.match_with_str(&key(path)))
        .await
        .ok()?;
    let response: Response = found.dyn_into().ok()?;
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    text.as_string()
}

/// Stores `body` under `path` in cache `name`.
pub async fn put(name: &str, path: &str, body: &str) -> Result<(), StorageProblem> {
    let cache = open(name).await?;
    let init = ResponseInit::new();
    init.set_status(200);
    let response = Response::new_with_opt_str_and_init(Some(body), &init).map_err(problem)?;
    JsFuture::from(cache.put_with_str(&key(path), &response))
        .await
        .map_err(problem)?;
    Ok(())
}

/// Stores `body` (bytes: a pack) under `path` in cache `name`.
pub async fn put_bytes(name: &str, path: &str, body: &[u8]) -> Result<(), StorageProblem> {
    let cache = open(name).await?;
    let init = ResponseInit::new();
    init.set_status(200);
    let array = Uint8Array::from(body);
    let response =
        Response::new_with_opt_buffer_source_and_init(Some(&array), &init).map_err(problem)?;
    JsFuture::from(cache.put_with_str(&key(path), &response))
        .await
        .map_err(problem)?;
    Ok(())
}

/// Bytes `range` of the entry under `path`: one record of a pack, read
/// without handing the whole pack to the app.
pub async fn get_range(name: &str, path: &str, range: std::ops::Range<usize>) -> Option<Vec<u8>> {
    let cache = open(name).await.ok()?;
    let found = JsFuture::from(cache.match_with_str(&key(path)))
        .await
        .ok()?;
    let response: Response = found.dyn_into().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    let all = Uint8Array::new(&buffer);
    let (start, end) = (
        u32::try_from(range.start).ok()?,
        u32::try_from(range.end).ok()?,
    );
    (end <= all.length()).then(|| all.subarray(start, end).to_vec())
}

/// Copies entries from one cache into another as they are, without
/// reading them. Both caches are opened once, for many copies.
pub struct Copier {
    from: Cache,
    to: Cache,
}

impl Copier {
    pub async fn open(from: &str, to: &str) -> Result<Copier, StorageProblem> {
        Ok(Copier {
            from: open(from).await?,
            to: open(to).await?,
        })
    }

    /// Copies the entry of `path`. False when the source does not hold it.
    pub async fn copy(&self, path: &str) -> Result<bool, StorageProblem> {
        let found = JsFuture::from(self.from.match_with_str(&key(path)))
            .await
            .map_err(problem)?;
        let Ok(response) = found.dyn_into::<Response>() else {
            return Ok(false);
        };
        JsFuture::from(self.to.put_with_str(&key(path), &response))
            .await
            .map_err(problem)?;
        Ok(true)
    }
}

/// Every path cache `name` holds, in one call (a check entry by entry
/// would cost one round trip per file).
pub async fn paths(name: &str) -> Option<std::collections::HashSet<String>> {
    let cache = open(name).await.ok()?;
    let requests = JsFuture::from(cache.keys()).await.ok()?;
    let prefix = key("");
    Some(
        Array::from(&requests)
            .iter()
            .filter_map(|r| Reflect::get(&r, &"url".into()).ok()?.as_string())
            .filter_map(|url| {
                let path = web_sys::Url::new(&url).ok()?.pathname();
                let path = js_sys::decode_uri_component(&path).ok()?.as_string()?;
                path.strip_prefix(&prefix).map(str::to_string)
            })
            .collect(),
    )
}

/// The room this site may still fill, as the browser estimates it; `None`
/// where it cannot say (the download then finds out the hard way).
pub async fn free_bytes() -> Option<u64> {
    let storage = Reflect::get(&crate::browser::window()?.navigator(), &"storage".into()).ok()?;
    let estimate = Reflect::get(&storage, &"estimate".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise: js_sys::Promise = estimate.call0(&storage).ok()?.dyn_into().ok()?;
    let answer = JsFuture::from(promise).await.ok()?;
    let number = |name: &str| Reflect::get(&answer, &name.into()).ok()?.as_f64();
    let (quota, usage) = (number("quota")?, number("usage").unwrap_or(0.0));
    Some((quota - usage).max(0.0) as u64)
}

/// Removes cache `name` and everything in it.
pub async fn delete(name: &str) {
    if let Ok(storage) = storage() {
        let _ = JsFuture::from(storage.delete(name)).await;
    }
}

/// The names of every cache of this site.
pub async fn names() -> Vec<String> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    match JsFuture::from(storage.keys()).await {
        Ok(keys) => Array::from(&keys)
            .iter()
            .filter_map(|k| k.as_string())
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Fails early, with the reason, where nothing can be kept.
pub fn available() -> Result<(), StorageProblem> {
    storage().map(drop)
}

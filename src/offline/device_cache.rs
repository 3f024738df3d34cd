//! The browser's Cache Storage, reduced to what the catalogue needs: text
//! by key in named caches. Private modes and full disks make every call
//! fail; the errors say which, so the app can fall back to online only.

use js_sys::{Array, Reflect};
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
    /// Anything else the browser reported.
    Failed(String),
}

/// Keys are absolute paths, so they resolve the same from every page URL.
fn key(path: &str) -> String {
    format!("/offline-catalogue/{path}")
}

fn storage() -> Result<CacheStorage, StorageProblem> {
    let window = web_sys::window().ok_or(StorageProblem::Unavailable)?;
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

/// Whether cache `name` holds `path`.
pub async fn has(name: &str, path: &str) -> bool {
    get(name, path).await.is_some()
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

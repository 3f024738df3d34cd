//! A part of a long page that renders after the parts above it, in a later slice of the
//! main thread (the browser's executor), so no one task builds a whole service page. The
//! take-over shows the new page only once every deferred part is in, so nothing appears
//! late. The pre-renderer renders it at once.

use leptos::prelude::*;

#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    {
        Suspend::new(async move {
            crate::executor::yield_now().await;
            children()
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        children()
    }
}

/// How many lines of a long list (services, centres) render in one slice.
pub const LIST_CHUNK: usize = 6;

/// A long list in chunks of `size`: each chunk is `Deferred`, so a list of hundreds is built
/// in many short slices.
pub fn in_chunks<T, V>(
    size: usize,
    items: Vec<T>,
    item: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    items
        .chunks(size.max(1))
        .map(|chunk| {
            let chunk = chunk.to_vec();
            let item = item.clone();
            view! { <Deferred>{chunk.clone().into_iter().map(item.clone()).collect_view()}</Deferred> }
        })
        .collect_view()
}

//! The app replaces the page it finds (a pre-rendered page, or index.html's first paint)
//! without a visible change and without one long task.
//!
//! It renders into a hidden container in slices (`executor`): the router's first view,
//! the service page's sections (`Deferred`), the effects. The page the reader sees stays
//! until the queue has settled, then the new nodes take its place at once. A form field the
//! reader changed meanwhile (the search box, a ticked document) is carried over.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::{app, executor};

/// The latest swap, should the queue never settle (a task that keeps itself busy): the page
/// the reader sees must not stay without the app.
const LONGEST_WAIT_MS: i32 = 5_000;

/// The id of the one root element the page and the app share.
const ROOT_ID: &str = "app";

/// Reads the page's data, then renders in the next task: two tasks, not one long one.
pub fn take_over() {
    crate::seed::read_ahead();
    let render = Closure::once_into_js(render_and_swap);
    if let Some(window) = crate::browser::window() {
        let _ = window.set_timeout_with_callback(render.unchecked_ref());
    }
}

fn render_and_swap() {
    let document = leptos::prelude::document();
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        return;
    };
    let old = child_nodes(&root);
    let Ok(next) = document.create_element("div") else {
        return;
    };
    let _ = next.set_attribute("hidden", "");
    // First in the document, so an id finds the new element before the old one.
    let _ = root.prepend_with_node_1(&next);
    let Ok(container) = next.clone().dyn_into::<HtmlElement>() else {
        return;
    };
    leptos::mount::mount_to(container, app::App).forget();

    let done = Rc::new(Cell::new(false));
    let swap = {
        let done = done.clone();
        move || {
            if !done.replace(true) {
                swap_in(&root, &old, &next);
            }
        }
    };
    executor::when_settled(swap.clone());
    let late = Closure::once_into_js(swap);
    if let Some(window) = crate::browser::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            late.unchecked_ref(),
            LONGEST_WAIT_MS,
        );
    }
}

fn swap_in(root: &Element, old: &[web_sys::Node], next: &Element) {
    let focus = carry_changed_fields(root, next);
    for node in old {
        if let Some(parent) = node.parent_node() {
            let _ = parent.remove_child(node);
        }
    }
    while let Some(child) = next.first_child() {
        let _ = root.insert_before(&child, Some(next));
    }
    next.remove();
    // Only an element in the shown page can take the focus.
    if let Some(focus) = focus {
        focus.restore();
    }
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.set_attribute("data-ready", "true");
    }
}

fn child_nodes(root: &Element) -> Vec<web_sys::Node> {
    let list = root.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The field the reader was in, and where the caret was.
struct Focus {
    field: HtmlElement,
    caret: Option<(u32, u32)>,
}

impl Focus {
    fn of(old: &Element, new: &Element) -> Option<Focus> {
        let caret = old
            .dyn_ref::<web_sys::HtmlInputElement>()
            .and_then(|i| Some((i.selection_start().ok()??, i.selection_end().ok()??)));
        Some(Focus {
            field: new.clone().dyn_into().ok()?,
            caret,
        })
    }

    fn restore(self) {
        let _ = self.field.focus();
        if let (Some((start, end)), Some(input)) = (
            self.caret,
            self.field.dyn_ref::<web_sys::HtmlInputElement>(),
        ) {
            let _ = input.set_selection_range(start, end);
        }
    }
}

/// What the reader typed or ticked on the old page goes to the same field of the new one,
/// as if done there (its `input` and `change` events); the focus goes with it once the new
/// page is shown.
fn carry_changed_fields(root: &Element, next: &Element) -> Option<Focus> {
    let document = leptos::prelude::document();
    let focused = document.active_element();
    let mut focus = None;
    for old in elements(root, "input, textarea, select") {
        if next.contains(Some(&old)) {
            continue;
        }
        let Some(new) = counterpart(&old, next) else {
            continue;
        };
        let changed = carry_value(&old, &new);
        if changed {
            for kind in ["input", "change"] {
                if let Ok(event) = new_bubbling_event(kind) {
                    let _ = new.dispatch_event(&event);
                }
            }
        }
        if focused.as_ref() == Some(&old) {
            focus = Focus::of(&old, &new);
        }
    }
    focus
}

/// The new page's field for an old one: by its id, else by its name (and value, for a
/// checkbox or radio button among others of the same name).
fn counterpart(old: &Element, next: &Element) -> Option<Element> {
    if let Some(id) = old.get_attribute("id") {
        return next
            .query_selector(&format!("[id=\"{}\"]", css_string(&id)))
            .ok()
            .flatten();
    }
    let name = old.get_attribute("name")?;
    let mut selector = format!("[name=\"{}\"]", css_string(&name));
    if let Some(value) = old.get_attribute("value") {
        selector.push_str(&format!("[value=\"{}\"]", css_string(&value)));
    }
    next.query_selector(&selector).ok().flatten()
}

/// Copies a value the reader changed; `true` if there was one.
fn carry_value(old: &Element, new: &Element) -> bool {
    if let (Some(old), Some(new)) = (
        old.dyn_ref::<web_sys::HtmlInputElement>(),
        new.dyn_ref::<web_sys::HtmlInputElement>(),
    ) {
        let kind = old.type_();
        if kind == "checkbox" || kind == "radio" {
            if old.checked() == old.default_checked() || new.checked() == old.checked() {
                return false;
            }
            new.set_checked(old.checked());
            return true;
        }
        if old.value() == old.default_value() || new.value() == old.value() {
            return false;
        }
        new.set_value(&old.value());
        return true;
    }
    if let (Some(old), Some(new)) = (
        old.dyn_ref::<web_sys::HtmlTextAreaElement>(),
        new.dyn_ref::<web_sys::HtmlTextAreaElement>(),
    ) {
        if Ok(old.value()) == old.default_value() || new.value() == old.value() {
            return false;
        }
        new.set_value(&old.value());
        return true;
    }
    if let (Some(old), Some(new)) = (
        old.dyn_ref::<web_sys::HtmlSelectElement>(),
        new.dyn_ref::<web_sys::HtmlSelectElement>(),
    ) {
        if !select_changed(old) || new.value() == old.value() {
            return false;
        }
        new.set_value(&old.value());
        return true;
    }
    false
}

/// Whether the reader chose another option than the page's own (its `selected` one, else
/// the first).
fn select_changed(select: &web_sys::HtmlSelectElement) -> bool {
    let options = select.options();
    let options: Vec<web_sys::HtmlOptionElement> = (0..options.length())
        .filter_map(|i| options.item(i)?.dyn_into().ok())
        .collect();
    let none_marked = !options.iter().any(|o| o.default_selected());
    options
        .iter()
        .enumerate()
        .any(|(i, o)| o.selected() != (o.default_selected() || (none_marked && i == 0)))
}

fn new_bubbling_event(kind: &str) -> Result<web_sys::Event, wasm_bindgen::JsValue> {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    web_sys::Event::new_with_event_init_dict(kind, &init)
}

/// A value inside a quoted CSS attribute selector.
fn css_string(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}

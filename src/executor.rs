//! Leptos' executor for the browser, in slices. Effects, resources and spawned futures are
//! polled from a queue: in the same task while the current slice is short, and in a new task
//! (a `MessageChannel` message, which the browser does not clamp like a zero timeout) once it
//! has run for [`SLICE_MS`]. With wasm-bindgen's executor they all ran as one chain of
//! microtasks, so the take-over's effects were one long task after the first render.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::task::{Context, Poll};

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use futures::task::{waker, ArcWake};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::slices::now;

/// What one slice of queued work may take before the rest waits for a new task.
const SLICE_MS: f64 = 6.0;

type TaskId = u64;

thread_local! {
    static TASKS: RefCell<HashMap<TaskId, PinnedLocalFuture<()>>> = RefCell::new(HashMap::new());
    static READY: RefCell<VecDeque<TaskId>> = const { RefCell::new(VecDeque::new()) };
    static NEXT_ID: Cell<TaskId> = const { Cell::new(0) };
    /// A drain is already queued (as a microtask or a task).
    static QUEUED: Cell<bool> = const { Cell::new(false) };
    /// When the current slice began, while one is running or waiting on a microtask.
    static SLICE_STARTED: Cell<Option<f64>> = const { Cell::new(None) };
    static CHANNEL: RefCell<Option<web_sys::MessagePort>> = const { RefCell::new(None) };
    /// Called once the queue is empty (`when_settled`).
    static SETTLED: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

/// Installs the sliced executor; Leptos' own `init_wasm_bindgen` then finds one set.
pub fn install() {
    let _ = Executor::init_custom_executor(Sliced);
}

struct Sliced;

impl CustomExecutor for Sliced {
    /// There are no threads: a `Send` future is a local one here.
    fn spawn(&self, fut: PinnedFuture<()>) {
        spawn_local(fut);
    }

    fn spawn_local(&self, fut: PinnedLocalFuture<()>) {
        spawn_local(fut);
    }

    fn poll_local(&self) {}
}

/// Calls `callback` once no task is ready to run: everything the first render started has run
/// as far as it can without waiting on the network, a timer or the browser being idle.
pub fn when_settled(callback: impl FnOnce() + 'static) {
    SETTLED.with(|s| s.borrow_mut().push(Box::new(callback)));
    if !QUEUED.replace(true) {
        in_a_microtask();
    }
}

/// Lets the rest of the queue run first: the task goes to the back of the queue, and to a new
/// slice if this one is used up. A settled queue is never reported while a task yields.
pub async fn yield_now() {
    let mut yielded = false;
    std::future::poll_fn(move |cx| {
        if yielded {
            Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    })
    .await
}

fn spawn_local(fut: PinnedLocalFuture<()>) {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    TASKS.with(|t| t.borrow_mut().insert(id, fut));
    make_ready(id);
}

struct Wake(TaskId);

impl ArcWake for Wake {
    fn wake_by_ref(arc_self: &Arc<Self>) {
        make_ready(arc_self.0);
    }
}

fn make_ready(id: TaskId) {
    READY.with(|r| r.borrow_mut().push_back(id));
    if !QUEUED.replace(true) {
        match SLICE_STARTED.get() {
            Some(started) if now() - started >= SLICE_MS => in_a_new_task(),
            _ => in_a_microtask(),
        }
    }
}

/// Polls ready tasks until none is left or the slice is used up; the rest goes to a new task.
fn drain() {
    QUEUED.set(false);
    let started = SLICE_STARTED.get().unwrap_or_else(|| {
        let started = now();
        SLICE_STARTED.set(Some(started));
        started
    });
    loop {
        if READY.with(|r| r.borrow().is_empty()) {
            for callback in SETTLED.with(|s| std::mem::take(&mut *s.borrow_mut())) {
                callback();
            }
            return;
        }
        if now() - started >= SLICE_MS {
            if !QUEUED.replace(true) {
                in_a_new_task();
            }
            return;
        }
        let Some(id) = READY.with(|r| r.borrow_mut().pop_front()) else {
            continue;
        };
        // Out of the map while it runs: polling may spawn or wake other tasks.
        let Some(mut fut) = TASKS.with(|t| t.borrow_mut().remove(&id)) else {
            continue;
        };
        let waker = waker(Arc::new(Wake(id)));
        if fut.as_mut().poll(&mut Context::from_waker(&waker)) == Poll::Pending {
            TASKS.with(|t| t.borrow_mut().insert(id, fut));
        }
    }
}

fn in_a_microtask() {
    let run = Closure::once_into_js(|| {
        drain();
        // The slice ends with the task that ran it: a later task starts a new one.
        end_slice_after_this_task();
    });
    if let Some(window) = crate::browser::window() {
        window.queue_microtask(run.unchecked_ref());
    }
}

/// Clears the slice's start once the current task is over, so the next task's work is
/// measured from its own beginning.
fn end_slice_after_this_task() {
    thread_local! {
        static CLEARING: Cell<bool> = const { Cell::new(false) };
    }
    if CLEARING.replace(true) {
        return;
    }
    post_message(Closure::once_into_js(|| {
        CLEARING.set(false);
        SLICE_STARTED.set(None);
    }));
}

fn in_a_new_task() {
    post_message(Closure::once_into_js(|| {
        SLICE_STARTED.set(None);
        drain();
        end_slice_after_this_task();
    }));
}

/// Runs `callback` in a task of its own, queued behind what is already waiting.
fn post_message(callback: wasm_bindgen::JsValue) {
    thread_local! {
        static CALLBACKS: RefCell<VecDeque<js_sys::Function>> = const { RefCell::new(VecDeque::new()) };
    }
    let Ok(callback) = callback.dyn_into::<js_sys::Function>() else {
        return;
    };
    CALLBACKS.with(|c| c.borrow_mut().push_back(callback));
    CHANNEL.with(|channel| {
        let mut channel = channel.borrow_mut();
        if channel.is_none() {
            let Ok(pair) = web_sys::MessageChannel::new() else {
                return;
            };
            let on_message = Closure::<dyn Fn()>::new(|| {
                if let Some(next) = CALLBACKS.with(|c| c.borrow_mut().pop_front()) {
                    let _ = next.call0(&wasm_bindgen::JsValue::NULL);
                }
            });
            pair.port1()
                .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            *channel = Some(pair.port2());
            // port1 stays alive through its handler; keep it too.
            std::mem::forget(pair);
        }
        if let Some(port) = channel.as_ref() {
            let _ = port.post_message(&wasm_bindgen::JsValue::NULL);
        }
    });
}

//! The idle timeout: after a while without a touch or a key, a countdown
//! asks "are you still there?"; when it runs out the kiosk starts over for
//! the next person.
//!
//! Everything follows from one timestamp, the last activity: the warning is
//! shown while `idle >= idle time`, and the kiosk starts over once
//! `idle >= idle time + countdown`.

use crate::components::modal::InertOutside;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use dalil_model::config::KioskConfig;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

const TICK: Duration = Duration::from_millis(250);

/// A monotonic clock: the wall clock can jump (NTP, a time zone or a
/// person changing it) and would then skip or stretch the countdown.
fn now_ms() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Seconds left in the countdown, or `None` while the person is active.
pub fn seconds_left(idle_ms: f64, config: &KioskConfig) -> Option<u32> {
    let warn_after = f64::from(config.idle_seconds) * 1000.0;
    if idle_ms < warn_after {
        return None;
    }
    let left = f64::from(config.countdown_seconds) * 1000.0 - (idle_ms - warn_after);
    Some((left / 1000.0).ceil().max(0.0) as u32)
}

/// Watches for inactivity. Any touch or key marks the session `dirty`; a
/// dirty session always gets the countdown and then `start_over`, which
/// wipes it and marks it clean. A clean kiosk is left alone, with no
/// countdown: there is nothing of anyone's to forget.
#[component]
pub fn IdleWatch(
    #[prop(into)] config: Signal<KioskConfig>,
    dirty: RwSignal<bool>,
    #[prop(into)] start_over: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let last_activity = RwSignal::new(now_ms());
    let now = RwSignal::new(now_ms());
    let left = Memo::new(move |_| seconds_left(now.get() - last_activity.get(), &config.get()));
    let warning = move || left.get().is_some();

    // Touches and keys count as activity, except while the warning is up:
    // the tap that lands on "I'm still here" must reach the button, not
    // make the button vanish under the finger.
    for event in ["pointerdown", "keydown", "wheel", "touchstart"] {
        let handle = window_event_listener_untyped(event, move |_| {
            if !warning() {
                last_activity.set(now_ms());
                if !dirty.get_untracked() {
                    dirty.set(true);
                }
            }
        });
        on_cleanup(move || handle.remove());
    }
    if let Ok(interval) = set_interval_with_handle(
        move || {
            let t = now_ms();
            now.set(t);
            match left.get_untracked() {
                Some(0) => {
                    start_over.run(());
                    last_activity.set(now_ms());
                }
                Some(_) if !dirty.get_untracked() => last_activity.set(t),
                _ => {}
            }
        },
        TICK,
    ) {
        on_cleanup(move || interval.clear());
    }

    let stay = move |_| last_activity.set(now_ms());
    // The announcement is written once, when the warning appears: a
    // screen reader should hear it, not a number every second.
    let announced = Memo::new(move |_| {
        warning().then(|| {
            let seconds = config.get_untracked().countdown_seconds;
            translate(
                lang.get(),
                "kiosk-idle-message",
                &[("seconds", Arg::Num(i64::from(seconds)))],
            )
        })
    });
    let still_here = NodeRef::<leptos::html::Button>::new();
    let dialog = NodeRef::<leptos::html::Div>::new();
    let returns_focus_to = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let inert_outside = StoredValue::new_local(None::<InertOutside>);
    Effect::new(move |_| {
        if warning() {
            returns_focus_to.set_value(
                document()
                    .active_element()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
            );
            // Modal for screen readers too: nothing behind the countdown
            // can be reached (the focus was noted above) until it is answered.
            if let Some(dialog) = dialog.get() {
                if inert_outside.with_value(Option::is_none) {
                    inert_outside.set_value(Some(InertOutside::around(&dialog)));
                }
            }
            // The dialog's `hidden` is already gone (render effects run
            // first), so the focus can move now; a frame later only if the
            // browser refused it, since a throttled tab may delay frames.
            if let Some(button) = still_here.get() {
                let _ = button.focus();
                let focused = |button: &web_sys::HtmlButtonElement| {
                    document().active_element().as_ref() == Some(button.as_ref())
                };
                if !focused(&button) {
                    request_animation_frame(move || {
                        let _ = button.focus();
                    });
                }
            }
        } else {
            if let Some(inert) = inert_outside.try_update_value(Option::take).flatten() {
                inert.release();
            }
            if let Some(previous) = returns_focus_to.get_value() {
                returns_focus_to.set_value(None);
                if previous.is_connected() {
                    let _ = previous.focus();
                }
            }
        }
    });
    on_cleanup(move || {
        if let Some(inert) = inert_outside.try_update_value(Option::take).flatten() {
            inert.release();
        }
    });

    view! {
        // Always in the page, so the announcement is heard when it fills.
        <p id="kiosk-idle-status" class="visually-hidden" role="status" aria-live="polite">
            {move || announced.get()}
        </p>
        <div
            class="kiosk-idle"
            role="dialog"
            aria-modal="true"
            node_ref=dialog
            aria-labelledby="kiosk-idle-title"
            aria-describedby="kiosk-idle-message"
            hidden=move || !warning()
            on:click=stay
        >
            <div class="kiosk-idle__box" on:click=|ev| ev.stop_propagation()>
                <h2 id="kiosk-idle-title">{tr("kiosk-idle-title")}</h2>
                <p class="kiosk-idle__count" id="kiosk-idle-count" aria-hidden="true">
                    {move || left.get().unwrap_or(0)}
                </p>
                <p id="kiosk-idle-message">
                    {move || {
                        translate(
                            lang.get(),
                            "kiosk-idle-message",
                            &[("seconds", Arg::Num(i64::from(left.get().unwrap_or(0))))],
                        )
                    }}
                </p>
                <button
                    type="button"
                    id="kiosk-still-here"
                    class="button kiosk-button kiosk-idle__stay"
                    node_ref=still_here
                    on:click=stay
                >
                    {tr("kiosk-still-here")}
                </button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_after_the_idle_time() {
        let c = KioskConfig {
            enabled: true,
            decided: true,
            idle_seconds: 120,
            countdown_seconds: 15,
        };
        assert_eq!(seconds_left(0.0, &c), None);
        assert_eq!(seconds_left(119_999.0, &c), None);
        assert_eq!(seconds_left(120_000.0, &c), Some(15));
        assert_eq!(seconds_left(120_001.0, &c), Some(15));
        assert_eq!(seconds_left(134_000.0, &c), Some(1));
        assert_eq!(seconds_left(135_000.0, &c), Some(0));
        assert_eq!(seconds_left(500_000.0, &c), Some(0));
    }
}

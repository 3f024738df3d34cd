//! The on-screen keyboard: kiosks often have no physical one. Arabic and
//! English layouts with a toggle; each key edits the same search text the
//! input holds, so results follow exactly as when typing.

use crate::locale::{tr, use_lang};
use dalil_model::Lang;
use leptos::prelude::*;

/// The letter rows of a layout, in reading order. Arabic follows the usual
/// Arabic keyboard; its last row has the hamza forms a search often needs.
pub fn rows(layout: Lang) -> &'static [&'static [&'static str]] {
    match layout {
        Lang::Ar => &[
            &["ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "د"],
            &["ش", "س", "ي", "ب", "ل", "ا", "ت", "ن", "م", "ك", "ط"],
            &["ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ", "ذ"],
            &["أ", "إ", "آ"],
        ],
        Lang::En => &[
            &["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
            &["a", "s", "d", "f", "g", "h", "j", "k", "l"],
            &["z", "x", "c", "v", "b", "n", "m", "-", "'"],
        ],
    }
}

/// The text after pressing Delete: the last character goes.
pub fn delete_last(text: &str) -> String {
    let mut chars = text.chars();
    chars.next_back();
    chars.as_str().to_string()
}

#[component]
pub fn OnScreenKeyboard(
    /// The search text the keys edit.
    text: RwSignal<String>,
    /// The layout shown; starts in the interface language.
    layout: RwSignal<Lang>,
) -> impl IntoView {
    let lang = use_lang();
    let letters = move || {
        let layout = layout.get();
        rows(layout)
            .iter()
            .map(|row| {
                let keys = row
                    .iter()
                    .map(|key| {
                        let key = *key;
                        view! {
                            <button
                                type="button"
                                class="kiosk-key"
                                data-key=key
                                on:click=move |_| text.update(|t| t.push_str(key))
                            >
                                {key}
                            </button>
                        }
                    })
                    .collect_view();
                view! { <div class="kiosk-keyboard__row">{keys}</div> }
            })
            .collect_view()
    };
    let switch_label = move || match layout.get() {
        Lang::Ar => tr("kiosk-keyboard-to-en")(),
        Lang::En => tr("kiosk-keyboard-to-ar")(),
    };
    view! {
        // mousedown is cancelled so the search box keeps the focus (and its
        // caret) while keys are pressed.
        <div
            class="kiosk-keyboard"
            id="kiosk-keyboard"
            role="group"
            aria-label=tr("kiosk-keyboard-label")
            lang=move || layout.get().code()
            dir=move || layout.get().dir()
            data-layout=move || layout.get().code()
            on:mousedown=|ev| ev.prevent_default()
        >
            {letters}
            <div class="kiosk-keyboard__row kiosk-keyboard__row--controls">
                <button
                    type="button"
                    class="kiosk-key kiosk-key--switch"
                    id="kiosk-key-switch"
                    aria-label=switch_label
                    on:click=move |_| layout.update(|l| *l = l.other())
                >
                    <span lang=move || layout.get().other().code()>
                        {move || match layout.get() {
                            Lang::Ar => "English",
                            Lang::En => "عربي",
                        }}
                    </span>
                </button>
                <button
                    type="button"
                    class="kiosk-key kiosk-key--space"
                    id="kiosk-key-space"
                    lang=move || lang.get().code()
                    on:click=move |_| text.update(|t| t.push(' '))
                >
                    {tr("kiosk-key-space")}
                </button>
                <button
                    type="button"
                    class="kiosk-key kiosk-key--delete"
                    id="kiosk-key-delete"
                    lang=move || lang.get().code()
                    aria-label=tr("kiosk-key-delete")
                    on:click=move |_| text.update(|t| *t = delete_last(t))
                >
                    <span aria-hidden="true">"⌫"</span>
                </button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delete_removes_one_character() {
        assert_eq!(delete_last("جواز"), "جوا");
        assert_eq!(delete_last("a"), "");
        assert_eq!(delete_last(""), "");
    }

    #[test]
    fn layouts_have_every_letter_once() {
        let en: String = rows(Lang::En).concat().concat();
        for c in 'a'..='z' {
            assert_eq!(en.matches(c).count(), 1, "{c}");
        }
        let ar: Vec<&str> = rows(Lang::Ar).concat();
        for c in [
            "ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ",
            "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "ة", "ى", "أ", "إ", "آ", "ء",
        ] {
            assert!(ar.contains(&c), "{c}");
        }
    }
}

//! The site footer: where the data comes from and how fresh it is.

use crate::data::use_catalogue;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::offline::status::saved_note;
use crate::present::time;
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    let lang = use_lang();
    let catalogue = use_catalogue();
    let data_date = move || {
        catalogue.manifest.get().and_then(|m| m.ok()).map(|m| {
            translate(
                lang.get(),
                "footer-data-as-of",
                &[("date", Arg::Str(&time::date(lang.get(), &m.data_date)))],
            )
        })
    };
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{tr("footer-note")}</p>
                <p>{tr("footer-sample")}</p>
                <p class="site-footer__date">{data_date}</p>
                <p class="site-footer__saved">{saved_note()}</p>
            </div>
        </footer>
    }
}

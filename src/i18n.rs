//! Interface text from Fluent files (`locales/{ar,en}/*.ftl`).
//!
//! The files are compiled into the wasm, so the interface works offline and
//! never waits on a fetch. Bundles are built once per thread; only the chosen
//! language is reactive state.

use dalil_model::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;

/// Every Fluent resource, as (name, Arabic, English). A new feature adds its
/// own pair of files here.
pub const RESOURCES: &[(&str, &str, &str)] = &[
    (
        "main.ftl",
        include_str!("../locales/ar/main.ftl"),
        include_str!("../locales/en/main.ftl"),
    ),
    (
        "service.ftl",
        include_str!("../locales/ar/service.ftl"),
        include_str!("../locales/en/service.ftl"),
    ),
    (
        "search.ftl",
        include_str!("../locales/ar/search.ftl"),
        include_str!("../locales/en/search.ftl"),
    ),
    (
        "fees.ftl",
        include_str!("../locales/ar/fees.ftl"),
        include_str!("../locales/en/fees.ftl"),
    ),
    (
        "offline.ftl",
        include_str!("../locales/ar/offline.ftl"),
        include_str!("../locales/en/offline.ftl"),
    ),
    (
        "embed.ftl",
        include_str!("../locales/ar/embed.ftl"),
        include_str!("../locales/en/embed.ftl"),
    ),
    (
        "kiosk.ftl",
        include_str!("../locales/ar/kiosk.ftl"),
        include_str!("../locales/en/kiosk.ftl"),
    ),
    (
        "audit.ftl",
        include_str!("../locales/ar/audit.ftl"),
        include_str!("../locales/en/audit.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let id = match lang {
        Lang::Ar => unic_langid::langid!("ar"),
        Lang::En => unic_langid::langid!("en"),
    };
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks would end up inside test selectors and copied text;
    // mixed-direction values are wrapped in <bdi> by the views instead.
    bundle.set_use_isolating(false);
    for (name, ar, en) in RESOURCES {
        let source = match lang {
            Lang::Ar => ar,
            Lang::En => en,
        };
        // A syntax error in a shipped file is a build bug: keep what parsed,
        // and let the parity test catch it before release.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, errs)| {
            log_error(&format!("{name}: {errs:?}"));
            res
        });
        if let Err(errs) = bundle.add_resource(resource) {
            log_error(&format!("{name}: {errs:?}"));
        }
    }
    bundle
}

fn log_error(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&format!("i18n: {message}").into());
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("i18n: {message}");
}

thread_local! {
    /// Each language's bundle, built when first asked for: a page in one language never
    /// parses the other's messages.
    static BUNDLES: RefCell<[Option<Bundle>; 2]> = const { RefCell::new([None, None]) };
}

fn with_bundle<R>(lang: Lang, f: impl FnOnce(&Bundle) -> R) -> R {
    BUNDLES.with(|cell| {
        let mut bundles = cell.borrow_mut();
        f(bundles[lang as usize].get_or_insert_with(|| build(lang)))
    })
}

/// An argument for a message: a number (for plurals) or a string.
pub enum Arg<'a> {
    Num(i64),
    Str(&'a str),
}

/// The message `id` in `lang`, formatted with `args`. A missing id shows the
/// id itself, so a gap is visible and never a blank.
pub fn translate(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    with_bundle(lang, |bundle| {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            log_error(&format!("missing message `{id}` in {}", lang.code()));
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            log_error(&format!("`{id}`: {errors:?}"));
        }
        text.into_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;
    use std::collections::BTreeSet;

    fn ids(source: &str) -> BTreeSet<String> {
        let ast = fluent_syntax::parser::parse(source).expect("the file parses without errors");
        ast.body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name.to_string()),
                Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        for (name, ar, en) in RESOURCES {
            let (ar, en) = (ids(ar), ids(en));
            let only_ar: Vec<_> = ar.difference(&en).collect();
            let only_en: Vec<_> = en.difference(&ar).collect();
            assert!(
                only_ar.is_empty() && only_en.is_empty(),
                "{name}: only in Arabic: {only_ar:?}; only in English: {only_en:?}"
            );
        }
    }

    #[test]
    fn every_resource_file_is_listed() {
        for lang in ["ar", "en"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("locales")
                .join(lang);
            for entry in std::fs::read_dir(dir).unwrap() {
                let name = entry.unwrap().file_name().into_string().unwrap();
                assert!(
                    RESOURCES.iter().any(|(n, _, _)| *n == name),
                    "locales/{lang}/{name} is not in i18n::RESOURCES"
                );
            }
        }
    }

    #[test]
    fn arabic_plurals_pick_the_right_form() {
        let n = |c| translate(Lang::Ar, "service-count", &[("count", Arg::Num(c))]);
        assert_eq!(n(0), "لا توجد خدمات");
        assert_eq!(n(1), "خدمة واحدة");
        assert_eq!(n(2), "خدمتان");
        assert_eq!(n(3), "3 خدمات");
        assert_eq!(n(11), "11 خدمة");
        assert_eq!(n(100), "100 خدمة");
        let e = |c| translate(Lang::En, "service-count", &[("count", Arg::Num(c))]);
        assert_eq!(e(1), "One service");
        assert_eq!(e(5), "5 services");
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(
            translate(Lang::En, "no-such-message", &[]),
            "no-such-message"
        );
    }
}

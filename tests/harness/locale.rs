//! The app's interface texts, read from `locales/{ar,en}/*.ftl` as the app reads them
//! (`src/i18n.rs`: Fluent, no isolation marks), so a test compares a page with the message
//! itself instead of a copy retyped in Rust.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::{paths, Lang};

/// An argument of a message: a number (plurals select on it) or a string.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Num(i64),
    Str(&'a str),
}

/// The message `id` in `lang` with `args` (`{ $name }` variables, plural selectors).
/// Panics when the message is missing or does not format: the test names a wrong id.
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang);
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .unwrap_or_else(|| panic!("no message `{id}` in locales/{}/*.ftl", lang.code()));
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    assert!(
        errors.is_empty(),
        "formatting `{id}` in {lang:?}: {errors:?}"
    );
    text.into_owned()
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    let dir = paths::repo_root().join("locales").join(lang.code());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("reading {}: {e}", file.display()));
        let resource = FluentResource::try_new(source)
            .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", file.display()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{}: {e:?}", file.display()));
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_variables_and_plurals_from_the_files() {
        assert_eq!(
            message(
                Lang::En,
                "checklist-progress",
                &[("done", Arg::Num(2)), ("total", Arg::Num(5))]
            ),
            "2 of 5 done"
        );
        assert_eq!(
            message(Lang::Ar, "search-results", &[("count", Arg::Num(2))]),
            "نتيجتان"
        );
        assert_eq!(
            message(Lang::Ar, "search-results", &[("count", Arg::Num(5))]),
            "5 نتائج"
        );
    }
}

//! Each language has its own address for each page of the site: Arabic,
//! the default, has no parameter (`/services/x`); English adds `lang=en`
//! (`/services/x?lang=en`). These are the links that worked before the
//! pages were pre-rendered; nginx serves each language its own page.

use crate::present::query;
use dalil_model::Lang;

const PARAM: &str = "lang";

/// The change to a query string that picks `lang` (see [`query::apply`]).
pub fn lang_change(lang: Lang) -> [(String, Option<String>); 1] {
    let value = match lang {
        Lang::Ar => None,
        Lang::En => Some(lang.code().to_string()),
    };
    [(PARAM.to_string(), value)]
}

/// `query` (a leading `?` allowed) with the parameter that picks `lang`.
pub fn with_lang_query(query: &str, lang: Lang) -> String {
    query::apply(query, &lang_change(lang))
}

/// An app address (path, query, fragment) in `lang`, every other parameter
/// and the fragment kept.
pub fn with_lang(href: &str, lang: Lang) -> String {
    let (rest, fragment) = match href.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (href, None),
    };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut out = query::href(path, &with_lang_query(query, lang));
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// The hidden form field that keeps `lang` in a form sent without
/// JavaScript (a GET form replaces its action's query).
pub fn lang_field(lang: Lang) -> Option<(&'static str, &'static str)> {
    match lang {
        Lang::Ar => None,
        Lang::En => Some((PARAM, lang.code())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_adds_its_parameter_and_arabic_removes_it() {
        assert_eq!(with_lang("/services/x", Lang::En), "/services/x?lang=en");
        assert_eq!(with_lang("/services/x", Lang::Ar), "/services/x");
        assert_eq!(with_lang("/services/x?lang=en", Lang::Ar), "/services/x");
        assert_eq!(
            with_lang("/search?q=a&channel=online", Lang::En),
            "/search?q=a&channel=online&lang=en"
        );
        assert_eq!(
            with_lang("/search?lang=ar&q=a", Lang::En),
            "/search?lang=en&q=a"
        );
        assert_eq!(with_lang("/search?lang=en&q=a", Lang::Ar), "/search?q=a");
    }

    #[test]
    fn the_fragment_stays_last() {
        assert_eq!(
            with_lang("/#home-categories", Lang::En),
            "/?lang=en#home-categories"
        );
        assert_eq!(
            with_lang("/?lang=en#home-categories", Lang::Ar),
            "/#home-categories"
        );
    }

    #[test]
    fn only_english_needs_a_form_field() {
        assert_eq!(lang_field(Lang::En), Some(("lang", "en")));
        assert_eq!(lang_field(Lang::Ar), None);
    }
}

//! The app's two interface languages, as the tests name them.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    Ar,
    En,
}

impl Lang {
    /// The code of `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }
}

/// Both languages, Arabic (the default) first.
pub const BOTH: [Lang; 2] = [Lang::Ar, Lang::En];

//! The app's two interface languages: the model's own `dalil_model::Lang`, not a copy.

pub use dalil_model::Lang;

/// Both languages, Arabic (the default) first.
pub const BOTH: [Lang; 2] = Lang::ALL;

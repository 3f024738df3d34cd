//! What a generated calculator form needs: the questions in the schedule's
//! order, each with the text to pre-fill it with.

use crate::inputs::default_answer;
use dalil_model::fee_schedule::FeeInput;
use dalil_model::FeeVersion;

/// One question of the form.
#[derive(Clone, Debug, PartialEq)]
pub struct FormField<'a> {
    /// The input as declared: id, label, help, and its options or range.
    pub input: &'a FeeInput,
    /// The default answer as text, in the form `evaluate` accepts back; none
    /// for dates and for inputs without a default.
    pub default: Option<String>,
}

/// The version's inputs in order, for building a form.
pub fn form_fields(version: &FeeVersion) -> Vec<FormField<'_>> {
    version
        .inputs
        .iter()
        .map(|input| FormField {
            input,
            default: default_answer(input),
        })
        .collect()
}

//! The fee calculator's data-to-view mapping, one topic per file. The fee
//! engine (`dalil-fees`) computes and formats every figure; nothing here
//! does arithmetic on an amount.

/// The answers read from the URL and written back to it.
pub mod answers;
/// The itemised lines and the totals.
pub mod breakdown;
/// Which digits figures are written with.
pub mod digits;
/// Which widget asks a question, and the ids of its parts.
pub mod form;
/// The messages for invalid answers and for a total that cannot be shown.
pub mod problems;
/// The fee summary on a service page.
pub mod summary;
/// Amounts and bounds in running text.
pub mod words;

#[cfg(test)]
mod fixtures;

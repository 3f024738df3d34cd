//! The sections of a service page.

pub mod documents;
pub mod facts;
pub mod fee_summary;
pub mod steps;
pub mod take_away;
pub mod where_to_go;

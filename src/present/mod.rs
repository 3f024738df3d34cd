//! From catalogue records to what a page shows: plain functions, no DOM, so
//! the data-to-view mapping is unit-tested natively.

pub mod audit;
pub mod checklist;
pub mod fees;
pub mod order;
pub mod query;
pub mod search;
pub mod service;
pub mod time;

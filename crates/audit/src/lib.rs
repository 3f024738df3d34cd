//! The ministries' audit workshop, as a library: load the catalogue sources,
//! audit them, and publish the static read-only API.
//!
//! A broken file never stops the others from loading: every problem is
//! collected with its file and line or field path, so a clerk can fix the
//! whole catalogue from one report. The library has no clock: date checks
//! take today's date from the caller ([`audit::audit_on`]).

pub mod audit;
pub mod catalogue;
pub mod generate;
mod locate;
mod parallel;
pub mod problem;
pub mod publish;
pub mod report;
pub mod source;
mod suggest;

pub use audit::{audit, audit_on};
pub use catalogue::Catalogue;
pub use problem::{Problem, Severity};

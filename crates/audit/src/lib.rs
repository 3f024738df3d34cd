//! The ministries' audit workshop, as a library: load the catalogue sources,
//! audit them, and publish the static read-only API.
//!
//! A broken file never stops the others from loading: every problem is
//! collected with its file and line or field path, so a clerk can fix the
//! whole catalogue from one report.

pub mod audit;
pub mod catalogue;
pub mod generate;
pub mod problem;
pub mod publish;
pub mod report;
pub mod source;

pub use audit::audit;
pub use catalogue::Catalogue;
pub use problem::{Problem, Severity};

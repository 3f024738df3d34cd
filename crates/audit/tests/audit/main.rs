//! The audit, one class of mistake per test, each on a copy of the minimal
//! valid catalogue in `tests/fixtures/minimal/` with one edit.

mod checks;
mod consistency;
mod fees;
#[cfg(not(target_arch = "wasm32"))]
mod fuzz;
mod load_errors;
mod references;
mod report;
mod support;
mod values;

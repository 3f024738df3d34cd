//! The fee engine's integration tests: table tests over realistic
//! schedules (fixtures/), every input problem, every schedule check, dates,
//! and property and fuzz tests (native only: proptest needs OS randomness).

mod checks;
mod dates;
mod fixtures;
#[cfg(not(target_arch = "wasm32"))]
mod fuzz;
#[cfg(not(target_arch = "wasm32"))]
mod harness;
mod inputs;
#[cfg(not(target_arch = "wasm32"))]
mod properties;
mod support;

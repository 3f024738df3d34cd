//! Dalil's end-to-end tests, one test binary: the built `dist/` served by nginx with the
//! production config, driven in headless Chromium (see `tests/README.md`). One module per
//! area; `support` holds what several of them use. Run one module with
//! `cargo test -p dalil-e2e --test e2e kiosk::`.
#![cfg(not(target_arch = "wasm32"))]

mod addresses;
mod audit;
mod catalogue_pages;
mod csp;
mod embed;
mod fees;
mod first_visit;
mod harness;
mod kiosk;
mod lighthouse;
mod long_tasks;
mod nginx;
mod offline;
mod packs;
mod screens;
mod search;
mod service_page;
mod shell;
mod stand_ins;
mod support;

//! End-to-end test harness for Dalil: the built `dist/` served by nginx with the production
//! config (`deploy/nginx.conf`), driven in headless Chromium through ChromeDriver, and checked
//! with axe-core. See `tests/README.md` for how to run it and how to add a page test.
//!
//! Native only: on wasm32 this crate is empty, so `cargo clippy --target wasm32-unknown-unknown
//! --workspace` still passes.
#![cfg(not(target_arch = "wasm32"))]

mod axe;
mod browser;
mod chrome;
mod console;
mod csp;
mod driver;
mod fault_server;
pub mod http;
mod input;
mod lang;
pub mod locale;
mod nginx_conf;
mod pages;
pub mod paths;
mod ports;
mod process;
mod site;
pub mod timing;
mod webdriver_wire;

pub use browser::{Page, Viewport};
pub use console::LogEntry;
pub use fault_server::{Answer, FaultServer};
pub use input::Key;
pub use lang::{Lang, BOTH};
pub use locale::{message, Arg};
pub use pages::{with_lang, PAGE_KINDS};
pub use site::{Site, FOREIGN_POLICY};
pub use timing::{Limit, MOUNT, SESSION, STEP};

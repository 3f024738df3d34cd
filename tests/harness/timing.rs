//! Every time limit of the harness and the tests comes from here, from one setting.
//!
//! A [`Limit`] is written as what an idle machine needs, with some margin; waiting uses it
//! multiplied by `DALIL_E2E_TIME_SCALE` (a positive number, default [`DEFAULT_SCALE`]). The
//! default leaves room for a 2-core machine that is also building or running other tests;
//! a fast idle machine can use `DALIL_E2E_TIME_SCALE=1`, a very slow one `5`. Limits only
//! bound how long a wait may take before it fails: a passing wait ends as soon as its
//! condition holds, so a larger scale makes only failures slower.

use std::sync::OnceLock;
use std::time::Duration;

/// The scale when `DALIL_E2E_TIME_SCALE` is unset.
pub const DEFAULT_SCALE: f64 = 3.0;

/// A time limit before scaling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit(Duration);

impl Limit {
    pub const fn secs(secs: u64) -> Limit {
        Limit(Duration::from_secs(secs))
    }

    pub const fn millis(millis: u64) -> Limit {
        Limit(Duration::from_millis(millis))
    }

    /// The limit as waited: times [`scale`].
    pub fn get(self) -> Duration {
        self.0.mul_f64(scale())
    }
}

/// One step after an action: an element appears, a condition holds (`wait_for`, `text`,
/// `attr`, `click`, and most `wait_until`s).
pub const STEP: Limit = Limit::secs(5);
/// The app mounting after a page load (`wait_mounted`): fetching and starting the wasm.
pub const MOUNT: Limit = Limit::secs(15);
/// Starting ChromeDriver or nginx and seeing it listen.
pub const START: Limit = Limit::secs(10);
/// Starting a Chromium session.
pub const SESSION: Limit = Limit::secs(60);

/// `DALIL_E2E_TIME_SCALE`, read once.
pub fn scale() -> f64 {
    static SCALE: OnceLock<f64> = OnceLock::new();
    *SCALE.get_or_init(|| match std::env::var("DALIL_E2E_TIME_SCALE") {
        Err(_) => DEFAULT_SCALE,
        Ok(text) => match text.trim().parse::<f64>() {
            Ok(n) if n.is_finite() && n > 0.0 => n,
            _ => panic!("DALIL_E2E_TIME_SCALE={text:?}: expected a positive number"),
        },
    })
}

//! Kiosk settings: `config.json` (`"kiosk"`, `"kiosk_idle_seconds"`,
//! `"kiosk_countdown_seconds"`), overridden on `/kiosk` by the URL
//! parameters `idle` and `countdown` (seconds), so a service centre can tune
//! one screen and tests can use short times.
//!
//! A wrong value never breaks the kiosk: it is ignored with a warning for
//! the operator, and the default applies.

use serde_json::{Map, Value};

pub const DEFAULT_IDLE_SECONDS: u32 = 120;
pub const DEFAULT_COUNTDOWN_SECONDS: u32 = 15;
/// A day: beyond that the setting is surely a mistake.
const MAX_IDLE_SECONDS: u32 = 86_400;
const MAX_COUNTDOWN_SECONDS: u32 = 600;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KioskConfig {
    /// `"kiosk": true`: the whole site is a kiosk.
    pub enabled: bool,
    /// Whether the file said so in so many words (`true` or `false`). An
    /// absent or unusable value decides nothing: a device that is a kiosk
    /// stays one until its config says `"kiosk": false`.
    pub decided: bool,
    /// Inactivity before the "are you still there?" countdown.
    pub idle_seconds: u32,
    /// Length of that countdown, after which the kiosk starts over.
    pub countdown_seconds: u32,
}

impl Default for KioskConfig {
    fn default() -> Self {
        KioskConfig {
            enabled: false,
            decided: false,
            idle_seconds: DEFAULT_IDLE_SECONDS,
            countdown_seconds: DEFAULT_COUNTDOWN_SECONDS,
        }
    }
}

/// A whole number of seconds in `1..=max`, from a JSON number or a string
/// (URL parameters are strings).
fn seconds(value: &Value, max: u32) -> Option<u32> {
    let n = match value {
        Value::Number(n) => n.as_u64()?,
        Value::String(s) => s.trim().parse::<u64>().ok()?,
        _ => return None,
    };
    u32::try_from(n).ok().filter(|n| (1..=max).contains(n))
}

impl KioskConfig {
    /// Reads the kiosk settings of `config.json`'s document, adding one
    /// warning per value that was ignored.
    pub(super) fn from_document(doc: &Map<String, Value>, warnings: &mut Vec<String>) -> Self {
        let mut config = KioskConfig::default();
        match doc.get("kiosk") {
            None | Some(Value::Null) => {}
            Some(Value::Bool(b)) => {
                config.enabled = *b;
                config.decided = true;
            }
            Some(other) => warnings.push(format!("\"kiosk\" must be true or false, not {other}")),
        }
        config.apply(
            "kiosk_idle_seconds",
            doc.get("kiosk_idle_seconds"),
            warnings,
        );
        config.apply(
            "kiosk_countdown_seconds",
            doc.get("kiosk_countdown_seconds"),
            warnings,
        );
        config
    }

    /// Applies the `idle` and `countdown` URL parameters on top.
    pub fn with_url(
        mut self,
        idle: Option<String>,
        countdown: Option<String>,
    ) -> (KioskConfig, Vec<String>) {
        let mut warnings = Vec::new();
        let idle = idle.map(Value::String);
        let countdown = countdown.map(Value::String);
        self.apply("kiosk_idle_seconds", idle.as_ref(), &mut warnings);
        self.apply("kiosk_countdown_seconds", countdown.as_ref(), &mut warnings);
        (self, warnings)
    }

    fn apply(&mut self, name: &str, value: Option<&Value>, warnings: &mut Vec<String>) {
        let Some(value) = value.filter(|v| !v.is_null()) else {
            return;
        };
        let (slot, max) = match name {
            "kiosk_idle_seconds" => (&mut self.idle_seconds, MAX_IDLE_SECONDS),
            _ => (&mut self.countdown_seconds, MAX_COUNTDOWN_SECONDS),
        };
        match seconds(value, max) {
            Some(n) => *slot = n,
            None => warnings.push(format!(
                "{name} must be a whole number of seconds from 1 to {max}, not {value}; keeping {slot}"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kiosk part of a whole `config.json`, as the app reads it.
    fn from_json(text: &str) -> Result<(KioskConfig, Vec<String>), String> {
        super::super::SiteConfig::parse(text).map(|(c, w)| (c.kiosk, w))
    }

    #[test]
    fn reads_the_kiosk_settings() {
        let (c, w) = from_json(
            r#"{"api_base": "/api/v1/", "kiosk": true, "kiosk_idle_seconds": 60, "kiosk_countdown_seconds": "10"}"#,
        )
        .unwrap();
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(
            c,
            KioskConfig {
                enabled: true,
                decided: true,
                idle_seconds: 60,
                countdown_seconds: 10
            }
        );
    }

    #[test]
    fn absent_settings_are_the_defaults() {
        let (c, w) = from_json(r#"{"api_base": "/api/v1/"}"#).unwrap();
        assert!(w.is_empty());
        assert_eq!(c, KioskConfig::default());
        assert_eq!(c.idle_seconds, 120);
    }

    #[test]
    fn bad_values_are_ignored_with_a_warning() {
        let (c, w) = from_json(
            r#"{"kiosk": "yes", "kiosk_idle_seconds": -5, "kiosk_countdown_seconds": 1.5}"#,
        )
        .unwrap();
        assert_eq!(c, KioskConfig::default());
        assert!(
            !c.decided,
            "\"yes\" is no answer: the device stays what it was"
        );
        assert_eq!(w.len(), 3, "{w:?}");
        let (_, w) = from_json(r#"{"kiosk_idle_seconds": 0}"#).unwrap();
        assert_eq!(w.len(), 1, "zero seconds would reset the kiosk at once");
        let (_, w) = from_json(r#"{"kiosk_idle_seconds": 99999999999}"#).unwrap();
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn a_page_that_is_no_config_decides_nothing() {
        for not_config in [
            "not json",
            "<html><body>Sign in to the hotel Wi-Fi</body></html>",
            "[]",
            "\"kiosk\"",
            "",
        ] {
            assert!(from_json(not_config).is_err(), "{not_config:?}");
        }
    }

    #[test]
    fn url_parameters_win_over_the_file() {
        let (base, _) = from_json(r#"{"kiosk_idle_seconds": 300}"#).unwrap();
        let (c, w) = base.with_url(Some("3".into()), Some(" 4 ".into()));
        assert!(w.is_empty());
        assert_eq!((c.idle_seconds, c.countdown_seconds), (3, 4));
        let (c, w) = base.with_url(Some("soon".into()), None);
        assert_eq!(c.idle_seconds, 300);
        assert_eq!(w.len(), 1);
    }
}

//! The browser console, as ChromeDriver reports it (`goog:loggingPrefs` {"browser": "ALL"}).

use serde_json::Value;

/// One console message, or a browser-reported problem such as a failed resource load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// `SEVERE`, `WARNING`, `INFO` or `DEBUG`.
    pub level: String,
    pub message: String,
}

impl LogEntry {
    /// `console.error`, uncaught exceptions, failed loads and Rust panics all log as SEVERE.
    pub fn is_error(&self) -> bool {
        self.level == "SEVERE"
    }

    /// The entries of ChromeDriver's log answer (`{"value": [{"level", "message", ...}]}`).
    pub fn parse_all(answer: &Value) -> Vec<LogEntry> {
        answer["value"]
            .as_array()
            .map(|entries| {
                entries
                    .iter()
                    .map(|e| LogEntry {
                        level: e["level"].as_str().unwrap_or("UNKNOWN").to_string(),
                        message: e["message"].as_str().unwrap_or_default().to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl std::fmt::Display for LogEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[{}] {}", self.level, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_chromedriver_log_answers() {
        let answer = serde_json::json!({"value": [
            {"level": "SEVERE", "message": "http://x/ 0:0 boom", "source": "javascript", "timestamp": 1},
            {"level": "INFO", "message": "hi", "timestamp": 2}
        ]});
        let entries = LogEntry::parse_all(&answer);
        assert_eq!(entries.len(), 2);
        assert!(entries[0].is_error());
        assert!(!entries[1].is_error());
        assert_eq!(entries[0].to_string(), "[SEVERE] http://x/ 0:0 boom");
    }
}

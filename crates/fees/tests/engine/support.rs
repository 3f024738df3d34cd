//! Shared helpers: parsing schedules written in TOML.

use dalil_fees::{Date, FeeVersion, Inputs};

/// A version from the TOML of one `[[fees]]` table's contents.
pub fn version(toml_text: &str) -> FeeVersion {
    match toml::from_str(toml_text) {
        Ok(v) => v,
        Err(e) => panic!("test schedule does not parse: {e}\n{toml_text}"),
    }
}

pub fn date(text: &str) -> Date {
    match Date::parse(text) {
        Ok(d) => d,
        Err(e) => panic!("{text}: {e}"),
    }
}

pub fn answers(pairs: &[(&str, &str)]) -> Inputs {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A valid schedule exercising every input kind and every rule kind; the
/// check tests break it one field at a time.
pub const EVERYTHING: &str = r#"
valid_from = "2025-01-01"
source = { ar = "مصدر", en = "Source" }

[[inputs]]
id = "speed"
kind = "choice"
label = { ar = "السرعة", en = "Speed" }
options = [
  { id = "regular", label = { ar = "عادي", en = "Regular" } },
  { id = "urgent", label = { ar = "مستعجل", en = "Urgent" } },
]
default = "regular"

[[inputs]]
id = "copies"
kind = "number"
label = { ar = "النسخ", en = "Copies" }
min = 1
max = 20
default = 1
integer = true

[[inputs]]
id = "value"
kind = "number"
label = { ar = "القيمة", en = "Value" }
min = 0
max = 1000000000
default = 0

[[inputs]]
id = "late"
kind = "yes_no"
label = { ar = "متأخر", en = "Late" }

[[inputs]]
id = "since"
kind = "date"
label = { ar = "التاريخ", en = "Date" }
earliest = "1900-01-01"

[[items]]
id = "base"
label = { ar = "رسم", en = "Fee" }
currency = "SYP"
amount = { by_choice = { input = "speed", amounts = { regular = 1000, urgent = 3000 } } }

[[items]]
id = "copies"
label = { ar = "نسخ", en = "Copies" }
currency = "SYP"
when = [{ input = "speed", in = ["urgent"] }]
amount = { per_unit = { input = "copies", rate = 500, free = 1 } }

[[items]]
id = "scale"
label = { ar = "جدول", en = "Scale" }
currency = "SYP"
amount = { tiered = { input = "value", tiers = [{ upto = 1000, fixed = 10 }, { fixed = 20, rate = "0.5" }] } }

[[items]]
id = "share"
label = { ar = "نسبة", en = "Share" }
currency = "USD"
amount = { percent = { input = "value", percent = 2, min = 1, max = 100 } }

[[items]]
id = "fine"
kind = "fine"
label = { ar = "غرامة", en = "Fine" }
currency = "SYP"
when = [{ input = "late", is = true }, { input = "since", elapsed = "days", above = 30 }]
amount = { per_unit = { input = "since", elapsed = "months", rate = 100 } }

[[items]]
id = "stamp"
kind = "stamp"
label = { ar = "طابع", en = "Stamp" }
currency = "SYP"
amount = { fixed = 25 }
"#;

/// How many cases a property runs: `PROPTEST_CASES` when set (a long run for
/// the figures in docs/benchmarks.md), else `default` (what CI runs).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

//! Durations and ranges: processing times, step times, document freshness.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Minutes,
    Hours,
    Days,
    WorkingDays,
    Weeks,
    Months,
    Years,
}

impl TimeUnit {
    /// Rough length in minutes, used only to sanity-check ranges in the audit.
    pub fn approx_minutes(self) -> u64 {
        match self {
            TimeUnit::Minutes => 1,
            TimeUnit::Hours => 60,
            TimeUnit::Days => 1_440,
            TimeUnit::WorkingDays => 1_440,
            TimeUnit::Weeks => 10_080,
            TimeUnit::Months => 43_200,
            TimeUnit::Years => 525_600,
        }
    }

    /// The id of the Fluent message family that names this unit.
    pub fn key(self) -> &'static str {
        match self {
            TimeUnit::Minutes => "minutes",
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
            TimeUnit::WorkingDays => "working-days",
            TimeUnit::Weeks => "weeks",
            TimeUnit::Months => "months",
            TimeUnit::Years => "years",
        }
    }
}

/// A range such as "30 to 45 days". `min == max` means an exact figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    pub min: u32,
    pub max: u32,
    pub unit: TimeUnit,
}

/// A single length of time, such as a validity of 6 years or "under 3 months".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duration {
    pub value: u32,
    pub unit: TimeUnit,
}

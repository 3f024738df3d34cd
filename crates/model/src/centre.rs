//! Citizen service centres (مراكز خدمة المواطن).

use crate::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Centre {
    pub id: String,
    pub name: Text,
    pub governorate: String,
    pub address: Text,
    pub hours: Text,
    pub phone: String,
    /// Ids of the services this centre offers.
    pub services: Vec<String>,
    /// Set when the figures and details are invented for the demo.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
}

impl Centre {
    /// Whether this centre offers service `id`.
    pub fn offers(&self, id: &str) -> bool {
        self.services.iter().any(|s| s == id)
    }
}

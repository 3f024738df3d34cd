//! A government service: what it needs, its steps, times, channels and output.

use crate::{Duration, FeeVersion, Lang, Text, TimeRange};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Draft,
    UnderAudit,
    Published,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Citizens,
    Businesses,
    Residents,
    SyriansAbroad,
    Investors,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    /// A citizen service centre; which ones is said by `centres.toml`.
    Centre,
    /// A ministry or directorate office.
    Office,
    Online,
    Embassy,
    /// Anywhere else: a court, a mukhtar, a hospital, a bank.
    Other,
}

/// Keywords and synonyms people actually type, per language, plus Latin
/// spellings of the Arabic ("ikhraj qaid").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keywords {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ar: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub en: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub latin: Vec<String>,
}

impl Keywords {
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.ar
            .iter()
            .chain(&self.en)
            .chain(&self.latin)
            .map(String::as_str)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Local id within the service, used by steps' `bring` and by checklists.
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub originals: u32,
    #[serde(default)]
    pub copies: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Text>,
    /// How fresh it must be: "issued less than 3 months ago".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<Duration>,
    /// Set when the document is itself a service of the catalogue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Needed only in some cases, explained in `note`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conditional: bool,
}

/// Where something happens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub kind: ChannelKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One way of doing a step that offers a choice ("at a centre *or* online").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepAlternative {
    pub title: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub details: Text,
    #[serde(rename = "where")]
    pub location: Location,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<TimeRange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub details: Text,
    /// Where the step happens. Absent for an "or" step, whose alternatives say.
    #[serde(default, rename = "where", skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Ids of this service's documents to bring to the step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bring: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<TimeRange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Text>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// Two or more ways to do this step; the citizen does one of them.
    #[serde(default, rename = "or", skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<StepAlternative>,
}

/// How long the service takes, possibly per channel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcessingTime {
    /// The channel this time applies to; absent means every channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<ChannelKind>,
    #[serde(flatten)]
    pub range: TimeRange,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// What the citizen receives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    pub document: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// When the record was last checked, and by which directorate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verified {
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    /// Authority id of the directorate that checked it.
    pub by: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub status: Status,
    /// Authority id: a ministry, or better its directorate.
    pub authority: String,
    pub name: Text,
    pub summary: Text,
    #[serde(default)]
    pub keywords: Keywords,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audience: Vec<Audience>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Who can apply, and on what conditions.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub eligibility: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Document>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processing_time: Vec<ProcessingTime>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<Output>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_basis: Vec<Text>,
    /// Fee schedule versions; the one in force on a given day applies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fees: Vec<FeeVersion>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    pub verified: Verified,
    /// Where the facts come from ("civil affairs site, 2019").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// Set when some figures are invented for the demo: the app says so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
}

impl Service {
    pub fn name(&self, lang: Lang) -> &str {
        self.name.get(lang)
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Every distinct channel kind the service is offered through.
    pub fn channel_kinds(&self) -> Vec<ChannelKind> {
        let mut kinds: Vec<ChannelKind> = self.channels.iter().map(|c| c.kind).collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }
}

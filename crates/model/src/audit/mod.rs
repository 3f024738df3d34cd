//! The audit report (`/api/v1/preview/audit.json`): what each ministry has
//! published, what is under audit, what fails, what is stale, and what
//! disagrees across ministries. `dalil-audit` builds it; the CLI prints it
//! and the app's audit pages read it back through [`crate::api::decode`].
//!
//! Only the preview tree holds it: the public tree never does.

mod csv;
mod filter;
pub mod parts;

pub use csv::{ministries_csv, report_services_csv, services_csv};
pub use filter::{ServiceFilter, StatusFilter};
pub use parts::{AuditSummary, ConsistencyDoc, FindingCounts, MinistryDoc};

use crate::{Status, Text};
use serde::{Deserialize, Serialize};

/// A completeness check: something a citizen depends on before leaving home.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// Every text in Arabic and in English.
    Languages,
    /// Every document says who issues it.
    DocumentIssuers,
    /// Steps are listed, and each says where it happens.
    StepPlaces,
    /// A processing time.
    ProcessingTime,
    /// Every fee version has a real `valid_from` and every item a source.
    FeeSources,
    /// At least one citizen service centre or online channel.
    CentreOrOnline,
    /// At least one legal basis.
    LegalBasis,
    /// Verified within the catalogue's limit (12 months unless set).
    RecentlyVerified,
}

impl Check {
    pub const ALL: [Check; 8] = [
        Check::Languages,
        Check::DocumentIssuers,
        Check::StepPlaces,
        Check::ProcessingTime,
        Check::FeeSources,
        Check::CentreOrOnline,
        Check::LegalBasis,
        Check::RecentlyVerified,
    ];

    /// The name used in the JSON, the CSV, URLs and message keys.
    pub fn key(self) -> &'static str {
        match self {
            Check::Languages => "languages",
            Check::DocumentIssuers => "document_issuers",
            Check::StepPlaces => "step_places",
            Check::ProcessingTime => "processing_time",
            Check::FeeSources => "fee_sources",
            Check::CentreOrOnline => "centre_or_online",
            Check::LegalBasis => "legal_basis",
            Check::RecentlyVerified => "recently_verified",
        }
    }

    pub fn from_key(key: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Services by status. `failing` services (with at least one audit error)
/// are counted there only, whatever their status, so the four add up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCounts {
    pub published: usize,
    pub under_audit: usize,
    pub draft: usize,
    pub failing: usize,
}

impl StatusCounts {
    pub fn total(&self) -> usize {
        self.published + self.under_audit + self.draft + self.failing
    }

    pub fn add(&mut self, other: &StatusCounts) {
        self.published += other.published;
        self.under_audit += other.under_audit;
        self.draft += other.draft;
        self.failing += other.failing;
    }

    /// Counts one service.
    pub fn count(&mut self, status: Status, failing: bool) {
        match (failing, status) {
            (true, _) => self.failing += 1,
            (false, Status::Published) => self.published += 1,
            (false, Status::UnderAudit) => self.under_audit += 1,
            (false, Status::Draft) => self.draft += 1,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Blocks publication.
    Error,
    /// Worth fixing; publication goes ahead.
    Warning,
}

/// One problem of the audit, precise enough for the clerk who edits the
/// TOML: the file, the line when known, the field path and a code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditProblem {
    pub severity: Severity,
    /// Relative to the catalogue folder, e.g. `services/passport-issue.toml`.
    pub file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// E.g. `steps[1].where`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What kind of problem: the field path without list indices
    /// (`steps.where`), `load` for a file that did not load, `file` for a
    /// problem with a file as a whole.
    pub code: String,
    /// The audit's message (in English).
    pub message: String,
}

/// A completeness check that failed, and the first field to look at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedCheck {
    pub check: Check,
    /// Where to go in the file: `documents[2].issuer`, `legal_basis` ...
    pub field: String,
}

/// One service in the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceAudit {
    pub id: String,
    pub name: Text,
    pub status: Status,
    /// True when the audit found at least one error in the record.
    pub failing: bool,
    /// The competent authority (a directorate, or the ministry itself).
    pub authority: String,
    pub file: String,
    /// `verified.date` as written in the source.
    pub verified: String,
    /// The completeness checks that failed; every check not listed passed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failed: Vec<FailedCheck>,
    /// Every error and warning of the record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<AuditProblem>,
}

impl ServiceAudit {
    pub fn passed(&self, check: Check) -> bool {
        !self.failed.iter().any(|f| f.check == check)
    }

    /// The status the report counts it under.
    pub fn shown_status(&self) -> StatusFilter {
        StatusFilter::of(self.status, self.failing)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectorateAudit {
    pub id: String,
    pub name: Text,
    pub counts: StatusCounts,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MinistryAudit {
    pub id: String,
    pub name: Text,
    pub counts: StatusCounts,
    /// Passed completeness checks out of all checks of its services, in
    /// whole percent (rounded down: 100 means nothing is missing).
    pub completeness: u32,
    /// Services not verified within the catalogue's limit.
    pub stale: usize,
    /// The authorities its services belong to, the ministry itself included
    /// when services name it directly.
    pub directorates: Vec<DirectorateAudit>,
    /// Left out of `audit/summary.json` (see [`parts`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<ServiceAudit>,
}

/// A service named in a consistency finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRef {
    pub id: String,
    pub ministry: String,
    pub name: Text,
}

/// One of the names a document goes by, and the services using it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NameUse {
    pub name: Text,
    pub services: Vec<ServiceRef>,
}

/// The same document required under different names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentNames {
    pub names: Vec<NameUse>,
}

/// One amount a fee item has, and the services charging it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AmountUse {
    /// The amount as written (an integer or a decimal).
    pub amount: String,
    pub services: Vec<ServiceRef>,
}

/// A stamp or fixed fee whose amount differs between services.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AmountDiffers {
    pub item: Text,
    /// `stamp`, `fee`, `tax`, `duty` or `fine`.
    pub kind: String,
    pub currency: String,
    pub amounts: Vec<AmountUse>,
}

/// One governorate's version of a service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GovernorateVariant {
    pub service: ServiceRef,
    pub governorate: String,
    /// The processing time, as `min-max unit` (e.g. `3-5 working_days`).
    pub processing_time: String,
    pub steps: usize,
}

/// Services of the same kind whose times or steps differ between
/// governorates, with no note on the processing time saying why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GovernoratesDiffer {
    /// The name of the kind of service (the first service's, without its
    /// governorate).
    pub kind: Text,
    pub times_differ: bool,
    pub steps_differ: bool,
    pub variants: Vec<GovernorateVariant>,
}

/// Warnings for people to judge, never errors.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Consistency {
    pub document_names: Vec<DocumentNames>,
    pub amounts: Vec<AmountDiffers>,
    pub governorates: Vec<GovernoratesDiffer>,
}

impl Consistency {
    pub fn len(&self) -> usize {
        self.document_names.len() + self.amounts.len() + self.governorates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A file that did not load, or a shared list with problems.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileProblems {
    pub file: String,
    pub problems: Vec<AuditProblem>,
}

/// The whole audit report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditReport {
    pub schema: u32,
    /// The day the audit judged dates against (`YYYY-MM-DD`).
    pub date: String,
    /// A record verified longer ago than this is stale.
    pub verified_within_months: u32,
    pub totals: StatusCounts,
    /// Ministries, the one needing most attention first.
    pub ministries: Vec<MinistryAudit>,
    /// Service files that did not load (their ministry is unknown), and
    /// problems of the shared lists.
    #[serde(default)]
    pub files: Vec<FileProblems>,
    pub consistency: Consistency,
}

impl AuditReport {
    pub fn ministry(&self, id: &str) -> Option<&MinistryAudit> {
        self.ministries.iter().find(|m| m.id == id)
    }

    pub fn services(&self) -> usize {
        self.totals.total()
    }

    /// Services not verified recently, over every ministry.
    pub fn stale(&self) -> usize {
        self.ministries.iter().map(|m| m.stale).sum()
    }
}

crate::api::versioned_docs!(AuditReport);

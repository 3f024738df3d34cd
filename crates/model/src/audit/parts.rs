//! The report in parts, for the web: a browser decodes the summary for
//! `/audit`, one ministry for `/audit/{ministry}` and the findings for
//! `/audit/consistency`, never the whole report of 10,000 services at once
//! (a long task). `publish` writes the parts next to the whole report
//! (`preview/audit.json`); each part is cut from that one report.

use super::{AuditReport, Consistency, FileProblems, MinistryAudit, StatusCounts};
use serde::{Deserialize, Serialize};

/// Paths of the parts, below the preview tree's root.
pub mod paths {
    pub const SUMMARY: &str = "audit/summary.json";
    pub const CONSISTENCY: &str = "audit/consistency.json";

    pub fn ministry(id: &str) -> String {
        format!("audit/ministries/{id}.json")
    }
}

/// How many findings of each kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingCounts {
    pub document_names: usize,
    pub amounts: usize,
    pub governorates: usize,
}

/// `audit/summary.json`: the report without each ministry's services and
/// without the findings themselves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditSummary {
    pub schema: u32,
    pub date: String,
    pub verified_within_months: u32,
    pub totals: StatusCounts,
    /// In order of attention; `services` is left out (empty).
    pub ministries: Vec<MinistryAudit>,
    #[serde(default)]
    pub files: Vec<FileProblems>,
    pub findings: FindingCounts,
}

/// `audit/ministries/{id}.json`: one ministry with every service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MinistryDoc {
    pub schema: u32,
    pub date: String,
    pub verified_within_months: u32,
    pub ministry: MinistryAudit,
}

/// `audit/consistency.json`: the findings across ministries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsistencyDoc {
    pub schema: u32,
    pub date: String,
    pub consistency: Consistency,
}

crate::api::versioned_docs!(AuditSummary, MinistryDoc, ConsistencyDoc);

impl AuditSummary {
    pub fn ministry(&self, id: &str) -> Option<&MinistryAudit> {
        self.ministries.iter().find(|m| m.id == id)
    }
}

impl AuditReport {
    pub fn summary(&self) -> AuditSummary {
        let c = &self.consistency;
        AuditSummary {
            schema: self.schema,
            date: self.date.clone(),
            verified_within_months: self.verified_within_months,
            totals: self.totals,
            ministries: self
                .ministries
                .iter()
                .map(|m| MinistryAudit {
                    services: Vec::new(),
                    ..m.clone()
                })
                .collect(),
            files: self.files.clone(),
            findings: FindingCounts {
                document_names: c.document_names.len(),
                amounts: c.amounts.len(),
                governorates: c.governorates.len(),
            },
        }
    }

    pub fn ministry_docs(&self) -> impl Iterator<Item = MinistryDoc> + '_ {
        self.ministries.iter().map(|m| MinistryDoc {
            schema: self.schema,
            date: self.date.clone(),
            verified_within_months: self.verified_within_months,
            ministry: m.clone(),
        })
    }

    pub fn consistency_doc(&self) -> ConsistencyDoc {
        ConsistencyDoc {
            schema: self.schema,
            date: self.date.clone(),
            consistency: self.consistency.clone(),
        }
    }
}

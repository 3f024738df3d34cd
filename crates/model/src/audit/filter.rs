//! Which services of a ministry's report are shown: by status, by failed
//! check, by directorate. The app's filters and the CSV of the visible
//! rows use this one rule.

use super::{Check, ServiceAudit};
use crate::Status;

/// A status as the report counts it: a failing service is "failing"
/// whatever its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StatusFilter {
    Published,
    UnderAudit,
    Draft,
    Failing,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 4] = [
        StatusFilter::Published,
        StatusFilter::UnderAudit,
        StatusFilter::Draft,
        StatusFilter::Failing,
    ];

    pub fn of(status: Status, failing: bool) -> StatusFilter {
        match (failing, status) {
            (true, _) => StatusFilter::Failing,
            (false, Status::Published) => StatusFilter::Published,
            (false, Status::UnderAudit) => StatusFilter::UnderAudit,
            (false, Status::Draft) => StatusFilter::Draft,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            StatusFilter::Published => "published",
            StatusFilter::UnderAudit => "under_audit",
            StatusFilter::Draft => "draft",
            StatusFilter::Failing => "failing",
        }
    }

    pub fn from_key(key: &str) -> Option<StatusFilter> {
        StatusFilter::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// The filters of `/audit/{ministry}`; `None` shows everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ServiceFilter {
    pub status: Option<StatusFilter>,
    /// Only services failing this check.
    pub check: Option<Check>,
    /// Only services of this authority.
    pub directorate: Option<String>,
}

impl ServiceFilter {
    pub fn matches(&self, s: &ServiceAudit) -> bool {
        self.status.is_none_or(|st| s.shown_status() == st)
            && self.check.is_none_or(|c| !s.passed(c))
            && self.directorate.as_deref().is_none_or(|d| s.authority == d)
    }

    /// The services that pass, in the report's order.
    pub fn apply<'a>(&self, services: &'a [ServiceAudit]) -> Vec<&'a ServiceAudit> {
        services.iter().filter(|s| self.matches(s)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::FailedCheck;
    use crate::Text;

    fn service(id: &str, status: Status, failing: bool, failed: &[Check]) -> ServiceAudit {
        ServiceAudit {
            id: id.into(),
            name: Text::new(id, id),
            status,
            failing,
            authority: if id.starts_with('a') {
                "dir-a"
            } else {
                "dir-b"
            }
            .into(),
            file: format!("services/{id}.toml"),
            verified: "2026-01-01".into(),
            failed: failed
                .iter()
                .map(|&check| FailedCheck {
                    check,
                    field: check.key().into(),
                })
                .collect(),
            problems: Vec::new(),
        }
    }

    #[test]
    fn filters_by_status_check_and_directorate() {
        let all = vec![
            service("a1", Status::Published, false, &[]),
            service("a2", Status::Published, true, &[Check::LegalBasis]),
            service("b1", Status::Draft, false, &[Check::LegalBasis]),
            service("b2", Status::UnderAudit, false, &[Check::RecentlyVerified]),
        ];
        let ids = |f: &ServiceFilter| -> Vec<String> {
            f.apply(&all).into_iter().map(|s| s.id.clone()).collect()
        };
        assert_eq!(ids(&ServiceFilter::default()).len(), 4);
        let failing = ServiceFilter {
            status: Some(StatusFilter::Failing),
            ..Default::default()
        };
        assert_eq!(ids(&failing), ["a2"]);
        let published = ServiceFilter {
            status: Some(StatusFilter::Published),
            ..Default::default()
        };
        assert_eq!(
            ids(&published),
            ["a1"],
            "a failing service is not counted as published"
        );
        let legal = ServiceFilter {
            check: Some(Check::LegalBasis),
            ..Default::default()
        };
        assert_eq!(ids(&legal), ["a2", "b1"]);
        let legal_in_b = ServiceFilter {
            directorate: Some("dir-b".into()),
            ..legal
        };
        assert_eq!(ids(&legal_in_b), ["b1"]);
    }

    #[test]
    fn keys_read_back() {
        for s in StatusFilter::ALL {
            assert_eq!(StatusFilter::from_key(s.key()), Some(s));
        }
        for c in Check::ALL {
            assert_eq!(Check::from_key(c.key()), Some(c));
        }
        assert_eq!(StatusFilter::from_key("bogus"), None);
        assert_eq!(Check::from_key(""), None);
    }
}

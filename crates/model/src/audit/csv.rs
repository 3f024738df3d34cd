//! The report as CSV (RFC 4180, UTF-8, CRLF line ends): the CLI's
//! `--format csv` and the app's download of the visible rows write it
//! with these functions, so both give the same text.

use super::{AuditReport, MinistryAudit, ServiceAudit};
use crate::Lang;

/// One field, quoted when it holds a comma, a quote or a line break.
/// A leading `=`, `+`, `-` or `@` is kept as text by a leading quote mark,
/// so a spreadsheet never runs catalogue text as a formula.
fn field(out: &mut String, value: &str) {
    let guarded = value.starts_with(['=', '+', '-', '@']);
    let quote = guarded || value.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
        if guarded {
            out.push('\'');
        }
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn row(out: &mut String, values: &[&str]) {
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, v);
    }
    out.push_str("\r\n");
}

const SERVICE_HEADER: [&str; 11] = [
    "ministry",
    "authority",
    "service",
    "name",
    "status",
    "failing",
    "failed_checks",
    "verified",
    "file",
    "errors",
    "problems",
];

/// One row per service, in the order given: `(ministry id, service)`.
/// Names are in `lang`; checks, statuses and problems are codes.
pub fn services_csv<'a>(
    rows: impl IntoIterator<Item = (&'a str, &'a ServiceAudit)>,
    lang: Lang,
) -> String {
    let mut out = String::new();
    row(&mut out, &SERVICE_HEADER);
    for (ministry, s) in rows {
        let failed: Vec<&str> = s.failed.iter().map(|f| f.check.key()).collect();
        let errors = s
            .problems
            .iter()
            .filter(|p| p.severity == super::Severity::Error)
            .count()
            .to_string();
        let problems: Vec<String> = s
            .problems
            .iter()
            .map(|p| match &p.field {
                Some(field) => format!("{}: {}", field, p.message),
                None => p.message.clone(),
            })
            .collect();
        row(
            &mut out,
            &[
                ministry,
                &s.authority,
                &s.id,
                s.name.get(lang),
                s.shown_status().key(),
                if s.failing { "yes" } else { "no" },
                &failed.join(" "),
                &s.verified,
                &s.file,
                &errors,
                &problems.join("; "),
            ],
        );
    }
    out
}

/// Every service of the report, ministry by ministry.
pub fn report_services_csv(report: &AuditReport, lang: Lang) -> String {
    services_csv(
        report
            .ministries
            .iter()
            .flat_map(|m| m.services.iter().map(move |s| (m.id.as_str(), s))),
        lang,
    )
}

/// One row per ministry, in the order given.
pub fn ministries_csv<'a>(
    ministries: impl IntoIterator<Item = &'a MinistryAudit>,
    lang: Lang,
) -> String {
    let mut out = String::new();
    row(
        &mut out,
        &[
            "ministry",
            "name",
            "services",
            "published",
            "under_audit",
            "draft",
            "failing",
            "completeness_percent",
            "stale",
        ],
    );
    for m in ministries {
        let c = &m.counts;
        row(
            &mut out,
            &[
                &m.id,
                m.name.get(lang),
                &c.total().to_string(),
                &c.published.to_string(),
                &c.under_audit.to_string(),
                &c.draft.to_string(),
                &c.failing.to_string(),
                &m.completeness.to_string(),
                &m.stale.to_string(),
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_kept_as_text() {
        let mut out = String::new();
        row(
            &mut out,
            &["plain", "a,b", "say \"hi\"", "=SUM(A1)", "سطر\nثان"],
        );
        assert_eq!(
            out,
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"'=SUM(A1)\",\"سطر\nثان\"\r\n"
        );
    }
}

//! The completeness checks of one service: what a citizen depends on before
//! leaving home. Each failed check names the first field to fix.

use crate::audit::texts::missing_languages;
use crate::audit::values::parse_date;
use dalil_fees::Date;
use dalil_model::audit::{Check, FailedCheck};
use dalil_model::{ChannelKind, Service, Text};

/// What the checks need besides the record.
pub struct Context {
    pub today: Date,
    pub verified_within_months: u32,
    /// Some centre in centres.toml offers the service.
    pub offered_at_centres: bool,
}

fn present(t: &Option<Text>) -> bool {
    t.as_ref().is_some_and(|t| !t.is_empty())
}

/// The checks that fail, in [`Check::ALL`] order.
pub fn failed(s: &Service, ctx: &Context) -> Vec<FailedCheck> {
    Check::ALL
        .into_iter()
        .filter_map(|check| first_gap(s, ctx, check).map(|field| FailedCheck { check, field }))
        .collect()
}

/// The first field where `check` fails, or `None` when it passes.
fn first_gap(s: &Service, ctx: &Context, check: Check) -> Option<String> {
    match check {
        Check::Languages => {
            let mut first = None;
            missing_languages(s, |field, lang| {
                first.get_or_insert_with(|| format!("{field}.{}", lang.code()));
            });
            first
        }
        Check::DocumentIssuers => s
            .documents
            .iter()
            .position(|d| !present(&d.issuer))
            .map(|i| format!("documents[{i}].issuer")),
        Check::StepPlaces => {
            if s.steps.is_empty() {
                return Some("steps".into());
            }
            s.steps
                .iter()
                .position(|st| st.location.is_none() && st.alternatives.is_empty())
                .map(|i| format!("steps[{i}].where"))
        }
        Check::ProcessingTime => s
            .processing_time
            .is_empty()
            .then(|| "processing_time".into()),
        Check::FeeSources => s.fees.iter().enumerate().find_map(|(v, version)| {
            if parse_date(&version.valid_from).is_err() {
                return Some(format!("fees[{v}].valid_from"));
            }
            if present(&version.source) {
                return None;
            }
            version
                .items
                .iter()
                .position(|item| !present(&item.source))
                .map(|i| format!("fees[{v}].items[{i}].source"))
        }),
        Check::CentreOrOnline => {
            let has = ctx.offered_at_centres
                || s.channels
                    .iter()
                    .any(|c| matches!(c.kind, ChannelKind::Centre | ChannelKind::Online));
            (!has).then(|| "channels".into())
        }
        Check::LegalBasis => {
            (!s.legal_basis.iter().any(|l| !l.is_empty())).then(|| "legal_basis".into())
        }
        Check::RecentlyVerified => {
            let recent = parse_date(&s.verified.date).is_ok_and(|date| {
                date <= ctx.today
                    && date.whole_months_until(ctx.today) < i64::from(ctx.verified_within_months)
            });
            (!recent).then(|| "verified.date".into())
        }
    }
}

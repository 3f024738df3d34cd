//! The audit workshop's pages, as plain data: figures written with their
//! thousands separator, the bar of a ministry's statuses, message ids of
//! statuses and checks, pages of rows, the filters read from and written to
//! the query string.

use crate::present::query;
use dalil_fees::{format_amount, Amount, Digits};
use dalil_model::audit::{Check, ServiceFilter, StatusCounts, StatusFilter};

/// 1200 → "1,200" (the headline reads «1,200 خدمة: 1,000 منشورة»).
pub fn count(n: usize) -> String {
    format_amount(Amount::from_int(n as i64), true, Digits::Latin)
}

/// The share of each status in a ministry's bar, in percent of its
/// services (zero-width parts left out).
pub fn bar(c: &StatusCounts) -> Vec<(StatusFilter, f64)> {
    let total = c.total();
    if total == 0 {
        return Vec::new();
    }
    [
        (StatusFilter::Published, c.published),
        (StatusFilter::UnderAudit, c.under_audit),
        (StatusFilter::Draft, c.draft),
        (StatusFilter::Failing, c.failing),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(s, n)| (s, n as f64 * 100.0 / total as f64))
    .collect()
}

/// The message of a status: `audit-status-under-audit` ...
pub fn status_message(s: StatusFilter) -> String {
    format!("audit-status-{}", s.key().replace('_', "-"))
}

/// The message of a check: `audit-check-document-issuers` ...
pub fn check_message(c: Check) -> String {
    format!("audit-check-{}", c.key().replace('_', "-"))
}

/// How many rows a page of `/audit/{ministry}` shows: enough to read and
/// print, few enough that a page of 10,000 services renders at once.
pub const PAGE_SIZE: usize = 100;

/// The rows of page `page` (0-based, clamped to the last page) of `len`.
pub fn page_range(len: usize, page: usize) -> std::ops::Range<usize> {
    let last = pages(len).saturating_sub(1);
    let page = page.min(last);
    let start = page * PAGE_SIZE;
    start..(start + PAGE_SIZE).min(len)
}

/// How many pages `len` rows take (at least one).
pub fn pages(len: usize) -> usize {
    len.div_ceil(PAGE_SIZE).max(1)
}

/// The filters of `/audit/{ministry}` in a query string
/// (`status=failing&check=legal_basis&directorate=...&page=2`); unknown
/// values are ignored. Pages count from 1 in the address.
pub fn read_filters(q: &str) -> (ServiceFilter, usize) {
    let filter = ServiceFilter {
        status: query::get(q, "status").and_then(|s| StatusFilter::from_key(&s)),
        check: query::get(q, "check").and_then(|c| Check::from_key(&c)),
        directorate: query::get(q, "directorate").filter(|d| !d.is_empty()),
    };
    let page = query::get(q, "page")
        .and_then(|p| p.parse::<usize>().ok())
        .map_or(0, |p| p.saturating_sub(1));
    (filter, page)
}

/// The query changes that write `filter` and `page` (0-based).
pub fn filter_changes(filter: &ServiceFilter, page: usize) -> Vec<(String, Option<String>)> {
    vec![
        ("status".into(), filter.status.map(|s| s.key().to_string())),
        ("check".into(), filter.check.map(|c| c.key().to_string())),
        ("directorate".into(), filter.directorate.clone()),
        ("page".into(), (page > 0).then(|| (page + 1).to_string())),
    ]
}

/// A CSV text as a `data:` address for a download link (with a byte order
/// mark, so spreadsheet programs read the Arabic as UTF-8).
pub fn csv_href(csv: &str) -> String {
    format!(
        "data:text/csv;charset=utf-8,{}",
        query::encode(&format!("\u{feff}{csv}"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_have_thousands_separators() {
        assert_eq!(count(1200), "1,200");
        assert_eq!(count(0), "0");
        assert_eq!(count(10_000), "10,000");
    }

    #[test]
    fn the_bar_shares_add_up() {
        let c = StatusCounts {
            published: 1000,
            under_audit: 150,
            draft: 50,
            failing: 0,
        };
        let parts = bar(&c);
        assert_eq!(parts.len(), 3, "an empty status has no part");
        let sum: f64 = parts.iter().map(|(_, p)| p).sum();
        assert!((sum - 100.0).abs() < 1e-9);
        assert!(bar(&StatusCounts::default()).is_empty());
    }

    #[test]
    fn pages_are_clamped() {
        assert_eq!(page_range(250, 0), 0..100);
        assert_eq!(page_range(250, 2), 200..250);
        assert_eq!(page_range(250, 9), 200..250);
        assert_eq!(page_range(0, 0), 0..0);
        assert_eq!(pages(0), 1);
        assert_eq!(pages(10_000), 100);
    }

    #[test]
    fn filters_read_back_from_the_query() {
        let (f, page) =
            read_filters("preview=1&status=failing&check=legal_basis&directorate=dir-a&page=3");
        assert_eq!(f.status, Some(StatusFilter::Failing));
        assert_eq!(f.check, Some(Check::LegalBasis));
        assert_eq!(f.directorate.as_deref(), Some("dir-a"));
        assert_eq!(page, 2);
        let written = query::apply("preview=1", &filter_changes(&f, page));
        assert_eq!(read_filters(&written), (f, page));
        let (none, first) = read_filters("status=bogus&check=&page=x");
        assert_eq!((none, first), (ServiceFilter::default(), 0));
    }

    #[test]
    fn ids_of_messages() {
        assert_eq!(
            status_message(StatusFilter::UnderAudit),
            "audit-status-under-audit"
        );
        assert_eq!(
            check_message(Check::CentreOrOnline),
            "audit-check-centre-or-online"
        );
    }

    #[test]
    fn csv_links_carry_the_text() {
        let href = csv_href("a,b\r\n");
        assert!(href.starts_with("data:text/csv;charset=utf-8,"));
        let body = query::decode(href.split_once(',').unwrap().1);
        assert_eq!(body, "\u{feff}a,b\r\n");
    }
}

//! The seed's picture, for the audit workshop: a generated catalogue made
//! to look like the portal's (about 1,200 services, 1,000 published and the
//! rest under audit or draft), with the problems real records have: missing
//! English and fees without a source in records not yet published, stale
//! verifications, documents without issuer, no legal basis, one document
//! under two names, one stamp at two amounts, one local service done
//! differently from governorate to governorate. Every problem is one the
//! audit allows in a publishable catalogue (warnings, completeness checks,
//! consistency findings), so the result publishes and serves as a demo.

use crate::catalogue::Catalogue;
use dalil_model::fee_schedule::{AmountRule, Currency, FeeItem, ItemKind};
use dalil_model::{Amount, Status, Text, TimeRange, TimeUnit};

/// What to make of a generated catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub services: usize,
    /// How many are published; the others are under audit (two in three)
    /// or draft. `None` keeps the plain generator's mix (one in ten under audit).
    pub published: Option<usize>,
    /// Add the realistic problems listed above.
    pub problems: bool,
}

const GOVERNORATES: [(&str, &str, &str); 14] = [
    ("damascus", "دمشق", "Damascus"),
    ("rif-dimashq", "ريف دمشق", "Rif Dimashq"),
    ("aleppo", "حلب", "Aleppo"),
    ("homs", "حمص", "Homs"),
    ("hama", "حماة", "Hama"),
    ("latakia", "اللاذقية", "Latakia"),
    ("tartus", "طرطوس", "Tartus"),
    ("idlib", "إدلب", "Idlib"),
    ("daraa", "درعا", "Daraa"),
    ("as-suwayda", "السويداء", "As-Suwayda"),
    ("quneitra", "القنيطرة", "Quneitra"),
    ("deir-ez-zor", "دير الزور", "Deir ez-Zor"),
    ("raqqa", "الرقة", "Raqqa"),
    ("hasakah", "الحسكة", "Al-Hasakah"),
];

const MINISTRIES: [(&str, &str); 12] = [
    ("وزارة الداخلية", "Ministry of Interior"),
    ("وزارة العدل", "Ministry of Justice"),
    ("وزارة المالية", "Ministry of Finance"),
    ("وزارة الإدارة المحلية", "Ministry of Local Administration"),
    ("وزارة النقل", "Ministry of Transport"),
    ("وزارة الصحة", "Ministry of Health"),
    ("وزارة التربية", "Ministry of Education"),
    ("وزارة التعليم العالي", "Ministry of Higher Education"),
    ("وزارة التجارة الداخلية", "Ministry of Internal Trade"),
    ("وزارة الزراعة", "Ministry of Agriculture"),
    (
        "وزارة الشؤون الاجتماعية والعمل",
        "Ministry of Social Affairs and Labour",
    ),
    ("وزارة الاتصالات", "Ministry of Communications"),
];

/// The local service of the first ministry's directorates in three
/// governorates: one kind, times and steps differing with no reason given.
const LOCAL_KIND: (&str, &str) = ("رخصة بناء سكني", "Residential building permit");

/// Applies `options` to a plain generated catalogue.
pub fn apply(cat: &mut Catalogue, options: &Options) {
    let n = cat.services.len();
    if let Some(published) = options.published {
        statuses(cat, published.min(n));
    }
    if options.problems {
        names(cat);
        problems(cat);
        local_services(cat);
    }
}

/// `published` services published, spread over the catalogue; the rest
/// under audit (two in three) or draft.
fn statuses(cat: &mut Catalogue, published: usize) {
    let n = cat.services.len();
    // A stride coprime with n visits every index once: the unpublished
    // records fall in every ministry, not only the last one.
    let stride = (7919..).find(|s| gcd(*s, n) == 1).unwrap_or(1);
    for k in 0..n {
        let i = (k * stride) % n;
        let s = &mut cat.services[i];
        s.status = if k < published {
            Status::Published
        } else if (k - published).is_multiple_of(3) {
            Status::Draft
        } else {
            Status::UnderAudit
        };
    }
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// Real governorates, and real names for the first twelve ministries.
fn names(cat: &mut Catalogue) {
    let renamed: Vec<(String, String)> = cat
        .governorates
        .iter()
        .zip(GOVERNORATES)
        .map(|(g, (id, _, _))| (g.id.clone(), id.to_string()))
        .collect();
    for (g, (id, ar, en)) in cat.governorates.iter_mut().zip(GOVERNORATES) {
        g.id = id.to_string();
        g.name = Text::new(ar, en);
    }
    for c in &mut cat.centres {
        if let Some((_, new)) = renamed.iter().find(|(old, _)| *old == c.governorate) {
            c.governorate = new.clone();
        }
    }
    for a in &mut cat.authorities {
        let Some(m) =
            a.id.strip_prefix("ministry-")
                .and_then(|rest| rest.get(..2))
                .and_then(|m| m.parse::<usize>().ok())
        else {
            continue;
        };
        let Some((ar, en)) = MINISTRIES.get(m) else {
            continue;
        };
        if a.parent.is_none() {
            a.name = Text::new(*ar, *en);
        } else if let Some(d) = a.id.rsplit('-').next() {
            a.name = Text::new(
                format!("المديرية {d} في {ar}"),
                format!("Directorate {d}, {en}"),
            );
        }
    }
}

fn stamp(amount: i64) -> FeeItem {
    FeeItem {
        id: "revenue-stamp".into(),
        label: Text::new("طابع مالي", "Revenue stamp"),
        kind: ItemKind::Stamp,
        currency: Currency::Syp,
        source: None,
        when: Vec::new(),
        amount: AmountRule::Fixed(Amount::from_int(amount)),
    }
}

fn problems(cat: &mut Catalogue) {
    let mut unpublished = 0usize;
    for (i, s) in cat.services.iter_mut().enumerate() {
        // Checked this year, mostly; some a year and a half ago, some
        // years ago.
        s.verified.date = match i % 9 {
            0 => "2023-03-15",
            1 => "2025-05-20",
            _ => "2026-06-01",
        }
        .into();
        if i % 4 != 0 {
            s.legal_basis = vec![Text::new(
                format!("القرار الوزاري رقم {} لعام 2019", 100 + i % 50),
                format!("Ministerial decision No. {} of 2019", 100 + i % 50),
            )];
        }
        for (d, doc) in s.documents.iter_mut().enumerate() {
            if (i + d) % 3 != 0 {
                doc.issuer = Some(Text::new("الجهة المختصة", "The competent office"));
            }
            // One document, two names: the same extract written shorter.
            if doc.name.ar == "إخراج قيد فردي" && i % 5 == 0 {
                doc.name = Text::new("إخراج قيد", "Civil extract");
            }
            if doc.name.ar == "براءة ذمة مالية" && i % 7 == 0 {
                doc.name = Text::new("براءة الذمة", "Clearance");
            }
        }
        let object = s.output.as_ref().map(|o| o.document.clone());
        if let (Some(version), Some(object)) = (s.fees.first_mut(), object) {
            // A fee named after what the service gives, at one amount per
            // kind of thing: no false findings.
            let amount = 1000 * (1 + object.ar.chars().count() as i64 % 7);
            if let Some(item) = version.items.first_mut() {
                item.label = Text::new(
                    format!("رسم {}", object.ar),
                    format!("Fee for {}", object.en),
                );
                item.amount = AmountRule::Fixed(Amount::from_int(amount));
            }
            if i % 2 == 0 {
                // The same stamp, charged at another amount by a few.
                version
                    .items
                    .push(stamp(if i % 34 == 0 { 500 } else { 100 }));
            }
        }
        if s.status == Status::Published {
            continue;
        }
        unpublished += 1;
        match unpublished % 5 {
            0 => {
                s.name.en.clear();
                s.summary.en.clear();
            }
            1 => s.summary.en.clear(),
            _ => {}
        }
        if unpublished.is_multiple_of(3) {
            for version in &mut s.fees {
                version.source = None;
                for item in &mut version.items {
                    item.source = None;
                }
            }
        }
    }
}

/// The first ministry's first three directorates become local ones, in
/// Damascus, Aleppo and Homs, and each offers the local building permit:
/// 3 to 5, 7 to 15 and 3 to 5 working days, with 3, 5 and 3 steps.
fn local_services(cat: &mut Catalogue) {
    let places = [("damascus", 5, 3), ("aleppo", 15, 5), ("homs", 5, 3)];
    for (d, (gov, _, _)) in places.iter().enumerate() {
        if let Some(a) = cat
            .authorities
            .iter_mut()
            .find(|a| a.id == format!("ministry-00-dir-{d}"))
        {
            a.governorate = Some(gov.to_string());
        }
    }
    for (d, (gov, max, steps)) in places.into_iter().enumerate() {
        let authority = format!("ministry-00-dir-{d}");
        let Some(s) = cat.services.iter_mut().find(|s| s.authority == authority) else {
            continue;
        };
        let (_, gov_ar, gov_en) = GOVERNORATES
            .iter()
            .find(|(id, _, _)| *id == gov)
            .copied()
            .unwrap_or((gov, gov, gov));
        s.name = Text::new(
            format!("{} - {gov_ar}", LOCAL_KIND.0),
            format!("{} ({gov_en})", LOCAL_KIND.1),
        );
        s.processing_time[0].range = TimeRange {
            min: 3,
            max,
            unit: TimeUnit::WorkingDays,
        };
        s.processing_time[0].note = None;
        s.steps.truncate(steps);
        while s.steps.len() < steps {
            let mut extra = s.steps[s.steps.len() - 1].clone();
            extra.bring.clear();
            s.steps.push(extra);
        }
    }
}

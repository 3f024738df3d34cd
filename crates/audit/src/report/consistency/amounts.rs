//! Stamps and fixed fees whose amounts differ between services for the
//! same item: the same label (after normalisation), kind and currency,
//! in the fee version in force today.

use super::push_once;
use crate::Catalogue;
use dalil_fees::Date;
use dalil_model::audit::{AmountDiffers, AmountUse, ServiceRef};
use dalil_model::fee_schedule::{AmountRule, ItemKind};
use dalil_model::{FeeVersion, Text};
use std::collections::BTreeMap;

/// The version in force on `today`: the latest `valid_from` not after it.
fn in_force(fees: &[FeeVersion], today: Date) -> Option<&FeeVersion> {
    fees.iter()
        .filter_map(|v| Date::parse(&v.valid_from).ok().map(|d| (d, v)))
        .filter(|(d, _)| *d <= today)
        .max_by_key(|(d, _)| *d)
        .map(|(_, v)| v)
}

fn kind_key(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Fee => "fee",
        ItemKind::Stamp => "stamp",
        ItemKind::Tax => "tax",
        ItemKind::Duty => "duty",
        ItemKind::Fine => "fine",
    }
}

struct Item {
    label: Text,
    kind: &'static str,
    currency: String,
    amounts: BTreeMap<String, Vec<ServiceRef>>,
}

pub fn findings(cat: &Catalogue, refs: &[ServiceRef], today: Date) -> Vec<AmountDiffers> {
    let mut items: BTreeMap<(String, &'static str, String), Item> = BTreeMap::new();
    for (s, r) in cat.services.iter().zip(refs) {
        let Some(version) = in_force(&s.fees, today) else {
            continue;
        };
        for item in &version.items {
            let AmountRule::Fixed(amount) = &item.amount else {
                continue;
            };
            if !matches!(item.kind, ItemKind::Stamp | ItemKind::Fee) {
                continue;
            }
            let label = dalil_search::normalise(&item.label.ar);
            if label.is_empty() {
                continue;
            }
            let currency = item.currency.code().to_string();
            let kind = kind_key(item.kind);
            let entry = items
                .entry((label, kind, currency.clone()))
                .or_insert_with(|| Item {
                    label: item.label.clone(),
                    kind,
                    currency,
                    amounts: BTreeMap::new(),
                });
            push_once(entry.amounts.entry(amount.to_string()).or_default(), r);
        }
    }
    items
        .into_values()
        .filter(|i| i.amounts.len() > 1)
        .map(|i| {
            let mut amounts: Vec<AmountUse> = i
                .amounts
                .into_iter()
                .map(|(amount, services)| AmountUse { amount, services })
                .collect();
            amounts.sort_by_key(|a| std::cmp::Reverse(a.services.len()));
            AmountDiffers {
                item: i.label,
                kind: i.kind.to_string(),
                currency: i.currency,
                amounts,
            }
        })
        .collect()
}

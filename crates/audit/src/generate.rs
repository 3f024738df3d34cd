//! A synthetic catalogue of realistic shape, for benchmarks at 1,200 and
//! 10,000 services: bilingual, varied lengths, many authorities and centres.
//! Deterministic: the same N always gives the same catalogue.
//! [`realistic`] makes it look like the portal's inventory for the audit
//! workshop (statuses, the problems real records have).

pub mod realistic;

pub use realistic::Options;

use crate::catalogue::Catalogue;
use crate::source::{self, AuthoritiesFile, CategoriesFile, CentresFile, GovernoratesFile};
use dalil_model::fee_schedule::{AmountRule, Currency, FeeItem, ItemKind, Rounding};
use dalil_model::service::Keywords;
use dalil_model::{
    Amount, Authority, AuthorityKind, Category, Centre, Channel, ChannelKind, Document, Duration,
    FeeVersion, Governorate, Location, Output, ProcessingTime, Service, Status, Step, Text,
    TimeRange, TimeUnit, Verified,
};
use serde::Serialize;
use std::io;
use std::path::Path;

/// A small xorshift generator: no dependency, stable across platforms.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const ACTIONS: &[(&str, &str)] = &[
    ("منح", "Issuing"),
    ("تجديد", "Renewing"),
    ("تعديل", "Amending"),
    ("بدل ضائع", "Replacing"),
    ("تصديق", "Attesting"),
    ("إلغاء", "Cancelling"),
    ("تسجيل", "Registering"),
    ("نقل", "Transferring"),
    ("ترخيص", "Licensing"),
    ("استخراج", "Obtaining"),
];

const OBJECTS: &[(&str, &str)] = &[
    ("شهادة خبرة", "an experience certificate"),
    ("رخصة مزاولة مهنة", "a professional practice licence"),
    ("سجل صناعي", "an industrial register"),
    ("بطاقة زراعية", "a farm card"),
    ("وثيقة سكن", "a housing document"),
    ("إجازة استيراد", "an import licence"),
    ("شهادة منشأ", "a certificate of origin"),
    ("عقد إيجار", "a lease contract"),
    ("بيان وضع", "a status statement"),
    ("رخصة حفر بئر", "a well-drilling permit"),
    ("ترخيص مطعم", "a restaurant licence"),
    ("شهادة تخرج", "a graduation certificate"),
    ("بطاقة مهنية", "a professional card"),
    ("ترخيص وسيلة نقل", "a transport vehicle licence"),
    ("إذن سفر", "a travel permit"),
    ("موافقة أمنية", "a security clearance"),
    ("شهادة صحية", "a health certificate"),
    ("رخصة صيد", "a fishing licence"),
    ("عداد مياه", "a water meter"),
    ("اشتراك هاتف", "a phone subscription"),
];

const DOCS: &[(&str, &str)] = &[
    ("البطاقة الشخصية", "National ID card"),
    ("إخراج قيد فردي", "Individual civil extract"),
    ("صورتان شخصيتان", "Two personal photos"),
    ("براءة ذمة مالية", "Tax clearance"),
    ("بيان قيد عقاري", "Property registry extract"),
    ("عقد الإيجار", "Lease contract"),
    ("شهادة الخبرة", "Experience certificate"),
    ("وصل دفع الرسم", "Fee payment receipt"),
    ("طلب خطي", "Written application"),
    ("وكالة قانونية", "Power of attorney"),
];

const PLACES: &[(&str, &str)] = &[
    ("المزة", "Mezzeh"),
    ("الميدان", "Midan"),
    ("الجميلية", "Jamiliyeh"),
    ("الوعر", "Waer"),
    ("الصليبة", "Sleibeh"),
    ("المركز", "Centre"),
];

fn text(ar: impl Into<String>, en: impl Into<String>) -> Text {
    Text::new(ar, en)
}

fn write_toml<T: Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let body = toml::to_string(value).map_err(io::Error::other)?;
    std::fs::write(path, body)
}

/// Writes a catalogue of `n` services into `out` (created if needed).
pub fn generate(n: usize, out: &Path) -> io::Result<()> {
    write(&catalogue(n), out)
}

/// Writes a catalogue made as `options` say into `out`.
pub fn generate_with(options: &Options, out: &Path) -> io::Result<()> {
    write(&catalogue_with(options), out)
}

/// [`catalogue`] with `options` applied.
pub fn catalogue_with(options: &Options) -> Catalogue {
    let mut cat = catalogue(options.services);
    realistic::apply(&mut cat, options);
    cat
}

/// A catalogue of `n` services, in memory: for timings where there is no
/// file system (the search engine's wasm test) and for [`generate`].
pub fn catalogue(n: usize) -> Catalogue {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ n as u64);

    let governorates: Vec<Governorate> = (0..14)
        .map(|i| Governorate {
            id: format!("gov-{i:02}"),
            name: text(format!("محافظة {i}"), format!("Governorate {i}")),
        })
        .collect();
    let ministries = 24;
    let mut authorities = Vec::new();
    for m in 0..ministries {
        authorities.push(Authority {
            id: format!("ministry-{m:02}"),
            kind: AuthorityKind::Ministry,
            name: text(format!("وزارة رقم {m}"), format!("Ministry {m}")),
            parent: None,
            governorate: None,
            website: None,
        });
        for d in 0..4 {
            authorities.push(Authority {
                id: format!("ministry-{m:02}-dir-{d}"),
                kind: AuthorityKind::Directorate,
                name: text(
                    format!("مديرية {d} في الوزارة {m}"),
                    format!("Directorate {d} of ministry {m}"),
                ),
                parent: Some(format!("ministry-{m:02}")),
                governorate: None,
                website: None,
            });
        }
    }
    let categories: Vec<Category> = (0..16)
        .map(|i| Category {
            id: format!("category-{i:02}"),
            name: text(format!("فئة {i}"), format!("Category {i}")),
        })
        .collect();

    let mut services = Vec::with_capacity(n);
    for i in 0..n {
        let (act_ar, act_en) = *rng.pick(ACTIONS);
        let (obj_ar, obj_en) = *rng.pick(OBJECTS);
        let (place_ar, place_en) = *rng.pick(PLACES);
        let ministry = rng.below(ministries);
        let authority = format!("ministry-{ministry:02}-dir-{}", rng.below(4));
        let doc_count = 1 + rng.below(DOCS.len() - 1);
        let documents: Vec<Document> = (0..doc_count)
            .map(|d| {
                let (ar, en) = DOCS[(d + i) % DOCS.len()];
                Document {
                    id: format!("doc-{d}"),
                    name: text(ar, en),
                    originals: 1,
                    copies: rng.below(3) as u32,
                    issuer: None,
                    max_age: (rng.below(3) == 0).then_some(Duration {
                        value: 3,
                        unit: TimeUnit::Months,
                    }),
                    service: None,
                    note: None,
                    conditional: false,
                }
            })
            .collect();
        let step_count = 2 + rng.below(4);
        let steps: Vec<Step> = (0..step_count)
            .map(|s| Step {
                title: text(format!("الخطوة {} من {act_ar} {obj_ar}", s + 1), format!("Step {} of {act_en} {obj_en}", s + 1)),
                details: text(
                    format!("راجع الدائرة المختصة في {place_ar} وقدّم الأوراق المطلوبة لإتمام هذه المرحلة."),
                    format!("Visit the competent office in {place_en} and hand in the required papers to complete this stage."),
                ),
                location: Some(Location { kind: if s == 0 { ChannelKind::Centre } else { ChannelKind::Office }, name: None, url: None }),
                bring: if s == 0 { documents.iter().map(|d| d.id.clone()).collect() } else { Vec::new() },
                duration: Some(TimeRange { min: 1, max: 1 + rng.below(4) as u32, unit: TimeUnit::Hours }),
                cost: None,
                optional: s > 1 && rng.below(4) == 0,
                alternatives: Vec::new(),
            })
            .collect();
        let days = 1 + rng.below(20) as u32;
        services.push(Service {
            id: format!("service-{i:05}"),
            status: if rng.below(10) == 0 { Status::UnderAudit } else { Status::Published },
            authority: authority.clone(),
            name: text(format!("{act_ar} {obj_ar} - {place_ar} {i}"), format!("{act_en} {obj_en} ({place_en} {i})")),
            summary: text(
                format!("خدمة {act_ar} {obj_ar} للمواطنين والمقيمين، تقدم في مراكز خدمة المواطن وفي مديريات الوزارة في المحافظات."),
                format!("{act_en} {obj_en} for citizens and residents, offered at citizen service centres and at the ministry's directorates."),
            ),
            keywords: Keywords { ar: vec![obj_ar.to_string()], en: vec![obj_en.trim_start_matches("a ").trim_start_matches("an ").to_string()], latin: Vec::new() },
            audience: Vec::new(),
            categories: vec![format!("category-{:02}", rng.below(16))],
            eligibility: Text::default(),
            documents,
            steps,
            processing_time: vec![ProcessingTime { channel: None, range: TimeRange { min: days, max: days + rng.below(10) as u32, unit: TimeUnit::WorkingDays }, note: None }],
            channels: vec![Channel { kind: ChannelKind::Centre, name: None, url: None, note: None }],
            output: Some(Output { document: text(obj_ar, obj_en), validity: None, note: None }),
            legal_basis: Vec::new(),
            fees: vec![FeeVersion {
                valid_from: "2025-01-01".into(),
                source: Some(text("بيانات تجريبية", "Sample data")),
                sample: true,
                rounding: Rounding::default(),
                inputs: Vec::new(),
                items: vec![FeeItem {
                    id: "fee".into(),
                    label: text("الرسم", "Fee"),
                    kind: ItemKind::Fee,
                    currency: Currency::Syp,
                    source: None,
                    when: Vec::new(),
                    amount: AmountRule::Fixed(Amount::from_int(500 * (1 + rng.below(40) as i64))),
                }],
                note: None,
            }],
            related: Vec::new(),
            verified: Verified { date: "2025-06-01".into(), by: authority },
            source: Some(text("بيانات مولدة للاختبار", "Generated test data")),
            sample: true,
        });
    }

    let centre_count = (n / 20).max(20);
    // Every service goes to one centre in turn and to one more at random,
    // so each `centre` channel is backed by centres, as the audit expects.
    let mut offered: Vec<Vec<String>> = vec![Vec::new(); centre_count];
    for (i, s) in services.iter().enumerate() {
        offered[i % centre_count].push(s.id.clone());
        let extra = rng.below(centre_count);
        if extra != i % centre_count {
            offered[extra].push(s.id.clone());
        }
    }
    let centres: Vec<Centre> = offered
        .into_iter()
        .enumerate()
        .map(|(c, services)| Centre {
            id: format!("centre-{c:04}"),
            name: text(
                format!("مركز خدمة المواطن {c}"),
                format!("Citizen service centre {c}"),
            ),
            governorate: governorates[c % governorates.len()].id.clone(),
            address: text(format!("الشارع {c}"), format!("Street {c}")),
            hours: text("8:00-14:00", "8:00-14:00"),
            phone: format!("011-{:07}", c),
            services,
            sample: true,
        })
        .collect();

    Catalogue {
        authorities,
        governorates,
        categories,
        centres,
        services,
        ..Catalogue::default()
    }
}

/// Writes `catalogue` as catalogue sources into `out` (created if needed).
fn write(catalogue: &Catalogue, out: &Path) -> io::Result<()> {
    std::fs::create_dir_all(out.join(source::SERVICES_DIR))?;
    write_toml(
        &out.join(source::GOVERNORATES),
        &GovernoratesFile {
            governorate: catalogue.governorates.clone(),
        },
    )?;
    write_toml(
        &out.join(source::AUTHORITIES),
        &AuthoritiesFile {
            authority: catalogue.authorities.clone(),
        },
    )?;
    write_toml(
        &out.join(source::CATEGORIES),
        &CategoriesFile {
            category: catalogue.categories.clone(),
        },
    )?;
    write_toml(
        &out.join(source::CENTRES),
        &CentresFile {
            centre: catalogue.centres.clone(),
        },
    )?;
    for s in &catalogue.services {
        write_toml(
            &out.join(source::SERVICES_DIR)
                .join(format!("{}.toml", s.id)),
            s,
        )?;
    }
    Ok(())
}

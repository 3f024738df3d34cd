//! A synthetic listing built in memory, of the same shape as the catalogue
//! that `dalil_audit::generate` writes (same word lists, bilingual names,
//! summaries, keywords and documents), for timings where there is no file
//! system (the wasm test). Deterministic: the same n gives the same listing.

#![allow(dead_code)]

use dalil_model::service::Keywords;
use dalil_model::{ChannelKind, ServiceSummary, Status, Text};

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

/// `n` published services of realistic shape.
pub fn listing(n: usize) -> Vec<ServiceSummary> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ n as u64);
    (0..n)
        .map(|i| {
            let (act_ar, act_en) = ACTIONS[rng.below(ACTIONS.len())];
            let (obj_ar, obj_en) = OBJECTS[rng.below(OBJECTS.len())];
            let (place_ar, place_en) = PLACES[rng.below(PLACES.len())];
            let ministry = rng.below(24);
            let doc_count = 1 + rng.below(DOCS.len() - 1);
            ServiceSummary {
                id: format!("service-{i:05}"),
                status: Status::Published,
                authority: format!("ministry-{ministry:02}-dir-{}", rng.below(4)),
                ministry: format!("ministry-{ministry:02}"),
                name: Text::new(
                    format!("{act_ar} {obj_ar} - {place_ar} {i}"),
                    format!("{act_en} {obj_en} ({place_en} {i})"),
                ),
                summary: Text::new(
                    format!("خدمة {act_ar} {obj_ar} للمواطنين والمقيمين، تقدم في مراكز خدمة المواطن وفي مديريات الوزارة في المحافظات."),
                    format!("{act_en} {obj_en} for citizens and residents, offered at citizen service centres and at the ministry's directorates."),
                ),
                keywords: Keywords {
                    ar: vec![obj_ar.to_string()],
                    en: vec![obj_en.trim_start_matches("a ").trim_start_matches("an ").to_string()],
                    latin: Vec::new(),
                },
                categories: vec![format!("category-{:02}", rng.below(16))],
                channels: vec![ChannelKind::Centre, ChannelKind::Office],
                governorates: vec![format!("gov-{:02}", rng.below(14))],
                documents: (0..doc_count)
                    .map(|d| {
                        let (ar, en) = DOCS[(d + i) % DOCS.len()];
                        Text::new(ar, en)
                    })
                    .collect(),
                has_fees: true,
            }
        })
        .collect()
}

//! Word lists the engine ships with: stop words, and synonym groups of the
//! government-services domain (Syrian colloquial ↔ Modern Standard Arabic,
//! British ↔ American English, plain ↔ administrative words).
//!
//! The groups are about words, never about particular services: each
//! catalogue record adds its own colloquial keywords on top of them.

use crate::normalise::normalise;
use crate::stem::{stem, StemRules};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Words that say nothing about which service is wanted ("how do I get a",
/// "بدي", "شلون", "كيف"). Not indexed, and ignored in queries unless the
/// query has nothing else.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    // Arabic: particles, pronouns, question words.
    "في", "من", "على", "عن", "إلى", "الى", "لى", "مع", "او", "أو", "و", "ب", "ل", "ال", "يا", "ما",
    "ماذا", "لماذا", "هل", "كيف", "كيفية", "طريقة", "متى", "أين", "وين", "فين", "كم", "قديش", "أي",
    "اي", "شو", "ايش", "إيش", "شلون", "كيفك", "ليش", "ازاي", "هو", "هي", "هم", "أنا", "انا", "نحن",
    "انت", "أنت", "انتي", "هذا", "هذه", "هاد", "هادا", "هادي", "هيدا", "هيك", "ذلك", "تلك", "التي",
    "الذي", "الذين", "اللي", "يلي", "لي", "لك", "له", "لها", "بدي", "بدنا", "بدك", "بده", "بدها",
    "بدي", "اريد", "أريد", "نريد", "عايز", "عاوز", "ابغى", "حابب", "ممكن", "لو", "سمحت", "رجاء",
    "عم", "رح", "راح", "لازم", "يجب", "شي", "شيء", "عند", "عندي", "كان", "يكون", "قد", "لقد", "ثم",
    "حتى", "إذا", "اذا", "ان", "أن", "إن", "لا", "لم", "لن", "بعد", "قبل", "كل", "أو", "اعمل",
    "أعمل", "بعمل", "سوي", "اسوي", "اطلع", "طلع", "بطلع", "احصل", "أحصل", "الحصول", "استخرج",
    "أستخرج", "بستخرج", "وكيف", "فيني", "بقدر", "أقدر", "اقدر", "عشان", "مشان", "منشان", "لأجل",
    "لاجل",
    // Syrian colloquial fillers and pronoun forms.
    "حدا", "حدن", "عني", "عنا", "عليه", "عليها", "فيه", "فيها", "منه", "منها", "معي", "إلي", "بس",
    "هون", "هنيك", "هنا", "هناك", "كمان", "كتير", "شوي", "يعني", "مثلا", "هلق", "هلأ", "لسا", "لسه",
    "بعدين", "ليك", "شوف", "انو", "إنو", "انه", "إنه", "اني", "إني",
    // English.
    "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "and", "or", "how",
    "what", "where", "when", "which", "who", "why", "do", "does", "did", "can", "could", "i", "me",
    "my", "we", "our", "you", "your", "is", "are", "was", "be", "it", "its", "get", "gets",
    "getting", "got", "obtain", "want", "need", "needs", "please", "should", "would", "will",
    "about", "as", "if", "this", "that", "some", "any", "there", "into", "apply", "applying",
    "make", "making", "way", "ways", "much", "many", "long", "takes", "someone", "here", "now",
    "just", "also", "am", "have", "has", "had", "them", "their", "up", "out", "off", "set", "setup",
    "our", "us", "his", "her", "he", "she", "they",
];

/// Synonym groups, one per line, members separated by '|'. A member of one
/// word expands to every other member; a member of several words is matched
/// as a phrase (all its words in the same service).
#[rustfmt::skip]
const SYNONYMS: &[&str] = &[
    // Identity and civil status.
    "هوية|هويه|بطاقة شخصية|البطاقة الشخصية|بطاقة|كرت",
    "باسبور|باسبورت|جواز|جواز سفر",
    "نفوس|قيد نفوس|سجل مدني|أحوال مدنية|شؤون مدنية",
    "إخراج|اخراج|بيان|استخراج",
    "عيلة|عيله|عائلة|أسرة|عائلي|عائلية",
    "ولادة|مولود|خلفة|ولد|مواليد",
    "وفاة|موت|متوفى|ميت|توفي",
    "زواج|عرس|زواجي|متزوج|تزويج",
    "طلاق|انفصال|مطلقة",
    "ضائع|ضايع|ضايعة|مفقود|فقدان|ضياع|مسروق|سرقة|بدل",
    "تجديد|تمديد|جدد",
    // Travel.
    "سفر|سفرة|مسافر",
    "حركة|دخول|خروج|حدود|مغادرة",
    // Justice.
    "فيش|غير محكوم|سجل عدلي|عدلي|عدلية|محكومية",
    "وكالة|توكيل|كاتب بالعدل|كاتب عدل|موكل|وكل",
    "إرث|ارث|ورثة|ورث|تركة|ميراث|حصر",
    "تصديق|مصادقة|توثيق|ختم|تصديقات",
    // Property and building.
    "بيت|منزل|شقة|دار|عقار|أرض",
    "طابو|سجل عقاري|قيد عقاري|عقاري|عقارية",
    "فراغ|نقل ملكية|تنازل|بيع",
    "بناء|عمار|عمارة|بناية|تعمير|إعمار",
    "ترميم|تصليح|إكساء|صيانة",
    "مساحة|مساحه|كادسترو|مخطط",
    "إقامة|سكن|عنوان|ساكن",
    // Vehicles.
    "سيارة|مركبة|عربية|سيارات|موتور|آلية",
    "سواقة|سياقة|قيادة|سوق|شوفير",
    "نمرة|نمره|لوحة|نمر|تسجيل سيارة",
    "مخالفات|مخالفة|ضبوط|غرامات",
    "مرور|مرورية|سير",
    // Business.
    "محل|دكان|متجر|محلات",
    "شركة|مؤسسة|شراكة",
    "تجاري|تجارية|تجارة|تاجر",
    "ماركة|براند|لوغو|علامة تجارية|علامة",
    "ضريبة|ضرائب|مالية|براءة ذمة",
    "مصنع|معمل|صناعي|صناعية|منشأة",
    "ورشة|حرفة|حرفي|حرفية|صنعة",
    "بيئة|بيئي|بيئية|تلوث",
    // Education and work.
    "بكالوريا|ثانوية|الثانوية العامة|توجيهي",
    "جامعة|جامعية|جامعي|إجازة جامعية|ليسانس|بكالوريوس|تخرج",
    "معادلة|اعتراف|معادلة شهادة",
    "شهادة|وثيقة|إفادة|ورقة|مصدقة",
    "شغل|عمل|وظيفة|توظيف|موظف|اشتغل|بشتغل|عامل",
    "أجنبي|اجنبي|أجانب|غير سوري|غير السوريين",
    "جمعية|منظمة|جمعيات|خيرية",
    // Health and utilities.
    "صحية|صحي|صحة|طبي|فحص طبي",
    "صيدلية|صيدلي|فارمسي",
    "تلفون|تليفون|هاتف|أرضي|خط",
    "نت|انترنت|إنترنت|ADSL|بوابة",
    "كهربا|كهرباء|كهربائي",
    "مي|مية|ميه|مياه|ماء|مايه",
    "ساعة|عداد|عدادات",
    "اشتراك|تركيب|وصل|توصيل",
    "رخصة|ترخيص|إجازة|إذن|تصريح",
    // English.
    "id|identity|identification|id card",
    "renew|renewal|extend|extension|renewing",
    "licence|license|permit|licensing",
    "driving|driver|drive",
    "car|vehicle|auto|automobile|truck|motorbike",
    "plate|number plate|license plate|registration plate",
    "house|home|property|real estate|apartment|flat|land|estate",
    "deed|title deed|land registry|cadastre|cadastral",
    "marriage|wedding|married|marry|spouse",
    "divorce|divorced|separation",
    "birth|newborn|baby|born|child",
    "death|died|deceased|dead|passed",
    "criminal|police|background|conviction|non conviction|good conduct|clean record",
    "attorney|proxy|poa|notary|notarised|notarized|mandate",
    "inheritance|heirs|heir|succession|estate",
    "legalisation|legalization|attestation|attest|authentication|authenticate|apostille|certify",
    "shop|store|storefront",
    "company|firm|business|corporation|llc|startup",
    "trademark|brand|logo",
    "tax|taxes|fiscal",
    "clearance|clear|debts",
    "traffic|fines|tickets|violations",
    "degree|diploma|university|bachelor|graduation|graduate",
    "equivalence|equivalency|recognition|recognise|recognize",
    "secondary|high school|baccalaureate|bac",
    "unemployment|non employment|jobless|unemployed",
    "work|job|employment|working",
    "foreigner|foreign|expat|non syrian|non syrians",
    "association|ngo|charity|nonprofit|society",
    "health|medical",
    "pharmacy|chemist|drugstore|pharmacist",
    "landline|phone|telephone",
    "internet|adsl|broadband|wifi",
    "electricity|electric|power",
    "water|plumbing",
    "meter|connection|subscription|hookup",
    "building|construction|build",
    "renovation|repair|refurbishment|restoration|renovate",
    "residence|address|residency",
    "booklet|family book|family record",
    "civil|registry|civil status|vital records",
    "lost|stolen|damaged|replacement|replace",
    "copy|duplicate",
    "buy|bought|purchase|purchased|buying",
    "sell|sold|selling|sale",
    "used|second hand|secondhand|pre owned",
    "register|registration|registering|enrol|enroll|enrolment",
    "extract|statement|excerpt|record",
    "travel|trip|entry|exit|border|movement",
];

/// The stop words, normalised and sorted, built once.
fn stop_words() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<String> = STOP_WORDS.iter().map(|w| normalise(w)).collect();
        words.sort();
        words.dedup();
        words
    })
}

/// Whether a normalised word is a stop word.
pub fn is_stop(word: &str) -> bool {
    stop_words()
        .binary_search_by(|w| w.as_str().cmp(word))
        .is_ok()
}

/// The synonym table: for a normalised word (or its stem), the other
/// members of its groups, each a list of normalised words.
pub struct Synonyms {
    by_word: HashMap<String, Vec<usize>>,
    /// Members of every group: each member is its words.
    groups: Vec<Vec<Vec<String>>>,
}

impl Synonyms {
    /// The table built from [`SYNONYMS`], once.
    pub fn get() -> &'static Synonyms {
        static TABLE: OnceLock<Synonyms> = OnceLock::new();
        TABLE.get_or_init(Synonyms::build)
    }

    fn build() -> Synonyms {
        let rules = StemRules::default();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        let mut groups = Vec::new();
        for (g, line) in SYNONYMS.iter().enumerate() {
            let members: Vec<Vec<String>> = line
                .split('|')
                .map(|m| {
                    normalise(m)
                        .split(' ')
                        .filter(|w| !w.is_empty() && !is_stop(w))
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .filter(|m| !m.is_empty())
                .collect();
            for m in &members {
                if let [word] = m.as_slice() {
                    for key in [word.clone(), stem(word, &rules)] {
                        let entry = by_word.entry(key).or_default();
                        if !entry.contains(&g) {
                            entry.push(g);
                        }
                    }
                }
            }
            groups.push(members);
        }
        Synonyms { by_word, groups }
    }

    /// The expansions of a word: the other members of its groups, each as
    /// its words. `word` and `word_stem` are normalised.
    pub fn expand(&self, word: &str, word_stem: &str) -> Vec<&[String]> {
        let mut out: Vec<&[String]> = Vec::new();
        for key in [word, word_stem] {
            for &g in self.by_word.get(key).into_iter().flatten() {
                for member in &self.groups[g] {
                    // The word itself, or a phrase that has it ("جواز" and
                    // "جواز سفر"), adds nothing.
                    let has_self = member.iter().any(|w| w == word || w == word_stem);
                    if !has_self && !out.contains(&member.as_slice()) {
                        out.push(member);
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_recognised_in_any_spelling() {
        assert!(is_stop(&normalise("إلى")));
        assert!(is_stop(&normalise("على")));
        assert!(is_stop("كيف"));
        assert!(is_stop("how"));
        assert!(!is_stop("جواز"));
        assert!(!is_stop("passport"));
    }

    #[test]
    fn synonyms_expand_both_ways() {
        let s = Synonyms::get();
        let words = |w: &str| -> Vec<String> {
            let n = normalise(w);
            let st = stem(&n, &StemRules::default());
            s.expand(&n, &st).iter().map(|m| m.join(" ")).collect()
        };
        assert!(words("باسبور").contains(&"جواز".to_string()));
        assert!(words("جواز").contains(&"باسبور".to_string()));
        assert!(words("licence").contains(&"license".to_string()));
        assert!(words("هوية").contains(&normalise("بطاقة شخصية")));
        assert!(!words("هوية").contains(&normalise("هوية")));
    }
}

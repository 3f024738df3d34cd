//! Fuzzing the source loader: arbitrary bytes as a source file, and real
//! sources from `catalogue/` with bytes flipped, cut short, lines deleted or
//! repeated. Nothing panics, and every problem names its file, so a clerk
//! always knows where to look. `PROPTEST_CASES` sets the case count.

use crate::support::*;
use dalil_audit::source::{self, AuthoritiesFile, CategoriesFile, CentresFile, GovernoratesFile};
use dalil_audit::Problem;
use dalil_model::Service;
use proptest::prelude::*;
use proptest::sample::Index;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The case count: `PROPTEST_CASES` if set, else a default small enough
/// for CI (each case writes and reads a file).
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// Every source of the demo catalogue, by path relative to it.
fn demo_sources() -> &'static [(String, Vec<u8>)] {
    static SOURCES: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    SOURCES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue");
        let mut files: Vec<String> = source::LISTS.iter().map(|s| s.to_string()).collect();
        let services = std::fs::read_dir(dir.join(source::SERVICES_DIR)).unwrap();
        let mut names: Vec<String> = services
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml"))
            .map(|n| format!("{}/{n}", source::SERVICES_DIR))
            .collect();
        names.sort();
        files.extend(names);
        files
            .into_iter()
            .map(|rel| {
                let bytes = std::fs::read(dir.join(&rel)).unwrap();
                (rel, bytes)
            })
            .collect()
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    FlipByte(Index, u8),
    Truncate(Index),
    DeleteLine(Index),
    DuplicateLine(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), 1..=255u8).prop_map(|(at, bits)| Mutation::FlipByte(at, bits)),
        any::<Index>().prop_map(Mutation::Truncate),
        any::<Index>().prop_map(Mutation::DeleteLine),
        any::<Index>().prop_map(Mutation::DuplicateLine),
    ]
}

fn mutate(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    // Byte offsets where lines start, to delete or repeat whole lines.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .filter(|&i| i < bytes.len())
        .collect();
    let line = |at: &Index| {
        let i = at.index(starts.len());
        let end = starts.get(i + 1).copied().unwrap_or(bytes.len());
        (starts[i], end)
    };
    match m {
        Mutation::FlipByte(at, bits) => {
            let i = at.index(bytes.len());
            bytes[i] ^= bits;
        }
        Mutation::Truncate(at) => bytes.truncate(at.index(bytes.len())),
        Mutation::DeleteLine(at) => {
            let (start, end) = line(at);
            bytes.drain(start..end);
        }
        Mutation::DuplicateLine(at) => {
            let (start, end) = line(at);
            let copy = bytes[start..end].to_vec();
            bytes.splice(start..start, copy);
        }
    }
}

/// A folder of this test's own for the files it writes.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dalil-fuzz-{name}-{}", std::process::id()));
    std::fs::create_dir_all(dir.join(source::SERVICES_DIR)).unwrap();
    dir
}

/// Loads `bytes` as the source file `rel` (its kind from its name), as the
/// catalogue loader does; `Err` is the loader's problem.
fn load_as(dir: &Path, rel: &str, bytes: &[u8]) -> Result<(), Problem> {
    let path = dir.join(rel);
    std::fs::write(&path, bytes).unwrap();
    let rel = Path::new(rel);
    match rel.to_str() {
        Some(source::AUTHORITIES) => source::read::<AuthoritiesFile>(&path, rel).map(drop),
        Some(source::GOVERNORATES) => source::read::<GovernoratesFile>(&path, rel).map(drop),
        Some(source::CATEGORIES) => source::read::<CategoriesFile>(&path, rel).map(drop),
        Some(source::CENTRES) => source::read::<CentresFile>(&path, rel).map(drop),
        _ => source::read::<Service>(&path, rel).map(drop),
    }
}

/// A problem names `rel`, and its text starts with it.
fn names_file(p: &Problem, rel: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(p.file.to_str(), Some(rel), "{}", p);
    prop_assert!(p.to_string().starts_with(rel), "{}", p);
    prop_assert!(!p.message.trim().is_empty(), "{}", p);
    Ok(())
}

fn any_source_name() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just(source::AUTHORITIES),
        Just(source::GOVERNORATES),
        Just(source::CATEGORIES),
        Just(source::CENTRES),
        Just("services/some-service.toml"),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn arbitrary_bytes_never_panic_and_errors_name_the_file(
        rel in any_source_name(),
        bytes in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..512),
            // Text that looks more like TOML gets further into the parser.
            "[\\[\\]{}=\",.a-z0-9 \\n\\u{0600}-\\u{06FF}]{0,300}".prop_map(String::into_bytes),
        ],
    ) {
        let dir = scratch("bytes");
        let loaded = load_as(&dir, rel, &bytes);
        let _ = std::fs::remove_dir_all(&dir);
        if let Err(p) = loaded {
            names_file(&p, rel)?;
        }
    }

    #[test]
    fn mutated_real_sources_never_panic_and_errors_name_the_file(
        file in any::<Index>(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let sources = demo_sources();
        let (rel, original) = &sources[file.index(sources.len())];
        let mut bytes = original.clone();
        for m in &mutations {
            mutate(&mut bytes, m);
        }
        let dir = scratch("mutated");
        let loaded = load_as(&dir, rel, &bytes);
        let _ = std::fs::remove_dir_all(&dir);
        if let Err(p) = loaded {
            names_file(&p, rel)?;
        }
    }
}

/// The minimal catalogue's files, for the whole load-and-audit pipeline.
const MINIMAL_FILES: [&str; 8] = [
    source::AUTHORITIES,
    source::GOVERNORATES,
    source::CATEGORIES,
    source::CENTRES,
    EXTRACT,
    ID_CARD,
    ATTORNEY,
    "services/marriage.toml",
];

proptest! {
    // Each case loads and audits a whole (small) catalogue.
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    #[test]
    fn a_mutated_file_in_a_catalogue_never_panics_the_audit(
        file in any::<Index>(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let rel = MINIMAL_FILES[file.index(MINIMAL_FILES.len())];
        let case = Case::new();
        let mut bytes = case.read(rel).into_bytes();
        for m in &mutations {
            mutate(&mut bytes, m);
        }
        case.write(rel, &bytes);
        for p in case.audit() {
            // Every problem of a file-level catalogue names a file.
            prop_assert!(!p.file.as_os_str().is_empty(), "{}", p);
            prop_assert!(!p.message.trim().is_empty(), "{}", p);
        }
    }
}

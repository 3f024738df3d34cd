//! Publishing: the demo catalogue audits clean, and what `publish` writes
//! reads back, through the client's own decoder, as exactly what was loaded.

use dalil_audit::audit::load_and_audit_on;
use dalil_audit::publish::{hex, publish, API_ROOT};
use dalil_audit::Catalogue;
use dalil_fees::Date;
use dalil_model::api::{
    decode, paths, AuthoritiesDoc, CategoriesDoc, CentresDoc, GovernoratesDoc, Listing, Manifest,
    ServiceDoc,
};
use dalil_model::{Service, Status};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue")
}

fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

/// A scratch folder removed at the end of the test.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("dalil-publish-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn read(root: &Path, path: &str) -> String {
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The service as a tree shows it: links only to services in that tree.
fn as_linked_within(s: &Service, ids: &BTreeSet<&str>) -> Service {
    let mut s = s.clone();
    s.related.retain(|r| ids.contains(r.as_str()));
    for d in &mut s.documents {
        if d.service.as_deref().is_some_and(|id| !ids.contains(id)) {
            d.service = None;
        }
    }
    s
}

/// Reads one tree back and checks it against the catalogue.
fn check_tree(cat: &Catalogue, root: &Path, statuses: &[Status], preview: bool) {
    let manifest: Manifest = decode(&read(root, paths::MANIFEST)).unwrap();
    assert_eq!(manifest.preview, preview);
    let ids: BTreeSet<&str> = cat
        .services
        .iter()
        .filter(|s| statuses.contains(&s.status))
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(manifest.counts.services, ids.len());
    assert_eq!(manifest.counts.authorities, cat.authorities.len());
    assert_eq!(manifest.counts.centres, cat.centres.len());

    // Every file is listed with its true hash and size, and nothing else is there.
    for (path, entry) in &manifest.files {
        let bytes = std::fs::read(root.join(path)).unwrap();
        assert_eq!(entry.bytes, bytes.len() as u64, "{path}");
        let hash: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(entry.sha256, hash, "{path}");
    }
    let listed: BTreeSet<String> = std::fs::read_dir(root.join("services"))
        .unwrap()
        .map(|e| format!("services/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    let expected: BTreeSet<String> = ids.iter().map(|id| paths::service(id)).collect();
    assert_eq!(listed, expected, "exactly the services of this tree");
    assert!(expected.iter().all(|p| manifest.files.contains_key(p)));

    let listing: Listing = decode(&read(root, paths::SERVICES)).unwrap();
    assert_eq!(listing.services, cat.listing(statuses));
    for s in cat.services.iter().filter(|s| statuses.contains(&s.status)) {
        let doc: ServiceDoc = decode(&read(root, &paths::service(&s.id))).unwrap();
        assert_eq!(doc.service, as_linked_within(s, &ids), "{}", s.id);
    }
    let authorities: AuthoritiesDoc = decode(&read(root, paths::AUTHORITIES)).unwrap();
    assert_eq!(authorities.authorities, cat.authorities);
    let governorates: GovernoratesDoc = decode(&read(root, paths::GOVERNORATES)).unwrap();
    assert_eq!(governorates.governorates, cat.governorates);
    let categories: CategoriesDoc = decode(&read(root, paths::CATEGORIES)).unwrap();
    assert_eq!(categories.categories, cat.categories);
    let centres: CentresDoc = decode(&read(root, paths::CENTRES)).unwrap();
    let mut expected_centres = cat.centres.clone();
    for c in &mut expected_centres {
        c.services.retain(|id| ids.contains(id.as_str()));
    }
    assert_eq!(centres.centres, expected_centres);
}

#[test]
fn the_demo_catalogue_passes_the_audit() {
    let (cat, problems) = load_and_audit_on(&demo(), today());
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| p.to_string())
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert_eq!(cat.services.len(), 50);
    assert!(cat.failed.is_empty());
}

#[test]
fn the_published_demo_reads_back_as_loaded() {
    let (cat, _) = load_and_audit_on(&demo(), today());
    let out = Scratch::new("demo");
    let done = publish(&cat, &out.0).unwrap();
    let root = out.0.join(API_ROOT);
    assert_eq!(done.root, root);
    check_tree(&cat, &root, &[Status::Published], false);
    check_tree(
        &cat,
        &root.join(paths::PREVIEW_DIR),
        &[Status::Published, Status::UnderAudit, Status::Draft],
        true,
    );
    assert_eq!(done.public.counts.services, 46);
    assert_eq!(done.preview.counts.services, 50);
    // The public manifest lists no preview file: the two trees are separate.
    assert!(done.public.files.keys().all(|p| !p.starts_with("preview")));
}

#[test]
fn a_link_to_an_unpublished_service_is_dropped_from_the_public_tree_only() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let (mut cat, problems) = load_and_audit_on(&dir, today());
    assert!(problems.is_empty(), "{problems:?}");
    let extract = cat
        .services
        .iter_mut()
        .find(|s| s.id == "civil-extract")
        .unwrap();
    extract.related.push("power-of-attorney".into());
    extract.documents[0].service = Some("marriage".into());
    let out = Scratch::new("links");
    publish(&cat, &out.0).unwrap();
    let root = out.0.join(API_ROOT);
    let public: ServiceDoc = decode(&read(&root, "services/civil-extract.json")).unwrap();
    assert_eq!(public.service.related, ["id-card"]);
    assert_eq!(public.service.documents[0].service, None);
    let preview: ServiceDoc = decode(&read(&root, "preview/services/civil-extract.json")).unwrap();
    assert_eq!(preview.service.related, ["id-card", "power-of-attorney"]);
    assert_eq!(
        preview.service.documents[0].service.as_deref(),
        Some("marriage")
    );
    check_tree(&cat, &root, &[Status::Published], false);
}

#[test]
fn an_id_that_is_not_a_file_name_is_never_written() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let (mut cat, _) = load_and_audit_on(&dir, today());
    cat.services[0].id = "../escape".into();
    let out = Scratch::new("escape");
    let err = publish(&cat, &out.0).unwrap_err();
    assert!(
        err.to_string().contains("audit the catalogue first"),
        "{err}"
    );
    assert!(!out.0.join("api").exists());
}

#[test]
fn publishing_again_replaces_the_whole_tree() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let (mut cat, _) = load_and_audit_on(&dir, today());
    let out = Scratch::new("again");
    let first = publish(&cat, &out.0).unwrap();
    cat.services.retain(|s| s.id != "id-card");
    let second = publish(&cat, &out.0).unwrap();
    assert_ne!(first.public.version, second.public.version);
    let root = out.0.join(API_ROOT);
    assert!(
        !root.join("services/id-card.json").exists(),
        "no stale file is left"
    );
    assert!(!out.0.join("api/.v1-staging").exists());
    assert!(no_work_folder_left(&out.0), "the work folder is removed");
}

/// No `.NAME.publishing` next to `out`, and no `.publishing` inside it.
fn no_work_folder_left(out: &Path) -> bool {
    let name = out.file_name().unwrap().to_string_lossy();
    let sibling = out.with_file_name(format!(".{name}.publishing"));
    !sibling.exists() && !out.join(".publishing").exists()
}

/// Every file under `dir`, by relative path, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn minimal() -> Catalogue {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let (cat, problems) = load_and_audit_on(&dir, today());
    assert!(problems.is_empty(), "{problems:?}");
    cat
}

/// The catalogue changed in files of both kinds: a list and a service.
fn edition(cat: &Catalogue, n: usize) -> Catalogue {
    let mut cat = cat.clone();
    cat.authorities[0].name.en = format!("Authority, edition {n}");
    cat.services[0].summary.en = format!("Summary, edition {n}");
    cat
}

#[test]
fn readers_never_see_a_missing_file_or_a_mix_of_versions() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let cat = minimal();
    let scratch = Scratch::new("atomic");
    let out = scratch.0.join("site");
    publish(&edition(&cat, 0), &out).unwrap();
    let root = out.join(API_ROOT);
    let stop = AtomicBool::new(false);
    let (checked, raced) = std::thread::scope(|scope| {
        let reader = scope.spawn(|| {
            let manifest = || -> Manifest {
                let text = std::fs::read_to_string(root.join(paths::MANIFEST))
                    .unwrap_or_else(|e| panic!("manifest.json missing during a publish: {e}"));
                decode(&text).unwrap_or_else(|e| panic!("a torn manifest: {e}"))
            };
            let (mut checked, mut raced, mut turn) = (0usize, 0usize, 0usize);
            while !stop.load(Ordering::Relaxed) || checked == 0 {
                let before = manifest();
                let (path, entry) = before.files.iter().nth(turn % before.files.len()).unwrap();
                turn += 1;
                let bytes = std::fs::read(root.join(path))
                    .unwrap_or_else(|e| panic!("{path} missing during a publish: {e}"));
                let after = manifest();
                // Versions are all distinct: the same version before and after
                // means no publish came between, so the file must be that
                // version's. (Otherwise the client's rule applies: fetch the
                // manifest again; that case is only counted.)
                if before.version == after.version {
                    assert_eq!(bytes.len() as u64, entry.bytes, "{path}: a mix of versions");
                    assert_eq!(hex(&Sha256::digest(&bytes)), entry.sha256, "{path}: a mix");
                    checked += 1;
                } else {
                    raced += 1;
                }
            }
            (checked, raced)
        });
        for n in 1..=60 {
            publish(&edition(&cat, n), &out).unwrap();
        }
        stop.store(true, Ordering::Relaxed);
        reader.join().unwrap()
    });
    assert!(
        checked > 0,
        "the reader read whole versions ({raced} raced a publish)"
    );
    let last: Manifest = decode(&read(&root, paths::MANIFEST)).unwrap();
    assert_eq!(last, publish(&edition(&cat, 60), &out).unwrap().public);
    assert!(no_work_folder_left(&out));
}

#[test]
fn a_failed_publish_leaves_the_old_tree_untouched() {
    let cat = minimal();
    let scratch = Scratch::new("failed");
    let out = scratch.0.join("site");
    publish(&cat, &out).unwrap();
    let before = snapshot(&out);

    // Something that is not a work folder is in the way: refused, not removed.
    let blocker = scratch.0.join(".site.publishing");
    std::fs::write(&blocker, "a clerk's notes").unwrap();
    let err = publish(&edition(&cat, 1), &out).unwrap_err();
    assert!(
        err.to_string().contains("in the way of publishing"),
        "{err}"
    );
    assert_eq!(snapshot(&out), before);
    assert_eq!(
        std::fs::read_to_string(&blocker).unwrap(),
        "a clerk's notes"
    );
    std::fs::remove_file(&blocker).unwrap();

    // An unaudited catalogue (an id that is not a file name, a date that
    // would break every device's pointer line) writes nothing at all.
    let mut escaping = edition(&cat, 2);
    escaping.services[0].id = "../escape".into();
    assert!(publish(&escaping, &out).is_err());
    let mut undated = edition(&cat, 3);
    undated.services[0].verified.date = "2026-10-05\n".into();
    let err = publish(&undated, &out).unwrap_err();
    assert!(err.to_string().contains("verified.date"), "{err}");
    assert_eq!(snapshot(&out), before);
    assert!(no_work_folder_left(&out));

    // A leftover of an interrupted publish is cleared, and the next one works.
    std::fs::create_dir_all(scratch.0.join(".site.publishing/v1/services")).unwrap();
    publish(&edition(&cat, 4), &out).unwrap();
    assert_ne!(snapshot(&out), before);
    assert!(no_work_folder_left(&out));
}

#[test]
fn what_publish_writes_passes_the_clients_manifest_checks() {
    let (cat, _) = load_and_audit_on(&demo(), today());
    let out = Scratch::new("client-checks");
    let done = publish(&cat, &out.0).unwrap();
    let root = out.0.join(API_ROOT);
    for tree in [root.clone(), root.join(paths::PREVIEW_DIR)] {
        let body = std::fs::read(tree.join(paths::MANIFEST)).unwrap();
        let manifest = dalil_model::update::manifest(&body).unwrap();
        assert!(dalil_model::shape::valid_version(&manifest.version));
        assert!(dalil_model::shape::valid_iso_date(&manifest.data_date));
    }
    // A tree without services has no data date, which clients accept.
    let mut empty = minimal();
    empty.services.clear();
    let bare = Scratch::new("client-checks-empty");
    let done_bare = publish(&empty, &bare.0).unwrap();
    assert_eq!(done_bare.public.data_date, "");
    let body = std::fs::read(bare.0.join(API_ROOT).join(paths::MANIFEST)).unwrap();
    assert!(dalil_model::update::manifest(&body).is_ok());
    assert!(done.public.data_date.as_str() <= "2026-11-28");
}

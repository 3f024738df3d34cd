//! Packs: what `publish` writes for devices reads back, through the
//! device's own checks (`dalil_model::pack`), as exactly the documents and
//! services of the tree; one edited service changes one pack; the pack
//! manifest stays small at 10,000 services.

use dalil_audit::audit::load_and_audit_on;
use dalil_audit::publish::{pack_manifest, publish, API_ROOT};
use dalil_audit::Catalogue;
use dalil_fees::Date;
use dalil_model::api::{decode, paths, ServiceDoc};
use dalil_model::pack::{self, PackIndex, PackKind, PackManifest};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

fn demo() -> Catalogue {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue");
    let (cat, _) = load_and_audit_on(&dir, Date::parse("2026-11-28").unwrap());
    cat
}

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("dalil-packs-{name}-{}", std::process::id()));
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

fn packs_of(root: &Path) -> PackManifest {
    pack::manifest(&std::fs::read(root.join(paths::PACKS)).unwrap()).unwrap()
}

#[test]
fn every_pack_reads_back_as_the_tree_it_packs() {
    let cat = demo();
    let out = Scratch::new("demo");
    let done = publish(&cat, &out.0).unwrap();
    let root = out.0.join(API_ROOT);
    let m = packs_of(&root);
    assert_eq!(m, done.packs);
    assert_eq!(
        m.version, done.public.version,
        "one version for both manifests"
    );
    assert_eq!(m.data_date, done.public.data_date);
    assert_eq!(m.service_packs, 1, "46 services fit one pack");
    let mut services = 0;
    for entry in &m.packs {
        let path = root.join(entry.path());
        let bytes = std::fs::read(&path).unwrap();
        let index = pack::check(&m, entry, &bytes).unwrap();
        // The copies nginx sends as they are decode to the same bytes.
        let mut gz = Vec::new();
        let gz_file = std::fs::read(format!("{}.gz", path.display())).unwrap();
        assert_eq!(gz_file.len() as u64, entry.gzip_bytes);
        flate2::read::GzDecoder::new(&gz_file[..])
            .read_to_end(&mut gz)
            .unwrap();
        assert_eq!(gz, bytes, "{}.gz", entry.name);
        let mut br = Vec::new();
        let br_file = std::fs::read(format!("{}.br", path.display())).unwrap();
        brotli::Decompressor::new(&br_file[..], 4096)
            .read_to_end(&mut br)
            .unwrap();
        assert_eq!(br, bytes, "{}.br", entry.name);
        match entry.kind().unwrap() {
            PackKind::Services(_) => {
                let encoded = index.encode();
                let text = std::str::from_utf8(&bytes).unwrap();
                for id in done.public.files.keys() {
                    let Some(id) = id.strip_prefix("services/") else {
                        continue;
                    };
                    let id = id.trim_end_matches(".json");
                    let range = PackIndex::find(&encoded, id).unwrap();
                    let doc: ServiceDoc = decode(&pack::service_doc_text(&text[range])).unwrap();
                    let file: ServiceDoc =
                        decode(&std::fs::read_to_string(root.join(paths::service(id))).unwrap())
                            .unwrap();
                    assert_eq!(doc, file, "{id}");
                    services += 1;
                }
            }
            kind => {
                let (_, doc) = PackKind::DOCUMENTS
                    .iter()
                    .find(|(k, _)| *k == kind)
                    .unwrap();
                assert_eq!(bytes, std::fs::read(root.join(doc)).unwrap(), "{doc}");
                assert!(index.is_empty());
            }
        }
    }
    assert_eq!(services, m.counts.services);
    // The preview tree is never kept on a device: it has no packs.
    assert!(!root.join(paths::PREVIEW_DIR).join(paths::PACKS).exists());
    // Today's manifest still lists today's files, and no pack.
    assert!(done.public.files.keys().all(|p| !p.starts_with("packs/")));
}

#[test]
fn editing_one_service_changes_exactly_one_pack() {
    let cat = dalil_audit::generate::catalogue(1200);
    let before = pack_manifest(&cat).unwrap();
    assert_eq!(before.service_packs, 4);
    let mut edited = cat.clone();
    let id = edited.services[17].id.clone();
    edited.services[17]
        .eligibility
        .en
        .push_str(" Now also for residents.");
    let after = pack_manifest(&edited).unwrap();
    assert_ne!(before.version, after.version);
    let changed: Vec<&str> = after
        .packs
        .iter()
        .filter(|p| !before.packs.contains(p))
        .map(|p| p.name.as_str())
        .collect();
    let expected = PackKind::Services(pack::shard_of(&id, 4)).name();
    assert_eq!(changed, vec![expected.as_str()]);
    assert_eq!(before.packs.len(), after.packs.len());
}

#[test]
fn the_pack_manifest_stays_small_at_10000_services() {
    let cat = dalil_audit::generate::catalogue(10_000);
    let m = pack_manifest(&cat).unwrap();
    assert_eq!(m.service_packs, 32);
    assert_eq!(m.packs.len(), 37);
    let json = serde_json::to_vec(&m).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    gz.write_all(&json).unwrap();
    let compressed = gz.finish().unwrap().len();
    println!(
        "packs.json at 10,000 services: {} bytes, {compressed} gzip",
        json.len()
    );
    assert!(compressed <= 8 * 1024, "{compressed} bytes compressed");
    assert!(pack::manifest(&json).is_ok());
}

#[test]
fn services_keep_their_pack_while_the_count_stays_in_one_power_of_two() {
    assert_eq!(pack::service_packs_for(0), 1);
    assert_eq!(pack::service_packs_for(46), 1);
    assert_eq!(pack::service_packs_for(321), 2);
    assert_eq!(pack::service_packs_for(1200), 4);
    assert_eq!(pack::service_packs_for(1280), 4);
    assert_eq!(pack::service_packs_for(10_000), 32);
    assert_eq!(pack::service_packs_for(1_000_000), 32);
    // The hash is part of the contract (docs/api.md): fixed values.
    assert_eq!(
        u64::from(pack::shard_of("", 32)),
        0xcbf2_9ce4_8422_2325_u64 % 32
    );
    assert_eq!(pack::shard_of("passport-renewal", 1), 0);
}

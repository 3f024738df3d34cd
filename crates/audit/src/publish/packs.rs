//! The packs of the public tree (`packs.json` and `packs/`), for devices
//! that keep the catalogue offline: see `dalil_model::pack`.
//!
//! Each pack is written with a gzip (level 9) and a brotli (quality 11)
//! copy beside it, which nginx sends as they are (`gzip_static`,
//! `brotli_static`). Brotli 11 is slow, so a pack whose name (and so whose
//! content) the served tree already has reuses its `.br` file.

use dalil_model::api::{Counts, SCHEMA_VERSION};
use dalil_model::pack::{service_packs_for, shard_of, PackEntry, PackKind, PackManifest};
use dalil_model::Service;
use sha2::{Digest, Sha256};
use std::io::{self, Write};
use std::path::Path;

/// One pack, ready to write.
pub struct Pack {
    pub entry: PackEntry,
    pub bytes: Vec<u8>,
    pub gzip: Vec<u8>,
}

/// The packs of one tree and their manifest.
pub struct Packs {
    pub manifest: PackManifest,
    pub packs: Vec<Pack>,
}

/// Builds the packs from the tree's documents (`(kind, bytes)` for the
/// five documents with a pack of their own) and its services, as
/// published. The catalogue version is a hash of every pack's name and
/// SHA-256: it changes when anything a device keeps changes.
pub fn build(
    documents: Vec<(PackKind, Vec<u8>, u64)>,
    services: &[Service],
    data_date: String,
    counts: Counts,
) -> io::Result<Packs> {
    let service_packs = service_packs_for(services.len());
    let mut shards: Vec<Vec<Service>> = vec![Vec::new(); service_packs as usize];
    for s in services {
        shards[shard_of(&s.id, service_packs) as usize].push(s.clone());
    }
    let mut raw = documents;
    for (n, mut services) in shards.into_iter().enumerate() {
        services.sort_by(|a, b| a.id.cmp(&b.id));
        let records = services.len() as u64;
        let bytes = dalil_model::pack::lines("services", &services).map_err(io::Error::other)?;
        raw.push((PackKind::Services(n as u32), bytes, records));
    }
    let mut packs = Vec::new();
    for (kind, bytes, records) in raw {
        let gzip = gzip(&bytes)?;
        packs.push(Pack {
            entry: PackEntry {
                name: kind.name(),
                sha256: super::hex(&Sha256::digest(&bytes)),
                bytes: bytes.len() as u64,
                gzip_bytes: gzip.len() as u64,
                records,
            },
            bytes,
            gzip,
        });
    }
    let mut version = Sha256::new();
    for p in &packs {
        version.update(p.entry.name.as_bytes());
        version.update(p.entry.sha256.as_bytes());
    }
    let manifest = PackManifest {
        schema: SCHEMA_VERSION,
        version: super::hex(&version.finalize())[..16].to_string(),
        data_date,
        preview: false,
        counts,
        service_packs,
        packs: packs.iter().map(|p| p.entry.clone()).collect(),
    };
    Ok(Packs { manifest, packs })
}

fn gzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
    // The header's time stays 0: the same pack gives the same file.
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    encoder.write_all(bytes)?;
    encoder.finish()
}

fn brotli(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(bytes)?;
        writer.flush()?;
    }
    Ok(out)
}

/// Writes `packs/` into `dir` (the staged tree), taking `.br` files the
/// served tree `live` already has for the same pack. Brotli runs on two
/// threads: it is most of a large publish's time.
pub fn write(dir: &Path, live: &Path, packs: &Packs) -> io::Result<()> {
    std::fs::create_dir_all(dir.join(dalil_model::pack::PACKS_DIR))?;
    let write_one = |p: &Pack| -> io::Result<()> {
        let path = dir.join(p.entry.path());
        std::fs::write(&path, &p.bytes)?;
        std::fs::write(with_suffix(&path, "gz"), &p.gzip)?;
        let old = with_suffix(&live.join(p.entry.path()), "br");
        let br = match std::fs::read(&old) {
            Ok(br) => br,
            Err(_) => brotli(&p.bytes)?,
        };
        std::fs::write(with_suffix(&path, "br"), br)
    };
    // Largest first, dealt out in turn, so the two threads finish together.
    let mut order: Vec<&Pack> = packs.packs.iter().collect();
    order.sort_by_key(|p| std::cmp::Reverse(p.bytes.len()));
    std::thread::scope(|scope| {
        let halves: Vec<_> = (0..2)
            .map(|t| {
                let mine: Vec<&Pack> = order.iter().skip(t).step_by(2).copied().collect();
                scope.spawn(move || mine.into_iter().try_for_each(write_one))
            })
            .collect();
        halves.into_iter().try_for_each(|h| {
            h.join()
                .unwrap_or_else(|_| Err(io::Error::other("panicked")))
        })
    })?;
    let manifest = serde_json::to_vec(&packs.manifest).map_err(io::Error::other)?;
    let path = dir.join(dalil_model::api::paths::PACKS);
    std::fs::write(with_suffix(&path, "gz"), gzip(&manifest)?)?;
    std::fs::write(path, manifest)
}

fn with_suffix(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".");
    s.push(suffix);
    s.into()
}

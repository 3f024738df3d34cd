//! Writing the static read-only API: `OUT/api/v1/` holds what is published,
//! `OUT/api/v1/preview/` also holds drafts and records under audit.

mod packs;
mod swap;

use crate::audit::valid_id;
use crate::Catalogue;
use dalil_model::api::{paths, Counts, FileEntry, Manifest, ServiceDoc};
use dalil_model::pack::{PackKind, PackManifest};
use dalil_model::shape::valid_iso_date;
use dalil_model::{Service, Status, SCHEMA_VERSION};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};

/// The API root below the publish folder.
pub const API_ROOT: &str = "api/v1";

/// What a publish wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    pub public: Manifest,
    /// The public tree's packs, for devices (`packs.json`).
    pub packs: PackManifest,
    pub preview: Manifest,
    pub root: PathBuf,
}

/// The files of one API tree, in memory: relative path to bytes.
type Tree = BTreeMap<String, Vec<u8>>;

fn json<T: Serialize>(value: &T) -> io::Result<Vec<u8>> {
    // Our plain data types always serialise; an error is still an error,
    // never a panic.
    serde_json::to_vec(value).map_err(io::Error::other)
}

/// A list document, one record per line: the layout of the packs, which
/// these documents are byte for byte (`dalil_model::pack::lines`).
fn lines<T: Serialize>(field: &str, records: &[T]) -> io::Result<Vec<u8>> {
    dalil_model::pack::lines(field, records).map_err(io::Error::other)
}

/// A published service links only to published services.
fn public_copy(s: &Service, published: &BTreeSet<&str>) -> Service {
    let mut s = s.clone();
    s.related.retain(|r| published.contains(r.as_str()));
    for d in &mut s.documents {
        if d.service
            .as_deref()
            .is_some_and(|id| !published.contains(id))
        {
            d.service = None;
        }
    }
    s
}

/// One tree in memory: its files, its manifest, and (the public tree
/// only: the preview tree is never kept on a device) its packs.
struct Built {
    files: Tree,
    manifest: Manifest,
    packs: Option<packs::Packs>,
}

/// Builds one tree: the services with the given statuses, and all the rest.
fn tree(cat: &Catalogue, statuses: &[Status], preview: bool) -> io::Result<Built> {
    let mut files = Tree::new();
    let published: BTreeSet<&str> = cat
        .services
        .iter()
        .filter(|s| statuses.contains(&s.status))
        .map(|s| s.id.as_str())
        .collect();
    let listing = cat.listing(statuses);
    files.insert(paths::SERVICES.into(), lines("services", &listing)?);
    let services: Vec<Service> = cat
        .services
        .iter()
        .filter(|s| statuses.contains(&s.status))
        .map(|s| public_copy(s, &published))
        .collect();
    for s in &services {
        files.insert(
            paths::service(&s.id),
            json(&ServiceDoc {
                schema: SCHEMA_VERSION,
                service: s.clone(),
            })?,
        );
    }
    let mut centres = cat.centres.clone();
    for c in &mut centres {
        c.services.retain(|id| published.contains(id.as_str()));
    }
    let centre_count = centres.len() as u64;
    files.insert(
        paths::AUTHORITIES.into(),
        lines("authorities", &cat.authorities)?,
    );
    files.insert(
        paths::GOVERNORATES.into(),
        lines("governorates", &cat.governorates)?,
    );
    files.insert(paths::CENTRES.into(), lines("centres", &centres)?);
    files.insert(
        paths::CATEGORIES.into(),
        lines("categories", &cat.categories)?,
    );
    let entries: BTreeMap<String, FileEntry> = files
        .iter()
        .map(|(path, bytes)| {
            (
                path.clone(),
                FileEntry {
                    sha256: hex(&Sha256::digest(bytes)),
                    bytes: bytes.len() as u64,
                },
            )
        })
        .collect();
    let mut version = Sha256::new();
    for (path, e) in &entries {
        version.update(path.as_bytes());
        version.update(e.sha256.as_bytes());
    }
    let data_date = services
        .iter()
        .map(|s| s.verified.date.clone())
        .max()
        .unwrap_or_default();
    let counts = Counts {
        services: published.len(),
        authorities: cat.authorities.len(),
        centres: cat.centres.len(),
    };
    let packs = if preview {
        None
    } else {
        let records = |kind: PackKind| -> u64 {
            match kind {
                PackKind::Listing => services.len() as u64,
                PackKind::Authorities => cat.authorities.len() as u64,
                PackKind::Centres => centre_count,
                PackKind::Categories => cat.categories.len() as u64,
                PackKind::Governorates => cat.governorates.len() as u64,
                PackKind::Services(_) => 0,
            }
        };
        // A document's pack is the document itself, byte for byte.
        let documents = PackKind::DOCUMENTS
            .iter()
            .map(|(kind, path)| (*kind, files[*path].clone(), records(*kind)))
            .collect();
        Some(packs::build(
            documents,
            &services,
            data_date.clone(),
            counts.clone(),
        )?)
    };
    // One version for both manifests of the public tree: the packs' (they
    // hold everything the files do).
    let version = match &packs {
        Some(p) => p.manifest.version.clone(),
        None => hex(&version.finalize())[..16].to_string(),
    };
    let manifest = Manifest {
        schema: SCHEMA_VERSION,
        version,
        data_date,
        preview,
        counts,
        files: entries,
    };
    Ok(Built {
        files,
        manifest,
        packs,
    })
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes both trees under `out/api/v1`. The caller audits first.
///
/// The old tree is replaced as a whole: both trees are written to a work
/// folder next to `out` (outside what is served), then swapped in at once
/// (see [`swap`]), so a reader never meets a missing tree or half of each.
/// Anything failing before the swap leaves the served tree untouched. One
/// publish at a time per `out`.
pub fn publish(cat: &Catalogue, out: &Path) -> io::Result<Published> {
    publish_with(cat, out, None)
}

/// [`publish`], with the audit report written into the preview tree only
/// (`preview/audit.json`, and its parts under `preview/audit/`). The report
/// is not listed in the preview
/// manifest: it is for the audit pages, which read it fresh, not part of
/// the catalogue a device keeps for offline use.
pub fn publish_with_audit(
    cat: &Catalogue,
    out: &Path,
    report: &dalil_model::audit::AuditReport,
) -> io::Result<Published> {
    publish_with(cat, out, Some(report))
}

fn publish_with(
    cat: &Catalogue,
    out: &Path,
    report: Option<&dalil_model::audit::AuditReport>,
) -> io::Result<Published> {
    refuse_unaudited(cat)?;
    let public = tree(cat, &[Status::Published], false)?;
    let preview = tree(
        cat,
        &[Status::Published, Status::UnderAudit, Status::Draft],
        true,
    )?;
    std::fs::create_dir_all(out)?;
    let root = out.join(API_ROOT);
    let work = work_dir(out)?;
    let staged = work.join("v1");
    let written = write_tree(&staged, &root, &public)
        .and_then(|()| write_tree(&staged.join(paths::PREVIEW_DIR), &root, &preview))
        .and_then(|()| match report {
            Some(report) => write_report(&staged.join(paths::PREVIEW_DIR), report),
            None => Ok(()),
        })
        .and_then(|()| {
            if let Some(parent) = root.parent() {
                std::fs::create_dir_all(parent)?;
            }
            swap::replace_dir(&staged, &root, &work.join("old"))
        });
    // The work folder is empty after a swap, and half-written after a failure.
    let _ = std::fs::remove_dir_all(&work);
    written?;
    let packs = public
        .packs
        .map(|p| p.manifest)
        .ok_or_else(|| io::Error::other("the public tree has no packs"))?;
    Ok(Published {
        public: public.manifest,
        packs,
        preview: preview.manifest,
        root,
    })
}

/// The pack manifest `publish` would write for `cat`'s public tree,
/// without writing anything (the brotli copies, the slow part, are not
/// made): for figures and tests at 10,000 services.
pub fn pack_manifest(cat: &Catalogue) -> io::Result<PackManifest> {
    refuse_unaudited(cat)?;
    tree(cat, &[Status::Published], false)?
        .packs
        .map(|p| p.manifest)
        .ok_or_else(|| io::Error::other("the public tree has no packs"))
}

/// Ids become file names and the data date goes into every device's
/// pointer line: an unaudited `../x` or a malformed date must never be
/// written.
fn refuse_unaudited(cat: &Catalogue) -> io::Result<()> {
    let refuse = |what: String| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{what}; audit the catalogue first"),
        )
    };
    if let Some(s) = cat.services.iter().find(|s| !valid_id(&s.id)) {
        return Err(refuse(format!("service id `{}` is not a valid id", s.id)));
    }
    if let Some(s) = cat
        .services
        .iter()
        .find(|s| !valid_iso_date(&s.verified.date))
    {
        return Err(refuse(format!(
            "service `{}` has verified.date `{}`, which is not a YYYY-MM-DD date",
            s.id, s.verified.date
        )));
    }
    Ok(())
}

/// A fresh work folder on the same file system as `out`, so that the swap
/// is a rename: `.NAME.publishing` next to `out` when its parent is on the
/// same file system and writable, else `out/.publishing` (inside the
/// served folder but outside `api/`). A leftover of an interrupted publish
/// is removed; anything else in the way (a file, a link) is refused.
fn work_dir(out: &Path) -> io::Result<PathBuf> {
    let out = out.canonicalize()?;
    let inside = out.join(".publishing");
    let sibling = match (out.parent(), out.file_name()) {
        (Some(parent), Some(name)) if same_file_system(parent, &out) => {
            Some(parent.join(format!(".{}.publishing", name.to_string_lossy())))
        }
        _ => None,
    };
    if let Some(sibling) = sibling {
        clear(&sibling)?;
        if std::fs::create_dir(&sibling).is_ok() {
            return Ok(sibling);
        }
    }
    clear(&inside)?;
    std::fs::create_dir(&inside)?;
    Ok(inside)
}

/// Removes a leftover work folder; refuses to remove anything else.
fn clear(work: &Path) -> io::Result<()> {
    match std::fs::symlink_metadata(work) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(work),
        Ok(_) => Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!(
                "{} is in the way of publishing and is not a folder; move it away",
                work.display()
            ),
        )),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn same_file_system(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev(),
        _ => false,
    }
}

/// Without device numbers, try the sibling; a rename across file systems
/// fails cleanly and leaves the served tree as it was.
#[cfg(not(unix))]
fn same_file_system(_: &Path, _: &Path) -> bool {
    true
}

/// The whole report, and its parts for the app's pages (a browser never
/// decodes the whole report of 10,000 services at once). A ministry whose
/// id is no valid file name (an unaudited catalogue) gets no part.
fn write_report(dir: &Path, report: &dalil_model::audit::AuditReport) -> io::Result<()> {
    use dalil_model::audit::parts::paths as audit_paths;
    std::fs::write(dir.join(paths::AUDIT), json(report)?)?;
    std::fs::create_dir_all(dir.join(audit_paths::ministry("x")).parent().unwrap_or(dir))?;
    std::fs::write(dir.join(audit_paths::SUMMARY), json(&report.summary())?)?;
    std::fs::write(
        dir.join(audit_paths::CONSISTENCY),
        json(&report.consistency_doc())?,
    )?;
    for doc in report.ministry_docs() {
        if valid_id(&doc.ministry.id) {
            std::fs::write(
                dir.join(audit_paths::ministry(&doc.ministry.id)),
                json(&doc)?,
            )?;
        }
    }
    Ok(())
}

/// Writes one tree into `dir`; `live` is the served tree, whose brotli
/// copies of unchanged packs are reused.
fn write_tree(dir: &Path, live: &Path, built: &Built) -> io::Result<()> {
    for (path, bytes) in &built.files {
        let full = dir.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(full, bytes)?;
    }
    std::fs::create_dir_all(dir)?;
    if let Some(packs) = &built.packs {
        packs::write(dir, live, packs)?;
    }
    std::fs::write(dir.join(paths::MANIFEST), json(&built.manifest)?)
}

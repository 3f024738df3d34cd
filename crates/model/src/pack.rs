//! Packs: the catalogue as a few content-addressed files, for devices.
//!
//! A device keeping the catalogue offline downloads `packs.json` (the pack
//! manifest, a few KB at 10,000 services) and the packs it lists, instead of
//! one file per service. A service goes to the pack [`shard_of`] its id, a
//! stable hash, so editing one service changes one pack. The listing,
//! authorities, centres, categories and governorates have a pack each,
//! whose bytes are exactly those of the document of the same name.
//!
//! Everything a device does with a pack goes through this module: the
//! manifest check, the hash (fed in slices, so a page can yield between
//! them), the shape check record by record, and the index from a service id
//! to its bytes inside its pack, so reading one service never decodes the
//! whole pack.

use crate::api::{decode, paths, ApiError, Counts, Versioned, MAX_DOCUMENT_BYTES, SCHEMA_VERSION};
use crate::update::MAX_CATALOGUE_BYTES;
use crate::{shape, Authority, Category, Centre, Governorate, Service, ServiceSummary};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::ops::Range;

/// About this many services per pack: ~1.4 MB raw, a few hundred KB on the
/// wire, quick to hash and check in slices.
pub const SERVICES_PER_PACK: usize = 320;

/// At most this many service packs: with the five others and the manifest,
/// a whole copy stays under 40 requests.
pub const MAX_SERVICE_PACKS: u32 = 32;

/// A pack manifest is a few KB; anything beyond this is not one.
pub const MAX_PACK_MANIFEST_BYTES: usize = 1024 * 1024;

/// The folder of the packs below the API root.
pub const PACKS_DIR: &str = "packs";

/// How many service packs a tree of `services` services has: a power of
/// two, so that the count (and with it every service's pack) changes only
/// when the catalogue doubles or halves.
pub fn service_packs_for(services: usize) -> u32 {
    let wanted = services.div_ceil(SERVICES_PER_PACK).max(1);
    let wanted = u32::try_from(wanted).unwrap_or(u32::MAX);
    wanted
        .checked_next_power_of_two()
        .unwrap_or(MAX_SERVICE_PACKS)
        .min(MAX_SERVICE_PACKS)
}

/// The service pack of `id` among `packs`: FNV-1a (64 bit) of the id's
/// bytes. Stable across builds, platforms and releases: it is part of the
/// API contract (docs/api.md).
pub fn shard_of(id: &str, packs: u32) -> u32 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash % u64::from(packs.max(1))) as u32
}

/// What a pack holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PackKind {
    Listing,
    Authorities,
    Centres,
    Categories,
    Governorates,
    /// The full records of the services whose [`shard_of`] is this.
    Services(u32),
}

impl PackKind {
    /// The documents that have a pack of their own, with the document path.
    pub const DOCUMENTS: [(PackKind, &'static str); 5] = [
        (PackKind::Listing, paths::SERVICES),
        (PackKind::Authorities, paths::AUTHORITIES),
        (PackKind::Centres, paths::CENTRES),
        (PackKind::Categories, paths::CATEGORIES),
        (PackKind::Governorates, paths::GOVERNORATES),
    ];

    /// The name in the manifest and in the file name: `listing`, `services-3`.
    pub fn name(self) -> String {
        match self {
            PackKind::Listing => "listing".into(),
            PackKind::Authorities => "authorities".into(),
            PackKind::Centres => "centres".into(),
            PackKind::Categories => "categories".into(),
            PackKind::Governorates => "governorates".into(),
            PackKind::Services(n) => format!("services-{n}"),
        }
    }

    pub fn parse(name: &str) -> Option<PackKind> {
        Some(match name {
            "listing" => PackKind::Listing,
            "authorities" => PackKind::Authorities,
            "centres" => PackKind::Centres,
            "categories" => PackKind::Categories,
            "governorates" => PackKind::Governorates,
            other => {
                let n = other.strip_prefix("services-")?;
                // `services-03` or `services-+3` would be a second name for one pack.
                if n.is_empty() || (n.len() > 1 && n.starts_with('0')) {
                    return None;
                }
                if !n.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                PackKind::Services(n.parse().ok()?)
            }
        })
    }

    /// The pack holding the document at `path`, if it has one.
    pub fn of_document(path: &str) -> Option<PackKind> {
        PackKind::DOCUMENTS
            .iter()
            .find(|(_, p)| *p == path)
            .map(|(k, _)| *k)
    }

    /// The field of the pack's JSON object that holds its records.
    pub fn records_field(self) -> &'static str {
        match self {
            PackKind::Listing | PackKind::Services(_) => "services",
            PackKind::Authorities => "authorities",
            PackKind::Centres => "centres",
            PackKind::Categories => "categories",
            PackKind::Governorates => "governorates",
        }
    }
}

/// One line of the pack manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackEntry {
    /// `listing`, `authorities`, `centres`, `categories`, `governorates`,
    /// or `services-<n>` ([`PackKind::name`]).
    pub name: String,
    /// Lowercase hex SHA-256 of the pack's bytes, also in its file name.
    pub sha256: String,
    /// The pack's size, uncompressed.
    pub bytes: u64,
    /// The size of the `.gz` beside it: the most the pack costs on the wire.
    pub gzip_bytes: u64,
    /// How many records it holds.
    pub records: u64,
}

impl PackEntry {
    /// The pack's path below the API root: `packs/<name>-<sha256>.json`.
    pub fn path(&self) -> String {
        format!("{PACKS_DIR}/{}-{}.json", self.name, self.sha256)
    }

    /// `None` for a name this client does not know (a newer publisher's).
    pub fn kind(&self) -> Option<PackKind> {
        PackKind::parse(&self.name)
    }
}

/// `packs.json`: what version the catalogue is, and its packs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackManifest {
    pub schema: u32,
    /// The catalogue version, the same as `manifest.json`'s.
    pub version: String,
    /// ISO date of the newest verification ("data as of").
    pub data_date: String,
    #[serde(default)]
    pub preview: bool,
    pub counts: Counts,
    /// How many service packs there are: service `id` is in pack
    /// `services-<shard_of(id, service_packs)>`.
    pub service_packs: u32,
    pub packs: Vec<PackEntry>,
}

impl Versioned for PackManifest {
    fn schema(&self) -> u32 {
        self.schema
    }
}

impl PackManifest {
    pub fn pack(&self, kind: PackKind) -> Option<&PackEntry> {
        let name = kind.name();
        self.packs.iter().find(|p| p.name == name)
    }

    /// The pack holding service `id`.
    pub fn service_pack(&self, id: &str) -> Option<&PackEntry> {
        self.pack(PackKind::Services(shard_of(id, self.service_packs)))
    }

    /// What a device keeps: every pack, uncompressed. Saturates rather than
    /// wraps, so a hostile manifest cannot add up to a small number.
    pub fn bytes_to_keep(&self) -> u64 {
        self.packs
            .iter()
            .fold(0u64, |sum, p| sum.saturating_add(p.bytes))
    }

    /// What the whole copy costs on the wire at most (gzip sizes).
    pub fn wire_bytes(&self) -> u64 {
        self.packs
            .iter()
            .fold(0u64, |sum, p| sum.saturating_add(p.gzip_bytes))
    }
}

/// A service pack: the full records of its services, by id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServicePack {
    pub schema: u32,
    pub services: Vec<Service>,
}

impl Versioned for ServicePack {
    fn schema(&self) -> u32 {
        self.schema
    }
}

fn lowercase_hex_sha256(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Reads a pack manifest answer: size, JSON, schema, a version and date of
/// their shape, pack names and hashes that make safe file names, exactly
/// one pack of each document and of each service shard, sizes a device can
/// keep (compared as `u64`: on wasm32 a `usize` would wrap).
pub fn manifest(body: &[u8]) -> Result<PackManifest, ApiError> {
    if body.len() > MAX_PACK_MANIFEST_BYTES {
        return Err(ApiError::TooLarge(body.len()));
    }
    let text = std::str::from_utf8(body).map_err(|e| ApiError::Malformed(e.to_string()))?;
    let m: PackManifest = decode(text)?;
    let malformed = |why: String| Err(ApiError::Malformed(why));
    if !shape::valid_version(&m.version) {
        return malformed(format!(
            "the pack manifest version {:?} is not of its shape",
            m.version
        ));
    }
    if !m.data_date.is_empty() && !shape::valid_iso_date(&m.data_date) {
        return malformed(format!(
            "the pack manifest data_date {:?} is not a date",
            m.data_date
        ));
    }
    if m.service_packs == 0 || m.service_packs > MAX_SERVICE_PACKS {
        return malformed(format!("{} service packs", m.service_packs));
    }
    let mut seen = std::collections::BTreeSet::new();
    for p in &m.packs {
        let Some(kind) = p.kind() else {
            return malformed(format!("unknown pack `{}`", p.name));
        };
        if matches!(kind, PackKind::Services(n) if n >= m.service_packs) {
            return malformed(format!("pack `{}` is beyond the service packs", p.name));
        }
        if !seen.insert(kind) {
            return malformed(format!("pack `{}` is listed twice", p.name));
        }
        if !lowercase_hex_sha256(&p.sha256) {
            return malformed(format!("pack `{}` has no SHA-256", p.name));
        }
        if p.bytes > MAX_DOCUMENT_BYTES as u64 {
            return Err(ApiError::TooLarge(
                usize::try_from(p.bytes).unwrap_or(usize::MAX),
            ));
        }
    }
    let documents = PackKind::DOCUMENTS.iter().map(|(k, _)| *k);
    let shards = (0..m.service_packs).map(PackKind::Services);
    if let Some(missing) = documents.chain(shards).find(|k| !seen.contains(k)) {
        return malformed(format!(
            "the pack manifest has no pack `{}`",
            missing.name()
        ));
    }
    let total = m.bytes_to_keep();
    if total > MAX_CATALOGUE_BYTES {
        return Err(ApiError::CatalogueTooLarge(total));
    }
    Ok(m)
}

/// The SHA-256 of a pack, fed a slice at a time so that a page can yield
/// to the event loop between slices. Refuses a body longer than promised
/// as soon as it passes the promised size.
pub struct PackHasher {
    hasher: Sha256,
    seen: u64,
    bytes: u64,
}

impl PackHasher {
    pub fn new(entry: &PackEntry) -> PackHasher {
        PackHasher {
            hasher: Sha256::new(),
            seen: 0,
            bytes: entry.bytes,
        }
    }

    pub fn feed(&mut self, slice: &[u8]) -> Result<(), ApiError> {
        self.seen = self.seen.saturating_add(slice.len() as u64);
        if self.seen > self.bytes {
            return Err(ApiError::TooLarge(
                usize::try_from(self.seen).unwrap_or(usize::MAX),
            ));
        }
        self.hasher.update(slice);
        Ok(())
    }

    /// Whether everything fed is the pack `entry` describes.
    pub fn finish(self, entry: &PackEntry) -> Result<(), ApiError> {
        let digest = self
            .hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>();
        if self.seen != entry.bytes || digest != entry.sha256 {
            return Err(ApiError::HashMismatch(entry.path()));
        }
        Ok(())
    }
}

/// Writes a document with one record per line, the layout of every pack
/// (and of the documents that have one, which are their packs' bytes):
///
/// ```text
/// {"schema":1,"services":[
/// {...},
/// {...}
/// ]}
/// ```
///
/// JSON as any other, and a device can find each record without parsing
/// the rest: serde_json escapes every newline inside a string, so a raw
/// newline only ever ends a record.
pub fn lines<T: Serialize>(field: &str, records: &[T]) -> serde_json::Result<Vec<u8>> {
    let mut out = head(field).into_bytes();
    for (n, r) in records.iter().enumerate() {
        if n > 0 {
            out.extend_from_slice(b",\n");
        }
        serde_json::to_writer(&mut out, r)?;
    }
    if !records.is_empty() {
        out.push(b'\n');
    }
    out.extend_from_slice(TAIL);
    Ok(out)
}

fn head(field: &str) -> String {
    format!("{{\"schema\":{SCHEMA_VERSION},\"{field}\":[\n")
}

const TAIL: &[u8] = b"]}";

/// The records of a pack (of the [`lines`] layout), found and decoded one
/// at a time by [`PackRecords::step`], so a page checks a pack in slices:
/// nothing parses the whole pack at once.
pub struct PackRecords<'a> {
    kind: PackKind,
    name: &'a str,
    body: &'a [u8],
    pos: usize,
    end: usize,
    seen: u64,
    expected: u64,
    service_packs: u32,
    index: PackIndex,
}

impl<'a> PackRecords<'a> {
    /// Checks a pack's envelope (already checked by [`PackHasher`]): its
    /// schema and its layout. No record is decoded yet.
    pub fn split(
        manifest: &PackManifest,
        entry: &'a PackEntry,
        body: &'a [u8],
    ) -> Result<PackRecords<'a>, ApiError> {
        let kind = entry
            .kind()
            .ok_or_else(|| ApiError::Malformed(format!("unknown pack `{}`", entry.name)))?;
        let head = head(kind.records_field());
        if !body.starts_with(head.as_bytes()) {
            // Another schema is reported as such, not as a layout error.
            let schema = body
                .strip_prefix(b"{\"schema\":")
                .map(|rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
                .and_then(|digits| {
                    std::str::from_utf8(&body[10..10 + digits])
                        .ok()?
                        .parse()
                        .ok()
                });
            return Err(match schema {
                Some(v) if v != SCHEMA_VERSION => ApiError::UnknownSchema(v),
                _ => ApiError::Malformed(format!(
                    "pack `{}` does not start with {head:?}",
                    entry.name
                )),
            });
        }
        if !body.ends_with(TAIL) || body.len() < head.len() + TAIL.len() {
            return Err(ApiError::Malformed(format!(
                "pack `{}` is cut short",
                entry.name
            )));
        }
        let end = body.len() - TAIL.len();
        if end > head.len() && body[end - 1] != b'\n' {
            return Err(ApiError::Malformed(format!(
                "pack `{}` is cut short",
                entry.name
            )));
        }
        Ok(PackRecords {
            kind,
            name: &entry.name,
            body,
            pos: head.len(),
            end,
            seen: 0,
            expected: entry.records,
            service_packs: manifest.service_packs,
            index: PackIndex::default(),
        })
    }

    /// Finds and decodes the next record as what the pack's kind says it
    /// is. `false` once every record passed and their count is the
    /// manifest's.
    pub fn step(&mut self) -> Result<bool, ApiError> {
        if self.pos >= self.end {
            if self.seen != self.expected {
                return Err(ApiError::Malformed(format!(
                    "pack `{}` holds {} records, the manifest says {}",
                    self.name, self.seen, self.expected
                )));
            }
            return Ok(false);
        }
        let rest = &self.body[self.pos..self.end];
        // `split` made sure the records end with a newline.
        let line_end = self.pos + rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let last = line_end + 1 >= self.end;
        let mut record_end = line_end;
        if !last {
            if self.body[line_end - 1] != b',' || line_end == self.pos {
                return Err(ApiError::Malformed(format!(
                    "pack `{}`: a record line does not end with `,`",
                    self.name
                )));
            }
            record_end -= 1;
        }
        let start = self.pos;
        let json = std::str::from_utf8(&self.body[start..record_end])
            .map_err(|e| ApiError::Malformed(e.to_string()))?;
        self.pos = line_end + 1;
        self.seen += 1;
        if self.seen > self.expected {
            return Err(ApiError::Malformed(format!(
                "pack `{}` holds more records than the manifest says",
                self.name
            )));
        }
        match self.kind {
            PackKind::Listing => shape_of::<ServiceSummary>(json)?,
            PackKind::Authorities => shape_of::<Authority>(json)?,
            PackKind::Centres => shape_of::<Centre>(json)?,
            PackKind::Categories => shape_of::<Category>(json)?,
            PackKind::Governorates => shape_of::<Governorate>(json)?,
            PackKind::Services(shard) => {
                let service: Service = record(json)?;
                if !shape::valid_id(&service.id)
                    || shard_of(&service.id, self.service_packs) != shard
                {
                    return Err(ApiError::Malformed(format!(
                        "service `{}` is not in its pack",
                        service.id
                    )));
                }
                self.index.lines.push((service.id, start..record_end));
            }
        }
        Ok(true)
    }

    /// Where each service of a checked service pack is, by id (empty for
    /// the other packs).
    pub fn into_index(self) -> PackIndex {
        self.index
    }
}

fn record<T: DeserializeOwned>(json: &str) -> Result<T, ApiError> {
    serde_json::from_str(json).map_err(|e| ApiError::Malformed(e.to_string()))
}

fn shape_of<T: DeserializeOwned>(json: &str) -> Result<(), ApiError> {
    record::<T>(json).map(drop)
}

/// Checks a whole pack at once: size, hash and every record. For tools and
/// tests; a page uses [`PackHasher`] and [`PackRecords`] in slices.
pub fn check(
    manifest: &PackManifest,
    entry: &PackEntry,
    body: &[u8],
) -> Result<PackIndex, ApiError> {
    let mut hasher = PackHasher::new(entry);
    hasher.feed(body)?;
    hasher.finish(entry)?;
    let mut records = PackRecords::split(manifest, entry, body)?;
    while records.step()? {}
    Ok(records.into_index())
}

/// The byte range of each service inside its pack: the device's own note,
/// written when the pack was checked, read to find one service without
/// decoding the rest. One line per service: `id<TAB>start<TAB>end`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackIndex {
    lines: Vec<(String, Range<usize>)>,
}

impl PackIndex {
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (id, r) in &self.lines {
            out.push_str(&format!("{id}\t{}\t{}\n", r.start, r.end));
        }
        out
    }

    /// The range of service `id` in an encoded index; `None` when absent or
    /// when the note is not of its shape.
    pub fn find(encoded: &str, id: &str) -> Option<Range<usize>> {
        encoded.lines().find_map(|line| {
            let mut parts = line.split('\t');
            if parts.next()? != id {
                return None;
            }
            let start: usize = parts.next()?.parse().ok()?;
            let end: usize = parts.next()?.parse().ok()?;
            (start < end && parts.next().is_none()).then_some(start..end)
        })
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// One service's record, cut from its pack by the index, as the text of
/// the document `services/<id>.json`: the caller decodes it like any
/// other document, with the one decoder.
pub fn service_doc_text(record: &str) -> String {
    format!("{{\"schema\":{SCHEMA_VERSION},\"service\":{record}}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, body: &[u8], records: u64) -> PackEntry {
        PackEntry {
            name: name.into(),
            sha256: crate::update::sha256_hex(body),
            bytes: body.len() as u64,
            gzip_bytes: 10,
            records,
        }
    }

    const LISTING: &[u8] = b"{\"schema\":1,\"services\":[]}";
    const EMPTY_PACK: &[u8] = b"{\"schema\":1,\"services\":[\n]}";

    fn sound() -> PackManifest {
        let mut packs: Vec<PackEntry> = PackKind::DOCUMENTS
            .iter()
            .map(|(k, _)| entry(&k.name(), LISTING, 0))
            .collect();
        packs.push(entry("services-0", EMPTY_PACK, 0));
        PackManifest {
            schema: 1,
            version: "abc".into(),
            data_date: "2026-03-12".into(),
            preview: false,
            counts: Counts::default(),
            service_packs: 1,
            packs,
        }
    }

    fn check_json(m: &PackManifest) -> Result<PackManifest, ApiError> {
        manifest(&serde_json::to_vec(m).unwrap())
    }

    #[test]
    fn a_sound_pack_manifest_passes_and_a_broken_one_does_not() {
        assert!(check_json(&sound()).is_ok());
        let broken: [fn(&mut PackManifest); 7] = [
            |m| m.packs.pop().map(drop).unwrap_or(()),
            |m| m.packs.push(m.packs[0].clone()),
            |m| m.packs[0].sha256 = "../../x".repeat(10)[..64].to_string(),
            |m| m.packs[0].sha256 = "A".repeat(64),
            |m| m.packs[0].name = "services-01".into(),
            |m| m.service_packs = 0,
            |m| m.version = "a b".into(),
        ];
        for (n, breaks) in broken.iter().enumerate() {
            let mut m = sound();
            breaks(&mut m);
            assert!(
                matches!(check_json(&m), Err(ApiError::Malformed(_))),
                "case {n}"
            );
        }
        let mut future = sound();
        future.schema = 2;
        assert_eq!(check_json(&future), Err(ApiError::UnknownSchema(2)));
        let mut huge = sound();
        huge.packs[5].bytes = (1 << 32) + 5;
        assert!(matches!(check_json(&huge), Err(ApiError::TooLarge(_))));
        assert!(matches!(
            manifest(&vec![b' '; MAX_PACK_MANIFEST_BYTES + 1]),
            Err(ApiError::TooLarge(_))
        ));
    }

    #[test]
    fn a_pack_is_checked_for_size_hash_and_shape() {
        let m = sound();
        let e = &m.packs[5];
        assert!(check(&m, e, EMPTY_PACK).is_ok());
        let truncated = &EMPTY_PACK[..10];
        assert_eq!(
            check(&m, e, truncated),
            Err(ApiError::HashMismatch(e.path()))
        );
        let mut longer = EMPTY_PACK.to_vec();
        longer.push(b' ');
        assert!(matches!(check(&m, e, &longer), Err(ApiError::TooLarge(_))));
        let mut corrupted = EMPTY_PACK.to_vec();
        corrupted[3] = b'X';
        assert_eq!(
            check(&m, e, &corrupted),
            Err(ApiError::HashMismatch(e.path()))
        );
        // The right hash of the wrong shape.
        let wrong = b"{\"schema\":1,\"services\":[\n{\"id\":3}\n]}";
        let e = entry("services-0", wrong, 1);
        assert!(matches!(check(&m, &e, wrong), Err(ApiError::Malformed(_))));
        let e = entry("services-0", EMPTY_PACK, 3);
        assert!(matches!(
            check(&m, &e, EMPTY_PACK),
            Err(ApiError::Malformed(_))
        ));
    }

    #[test]
    fn packs_have_one_record_per_line() {
        let m = sound();
        let governorates = vec![
            Governorate {
                id: "gov-a".into(),
                name: crate::Text::new("أ", "A\nwith a newline"),
            },
            Governorate {
                id: "gov-b".into(),
                name: crate::Text::new("ب", "B"),
            },
        ];
        let body = lines("governorates", &governorates).unwrap();
        let text = std::str::from_utf8(&body).unwrap();
        assert_eq!(text.lines().count(), 4, "{text}");
        let doc: crate::api::GovernoratesDoc = decode(text).unwrap();
        assert_eq!(doc.governorates, governorates);
        let e = entry("governorates", &body, 2);
        assert!(check(&m, &e, &body).unwrap().is_empty());
        assert!(check(&m, &entry("governorates", &body, 3), &body).is_err());
        // Valid JSON, but not the layout: refused.
        let compact = serde_json::to_vec(&doc).unwrap();
        let e = entry("governorates", &compact, 2);
        assert!(matches!(
            check(&m, &e, &compact),
            Err(ApiError::Malformed(_))
        ));
        let two_in_a_line = text.replacen(",\n", ",", 1);
        let e = entry("governorates", two_in_a_line.as_bytes(), 2);
        assert!(matches!(
            check(&m, &e, two_in_a_line.as_bytes()),
            Err(ApiError::Malformed(_))
        ));
        let future = text.replacen("\"schema\":1", "\"schema\":7", 1);
        let e = entry("governorates", future.as_bytes(), 2);
        assert_eq!(
            check(&m, &e, future.as_bytes()),
            Err(ApiError::UnknownSchema(7))
        );
        assert_eq!(
            lines::<Governorate>("x", &[]).unwrap(),
            b"{\"schema\":1,\"x\":[\n]}"
        );
    }

    #[test]
    fn the_index_finds_a_service_and_refuses_garbage() {
        let index = "a\t10\t20\nbc\t20\t35\n";
        assert_eq!(PackIndex::find(index, "bc"), Some(20..35));
        assert_eq!(PackIndex::find(index, "b"), None);
        assert_eq!(PackIndex::find("a\t5\t5\n", "a"), None);
        assert_eq!(PackIndex::find("a\tx\t5\n", "a"), None);
        assert_eq!(PackIndex::find("a\t1\t5\t9\n", "a"), None);
    }

    #[test]
    fn pack_names_have_one_spelling() {
        for kind in [PackKind::Listing, PackKind::Centres, PackKind::Services(17)] {
            assert_eq!(PackKind::parse(&kind.name()), Some(kind));
        }
        for bad in [
            "services-",
            "services-01",
            "services-+1",
            "services--1",
            "x",
        ] {
            assert_eq!(PackKind::parse(bad), None, "{bad}");
        }
        assert_eq!(PackKind::parse("services-0"), Some(PackKind::Services(0)));
    }
}

//! Pre-compressed copies: `file.br` (brotli 11) and `file.gz` (gzip 9) beside every text and
//! wasm file of the built site, which nginx sends as they are (`brotli_static`,
//! `gzip_static`), so no request pays for compression and every answer gets the best ratio.
//! Run last, after every step that writes files (`dalil-site compress DIST`).

use std::io::Write;
use std::path::{Path, PathBuf};

/// The kinds of file worth compressing (images other than SVG already are).
const EXTENSIONS: &[&str] = &[
    "html",
    "js",
    "mjs",
    "css",
    "wasm",
    "json",
    "svg",
    "txt",
    "xml",
    "webmanifest",
    "ftl",
];

/// Smaller files gain nothing (nginx's `gzip_min_length` is the same).
const MIN_BYTES: u64 = 256;

/// What one run did.
#[derive(Debug, Default, PartialEq)]
pub struct Compressed {
    pub files: usize,
    pub bytes: u64,
    pub brotli_bytes: u64,
    pub gzip_bytes: u64,
}

fn wanted(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e))
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            files_under(&path, out)?;
        } else if wanted(&path) && entry.metadata()?.len() >= MIN_BYTES {
            out.push(path);
        }
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Whether `copy` was made from the file as it is now (a later step may
/// have rewritten the file, as the build does with sw.js).
fn up_to_date(file: &Path, copy: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(file), modified(copy)), (Some(f), Some(c)) if c >= f)
}

pub fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 3);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(data).expect("writing to memory");
    }
    out
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    encoder.write_all(data).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

fn compress_one(file: &Path) -> Result<(u64, u64, u64), String> {
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    let br = with_suffix(file, ".br");
    let gz = with_suffix(file, ".gz");
    let data = std::fs::read(file).map_err(|e| io(file, e))?;
    if !up_to_date(file, &br) {
        std::fs::write(&br, brotli(&data)).map_err(|e| io(&br, e))?;
    }
    if !up_to_date(file, &gz) {
        std::fs::write(&gz, gzip(&data)).map_err(|e| io(&gz, e))?;
    }
    let len = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    Ok((data.len() as u64, len(&br), len(&gz)))
}

/// Writes the copies for every file under `dist` that lacks a current one, over the
/// machine's cores.
pub fn compress(dist: &Path) -> Result<Compressed, String> {
    let mut files = Vec::new();
    files_under(dist, &mut files).map_err(|e| format!("{}: {e}", dist.display()))?;
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = files.len().div_ceil(workers).max(1);
    let parts: Vec<Result<Compressed, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut done = Compressed::default();
                    for file in part {
                        let (raw, br, gz) = compress_one(file)?;
                        done.files += 1;
                        done.bytes += raw;
                        done.brotli_bytes += br;
                        done.gzip_bytes += gz;
                    }
                    Ok(done)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("compression failed".into()))
            })
            .collect()
    });
    let mut total = Compressed::default();
    for part in parts {
        let part = part?;
        total.files += part.files;
        total.bytes += part.bytes;
        total.brotli_bytes += part.brotli_bytes;
        total.gzip_bytes += part.gzip_bytes;
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn every_text_file_gets_both_copies_that_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let text = "دليل الخدمات ".repeat(200);
        std::fs::create_dir_all(dir.path().join("pages/ar")).unwrap();
        std::fs::write(dir.path().join("pages/ar/index.html"), &text).unwrap();
        std::fs::write(dir.path().join("small.js"), "x").unwrap();
        std::fs::write(dir.path().join("icon.png"), text.as_bytes()).unwrap();
        let done = compress(dir.path()).unwrap();
        assert_eq!(done.files, 1);
        let br = std::fs::read(dir.path().join("pages/ar/index.html.br")).unwrap();
        let mut back = String::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
        let gz = std::fs::read(dir.path().join("pages/ar/index.html.gz")).unwrap();
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
        assert!(!dir.path().join("small.js.br").exists());
        assert!(!dir.path().join("icon.png.br").exists());
        // A second run finds nothing stale and rewrites nothing.
        let before = std::fs::metadata(dir.path().join("pages/ar/index.html.br"))
            .unwrap()
            .modified()
            .unwrap();
        compress(dir.path()).unwrap();
        let after = std::fs::metadata(dir.path().join("pages/ar/index.html.br"))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(before, after);
    }
}

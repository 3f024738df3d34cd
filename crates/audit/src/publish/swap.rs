//! Putting a freshly written tree in the place of the served one, so that a
//! reader finds the old tree or the new one at every instant: never no tree
//! (a 404 window) and never half of each.
//!
//! On Linux the two folders are exchanged in one step with
//! `renameat2(RENAME_EXCHANGE)`. Elsewhere, or on a file system that does
//! not support the exchange, the old tree is renamed aside and the new one
//! renamed in: two renames, each atomic, so the tree is missing only for
//! the instant between them and is never a mix; a failure of the second
//! puts the old tree back.

use std::io;
use std::path::Path;

/// Replaces the folder `live` by `staged` (both on one file system), using
/// `aside` (a free path next to `staged`) for the fallback. On success
/// `staged` and `aside` are gone and the old tree is deleted. On failure
/// `live` is what it was.
pub fn replace_dir(staged: &Path, live: &Path, aside: &Path) -> io::Result<()> {
    if !live.exists() {
        return std::fs::rename(staged, live);
    }
    if exchange(staged, live)? {
        // `staged` now holds the old tree, outside the served one. The new
        // tree is live either way: a leftover is removed by the next publish.
        let _ = std::fs::remove_dir_all(staged);
        return Ok(());
    }
    std::fs::rename(live, aside)?;
    if let Err(e) = std::fs::rename(staged, live) {
        // Put the old tree back: a failed publish leaves what was served.
        std::fs::rename(aside, live)?;
        return Err(e);
    }
    let _ = std::fs::remove_dir_all(aside);
    Ok(())
}

/// Exchanges two existing paths atomically. `Ok(false)` when the kernel or
/// the file system cannot (then the caller falls back to two renames).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both pointers are valid NUL-terminated strings that outlive
    // the call; the syscall reads them and keeps nothing.
    let rc = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        return Ok(true);
    }
    let error = io::Error::last_os_error();
    match error.raw_os_error() {
        // No such syscall (old kernel, some sandboxes), or a file system
        // without exchange support.
        Some(libc::ENOSYS | libc::EINVAL | libc::EOPNOTSUPP) => Ok(false),
        _ => Err(error),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

//! Child processes (nginx, ChromeDriver) that cannot outlive the test binary.
//!
//! Each child gets its own process group, so stopping it also stops what it started (nginx
//! workers, Chromium). Each is spawned from one long-lived thread with a parent-death signal:
//! Linux sends that signal when the spawning *thread* ends, so a per-test thread would do, but
//! a server shared by a whole test binary must outlive the test that started it. The signal is
//! the safety net for a test binary that is killed; normal runs stop children explicitly.

use std::io;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command};
use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

type SpawnRequest = (Command, mpsc::Sender<io::Result<Child>>);

/// Spawns `command` in a new process group, tied to the life of the test binary.
pub fn spawn_tied(mut command: Command) -> io::Result<Child> {
    command.process_group(0);
    // SAFETY: the closure runs in the forked child before exec and only calls prctl(2),
    // getppid(2) and raise(3), which are async-signal-safe.
    unsafe {
        command.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
                return Err(io::Error::last_os_error());
            }
            // The spawner died between fork and prctl: the signal would never come.
            if libc::getppid() == 1 {
                libc::raise(libc::SIGTERM);
            }
            Ok(())
        });
    }
    let (reply_to, reply) = mpsc::channel();
    spawner()
        .lock()
        .map_err(|_| io::Error::other("the spawner thread's lock is poisoned"))?
        .send((command, reply_to))
        .map_err(|_| io::Error::other("the spawner thread is gone"))?;
    reply
        .recv()
        .map_err(|_| io::Error::other("the spawner thread did not answer"))?
}

/// Stops the child and its whole process group: SIGTERM, then SIGKILL after `grace`.
/// Reaps the child. Never panics (it runs in `Drop`).
pub fn stop_group(child: &mut Child, grace: Duration) {
    if let Ok(Some(_)) = child.try_wait() {
        // The leader is gone, but its group (workers, browser) may not be.
        signal_group(child.id(), libc::SIGKILL);
        return;
    }
    signal_group(child.id(), libc::SIGTERM);
    let deadline = Instant::now() + grace;
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // Whatever is left of the group (a worker that hung, a renderer) goes now.
    signal_group(child.id(), libc::SIGKILL);
    let _ = child.wait();
}

fn signal_group(leader_pid: u32, signal: libc::c_int) {
    if let Ok(pgid) = libc::pid_t::try_from(leader_pid) {
        // SAFETY: kill(2) with a negative pid signals that process group only: the group
        // this module created for the child (process_group(0) makes its pid the group id).
        unsafe {
            libc::kill(-pgid, signal);
        }
    }
}

fn spawner() -> &'static Mutex<mpsc::Sender<SpawnRequest>> {
    static SPAWNER: OnceLock<Mutex<mpsc::Sender<SpawnRequest>>> = OnceLock::new();
    SPAWNER.get_or_init(|| {
        let (send, requests) = mpsc::channel::<SpawnRequest>();
        std::thread::Builder::new()
            .name("dalil-e2e-spawner".into())
            .spawn(move || {
                // Lives as long as the sender in the static, that is, until the process exits.
                for (mut command, reply_to) in requests {
                    let _ = reply_to.send(command.spawn());
                }
            })
            .expect("start the spawner thread");
        Mutex::new(send)
    })
}

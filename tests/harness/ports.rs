//! Loopback ports: pick a free one, wait until *our own* server listens on it.
//!
//! A port picked free may be taken by another process before our server binds it. So
//! "something answers on the port" proves nothing: [`wait_until_listening`] waits until the
//! socket listening on the port is one of the open files of our server's process (Linux: the
//! socket's inode in `/proc/net/tcp{,6}` among the links of `/proc/<pid>/fd`). A server may
//! listen on `127.0.0.1` (nginx) or on every address (ChromeDriver with `--allowed-ips`).

use std::net::{Ipv4Addr, TcpListener};
use std::time::{Duration, Instant};

/// A port that was free a moment ago. Another process may take it before the server binds it,
/// so callers retry when their server does not come up on it.
pub fn free_loopback_port() -> std::io::Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
    Ok(listener.local_addr()?.port())
}

/// Polls until the process `pid` listens on `port`, or `still_alive` says it died,
/// or `timeout` passes. Returns whether it listens. Another process listening on the port
/// does not count: the caller's server then fails to bind and dies, and the caller retries.
pub fn wait_until_listening(
    port: u16,
    pid: u32,
    timeout: Duration,
    mut still_alive: impl FnMut() -> bool,
) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if listening_inodes(port)
            .into_iter()
            .any(|inode| holds_socket(pid, inode))
        {
            return true;
        }
        if !still_alive() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// The inodes of the sockets listening on `port` (any address), from `/proc/net/tcp{,6}`.
fn listening_inodes(port: u16) -> Vec<u64> {
    ["/proc/net/tcp", "/proc/net/tcp6"]
        .iter()
        .filter_map(|table| std::fs::read_to_string(table).ok())
        .flat_map(|table| listening_inodes_in(&table, port))
        .collect()
}

/// `/proc/net/tcp` lines: `sl local_address rem_address st ... uid timeout inode ...`, the
/// address as hex `ADDRESS:PORT` and `st` `0A` for LISTEN.
fn listening_inodes_in(table: &str, port: u16) -> Vec<u64> {
    let port = format!(":{port:04X}");
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let listens = fields.get(1).is_some_and(|local| local.ends_with(&port))
                && fields.get(3) == Some(&"0A");
            listens.then(|| fields.get(9)?.parse().ok()).flatten()
        })
        .collect()
}

/// Whether process `pid` has the socket `inode` open.
fn holds_socket(pid: u32, inode: u64) -> bool {
    let wanted = format!("socket:[{inode}]");
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return false;
    };
    fds.flatten().any(|fd| {
        std::fs::read_link(fd.path()).is_ok_and(|target| target.as_os_str() == wanted.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_listening_socket_of_the_port_only() {
        let table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0
   1: 0100007F:1F91 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        0 4343 1 0000000000000000 20 4 30 10 -1
";
        assert_eq!(listening_inodes_in(table, 8080), [4242]);
        assert!(
            listening_inodes_in(table, 8081).is_empty(),
            "an established socket does not listen"
        );
        assert!(listening_inodes_in(table, 80).is_empty());
    }

    #[test]
    fn a_listener_of_this_process_is_ours_and_not_another_pids() {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let ours = std::process::id();
        assert!(wait_until_listening(
            port,
            ours,
            Duration::from_secs(2),
            || true
        ));
        // PID 1 is never this test: the port is taken, but not by it.
        assert!(!wait_until_listening(
            port,
            1,
            Duration::from_millis(100),
            || true
        ));
    }
}

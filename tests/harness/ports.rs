//! Loopback ports: pick a free one, wait until a server listens on it.

use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

/// A port that was free a moment ago. Another process may take it before the server binds it,
/// so callers retry on "address in use".
pub fn free_loopback_port() -> std::io::Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
    Ok(listener.local_addr()?.port())
}

/// Polls until something accepts connections on `127.0.0.1:port`, or `still_alive` says the
/// server died, or `timeout` passes. Returns whether it listens.
pub fn wait_until_listening(
    port: u16,
    timeout: Duration,
    mut still_alive: impl FnMut() -> bool,
) -> bool {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return true;
        }
        if !still_alive() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

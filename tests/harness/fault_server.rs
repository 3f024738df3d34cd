//! A small HTTP server for the answers nginx will not give on demand: a 500, a hang, a
//! truncated or absurdly large body. It serves a folder like the production site (files, the
//! single-page fallback, JSON 404s under `/api/`), and any path can be told to answer badly.
//! The served folder can be swapped while pages are open: a new release, a new catalogue.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

/// How one path answers instead of its file.
#[derive(Clone, Debug)]
pub enum Answer {
    /// An empty answer with this HTTP status.
    Status(u16),
    /// Accepts the request and never answers (until the server stops, or a minute passes).
    Hang,
    /// This body, as `application/json`.
    Body(Vec<u8>),
    /// This many bytes of JSON-looking filler, sent without a length, as fast as the client reads.
    Huge(usize),
}

struct State {
    root: PathBuf,
    answers: HashMap<String, Answer>,
}

pub struct FaultServer {
    port: u16,
    state: Arc<Mutex<State>>,
    stopping: Arc<AtomicBool>,
}

impl FaultServer {
    /// Serves `root` on a free loopback port until dropped.
    pub fn serve(root: &Path) -> Result<FaultServer> {
        let listener = TcpListener::bind("127.0.0.1:0").context("binding a loopback port")?;
        let port = listener.local_addr()?.port();
        let state = Arc::new(Mutex::new(State {
            root: root.to_path_buf(),
            answers: HashMap::new(),
        }));
        let stopping = Arc::new(AtomicBool::new(false));
        let (accept_state, accept_stopping) = (state.clone(), stopping.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if accept_stopping.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (state, stopping) = (accept_state.clone(), accept_stopping.clone());
                std::thread::spawn(move || {
                    let _ = handle(stream, &state, &stopping);
                });
            }
        });
        Ok(FaultServer {
            port,
            state,
            stopping,
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Serves another folder from now on (a new release or catalogue).
    pub fn set_root(&self, root: &Path) {
        self.state.lock().unwrap().root = root.to_path_buf();
    }

    /// Makes `path` (e.g. `/api/v1/manifest.json`) answer `answer`.
    pub fn answer(&self, path: &str, answer: Answer) {
        self.state
            .lock()
            .unwrap()
            .answers
            .insert(path.to_string(), answer);
    }

    /// Every path answers with its file again.
    pub fn clear_answers(&self) {
        self.state.lock().unwrap().answers.clear();
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // Wakes the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn handle(mut stream: TcpStream, state: &Mutex<State>, stopping: &AtomicBool) -> Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let (answer, root) = {
        let state = state.lock().unwrap();
        (state.answers.get(&path).cloned(), state.root.clone())
    };
    match answer {
        Some(Answer::Status(code)) => respond(&mut stream, code, "application/json", b""),
        Some(Answer::Body(body)) => respond(&mut stream, 200, "application/json", &body),
        Some(Answer::Hang) => {
            let until = Instant::now() + Duration::from_secs(60);
            while Instant::now() < until && !stopping.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(100));
            }
            Ok(())
        }
        Some(Answer::Huge(bytes)) => {
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n"
            )?;
            let chunk = [b' '; 64 * 1024];
            let mut sent = 0;
            stream.write_all(b"{\"schema\":1,\"x\":\"")?;
            while sent < bytes {
                // The client hangs up once it has seen enough: that is the point.
                if stream.write_all(&chunk).is_err() {
                    return Ok(());
                }
                sent += chunk.len();
            }
            Ok(())
        }
        None => serve_file(&mut stream, &root, &path),
    }
}

/// The production site's rules (deploy/nginx.conf), for what the tests need.
fn serve_file(stream: &mut TcpStream, root: &Path, path: &str) -> Result<()> {
    let relative = path.trim_start_matches('/');
    let safe = !relative.split('/').any(|p| p == "..");
    let file = root.join(relative);
    if safe && file.is_file() {
        let body = std::fs::read(&file)?;
        return respond(stream, 200, content_type(&file), &body);
    }
    if path.starts_with("/api/") {
        return respond(
            stream,
            404,
            "application/json",
            b"{\"error\":\"not_found\"}\n",
        );
    }
    let is_asset = Path::new(relative).extension().is_some();
    if is_asset {
        return respond(stream, 404, "text/plain", b"not found\n");
    }
    let index = std::fs::read(root.join("index.html"))?;
    respond(stream, 200, "text/html; charset=utf-8", &index)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "application/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

fn respond(stream: &mut TcpStream, status: u16, content_type: &str, body: &[u8]) -> Result<()> {
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Status",
    };
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(body)?;
    stream.flush()?;
    Ok(())
}

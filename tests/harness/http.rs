//! A tiny blocking HTTP/1.1 client for loopback servers: enough to check what nginx answers
//! (status, headers, raw body, gzip untouched) and to talk to ChromeDriver outside the
//! async WebDriver client. No redirects, no TLS, no decompression: tests see the wire.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use anyhow::{bail, Context, Result};

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    /// In the order received; names as sent.
    pub headers: Vec<(String, String)>,
    /// The body as sent (still gzip-compressed if the server compressed it), de-chunked.
    pub body: Vec<u8>,
}

impl Response {
    /// The first header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as UTF-8 (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// `GET url` with extra request headers, e.g. `[("Accept-Encoding", "gzip")]`.
pub fn get(url: &str, headers: &[(&str, &str)]) -> Result<Response> {
    request("GET", url, headers, None)
}

/// `GET url` of a JSON document (uncompressed), failing unless the answer is a 200 with JSON.
pub fn get_json(url: &str) -> Result<serde_json::Value> {
    let response = get(url, &[])?;
    if response.status != 200 {
        bail!(
            "GET {url} answered {}: {}",
            response.status,
            response.text()
        );
    }
    serde_json::from_slice(&response.body).with_context(|| format!("GET {url} is not JSON"))
}

/// Any method; `body` is sent as JSON when given.
pub fn request(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    json_body: Option<&str>,
) -> Result<Response> {
    let (host_port, path) = split_url(url)?;
    let mut stream =
        TcpStream::connect(host_port).with_context(|| format!("connecting to {host_port}"))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;

    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: {host_port}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(body) = json_body {
        head.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if let Some(body) = json_body {
        stream.write_all(body.as_bytes())?;
    }

    // Read by the answer's framing: some servers (ChromeDriver) keep the connection open.
    let raw = read_answer(&mut stream)
        .with_context(|| format!("reading the answer to {method} {url}"))?;
    parse_response(&raw).with_context(|| format!("the answer to {method} {url}"))
}

/// Reads one whole answer: headers, then Content-Length bytes, chunks up to the last one,
/// or everything up to the end of the connection.
fn read_answer(stream: &mut TcpStream) -> Result<Vec<u8>> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    loop {
        if let Some(expected) = answer_complete(&raw)? {
            if expected {
                return Ok(raw);
            }
        }
        let n = stream.read(&mut buf)?;
        if n == 0 {
            return Ok(raw);
        }
        raw.extend_from_slice(&buf[..n]);
    }
}

/// Some(true) when `raw` holds a whole answer; Some(false) or None when more must be read.
fn answer_complete(raw: &[u8]) -> Result<Option<bool>> {
    let Some(end) = find(raw, b"\r\n\r\n") else {
        return Ok(None);
    };
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let body = &raw[end + 4..];
    let header = |name: &str| {
        head.split("\r\n")
            .filter_map(|l| l.split_once(':'))
            .find(|(n, _)| n.trim() == name)
            .map(|(_, v)| v.trim().to_string())
    };
    if header("transfer-encoding").is_some_and(|te| te == "chunked") {
        return Ok(Some(dechunk(body).is_ok()));
    }
    if let Some(len) = header("content-length") {
        let len: usize = len.parse().context("bad Content-Length")?;
        return Ok(Some(body.len() >= len));
    }
    // Answers that never have a body.
    let status = head.split(' ').nth(1).unwrap_or_default();
    Ok(Some(status == "204" || status == "304"))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `http://host:port/path?query` into (`host:port`, `/path?query`).
fn split_url(url: &str) -> Result<(&str, &str)> {
    let Some(rest) = url.strip_prefix("http://") else {
        bail!("only http:// URLs are supported: {url}");
    };
    Ok(match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    })
}

fn parse_response(raw: &[u8]) -> Result<Response> {
    let end = find(raw, b"\r\n\r\n").context("no end of headers")?;
    let head = std::str::from_utf8(&raw[..end]).context("headers are not UTF-8")?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .with_context(|| format!("bad status line {status_line:?}"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut response = Response {
        status,
        headers,
        body: Vec::new(),
    };
    let body = &raw[end + 4..];
    response.body = if response
        .header("Transfer-Encoding")
        .is_some_and(|te| te.eq_ignore_ascii_case("chunked"))
    {
        dechunk(body)?
    } else if let Some(len) = response
        .header("Content-Length")
        .and_then(|l| l.parse::<usize>().ok())
    {
        body[..len.min(body.len())].to_vec()
    } else {
        body.to_vec()
    };
    Ok(response)
}

fn dechunk(mut body: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = find(body, b"\r\n").context("chunk size line not ended")?;
        let size_text = std::str::from_utf8(&body[..line_end])?;
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .with_context(|| format!("bad chunk size {size_text:?}"))?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        if body.len() < size + 2 {
            bail!("chunk cut short");
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size + 2..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_chunked_answer() {
        let raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A: b\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        let r = parse_response(raw).unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.header("x-a"), Some("b"));
        assert_eq!(r.body, b"abcde");
    }

    #[test]
    fn parses_a_sized_answer() {
        let raw = b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}";
        let r = parse_response(raw).unwrap();
        assert_eq!((r.status, r.text().as_str()), (404, "{}"));
    }

    #[test]
    fn knows_when_an_answer_is_complete() {
        let sized = b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab";
        assert_eq!(answer_complete(sized).unwrap(), Some(false));
        assert_eq!(
            answer_complete(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nab").unwrap(),
            Some(true)
        );
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n";
        assert_eq!(answer_complete(chunked).unwrap(), Some(false));
        assert_eq!(
            answer_complete(b"HTTP/1.1 200 OK\r\nContent-").unwrap(),
            None
        );
    }

    #[test]
    fn splits_urls() {
        assert_eq!(
            split_url("http://127.0.0.1:9/a?b").unwrap(),
            ("127.0.0.1:9", "/a?b")
        );
        assert_eq!(split_url("http://h:1").unwrap(), ("h:1", "/"));
        assert!(split_url("https://h/").is_err());
    }
}

//! Turns the production `deploy/nginx.conf` into a config that runs unprivileged in a test.
//!
//! Only the lines that name machine locations change; headers, cache rules and locations stay
//! as production has them, so the tests check what ministries deploy. A directive that is
//! missing or doubled is an error: it means deploy/nginx.conf changed shape and this file
//! must follow.

use std::path::Path;

/// Where the test server lives.
pub struct TestLocations<'a> {
    /// Loopback port to listen on.
    pub port: u16,
    /// The folder to serve (production: /srv/dalil/dist).
    pub root: &'a Path,
    /// The header snippet to include (production: the build's, /srv/dalil/dist/headers.nginx.conf).
    pub headers: &'a Path,
    /// A writable folder for the pid file, logs and temp files.
    pub state_dir: &'a Path,
    /// Whether nginx runs as root (then workers stay root: the served folder and the state
    /// folder need not be readable by `nobody`).
    pub as_root: bool,
}

/// The build's header snippet, the one `include` this module replaces.
pub const HEADERS_SNIPPET: &str = "headers.nginx.conf";

/// The directives this module replaces, each expected exactly once in the production file.
const TEMP_PATHS: [&str; 5] = [
    "client_body_temp_path",
    "proxy_temp_path",
    "fastcgi_temp_path",
    "uwsgi_temp_path",
    "scgi_temp_path",
];

pub fn render_for_test(production: &str, at: &TestLocations) -> Result<String, String> {
    let state = at.state_dir.display();
    let mut replacements: Vec<(&str, Option<String>)> = vec![
        (
            "include",
            Some(format!("include \"{}\";", at.headers.display())),
        ),
        ("user", at.as_root.then(|| "user root;".to_string())),
        ("pid", Some(format!("pid {state}/nginx.pid;"))),
        (
            "error_log",
            Some(format!("error_log {state}/error.log warn;")),
        ),
        (
            "access_log",
            Some(format!("access_log {state}/access.log;")),
        ),
        ("listen", Some(format!("listen 127.0.0.1:{};", at.port))),
        ("root", Some(format!("root \"{}\";", at.root.display()))),
    ];
    for name in TEMP_PATHS {
        replacements.push((name, Some(format!("{name} {state}/{name};"))));
    }

    let mut seen = vec![0usize; replacements.len()];
    // Foreground, so the process we spawn is the master and stopping it stops the server.
    let mut out = String::from("daemon off;\n");
    for line in production.lines() {
        let directive = directive_name(line)
            // Of the includes, only the header snippet names a machine location.
            .filter(|name| *name != "include" || line.contains(HEADERS_SNIPPET));
        match replacements
            .iter()
            .position(|(name, _)| Some(*name) == directive)
        {
            Some(i) => {
                seen[i] += 1;
                if let Some(new) = &replacements[i].1 {
                    let indent = &line[..line.len() - line.trim_start().len()];
                    out.push_str(indent);
                    out.push_str(new);
                    out.push('\n');
                }
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }

    let wrong: Vec<String> = replacements
        .iter()
        .zip(&seen)
        .filter(|(_, &count)| count != 1)
        .map(|((name, _), count)| match *name {
            "include" => format!("`include ...{HEADERS_SNIPPET}` appears {count} times"),
            _ => format!("`{name}` appears {count} times"),
        })
        .collect();
    if wrong.is_empty() {
        Ok(out)
    } else {
        Err(format!(
            "deploy/nginx.conf: expected each of these directives once, on a line of its own: {}",
            wrong.join(", ")
        ))
    }
}

/// The directive a config line starts with, ignoring comments.
fn directive_name(line: &str) -> Option<&str> {
    let word = line.split_whitespace().next()?;
    (!word.starts_with('#')).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locations(as_root: bool) -> TestLocations<'static> {
        TestLocations {
            port: 4321,
            root: Path::new("/tmp/dist"),
            headers: Path::new("/tmp/dist/headers.nginx.conf"),
            state_dir: Path::new("/tmp/state"),
            as_root,
        }
    }

    #[test]
    fn production_file_renders() {
        let production = std::fs::read_to_string(crate::paths::nginx_conf()).unwrap();
        let test = render_for_test(&production, &locations(false)).unwrap();
        assert!(test.starts_with("daemon off;\n"));
        assert!(test.contains("listen 127.0.0.1:4321;"));
        assert!(test.contains("root \"/tmp/dist\";"));
        assert!(test.contains("pid /tmp/state/nginx.pid;"));
        assert!(test.contains("include \"/tmp/dist/headers.nginx.conf\";"));
        // Other includes stay as they are.
        assert!(test.contains("include /etc/nginx/mime.types;"));
        assert!(test.contains("proxy_temp_path /tmp/state/proxy_temp_path;"));
        let directives: Vec<&str> = test
            .lines()
            .filter(|l| directive_name(l).is_some())
            .collect();
        for line in directives {
            assert!(!line.contains("/srv/") && !line.contains("/var/"), "{line}");
        }
        assert!(!test.lines().any(|l| l.trim_start().starts_with("user ")));
        // What the tests are meant to exercise is untouched.
        for kept in [
            "try_files $dalil_pages$uri.html $uri $uri/ /index.html;",
            "immutable",
            "brotli_static on;",
            "gzip on;",
        ] {
            assert!(test.contains(kept), "{kept} was lost");
        }
    }

    #[test]
    fn root_keeps_workers_as_root() {
        let production = std::fs::read_to_string(crate::paths::nginx_conf()).unwrap();
        let test = render_for_test(&production, &locations(true)).unwrap();
        assert!(test.contains("\nuser root;\n"));
    }

    #[test]
    fn a_missing_or_doubled_directive_is_an_error() {
        let err = render_for_test(
            "listen 1;\nlisten 2;\ninclude mime.types;\n",
            &locations(false),
        )
        .unwrap_err();
        assert!(err.contains("`listen` appears 2 times"), "{err}");
        assert!(
            err.contains("`include ...headers.nginx.conf` appears 0 times"),
            "{err}"
        );
        assert!(err.contains("`root` appears 0 times"), "{err}");
    }

    #[test]
    fn comments_are_not_directives() {
        assert_eq!(directive_name("    # root /x;"), None);
        assert_eq!(directive_name("    root /x;"), Some("root"));
        assert_eq!(directive_name(""), None);
    }
}

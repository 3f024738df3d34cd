//! One ChromeDriver process on a free loopback port, stopped (with its browser) on drop.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::{http, paths, ports, process, timing};

pub struct ChromeDriver {
    port: u16,
    child: Child,
}

impl ChromeDriver {
    pub fn start() -> Result<ChromeDriver> {
        // The port was free a moment ago; another test may have taken it since.
        let mut last_error = None;
        for _ in 0..3 {
            match ChromeDriver::start_once() {
                Ok(driver) => return Ok(driver),
                Err(e) => last_error = Some(e),
            }
        }
        Err(last_error.expect("three tries"))
    }

    /// `http://127.0.0.1:PORT`, for the WebDriver client.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    fn start_once() -> Result<ChromeDriver> {
        let port = ports::free_loopback_port().context("a free loopback port")?;
        let bin = paths::chromedriver_bin();
        let mut command = Command::new(&bin);
        command
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let child = process::spawn_tied(command)
            .with_context(|| format!("starting {} (set CHROMEDRIVER)", bin.display()))?;
        let mut driver = ChromeDriver { port, child };
        let pid = driver.child.id();
        let listening = ports::wait_until_listening(port, pid, timing::START.get(), || {
            matches!(driver.child.try_wait(), Ok(None))
        });
        if !listening {
            bail!("{} did not start on port {port}", bin.display());
        }
        // Listening is not yet ready: ask, as WebDriver clients should.
        let status = http::get(&format!("{}/status", driver.url()), &[])?;
        let ready = serde_json::from_slice::<serde_json::Value>(&status.body)
            .is_ok_and(|answer| answer["value"]["ready"] == true);
        if !ready {
            bail!("ChromeDriver is not ready: {}", status.text());
        }
        Ok(driver)
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        // The group holds the browser too, in case its session was not closed.
        process::stop_group(&mut self.child, Duration::from_secs(2));
    }
}

//! Arbitrary bytes as a schedule (TOML or JSON, one version or a `fees`
//! list), optionally followed by `\n---\n` and `name=value` answers: parse,
//! check, evaluate, and assert the invariants in harness.rs.

#![no_main]

#[path = "../../tests/engine/harness.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::run_bytes(data);
});

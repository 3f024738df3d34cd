//! The digests that CSP and Subresource Integrity use: base64 (with padding) of SHA-2.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// `sha256-<base64>`, as a CSP hash source.
pub fn csp_sha256(bytes: &[u8]) -> String {
    format!("sha256-{}", b64(&Sha256::digest(bytes)))
}

/// `sha384-<base64>`, as an `integrity` attribute.
pub fn sri_sha384(bytes: &[u8]) -> String {
    format!("sha384-{}", b64(&Sha384::digest(bytes)))
}

/// The first `n` hex digits of the SHA-256, for a content-hashed file name.
pub fn hex_sha256(bytes: &[u8], n: usize) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
        .chars()
        .take(n)
        .collect()
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // `echo -n "" | openssl dgst -sha256 -binary | base64`
        assert_eq!(
            csp_sha256(b""),
            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
        assert_eq!(
            sri_sha384(b""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
        assert_eq!(hex_sha256(b"", 16), "e3b0c44298fc1c14");
    }
}

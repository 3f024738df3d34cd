//! A QR code drawn as one SVG path, generated in Rust: no image request, no
//! HTML injection, and it prints crisply.

use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};

/// The SVG path of the dark modules, one unit per module, with a quiet zone.
pub fn qr_path(data: &str) -> Option<(usize, String)> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let quiet = 4;
    let mut d = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % width + quiet, i / width + quiet);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((width + 2 * quiet, d))
}

#[component]
pub fn QrCodeImage(
    #[prop(into)] data: Signal<String>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    move || {
        qr_path(&data.get()).map(|(size, d)| {
            view! {
                <svg
                    class="qr"
                    role="img"
                    aria-label=label.get()
                    viewBox=format!("0 0 {size} {size}")
                    shape-rendering="crispEdges"
                    data-qr=data.get()
                >
                    <rect width=size height=size fill="#fff" />
                    <path d=d fill="#000" />
                </svg>
            }
        })
    }
}

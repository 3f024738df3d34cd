//! The host's brand colour and font for an embed, kept accessible.
//!
//! Plain functions, no DOM: the WCAG 2.2 contrast maths is unit-tested
//! natively. A brand colour is used as a background under white text
//! (buttons) and as text on white and on light tints (links, headings), so it
//! must reach 4.5:1 against every light background the embed uses; a colour
//! that does not is darkened, keeping its hue, until it does. The font is a
//! name from a fixed list that maps to a whole font stack: nothing the host
//! writes ever reaches the page's CSS as text.

/// WCAG 2.2 AA for normal-size text.
pub const MIN_CONTRAST: f64 = 4.5;

/// The light backgrounds the brand colour meets: white (`--surface`), the
/// grey of notices (`--surface-2`) and the brand tint, computed per colour.
const SURFACES: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0xf4, 0xf6, 0xf5)];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for CSS.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Reads `0b5d4b`, `#0b5d4b`, `0b5` or `#0B5`: hex digits only, nothing
    /// else (no names, no functions, no spaces), so no CSS can come through.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#').unwrap_or(text.trim());
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// Relative luminance (WCAG 2.2, sRGB).
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Each channel scaled towards black: same hue, darker.
    fn scaled(self, factor: f64) -> Rgb {
        let s = |c: u8| (f64::from(c) * factor).round().clamp(0.0, 255.0) as u8;
        Rgb(s(self.0), s(self.1), s(self.2))
    }

    /// `self` over white at `alpha` (0..1): the light tint of a colour.
    fn tint(self, alpha: f64) -> Rgb {
        let m = |c: u8| (f64::from(c) * alpha + 255.0 * (1.0 - alpha)).round() as u8;
        Rgb(m(self.0), m(self.1), m(self.2))
    }
}

/// The WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The colours an embed derives from one brand colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Brand {
    /// Buttons, links, accents: at least 4.5:1 against every light surface.
    pub main: Rgb,
    /// Hover state, darker still.
    pub dark: Rgb,
    /// A light background for the search band.
    pub tint: Rgb,
    /// The host's colour failed the contrast bound and was darkened.
    pub adjusted: bool,
}

/// How much of the brand colour its tint keeps.
const TINT_ALPHA: f64 = 0.1;

fn worst_contrast(c: Rgb) -> f64 {
    SURFACES
        .iter()
        .chain(std::iter::once(&c.tint(TINT_ALPHA)))
        .map(|s| contrast(c, *s))
        .fold(f64::INFINITY, f64::min)
}

/// The brand colours for `wanted`, darkened as little as needed to keep
/// 4.5:1 against white text and on every light surface.
pub fn brand(wanted: Rgb) -> Brand {
    let mut main = wanted;
    // 5% darker a step; black is 21:1 on white, so this always ends, and
    // within about 60 steps even from white.
    let mut steps = 0;
    while worst_contrast(main) < MIN_CONTRAST && steps < 200 {
        main = main.scaled(0.95);
        steps += 1;
    }
    Brand {
        main,
        dark: main.scaled(0.7),
        tint: main.tint(TINT_ALPHA),
        adjusted: main != wanted,
    }
}

/// The fonts a host may ask for, by name, each a whole stack with Arabic
/// coverage first and a generic family last. Only these names are accepted.
pub const FONTS: &[(&str, &str)] = &[
    (
        "sans",
        "\"Noto Sans Arabic\", \"Noto Sans\", \"Segoe UI\", Tahoma, system-ui, sans-serif",
    ),
    (
        "naskh",
        "\"Noto Naskh Arabic\", \"Amiri\", \"Times New Roman\", serif",
    ),
    (
        "serif",
        "\"Noto Naskh Arabic\", \"Noto Serif\", Georgia, \"Times New Roman\", serif",
    ),
    (
        "kufi",
        "\"Noto Kufi Arabic\", \"Noto Sans Arabic\", \"Segoe UI\", Tahoma, sans-serif",
    ),
    (
        "system",
        "system-ui, -apple-system, \"Segoe UI\", Tahoma, sans-serif",
    ),
];

/// The font stack for a font name (case-insensitive), if it is on the list.
pub fn font_stack(name: &str) -> Option<&'static str> {
    let name = name.trim().to_ascii_lowercase();
    FONTS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// The embed root's CSS properties, built only from parsed colours and listed
/// font stacks. Set through the CSSOM (`style.setProperty`), which the CSP's
/// `style-src 'self'` allows, where a `style` attribute would be refused.
pub fn root_properties(
    brand: Option<&Brand>,
    font: Option<&'static str>,
) -> Vec<(&'static str, String)> {
    let mut properties = Vec::new();
    if let Some(b) = brand {
        properties.extend([
            ("--brand", b.main.css()),
            ("--brand-dark", b.dark.css()),
            ("--brand-tint", b.tint.css()),
            ("--link", b.main.css()),
        ]);
    }
    if let Some(f) = font {
        properties.push(("font-family", f.to_string()));
    }
    properties
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: Rgb = Rgb(255, 255, 255);
    /// The site's brand (`--brand` in style/main.css).
    const DEFAULT_BRAND: Rgb = Rgb(0x0b, 0x5d, 0x4b);

    #[test]
    fn contrast_matches_the_wcag_reference_values() {
        assert!((contrast(Rgb(0, 0, 0), WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // #767676 is the classic lightest grey that passes on white (4.54:1).
        let grey = contrast(Rgb(0x76, 0x76, 0x76), WHITE);
        assert!(grey > 4.5 && grey < 4.6, "{grey}");
        // #777777 just fails (4.48:1).
        assert!(contrast(Rgb(0x77, 0x77, 0x77), WHITE) < 4.5);
        // Order does not matter.
        let (a, b) = (Rgb(0x0b, 0x5d, 0x4b), Rgb(0xf4, 0xf6, 0xf5));
        assert_eq!(contrast(a, b), contrast(b, a));
    }

    #[test]
    fn hex_colours_parse_and_nothing_else_does() {
        assert_eq!(Rgb::parse("0b5d4b"), Some(Rgb(0x0b, 0x5d, 0x4b)));
        assert_eq!(Rgb::parse("#0B5D4B"), Some(Rgb(0x0b, 0x5d, 0x4b)));
        assert_eq!(Rgb::parse("f0a"), Some(Rgb(0xff, 0x00, 0xaa)));
        for bad in [
            "",
            "#",
            "red",
            "0b5d4",
            "0b5d4b00",
            "0b5d4g",
            "0b5d4b;color:red",
            "url(x)",
            " 0b 5d4b",
            "٠١٢٣٤٥",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Rgb(0x0b, 0x5d, 0x4b).css(), "#0b5d4b");
    }

    #[test]
    fn a_dark_enough_brand_is_kept_as_is() {
        let b = brand(DEFAULT_BRAND);
        assert!(!b.adjusted);
        assert_eq!(b.main, DEFAULT_BRAND);
        assert!(contrast(b.dark, WHITE) > contrast(b.main, WHITE));
    }

    #[test]
    fn a_light_brand_is_darkened_until_it_passes_everywhere() {
        for wanted in [
            Rgb(0xff, 0xff, 0x00), // yellow
            Rgb(0x7f, 0xd3, 0xc4), // mint
            WHITE,
            Rgb(0x00, 0x99, 0xff), // sky blue, 3.0:1
            Rgb(0x77, 0x77, 0x77), // a hair too light
        ] {
            let b = brand(wanted);
            assert!(b.adjusted, "{wanted:?}");
            for surface in SURFACES.iter().chain([&b.tint]) {
                let ratio = contrast(b.main, *surface);
                assert!(ratio >= MIN_CONTRAST, "{wanted:?} -> {b:?}: {ratio}");
            }
            assert!(contrast(b.main, WHITE) >= MIN_CONTRAST);
        }
        // The hue survives: a blue stays blue.
        let blue = brand(Rgb(0x00, 0x99, 0xff)).main;
        assert!(blue.2 > blue.1 && blue.1 > blue.0, "{blue:?}");
    }

    #[test]
    fn the_tint_is_light_enough_for_ink_text() {
        // --ink is #1b1b1b; the search band puts it on the tint.
        for wanted in [DEFAULT_BRAND, Rgb(0x80, 0x00, 0x00), Rgb(0, 0, 0)] {
            let b = brand(wanted);
            assert!(contrast(Rgb(0x1b, 0x1b, 0x1b), b.tint) >= 7.0, "{b:?}");
        }
    }

    #[test]
    fn only_listed_fonts_are_accepted() {
        assert!(font_stack("naskh").unwrap().ends_with("serif"));
        assert_eq!(font_stack(" Kufi "), font_stack("kufi"));
        for bad in [
            "",
            "Comic Sans",
            "sans;}body{display:none",
            "serif\"",
            "url(x)",
        ] {
            assert_eq!(font_stack(bad), None, "{bad:?}");
        }
        // Every stack ends with a generic family, so a font that is not
        // installed still gives readable text.
        for (_, stack) in FONTS {
            assert!(stack.ends_with("sans-serif") || stack.ends_with("serif"));
        }
    }

    #[test]
    fn the_root_properties_carry_only_parsed_values() {
        let b = brand(Rgb(0xff, 0xff, 0x00));
        let properties = root_properties(Some(&b), font_stack("system"));
        let names: Vec<&str> = properties.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "--brand",
                "--brand-dark",
                "--brand-tint",
                "--link",
                "font-family"
            ]
        );
        assert!(properties.contains(&("--link", b.main.css())));
        assert!(properties[4].1.ends_with("sans-serif"));
        assert!(root_properties(None, None).is_empty());
    }
}

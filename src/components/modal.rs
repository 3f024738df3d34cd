//! Makes a dialog modal for everyone, screen readers included: while it is
//! open, everything else on the page is `inert` (not focusable, not
//! clickable, not in the accessibility tree). `aria-modal` alone is a hint
//! some screen readers ignore; `inert` is enforced by the browser.

use web_sys::Element;

/// What was made inert, so that closing the dialog restores exactly that
/// (an element that was already inert for its own reasons stays so).
#[derive(Default)]
pub struct InertOutside(Vec<Element>);

impl InertOutside {
    /// Makes every element outside `dialog` inert, up to `<body>`, except
    /// live regions (`role="status"`/`"alert"`), whose announcements must
    /// still be heard.
    pub fn around(dialog: &Element) -> Self {
        let mut made = Vec::new();
        let mut current = dialog.clone();
        while let Some(parent) = current.parent_element() {
            for sibling in siblings_of(&current) {
                if !sibling.has_attribute("inert") && !is_live_region(&sibling) {
                    let _ = sibling.set_attribute("inert", "");
                    made.push(sibling);
                }
            }
            if parent.tag_name().eq_ignore_ascii_case("body") {
                break;
            }
            current = parent;
        }
        Self(made)
    }

    /// Gives back what `around` took.
    pub fn release(self) {
        for element in self.0 {
            let _ = element.remove_attribute("inert");
        }
    }
}

fn siblings_of(element: &Element) -> Vec<Element> {
    let mut found = Vec::new();
    let mut before = element.previous_element_sibling();
    while let Some(e) = before {
        before = e.previous_element_sibling();
        found.push(e);
    }
    let mut after = element.next_element_sibling();
    while let Some(e) = after {
        after = e.next_element_sibling();
        found.push(e);
    }
    found
}

fn is_live_region(element: &Element) -> bool {
    matches!(
        element.get_attribute("role").as_deref(),
        Some("status" | "alert")
    ) || element.has_attribute("aria-live")
}

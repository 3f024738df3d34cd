//! Many short strings in one buffer: the vocabulary's words, spellings and
//! skeletons. One allocation instead of one per word, which matters for
//! build time in wasm and for the index's size.

#[derive(Default)]
pub struct Strings {
    text: String,
    /// Where each string ends in `text`; it starts where the previous ends.
    ends: Vec<u32>,
}

impl Strings {
    /// Appends a string and returns its number.
    pub fn push(&mut self, s: &str) -> u32 {
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
        (self.ends.len() - 1) as u32
    }

    pub fn get(&self, i: u32) -> &str {
        let i = i as usize;
        let end = self.ends.get(i).copied().unwrap_or(0) as usize;
        let start = match i {
            0 => 0,
            _ => self.ends.get(i - 1).copied().unwrap_or(0) as usize,
        };
        self.text.get(start..end).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn heap_bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_come_back() {
        let mut s = Strings::default();
        assert_eq!(s.push("جواز"), 0);
        assert_eq!(s.push(""), 1);
        assert_eq!(s.push("passport"), 2);
        assert_eq!(s.get(0), "جواز");
        assert_eq!(s.get(1), "");
        assert_eq!(s.get(2), "passport");
        assert_eq!(s.get(9), "");
        assert_eq!(s.len(), 3);
    }
}

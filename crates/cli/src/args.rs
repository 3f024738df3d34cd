//! A small argument reader: flags with values, boolean switches, positionals.
//! Every mistake is a message for the user, never a panic.

pub struct Args {
    items: Vec<String>,
}

impl Args {
    pub fn new(items: Vec<String>) -> Args {
        Args { items }
    }

    /// Takes `--name VALUE` (or `--name=VALUE`) once; an error if it repeats
    /// or lacks its value.
    pub fn value(&mut self, name: &str) -> Result<Option<String>, String> {
        let mut all = self.values(name)?;
        match all.len() {
            0 => Ok(None),
            1 => Ok(all.pop()),
            _ => Err(format!("{name} is given more than once")),
        }
    }

    /// Takes every `--name VALUE`, in order.
    pub fn values(&mut self, name: &str) -> Result<Vec<String>, String> {
        let mut found = Vec::new();
        let mut i = 0;
        let prefix = format!("{name}=");
        while i < self.items.len() {
            if self.items[i] == name {
                if i + 1 >= self.items.len() {
                    return Err(format!("{name} needs a value"));
                }
                found.push(self.items.remove(i + 1));
                self.items.remove(i);
            } else if let Some(v) = self.items[i].strip_prefix(&prefix) {
                found.push(v.to_string());
                self.items.remove(i);
            } else {
                i += 1;
            }
        }
        Ok(found)
    }

    /// Takes a boolean switch such as `--json`.
    pub fn switch(&mut self, name: &str) -> bool {
        let before = self.items.len();
        self.items.retain(|a| a != name);
        self.items.len() != before
    }

    /// What is left: positional arguments. Unknown `--flags` are an error.
    pub fn positionals(self) -> Result<Vec<String>, String> {
        if let Some(flag) = self.items.iter().find(|a| a.starts_with("--")) {
            return Err(format!("unknown option {flag}"));
        }
        Ok(self.items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &[&str]) -> Args {
        Args::new(s.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn reads_values_switches_and_positionals() {
        let mut a = args(&["x", "--out", "o", "--json", "--set=a=1", "--set", "b=2"]);
        assert_eq!(a.value("--out").unwrap(), Some("o".into()));
        assert!(a.switch("--json"));
        assert_eq!(a.values("--set").unwrap(), vec!["a=1", "b=2"]);
        assert_eq!(a.positionals().unwrap(), vec!["x"]);
    }

    #[test]
    fn mistakes_are_messages() {
        assert!(args(&["--out"]).value("--out").is_err());
        assert!(args(&["--out", "a", "--out", "b"]).value("--out").is_err());
        assert!(args(&["--bogus"]).positionals().is_err());
    }
}

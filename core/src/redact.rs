//! The admin key as a secret, and the one redaction step every outgoing string passes.
//!
//! The key is sent only in the `Authorization` header. Everything else that leaves the client (each
//! field of each error, each log line) goes through [`Redactor::redact`], which removes not only
//! the whole key but every run of 8 or more of its characters in a row, wherever it stands: a
//! proxy that echoes the header and cuts it, or a page cut at an excerpt limit, cannot leave a
//! usable part of the key behind. Redaction runs before anything is cut.

/// The shortest run of the key's characters that is removed wherever it appears. Shorter runs
/// (`sk-admin`, say) are too common to be a leak and too short to guess the rest from.
pub const MIN_FRAGMENT: usize = 8;

/// What replaces a removed run.
pub const REDACTED: &str = "[redacted]";

/// An OpenAI admin key. It has no `Display`, its `Debug` prints a placeholder, and the only way to
/// read it is [`AdminKey::authorization`], for the `Authorization` header.
#[derive(Clone, PartialEq, Eq)]
pub struct AdminKey(String);

impl AdminKey {
    /// Wraps a key.
    pub fn new(key: String) -> Self {
        AdminKey(key)
    }

    /// The `Authorization` header value.
    pub fn authorization(&self) -> String {
        let mut value = String::with_capacity(7 + self.0.len());
        value.push_str("Bearer ");
        value.push_str(&self.0);
        value
    }

    /// The redaction step for this key.
    pub fn redactor(&self) -> Redactor {
        Redactor::new(&self.0)
    }
}

impl core::fmt::Debug for AdminKey {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("AdminKey(<redacted>)")
    }
}

/// Removes a key, and every run of [`MIN_FRAGMENT`] or more of its bytes, from text.
#[derive(Clone, Default)]
pub struct Redactor {
    /// The key, when shorter than a fragment (removed only whole).
    short: Vec<u8>,
    /// Every window of [`MIN_FRAGMENT`] bytes of the key, packed and sorted.
    windows: Vec<u64>,
}

impl core::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Redactor(<redacted>)")
    }
}

impl Redactor {
    /// The redaction step for `key` (an empty key redacts nothing).
    pub fn new(key: &str) -> Self {
        let bytes = key.as_bytes();
        if bytes.len() < MIN_FRAGMENT {
            return Redactor {
                short: bytes.to_vec(),
                windows: Vec::new(),
            };
        }
        let mut windows: Vec<u64> = bytes.windows(MIN_FRAGMENT).map(pack).collect();
        windows.sort_unstable();
        windows.dedup();
        Redactor {
            short: Vec::new(),
            windows,
        }
    }

    /// Redacts nothing: for a client without a key.
    pub fn none() -> Self {
        Redactor::default()
    }

    /// `text` with every run of the key's bytes that is at least [`MIN_FRAGMENT`] long (or the
    /// whole key, if shorter) replaced by [`REDACTED`]. Borrows when there is nothing to remove.
    pub fn redact<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        let marked = self.marked_ranges(text.as_bytes());
        if marked.is_empty() {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end) in marked {
            let (start, end) = (floor_boundary(text, start), ceil_boundary(text, end));
            if start < at {
                // Widened to a character boundary into the previous run: they are one run.
                at = at.max(end);
                continue;
            }
            out.push_str(&text[at..start]);
            out.push_str(REDACTED);
            at = end;
        }
        out.push_str(&text[at..]);
        std::borrow::Cow::Owned(out)
    }

    /// The maximal byte ranges of `text` covered by key fragments, in order, not overlapping.
    fn marked_ranges(&self, text: &[u8]) -> Vec<(usize, usize)> {
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut mark = |start: usize, end: usize| match ranges.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => ranges.push((start, end)),
        };
        if !self.short.is_empty() {
            let n = self.short.len();
            for start in 0..text.len().saturating_sub(n - 1) {
                if text[start..start + n] == self.short[..] {
                    mark(start, start + n);
                }
            }
        } else if !self.windows.is_empty() {
            for (start, window) in text.windows(MIN_FRAGMENT).enumerate() {
                if self.windows.binary_search(&pack(window)).is_ok() {
                    mark(start, start + MIN_FRAGMENT);
                }
            }
        }
        ranges
    }
}

fn pack(window: &[u8]) -> u64 {
    window
        .iter()
        .fold(0, |packed, &b| (packed << 8) | u64::from(b))
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "sk-admin-Q7w9Zr2LkP0xYb4NcD8vTm1s";

    #[test]
    fn debug_never_shows_the_key() {
        let key = AdminKey::new(KEY.into());
        let printed = format!("{key:?} {:?} {:?}", Some(&key), key.redactor());
        assert!(!printed.contains("Q7w9"), "{printed}");
        assert_eq!(key.authorization(), format!("Bearer {KEY}"));
    }

    #[test]
    fn the_whole_key_and_every_long_fragment_go() {
        let r = Redactor::new(KEY);
        assert_eq!(
            r.redact(&format!("echo: Bearer {KEY}!")),
            "echo: Bearer [redacted]!"
        );
        assert_eq!(r.redact(&format!("cut: {}", &KEY[..20])), "cut: [redacted]");
        assert_eq!(
            r.redact(&format!("tail {}", &KEY[KEY.len() - 9..])),
            "tail [redacted]"
        );
        assert_eq!(
            r.redact(&format!("{}|{}", &KEY[3..12], &KEY[15..30])),
            "[redacted]|[redacted]"
        );
        // Seven in a row is not a fragment; the text is borrowed unchanged.
        assert!(matches!(r.redact(&KEY[..7]), std::borrow::Cow::Borrowed(_)));
        assert_eq!(r.redact("nothing here"), "nothing here");
    }

    #[test]
    fn short_keys_are_removed_whole_and_empty_ones_not_at_all() {
        assert_eq!(
            Redactor::new("abc").redact("xabcx abc"),
            "x[redacted]x [redacted]"
        );
        assert_eq!(Redactor::new("").redact("text"), "text");
        assert_eq!(Redactor::none().redact(KEY), KEY);
    }

    #[test]
    fn non_ascii_keys_are_cut_on_character_boundaries() {
        let key = "clé-très-secrète-ü";
        let r = Redactor::new(key);
        assert_eq!(r.redact(&format!("«{}»", &key[2..])), "«[redacted]»");
        // "ɩ" ends in the byte that ends "é": a run starting inside a character takes all of it.
        let text = format!("clɩ{}!", &key[4..]);
        assert_eq!(r.redact(&text), "cl[redacted]!");
    }
}

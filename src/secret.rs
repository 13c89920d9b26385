//! The admin key as a type that cannot leak by accident.

use std::fmt;

/// An OpenAI admin key. It has no `Display`, its `Debug` prints a placeholder, and the only way to
/// read it is [`AdminKey::authorization`], used by the transport for the `Authorization` header.
#[derive(Clone, PartialEq, Eq)]
pub struct AdminKey(String);

impl AdminKey {
    /// Wraps a key.
    pub fn new(key: String) -> Self {
        AdminKey(key)
    }

    /// `text` with every occurrence of the key replaced, for server-provided text that may echo
    /// it back (a debugging proxy's error page, say).
    pub fn redact(&self, text: &str) -> String {
        if self.0.is_empty() {
            return text.to_owned();
        }
        text.replace(&self.0, "[redacted admin key]")
    }

    /// The `Authorization` header value.
    pub fn authorization(&self) -> String {
        format!("Bearer {}", self.0)
    }
}

impl fmt::Debug for AdminKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AdminKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_key() {
        let key = AdminKey::new("sk-admin-secret-123".into());
        let printed = format!("{key:?} {:?}", Some(&key));
        assert!(!printed.contains("secret-123"), "{printed}");
        assert_eq!(key.authorization(), "Bearer sk-admin-secret-123");
        assert_eq!(key.redact("echo: Bearer sk-admin-secret-123!"), "echo: Bearer [redacted admin key]!");
    }
}

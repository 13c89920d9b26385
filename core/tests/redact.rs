//! Property test, native: after the one redaction step, no run of 8 or more of the key's characters
//! is left anywhere in a text, whatever echoes the key, where, and cut how.
#![cfg(not(target_arch = "wasm32"))]

use openai_admin_certificates_core::error::body_excerpt;
use openai_admin_certificates_core::redact::{Redactor, MIN_FRAGMENT};
use proptest::prelude::*;

fn key() -> impl Strategy<Value = String> {
    "sk-admin-[A-Za-z0-9_-]{8,60}"
}

/// Whether `text` holds any run of `MIN_FRAGMENT` characters of `key`.
fn leaks(text: &str, key: &str) -> bool {
    key.as_bytes()
        .windows(MIN_FRAGMENT)
        .any(|w| text.as_bytes().windows(MIN_FRAGMENT).any(|t| t == w))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_fragment_of_the_key_survives(
        key in key(),
        before in ".{0,300}",
        after in ".{0,300}",
        cuts in prop::collection::vec((0usize..80, 0usize..80), 1..4),
    ) {
        let mut text = before.clone();
        for (from, len) in cuts {
            let from = from.min(key.len());
            let to = (from + len).min(key.len());
            text.push_str(&key[from..to]);
            text.push_str(&after);
        }
        let redacted = Redactor::new(&key).redact(&text);
        prop_assert!(!leaks(&redacted, &key), "{:?}", redacted);
        // An excerpt of the redacted text cannot bring one back.
        prop_assert!(!leaks(&body_excerpt(&redacted), &key));
    }

    #[test]
    fn text_without_the_key_is_unchanged(key in key(), text in "[^s]{0,400}") {
        prop_assert_eq!(Redactor::new(&key).redact(&text), text.as_str());
    }
}

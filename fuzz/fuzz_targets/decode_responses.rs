//! Any bytes as a response body: the checks that ship (run here on a `serde_json` value through the
//! same `JsonView` trait the wasm uses on the runtime's parse), the walk over pages, the excerpt of
//! an error body and the redaction step never panic, and keep their invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use openai_admin_certificates_core::decode::{check, Expect, SerdeJson};
use openai_admin_certificates_core::error::{body_excerpt, EXCERPT_CHARS};
use openai_admin_certificates_core::pagination::Position;
use openai_admin_certificates_core::query::ListQuery;
use openai_admin_certificates_core::redact::Redactor;

const KEY: &str = "sk-admin-FuzzKey0123456789abcdef";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
        let view = SerdeJson(Some(&value));
        let _ = check(Expect::Item, &view);
        let _ = check(Expect::Items, &view);
        if let Ok(Some(page)) = check(Expect::Page, &view) {
            let (next, keep) = Position::start(ListQuery::default()).advance(&page);
            assert!(keep.windows(2).all(|w| w[0] < w[1]) && keep.iter().all(|&i| i < page.ids.len()));
            let _ = next.next_query();
        }
    }
    let redacted = Redactor::new(KEY).redact(&text);
    assert!(!redacted.contains(&KEY[..12]));
    assert!(body_excerpt(&redacted).chars().count() <= EXCERPT_CHARS);
});

//! Any bytes as a response body: the checks that ship (the core's wire types, read here from a
//! `serde_json` value through the same generic code the wasm runs on the runtime's parse), the
//! search for where a refused body fails, the walk over pages, the excerpt of an error body and
//! the redaction step never panic, and keep their invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use openai_admin_certificates_core::decode::{check, locate, Expect};
use openai_admin_certificates_core::error::{body_excerpt, EXCERPT_CHARS};
use openai_admin_certificates_core::pagination::Position;
use openai_admin_certificates_core::query::ListQuery;
use openai_admin_certificates_core::redact::Redactor;

const KEY: &str = "sk-admin-FuzzKey0123456789abcdef";
const EXPECTS: [Expect; 6] = [
    Expect::CertificatePage,
    Expect::ProjectPage,
    Expect::Certificate,
    Expect::Project,
    Expect::Deleted,
    Expect::Activation,
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
        for expect in EXPECTS {
            match check(expect, &value) {
                // A refused body is refused at a place the body has (or lacks, for a field).
                Err(_) => assert!(!locate(expect, &value).detail.is_empty()),
                Ok(Some(page)) => {
                    let (next, keep) = Position::start(ListQuery::default()).advance(&page);
                    assert!(keep.windows(2).all(|w| w[0] < w[1]) && keep.iter().all(|&i| i < page.ids.len()));
                    let _ = next.next_query();
                }
                Ok(None) => {}
            }
        }
    }
    let redacted = Redactor::new(KEY).redact(&text);
    assert!(!redacted.contains(&KEY[..12]));
    assert!(body_excerpt(&redacted).chars().count() <= EXCERPT_CHARS);
});

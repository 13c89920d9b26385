//! The error table of the JS wrapper (`pkg-template/src/error-table.mjs`) and the codes the engine
//! can report are one list: every code has its class and message there, and the table has no code
//! the engine never reports (but the wrapper's own).

use openai_admin_certificates_core::error::CODES;

/// Codes raised by the JS wrapper itself, not by the engine.
const WRAPPER_CODES: &[&str] = &["no_next_page"];

#[test]
fn the_js_table_has_exactly_the_engines_codes() {
    let table = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../pkg-template/src/error-table.mjs"
    ))
    .unwrap();
    let body = &table[table
        .find("export const CODES = {")
        .expect("the CODES table")..];
    let in_table: Vec<&str> = body
        .lines()
        .filter_map(|line| {
            line.strip_prefix("  ")?
                .split_once(": [")
                .map(|(code, _)| code)
        })
        .filter(|code| code.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    for code in CODES {
        assert!(in_table.contains(code), "the JS error table lacks `{code}`");
    }
    for code in &in_table {
        assert!(
            CODES.contains(code) || WRAPPER_CODES.contains(code),
            "the JS error table has `{code}`, which nothing reports"
        );
    }
}

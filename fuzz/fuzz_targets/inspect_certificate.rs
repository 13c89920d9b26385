//! Any text as a PEM certificate: `inspect_pem` answers or refuses, and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = openai_admin_certificates_core::inspect::inspect_pem(&String::from_utf8_lossy(data));
});

//! Any bytes as a response body: decoding a page, a certificate, a toggle answer or an error body,
//! and the checks and excerpts made of them, must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use openai_admin_certificates::error::body_excerpt;
use openai_admin_certificates::types::{
    check_certificate, ApiErrorBody, Certificate, CertificateObject, CertificatePage, ToggleCertificatesResponse,
};

fn decode<T: for<'de> serde::Deserialize<'de>>(text: &str) -> Option<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| e.path().to_string()).ok()
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(page) = decode::<CertificatePage>(&text) {
        let _ = page.check_items(CertificateObject::OrganizationCertificate);
        let _ = page.check_items(CertificateObject::OrganizationProjectCertificate);
    }
    if let Some(certificate) = decode::<Certificate>(&text) {
        let _ = check_certificate(&certificate, CertificateObject::Certificate, false);
    }
    let _ = decode::<ToggleCertificatesResponse>(&text);
    let _ = decode::<ApiErrorBody>(&text);
    let excerpt = body_excerpt(&text);
    assert!(excerpt.chars().count() <= 200);
});

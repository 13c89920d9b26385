//! Any text as a path id or cursor: validation and the request builder never panic, an accepted id
//! is one path segment (no `/`, `?`, `#` or dot segment can reach the path), and a cursor stays in
//! the query.
#![no_main]

use libfuzzer_sys::fuzz_target;
use openai_admin_certificates_core::args::ArgValue;
use openai_admin_certificates_core::request::ApiRequest;
use openai_admin_certificates_core::validation::{audit_logs_listing, certificates_listing, retrieve};

fuzz_target!(|data: &[u8]| {
    let id = String::from_utf8_lossy(data).into_owned();
    if let Ok(checked) = retrieve(&ArgValue::String(id.clone()), ArgValue::Absent) {
        let path = ApiRequest::for_call(&checked).path;
        let segment = path.strip_prefix("/organization/certificates/").expect("under the collection");
        assert!(!segment.contains(['/', '?', '#', '\\']) && segment != "." && segment != "..", "{path}");
    }
    let params = ArgValue::Object(vec![("after".into(), ArgValue::String(id.clone()))]);
    if let Ok((target, query)) = certificates_listing(None, params) {
        let path = ApiRequest::for_page(&target, &query).path;
        let (base, query) = path.split_once('?').expect("a query");
        assert_eq!(base, "/organization/certificates");
        assert!(!query.contains(['#', '&', ' ']), "{query}");
    }
    // An audit log filter value stays one query value, whatever it holds.
    let filters = ArgValue::Object(vec![("actor_emails".into(), ArgValue::Array(vec![ArgValue::String(id)]))]);
    if let Ok((target, query)) = audit_logs_listing(filters) {
        let path = ApiRequest::for_page(&target, &query).path;
        let (base, query) = path.split_once('?').expect("a query");
        assert_eq!(base, "/organization/audit_logs");
        assert!(query.starts_with("actor_emails%5B%5D=") && !query.contains(['#', '&', ' ']), "{query}");
    }
});

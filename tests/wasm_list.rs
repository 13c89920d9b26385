//! Listing through the engine in a real JS runtime against the mock API behind Prism:
//! `wasm-pack test --node` and `wasm-pack test --headless --chrome` (run by `make test` through
//! tests/tools/with-mock.mjs, which passes the URLs at compile time).
#![cfg(target_arch = "wasm32")]

mod common;

use std::collections::HashSet;

use common::*;
use js_sys::Array;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn runs_in_the_runtime_the_make_target_asked_for() {
    assert_runtime();
}

#[wasm_bindgen_test]
async fn lists_every_certificate_exactly_once_newest_first() {
    let client = client_with_key(KEY);
    let pages = list(
        &client,
        "certificates",
        JsValue::UNDEFINED,
        object(&[("limit", 100.into())]),
    );
    let (ids, page_count) = drain(&pages).await.unwrap();
    assert_eq!(page_count, 3);
    assert_eq!(ids.len(), 250);
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        250,
        "an id was yielded twice"
    );
    let state = control("/__mock/state", None).await;
    let expected: Vec<String> = Array::from(&get(&state, "ids"))
        .iter()
        .map(|v| v.as_string().unwrap())
        .collect();
    assert_eq!(ids, expected, "desc order, as the server lists them");
    assert!(!pages.has_next());
}

#[wasm_bindgen_test]
async fn limit_and_order_carry_over_and_only_after_changes() {
    let client = client_with_key(KEY);
    let params = object(&[("limit", 90.into()), ("order", "asc".into())]);
    let pages = list(&client, "certificates", JsValue::UNDEFINED, params);
    let first = next(&pages).await.unwrap();
    let last_id = get(&first, "last_id").as_string().unwrap();
    assert_eq!(pages.resume_cursor(), Some(last_id.clone()));
    let second = next(&pages).await.unwrap();
    assert_eq!(Array::from(&get(&second, "data")).length(), 90);
    let log = Array::from(&control("/__mock/requests", None).await);
    let wanted = log.iter().any(|entry| {
        let query = get(&entry, "query");
        get(&query, "after").as_string().as_deref() == Some(&last_id)
            && get(&query, "limit").as_string().as_deref() == Some("90")
            && get(&query, "order").as_string().as_deref() == Some("asc")
    });
    assert!(
        wanted,
        "no request carried after={last_id} with limit=90 and order=asc"
    );
}

#[wasm_bindgen_test]
async fn a_wrong_key_is_an_api_error_with_status_and_request_id() {
    let pages = list(
        &client_with_key("sk-wrong"),
        "certificates",
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    );
    let error = next(&pages).await.unwrap_err();
    assert!(
        error.is_object(),
        "errors are reports the wrapper turns into Error objects, not strings"
    );
    assert_eq!(get(&error, "code").as_string().as_deref(), Some("api"));
    assert_eq!(get(&error, "status").as_f64(), Some(401.0));
    assert!(get(&error, "requestID")
        .as_string()
        .unwrap()
        .starts_with("req_"));
    let text = js_sys::JSON::stringify(&error)
        .unwrap()
        .as_string()
        .unwrap();
    assert!(!text.contains("sk-wrong"), "{text}");
}

#[wasm_bindgen_test]
async fn a_looping_cursor_stops_with_a_pagination_error_after_its_page() {
    let state = control("/__mock/state", None).await;
    let ids: Vec<String> = Array::from(&get(&state, "ids"))
        .iter()
        .map(|v| v.as_string().unwrap())
        .collect();
    let (start, a, b) = (&ids[200], &ids[201], &ids[202]);
    // From `start`: a page ending at `a`, then a page whose cursor is `a` again.
    let script = format!(
        r#"[{{"match":{{"after":"{start}"}},"page":{{"data":["{a}"],"has_more":true,"first_id":"{a}","last_id":"{a}"}}}},
            {{"match":{{"after":"{a}"}},"page":{{"data":["{b}"],"has_more":true,"first_id":"{b}","last_id":"{a}"}}}}]"#
    );
    control("/__mock/faults", Some(&script)).await;
    let pages = list(
        &client_with_key(KEY),
        "certificates",
        JsValue::UNDEFINED,
        object(&[("after", start.as_str().into())]),
    );
    assert_eq!(
        get(&get(&next(&pages).await.unwrap(), "data"), "length").as_f64(),
        Some(1.0)
    );
    assert_eq!(
        get(&get(&next(&pages).await.unwrap(), "data"), "length").as_f64(),
        Some(1.0)
    );
    let error = next(&pages).await.unwrap_err();
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("cursor_loop")
    );
    assert_eq!(
        get(&error, "cursor").as_string().as_deref(),
        Some(a.as_str())
    );
}

#[wasm_bindgen_test]
async fn bad_parameters_are_refused_before_any_request() {
    let client = client_with_key(KEY);
    let params = object(&[("limit", 0.into()), ("after", "cert_never_sent".into())]);
    let error = client
        .list_certificates(params, JsValue::UNDEFINED, false)
        .err()
        .unwrap();
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("integer_range")
    );
    assert_eq!(get(&error, "param").as_string().as_deref(), Some("limit"));
    // Other tests may run meanwhile, so look for this request rather than count them all.
    let log = Array::from(&control("/__mock/requests", None).await);
    assert!(!log.iter().any(
        |entry| get(&get(&entry, "query"), "after").as_string().as_deref()
            == Some("cert_never_sent")
    ));
}

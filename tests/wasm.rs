//! The engine in a real JS runtime against the mock API: `wasm-pack test --node` and
//! `wasm-pack test --headless --chrome` (run by `make test` through tests/tools/with-mock.mjs, which
//! starts the mock and passes its URL in MOCK_BASE_URL at compile time).
#![cfg(target_arch = "wasm32")]

use std::collections::HashSet;

use js_sys::{Array, Object, Promise, Reflect};
use openai_admin_certificates::boundary::{CertificatePages, Client};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

const BASE_URL: &str = match option_env!("MOCK_BASE_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:1/v1",
};
const KEY: &str = "sk-admin-mock";

fn get(target: &JsValue, name: &str) -> JsValue {
    if !target.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(target, &name.into()).unwrap()
}

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let out = Object::new();
    for (name, value) in entries {
        Reflect::set(&out, &(*name).into(), value).unwrap();
    }
    out.into()
}

fn client_with_key(key: &str) -> Client {
    let options = object(&[
        ("adminAPIKey", key.into()),
        ("baseURL", BASE_URL.into()),
        ("dangerouslyAllowBrowser", true.into()),
    ]);
    Client::new(options).unwrap_or_else(|e| panic!("client: {:?}", get(&e, "message")))
}

async fn next(pages: &CertificatePages) -> Result<JsValue, JsValue> {
    JsFuture::from(pages.next_page()).await
}

/// Every page until the end, as (ids, page count).
async fn drain(pages: &CertificatePages) -> Result<(Vec<String>, usize), JsValue> {
    let (mut ids, mut count) = (Vec::new(), 0);
    loop {
        let page = next(pages).await?;
        if page.is_undefined() {
            return Ok((ids, count));
        }
        count += 1;
        for item in Array::from(&get(&page, "data")).iter() {
            ids.push(get(&item, "id").as_string().unwrap());
        }
    }
}

/// The mock's control API (not part of OpenAI's API).
async fn control(path: &str, body: Option<&str>) -> JsValue {
    let root = BASE_URL.trim_end_matches("/v1");
    let init = web_sys::RequestInit::new();
    if let Some(body) = body {
        init.set_method("POST");
        init.set_body(&body.into());
    }
    let request = web_sys::Request::new_with_str_and_init(&format!("{root}{path}"), &init).unwrap();
    let fetch: js_sys::Function = get(&js_sys::global(), "fetch").unchecked_into();
    let response: web_sys::Response =
        JsFuture::from(fetch.call1(&JsValue::UNDEFINED, &request).unwrap().unchecked_into::<Promise>())
            .await
            .unwrap()
            .unchecked_into();
    JsFuture::from(response.json().unwrap()).await.unwrap()
}

#[wasm_bindgen_test]
fn runs_in_the_runtime_the_make_target_asked_for() {
    let global: JsValue = js_sys::global().into();
    let user_agent = get(&get(&global, "navigator"), "userAgent").as_string().unwrap_or_default();
    match option_env!("EXPECT_RUNTIME") {
        Some("chrome") => {
            assert!(!get(&global, "document").is_undefined(), "expected a browser page");
            assert!(user_agent.contains("Chrome"), "user agent {user_agent:?}");
        }
        Some("node") => assert!(!get(&global, "process").is_undefined(), "expected Node"),
        other => panic!("EXPECT_RUNTIME must be set at compile time, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn lists_every_certificate_exactly_once_newest_first() {
    let client = client_with_key(KEY);
    let pages = client.list_certificates(object(&[("limit", 100.into())])).unwrap();
    let (ids, page_count) = drain(&pages).await.unwrap();
    assert_eq!(page_count, 3);
    assert_eq!(ids.len(), 250);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 250, "an id was yielded twice");
    let state = control("/__mock/state", None).await;
    let expected: Vec<String> = Array::from(&get(&state, "ids")).iter().map(|v| v.as_string().unwrap()).collect();
    assert_eq!(ids, expected, "desc order, as the server lists them");
    assert!(!pages.has_next_page());
}

#[wasm_bindgen_test]
async fn limit_and_order_carry_over_and_only_after_changes() {
    let client = client_with_key(KEY);
    let params = object(&[("limit", 90.into()), ("order", "asc".into())]);
    let pages = client.list_certificates(params).unwrap();
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
    assert!(wanted, "no request carried after={last_id} with limit=90 and order=asc");
}

#[wasm_bindgen_test]
async fn a_wrong_key_is_an_api_error_with_status_and_request_id() {
    let pages = client_with_key("sk-wrong").list_certificates(JsValue::UNDEFINED).unwrap();
    let error = next(&pages).await.unwrap_err();
    assert!(error.is_instance_of::<js_sys::Error>(), "errors are Error objects, not strings");
    assert_eq!(get(&error, "kind").as_string().as_deref(), Some("api"));
    assert_eq!(get(&error, "status").as_f64(), Some(401.0));
    assert!(get(&error, "requestID").as_string().unwrap().starts_with("req_"));
    assert!(!get(&error, "message").as_string().unwrap().contains("sk-wrong"));
}

#[wasm_bindgen_test]
async fn a_looping_cursor_stops_with_a_pagination_error_after_its_page() {
    let state = control("/__mock/state", None).await;
    let ids: Vec<String> = Array::from(&get(&state, "ids")).iter().map(|v| v.as_string().unwrap()).collect();
    let (start, a, b) = (&ids[200], &ids[201], &ids[202]);
    // From `start`: a page ending at `a`, then a page whose cursor is `a` again.
    let script = format!(
        r#"[{{"match":{{"after":"{start}"}},"page":{{"data":["{a}"],"has_more":true,"first_id":"{a}","last_id":"{a}"}}}},
            {{"match":{{"after":"{a}"}},"page":{{"data":["{b}"],"has_more":true,"first_id":"{b}","last_id":"{a}"}}}}]"#
    );
    control("/__mock/faults", Some(&script)).await;
    let pages = client_with_key(KEY).list_certificates(object(&[("after", start.as_str().into())])).unwrap();
    assert_eq!(get(&get(&next(&pages).await.unwrap(), "data"), "length").as_f64(), Some(1.0));
    assert_eq!(get(&get(&next(&pages).await.unwrap(), "data"), "length").as_f64(), Some(1.0));
    let error = next(&pages).await.unwrap_err();
    assert_eq!(get(&error, "kind").as_string().as_deref(), Some("pagination"));
    assert!(get(&error, "message").as_string().unwrap().contains("a second time"));
}

#[wasm_bindgen_test]
async fn bad_parameters_are_refused_before_any_request() {
    let client = client_with_key(KEY);
    let before = Array::from(&control("/__mock/requests", None).await).length();
    let error = client.list_certificates(object(&[("limit", 0.into())])).err().unwrap();
    assert_eq!(get(&error, "kind").as_string().as_deref(), Some("invalid_parameter"));
    assert_eq!(get(&error, "param").as_string().as_deref(), Some("limit"));
    let after = Array::from(&control("/__mock/requests", None).await).length();
    assert_eq!(before, after);
}

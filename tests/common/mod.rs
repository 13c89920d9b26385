//! Helpers shared by the wasm-bindgen tests: the mock's URLs, a client, and JS value access.
#![allow(dead_code)]

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Promise, Reflect};
use openai_admin_certificates::boundary::{Client, Position};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The API's base URL (Prism in front of the mock), baked in at compile time.
pub const BASE_URL: &str = match option_env!("MOCK_BASE_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:1/v1",
};
/// The mock's own root, for its control API.
pub const CONTROL_URL: &str = match option_env!("MOCK_CONTROL_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:1",
};
/// The key the mock accepts.
pub const KEY: &str = "sk-admin-mock";

pub fn get(target: &JsValue, name: &str) -> JsValue {
    if !target.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(target, &name.into()).unwrap()
}

pub fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let out = Object::new();
    for (name, value) in entries {
        Reflect::set(&out, &(*name).into(), value).unwrap();
    }
    out.into()
}

pub fn client_with_key(key: &str) -> Client {
    let options = object(&[
        ("adminAPIKey", key.into()),
        ("baseURL", BASE_URL.into()),
        ("dangerouslyAllowBrowser", true.into()),
    ]);
    Client::new(options, None).unwrap_or_else(|e| panic!("client: {:?}", get(&e, "code")))
}

/// A listing walked page by page as the wrapper walks it: through the positions' JS methods.
pub struct Walk {
    at: RefCell<JsValue>,
}

impl Walk {
    /// Whether another page is due.
    pub fn has_next(&self) -> bool {
        get(&self.at.borrow(), "hasNext").as_bool().unwrap()
    }

    /// The `after` that resumes the listing after the last page read.
    pub fn resume_cursor(&self) -> Option<String> {
        get(&self.at.borrow(), "resumeCursor").as_string()
    }
}

/// The next page's body (`undefined` at the end).
pub async fn next(walk: &Walk) -> Result<JsValue, JsValue> {
    let at = walk.at.borrow().clone();
    let fetch: Function = get(&at, "fetch").unchecked_into();
    let page = JsFuture::from(Promise::from(fetch.call0(&at)?)).await?;
    if !page.is_undefined() {
        *walk.at.borrow_mut() = get(&page, "next");
    }
    Ok(get(&page, "body"))
}

/// Every page until the end, as (ids, page count).
pub async fn drain(walk: &Walk) -> Result<(Vec<String>, usize), JsValue> {
    let (mut ids, mut count) = (Vec::new(), 0);
    loop {
        let page = next(walk).await?;
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
pub async fn control(path: &str, body: Option<&str>) -> JsValue {
    let init = match body {
        Some(body) => object(&[("method", "POST".into()), ("body", body.into())]),
        None => object(&[]),
    };
    let fetch: js_sys::Function = get(&js_sys::global(), "fetch").unchecked_into();
    let url = JsValue::from(format!("{CONTROL_URL}{path}"));
    let response: web_sys::Response = JsFuture::from(
        fetch
            .call2(&JsValue::UNDEFINED, &url, &init)
            .unwrap()
            .unchecked_into::<Promise>(),
    )
    .await
    .unwrap()
    .unchecked_into();
    JsFuture::from(response.json().unwrap()).await.unwrap()
}

/// Awaits a call's promise: the answer's body, or the engine's error report.
pub async fn settle(promise: Promise) -> Result<JsValue, JsValue> {
    Ok(get(&JsFuture::from(promise).await?, "body"))
}

/// The operation `op` (named by the wrapper's method path) with no request options, settled.
pub async fn call(
    client: &Client,
    op: &str,
    target: JsValue,
    body: JsValue,
) -> Result<JsValue, JsValue> {
    let none = JsValue::UNDEFINED;
    settle(match op {
        "certificates.create" => client.create(body, none),
        "certificates.retrieve" => client.retrieve(target, body, none),
        "certificates.update" => client.update(target, body, none),
        "certificates.delete" => client.delete(target, none),
        "certificates.activate" => client.toggle(true, body, none),
        "certificates.deactivate" => client.toggle(false, body, none),
        "projects.certificates.activate" => client.toggle_in_project(target, true, body, none),
        "projects.certificates.deactivate" => client.toggle_in_project(target, false, body, none),
        "projects.retrieve" => client.retrieve_project(target, none),
        other => panic!("no operation {other}"),
    })
    .await
}

/// Lists `op` (`certificates`, `projects.certificates`, `projects`) page by page.
pub fn list(client: &Client, op: &str, target: JsValue, params: JsValue) -> Walk {
    let none = JsValue::UNDEFINED;
    match op {
        "certificates" => client.list_certificates(params, none, false),
        "projects.certificates" => client.list_project_certificates(target, params, none, false),
        "projects" => client.list_projects(params, none, false),
        other => panic!("no listing {other}"),
    }
    .map(|start: Position| Walk {
        at: RefCell::new(start.into()),
    })
    .unwrap_or_else(|e| panic!("list: {:?}", get(&e, "code")))
}

/// Checks that the test binary runs where the make target asked (a skipped browser layer fails).
pub fn assert_runtime() {
    let global: JsValue = js_sys::global().into();
    let user_agent = get(&get(&global, "navigator"), "userAgent")
        .as_string()
        .unwrap_or_default();
    match option_env!("EXPECT_RUNTIME") {
        Some("chrome") => {
            assert!(
                !get(&global, "document").is_undefined(),
                "expected a browser page"
            );
            assert!(user_agent.contains("Chrome"), "user agent {user_agent:?}");
        }
        Some("node") => assert!(!get(&global, "process").is_undefined(), "expected Node"),
        other => panic!("EXPECT_RUNTIME must be set at compile time, got {other:?}"),
    }
}

//! The transport: the only module that touches `fetch`.
//!
//! It sends one request to the configured base URL (the only origin that ever sees the key), and
//! turns the answer into the parsed JSON body or an [`Error`] carrying the status, the API's error
//! body and the `x-request-id` header.

use gloo_net::http::{Method, Request, RequestBuilder, Response};
use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use serde::Serialize;

use crate::config::ClientConfig;
use crate::convert::to_js;
use crate::error::{body_excerpt, ApiFailure, Error};
use crate::types::ApiErrorBody;

/// One API request, relative to the base URL.
pub struct ApiRequest {
    /// HTTP method.
    pub method: Method,
    /// Path and query below the base URL, already percent-encoded.
    pub path: String,
    /// A JSON body, already serialized.
    pub body: Option<String>,
    /// Whether sending it twice is harmless (everything but an upload); retries depend on it.
    pub idempotent: bool,
}

impl ApiRequest {
    /// A `GET` of `path`.
    pub fn get(path: String) -> Self {
        ApiRequest { method: Method::GET, path, body: None, idempotent: true }
    }

    /// A `DELETE` of `path`.
    pub fn delete(path: String) -> Self {
        ApiRequest { method: Method::DELETE, path, body: None, idempotent: true }
    }

    /// A `POST` of `body` as JSON to `path`; idempotent unless marked otherwise.
    pub fn post(path: String, body: &impl Serialize) -> Self {
        let json = js_sys::JSON::stringify(&to_js(body)).ok().and_then(|s| s.as_string());
        ApiRequest { method: Method::POST, path, body: json, idempotent: true }
    }

    /// Marks a request that a retry must never send twice (an upload).
    pub fn non_idempotent(mut self) -> Self {
        self.idempotent = false;
        self
    }
}

/// A successful answer.
pub struct ApiResponse {
    /// The body, parsed by the runtime's own JSON parser.
    pub body: JsValue,
    /// The `x-request-id` response header.
    pub request_id: Option<String>,
}

/// Sends requests with the configured key to the configured base URL.
pub struct Transport {
    config: ClientConfig,
    /// A caller-supplied `fetch`; the global one when `None`.
    custom_fetch: Option<Function>,
}

impl Transport {
    /// A transport for `config`, using `custom_fetch` instead of the global `fetch` when given.
    pub fn new(config: ClientConfig, custom_fetch: Option<Function>) -> Self {
        Transport { config, custom_fetch }
    }

    /// Sends `request` and returns the parsed body of a 2xx answer.
    pub async fn send(&self, request: ApiRequest) -> Result<ApiResponse, Error> {
        let url = format!("{}{}", self.config.base_url, request.path);
        let mut builder = RequestBuilder::new(&url).method(request.method).header("Accept", "application/json");
        if let Some(key) = &self.config.admin_key {
            builder = builder.header("Authorization", &key.authorization());
        }
        let built = match request.body {
            Some(body) => builder.header("Content-Type", "application/json").body(body),
            None => builder.build(),
        }
        .map_err(|e| Error::Connection(format!("could not build the request: {e}")))?;

        let response = self.fetch(built).await?;
        let request_id = response.headers().get("x-request-id");
        if !response.ok() {
            return Err(Error::Api(failure(response, request_id).await));
        }
        let raw: web_sys::Response = response.into();
        let body = match raw.json() {
            Ok(promise) => JsFuture::from(promise).await,
            Err(e) => Err(e),
        }
        .map_err(|e| Error::UnexpectedResponse {
            message: format!("the response body is not valid JSON: {}", js_message(&e)),
            request_id: request_id.clone(),
        })?;
        Ok(ApiResponse { body, request_id })
    }

    async fn fetch(&self, request: Request) -> Result<Response, Error> {
        let Some(fetch) = &self.custom_fetch else {
            return request.send().await.map_err(|e| Error::Connection(format!("connection error: {e}")));
        };
        let raw: web_sys::Request = request.into();
        let returned = fetch
            .call1(&JsValue::UNDEFINED, &raw)
            .map_err(|e| Error::Connection(format!("connection error: {}", js_message(&e))))?;
        let answer = JsFuture::from(js_sys::Promise::resolve(&returned))
            .await
            .map_err(|e| Error::Connection(format!("connection error: {}", js_message(&e))))?;
        answer
            .dyn_into::<web_sys::Response>()
            .map(Response::from)
            .map_err(|_| Error::Connection("the custom fetch did not resolve to a Response".into()))
    }
}

/// Reads an error answer: the API's `{"error": {...}}` body when there is one, else an excerpt of
/// whatever the body holds (an HTML page from a proxy, say).
async fn failure(response: Response, request_id: Option<String>) -> ApiFailure {
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    let error = js_sys::JSON::parse(&text)
        .ok()
        .and_then(|json| serde_wasm_bindgen::from_value::<ApiErrorBody>(json).ok())
        .map(|body| body.error);
    let detail = match &error {
        Some(error) if !error.message.is_empty() => error.message.clone(),
        _ => body_excerpt(&text),
    };
    let message = if detail.is_empty() {
        format!("{status} status code (no body)")
    } else {
        format!("{status} {detail}")
    };
    ApiFailure { status, request_id, error, message }
}

/// The `message` of a thrown JS value, with its `cause`'s message when there is one (Node's fetch
/// says only "fetch failed" and puts the reason in `cause`).
fn js_message(value: &JsValue) -> String {
    let text = |v: &JsValue| {
        Reflect::get(v, &"message".into()).ok().and_then(|m| m.as_string()).or_else(|| v.as_string())
    };
    let message = text(value).unwrap_or_else(|| "unknown error".into());
    match Reflect::get(value, &"cause".into()).ok().filter(|c| c.is_object()).and_then(|c| text(&c)) {
        Some(cause) => format!("{message} ({cause})"),
        None => message,
    }
}

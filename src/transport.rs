//! The transport: the only module that touches `fetch`.
//!
//! It sends one request to the configured base URL (the only origin that ever sees the key), with
//! a timeout per attempt, the caller's `AbortSignal`, and retries as [`crate::retry`] decides, and
//! turns the answer into the parsed JSON body or an [`Error`] carrying the status, the API's error
//! body, the headers and the `x-request-id`.

use gloo_net::http::{Method, Request, RequestBuilder, Response};
use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortSignal;

use crate::config::ClientConfig;
use crate::error::{body_excerpt, ApiFailure, Error};
use crate::retry::{decide, Attempt, Decision, RetryHeaders};
use crate::types::ApiErrorBody;
use crate::validation::CallSettings;

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
        ApiRequest { method: Method::POST, path, body: serde_json::to_string(body).ok(), idempotent: true }
    }

    /// Marks a request that a retry must never send twice (an upload).
    pub fn non_idempotent(mut self) -> Self {
        self.idempotent = false;
        self
    }
}

/// How one call is sent: its settings and the caller's abort signal.
#[derive(Clone, Default)]
pub struct CallOptions {
    /// Timeout, retries and prefetch.
    pub settings: CallSettings,
    /// The caller's signal, if any.
    pub signal: Option<AbortSignal>,
}

/// A successful answer, checked against its expected type.
pub struct ApiResponse<T> {
    /// The body as decoded: every field the spec requires was there, with its type.
    pub value: T,
    /// The body's text, for the caller's plain JS objects (see [`ApiResponse::to_js`]).
    pub text: String,
    /// The `x-request-id` response header.
    pub request_id: Option<String>,
}

impl<T> ApiResponse<T> {
    /// The checked body as plain JS objects, built by the runtime's own `JSON.parse`: the fastest
    /// of the decode paths measured (bench/decode.mjs), and one boundary crossing per response.
    pub fn to_js(&self) -> JsValue {
        js_sys::JSON::parse(&self.text).unwrap_or(JsValue::UNDEFINED)
    }
}

/// Sends requests with the configured key to the configured base URL.
pub struct Transport {
    config: ClientConfig,
    /// A caller-supplied `fetch`; the global one when `None`.
    custom_fetch: Option<Function>,
}

/// A failed attempt: the error to report and what the retry policy needs to know.
struct Failure {
    error: Error,
    attempt: Attempt,
}

impl Transport {
    /// A transport for `config`, using `custom_fetch` instead of the global `fetch` when given.
    pub fn new(config: ClientConfig, custom_fetch: Option<Function>) -> Self {
        Transport { config, custom_fetch }
    }

    /// The settings calls use unless they set their own.
    pub fn defaults(&self) -> CallSettings {
        self.config.defaults
    }

    /// Sends `request`, retrying as the policy allows, and returns the body of a 2xx answer decoded
    /// as `T` (naming the offending field when it does not fit).
    pub async fn send<T: DeserializeOwned>(&self, request: ApiRequest, options: &CallOptions) -> Result<ApiResponse<T>, Error> {
        let mut retries = 0;
        loop {
            if options.signal.as_ref().is_some_and(AbortSignal::aborted) {
                return Err(Error::Aborted);
            }
            let failure = match self.attempt(&request, options).await {
                Ok(response) => return Ok(response),
                Err(failure) => failure,
            };
            let now = js_sys::Date::now();
            let settings = &options.settings;
            match decide(&failure.attempt, retries, settings.max_retries, request.idempotent, now, js_sys::Math::random()) {
                Decision::GiveUp => return Err(failure.error),
                Decision::WaitTooLong { delay_ms } => return Err(too_long(failure.error, delay_ms)),
                Decision::Retry { delay_ms } => sleep(delay_ms, options.signal.as_ref()).await?,
            }
            retries += 1;
        }
    }

    async fn attempt<T: DeserializeOwned>(&self, request: &ApiRequest, options: &CallOptions) -> Result<ApiResponse<T>, Failure> {
        let guard = AttemptSignal::new(options.settings.timeout_ms, options.signal.as_ref());
        let signal = guard.signal();
        let classify = |thrown: JsValue| self.classify(thrown, options, guard.timed_out());

        let built = self.build(request, &signal).map_err(|e| Failure {
            error: Error::Connection(format!("could not build the request: {e}")),
            attempt: Attempt::ConnectionFailed { before_sending: true },
        })?;
        let response = self.fetch(built).await.map_err(classify)?;
        let request_id = response.headers().get("x-request-id");
        if !response.ok() {
            let status = response.status();
            let headers = retry_headers(&response);
            let failure = self.redact(read_failure(response, request_id).await);
            return Err(Failure { error: Error::Api(failure), attempt: Attempt::Response { status, headers } });
        }
        let raw: web_sys::Response = response.into();
        let text = match raw.text() {
            Ok(promise) => JsFuture::from(promise).await,
            Err(e) => Err(e),
        }
        .map_err(classify)?
        .as_string()
        .unwrap_or_default();
        match decode::<T>(&text) {
            Ok(value) => Ok(ApiResponse { value, text, request_id }),
            // A 2xx body that is not JSON (cut short by a proxy, an HTML page): worth another try
            // for a request that may be repeated, like a dropped connection; never for an upload.
            Err(Decoding::NotJson(message)) => Err(Failure {
                error: Error::UnexpectedResponse { message, request_id },
                attempt: Attempt::ConnectionFailed { before_sending: false },
            }),
            // JSON of the wrong shape will not improve by asking again.
            Err(Decoding::WrongShape(message)) => Err(Failure {
                error: Error::UnexpectedResponse { message, request_id },
                attempt: Attempt::Response { status: 200, headers: RetryHeaders { should_retry: Some(false), ..Default::default() } },
            }),
        }
    }

    /// Removes the key from whatever the server sent back, should it echo it.
    fn redact(&self, mut failure: ApiFailure) -> ApiFailure {
        if let Some(key) = &self.config.admin_key {
            failure.message = key.redact(&failure.message);
            if let Some(error) = &mut failure.error {
                error.message = key.redact(&error.message);
                for field in [&mut error.param, &mut error.code, &mut error.kind].into_iter().flatten() {
                    *field = key.redact(field);
                }
            }
            for (_, value) in &mut failure.headers {
                *value = key.redact(value);
            }
        }
        failure
    }

    fn build(&self, request: &ApiRequest, signal: &AbortSignal) -> Result<Request, gloo_net::Error> {
        let url = format!("{}{}", self.config.base_url, request.path);
        let mut builder = RequestBuilder::new(&url)
            .method(request.method.clone())
            .header("Accept", "application/json")
            .abort_signal(Some(signal));
        if let Some(key) = &self.config.admin_key {
            builder = builder.header("Authorization", &key.authorization());
        }
        match &request.body {
            Some(body) => builder.header("Content-Type", "application/json").body(body.as_str()),
            None => builder.build(),
        }
    }

    /// What a thrown fetch (or body read) means: the caller's abort, our timeout, or the network.
    fn classify(&self, thrown: JsValue, options: &CallOptions, timed_out: bool) -> Failure {
        if options.signal.as_ref().is_some_and(AbortSignal::aborted) {
            return Failure { error: Error::Aborted, attempt: Attempt::ConnectionFailed { before_sending: false } };
        }
        if timed_out {
            return Failure { error: Error::Timeout { timeout_ms: options.settings.timeout_ms }, attempt: Attempt::TimedOut };
        }
        let code = Reflect::get(&thrown, &"cause".into())
            .ok()
            .filter(JsValue::is_object)
            .and_then(|cause| Reflect::get(&cause, &"code".into()).ok())
            .and_then(|code| code.as_string());
        // Node names the failures that happen before any byte is sent; browsers do not.
        let before_sending = matches!(code.as_deref(), Some("ECONNREFUSED" | "ENOTFOUND" | "EAI_AGAIN"));
        Failure {
            error: Error::Connection(format!("connection error: {}", js_message(&thrown))),
            attempt: Attempt::ConnectionFailed { before_sending },
        }
    }

    async fn fetch(&self, request: Request) -> Result<Response, JsValue> {
        let raw: web_sys::Request = request.into();
        let returned = match &self.custom_fetch {
            Some(fetch) => fetch.call1(&JsValue::UNDEFINED, &raw)?,
            None => global_fetch(&raw).into(),
        };
        let answer = JsFuture::from(Promise::resolve(&returned)).await?;
        answer
            .dyn_into::<web_sys::Response>()
            .map(Response::from)
            .map_err(|_| js_sys::Error::new("fetch did not resolve to a Response").into())
    }
}

/// The signal of one attempt: aborted by the caller's signal or by the attempt's timeout. Dropping
/// it clears the timer and removes the listener, so a long listing leaves nothing behind per
/// request (`AbortSignal.any` would register every attempt on the listing's signal for good).
struct AttemptSignal {
    controller: web_sys::AbortController,
    timed_out: Rc<Cell<bool>>,
    timer: JsValue,
    parent: Option<(AbortSignal, Closure<dyn FnMut()>)>,
    _on_timeout: Closure<dyn FnMut()>,
}

impl AttemptSignal {
    fn new(timeout_ms: u32, parent: Option<&AbortSignal>) -> Self {
        let controller = web_sys::AbortController::new().expect("AbortController exists in every supported runtime");
        let timed_out = Rc::new(Cell::new(false));
        let on_timeout = {
            let (controller, timed_out) = (controller.clone(), timed_out.clone());
            Closure::<dyn FnMut()>::new(move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let timer = global_call("setTimeout", &on_timeout.as_ref().clone(), &JsValue::from(timeout_ms));
        let parent = parent.map(|signal| {
            let controller = controller.clone();
            let on_abort = Closure::<dyn FnMut()>::new(move || controller.abort());
            let _ = signal.add_event_listener_with_callback("abort", on_abort.as_ref().unchecked_ref());
            (signal.clone(), on_abort)
        });
        if parent.as_ref().is_some_and(|(signal, _)| signal.aborted()) {
            controller.abort();
        }
        AttemptSignal { controller, timed_out, timer, parent, _on_timeout: on_timeout }
    }

    fn signal(&self) -> AbortSignal {
        self.controller.signal()
    }

    fn timed_out(&self) -> bool {
        self.timed_out.get()
    }
}

impl Drop for AttemptSignal {
    fn drop(&mut self) {
        global_call("clearTimeout", &self.timer, &JsValue::UNDEFINED);
        if let Some((signal, on_abort)) = &self.parent {
            let _ = signal.remove_event_listener_with_callback("abort", on_abort.as_ref().unchecked_ref());
        }
    }
}

/// Calls a global function such as `setTimeout` (bound to the global object, as it must be).
fn global_call(name: &str, first: &JsValue, second: &JsValue) -> JsValue {
    let global: JsValue = js_sys::global().into();
    Reflect::get(&global, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call2(&global, first, second).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The global `fetch`, which browsers, workers and Node all have.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(request: &web_sys::Request) -> Promise;
}

fn retry_headers(response: &Response) -> RetryHeaders {
    let headers = response.headers();
    RetryHeaders {
        should_retry: headers.get("x-should-retry").map(|v| v.trim() == "true"),
        retry_after_ms: headers.get("retry-after-ms"),
        retry_after: headers.get("retry-after"),
    }
}

/// Reads an error answer: the API's `{"error": {...}}` body when there is one, else an excerpt of
/// whatever the body holds (an HTML page from a proxy, say).
async fn read_failure(response: Response, request_id: Option<String>) -> ApiFailure {
    let status = response.status();
    let headers: Vec<(String, String)> = response.headers().entries().collect();
    let text = response.text().await.unwrap_or_default();
    let error = serde_json::from_str::<ApiErrorBody>(&text).ok().map(|body| body.error);
    let detail = match &error {
        Some(error) if !error.message.is_empty() => error.message.clone(),
        _ => body_excerpt(&text),
    };
    let message = if detail.is_empty() { format!("{status} status code (no body)") } else { format!("{status} {detail}") };
    ApiFailure { status, request_id, error, message, headers }
}

/// A rate limit whose wait is too long to sleep through: the failure, saying when to come back.
fn too_long(error: Error, delay_ms: f64) -> Error {
    match error {
        Error::Api(mut failure) => {
            failure.message = format!(
                "{} (the server asks to retry after {} s; not waiting more than 60 s)",
                failure.message,
                (delay_ms / 1000.0).ceil()
            );
            Error::Api(failure)
        }
        other => other,
    }
}

/// Waits `ms`, or until `signal` aborts (then at once, with [`Error::Aborted`]).
async fn sleep(ms: f64, signal: Option<&AbortSignal>) -> Result<(), Error> {
    let global: JsValue = js_sys::global().into();
    let set_timeout: Function = Reflect::get(&global, &"setTimeout".into()).map_err(|_| Error::Aborted)?.unchecked_into();
    let clear_timeout: Function = Reflect::get(&global, &"clearTimeout".into()).map_err(|_| Error::Aborted)?.unchecked_into();
    let mut executor = |resolve: Function, reject: Function| {
        let timer = set_timeout.call2(&global, &resolve, &JsValue::from_f64(ms)).unwrap_or(JsValue::UNDEFINED);
        if let Some(signal) = signal {
            let clear_timeout = clear_timeout.clone();
            let global = global.clone();
            let on_abort = Closure::once_into_js(move || {
                let _ = clear_timeout.call1(&global, &timer);
                let _ = reject.call0(&JsValue::UNDEFINED);
            });
            let once = js_sys::Object::new();
            let _ = Reflect::set(&once, &"once".into(), &true.into());
            let add: Option<Function> = Reflect::get(signal, &"addEventListener".into()).ok().and_then(|f| f.dyn_into().ok());
            if let Some(add) = add {
                let _ = add.call3(signal, &"abort".into(), &on_abort, &once);
            }
        }
    };
    if signal.is_some_and(AbortSignal::aborted) {
        return Err(Error::Aborted);
    }
    JsFuture::from(Promise::new(&mut executor)).await.map(|_| ()).map_err(|_| Error::Aborted)
}

/// Why a body could not be decoded.
pub enum Decoding {
    /// Not JSON at all.
    NotJson(String),
    /// JSON, but not of the expected shape.
    WrongShape(String),
}

/// Decodes `text` as `T` with serde_json, naming the path of the offending field. Path tracking
/// halves decoding speed, so it runs only to word the error of a body that already failed.
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, Decoding> {
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let message = format!("unexpected response body at `{}`: {}", e.path(), e.inner());
        match e.inner().classify() {
            serde_json::error::Category::Data => Decoding::WrongShape(message),
            _ => Decoding::NotJson(format!("the response body is not valid JSON: {}", e.inner())),
        }
    })
}

/// The `message` of a thrown JS value, with its `cause`'s message when there is one (Node's fetch
/// says only "fetch failed" and puts the reason in `cause`).
fn js_message(value: &JsValue) -> String {
    let text = |v: &JsValue| Reflect::get(v, &"message".into()).ok().and_then(|m| m.as_string()).or_else(|| v.as_string());
    let message = text(value).unwrap_or_else(|| "unknown error".into());
    match Reflect::get(value, &"cause".into()).ok().filter(|c| c.is_object()).and_then(|c| text(&c)) {
        Some(cause) => format!("{message} ({cause})"),
        None => message,
    }
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::CertificatePage;

    #[test]
    fn decoding_tells_a_broken_body_from_a_wrong_shape() {
        let page = r#"{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}"#;
        assert!(decode::<CertificatePage>(page).is_ok());
        match decode::<CertificatePage>(&page[..30]) {
            Err(Decoding::NotJson(message)) => assert!(message.starts_with("the response body is not valid JSON")),
            _ => panic!("a truncated body is not JSON"),
        }
        match decode::<CertificatePage>(&page.replace("false", "\"no\"")) {
            Err(Decoding::WrongShape(message)) => assert!(message.starts_with("unexpected response body at `has_more`")),
            _ => panic!("a wrong type is a wrong shape"),
        }
    }
}

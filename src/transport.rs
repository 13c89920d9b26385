//! The transport: the only module that calls `fetch`, and the one request path every operation
//! takes (one retry loop, one attempt, one body check).
//!
//! `fetch` is called as `fetch(url, init)`, the global one or the caller's, as the official SDK
//! calls it: `init` holds `method`, `headers` (a `Headers`, built with gloo-net), `body`, `signal`
//! and `redirect: 'manual'` over the caller's `fetchOptions`. The answer is read through
//! gloo-net's `Response` (status, type, headers, and the text of an error body). gloo-net's own
//! `Request::send` is not used: it takes no `fetchOptions` (an undici `dispatcher` for mTLS) and no
//! caller's `fetch`, and turns a rejection into its own error without the `cause` that tells a
//! refused connection from a dropped one (the upload retry rule needs it in Node).
//!
//! Redirects are never followed: the key is sent only to the `baseURL`'s origin, and a listing
//! never goes on with another server's data.

use gloo_net::http::{Headers, Response};
use js_sys::{Function, Object, Promise, Reflect};
use pure::config::{ClientConfig, LogLevel};
use pure::decode::{check, locate, PageFacts};
use pure::error::{ApiFailure, Error, MAX_ERROR_BODY_BYTES};
use pure::options::{merge, RequestOptions};
use pure::redact::Redactor;
use pure::request::ApiRequest;
use pure::retry::{decide, Attempt, Decision, RetryHeaders};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortSignal;

use crate::abort::{any_aborted, sleep, AttemptSignal};
use crate::js::{get, json_parse, set, JsBody};

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`, which browsers, workers, Node, Deno, Bun and workerd all have.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str, init: &JsValue) -> Promise;
}

/// How one call is sent: its checked options, its signals, its `fetchOptions`.
#[derive(Clone, Default)]
pub struct CallContext {
    /// Settings, headers, query, idempotency key.
    pub options: RequestOptions,
    /// Abort signals: the caller's, and a listing's own (for `break`).
    pub signals: Vec<AbortSignal>,
    /// The call's `fetchOptions` (an object, or `undefined`).
    pub fetch_options: JsValue,
}

/// A successful answer, checked.
pub struct Reply {
    /// The body, parsed by the runtime and handed on untouched.
    pub body: JsValue,
    /// The body's text (a JS string), for `asResponse()`.
    pub text: JsValue,
    /// The `Response` (its body read).
    pub response: web_sys::Response,
    /// The `x-request-id` response header.
    pub request_id: Option<String>,
    /// For a page, what pagination needs.
    pub page: Option<PageFacts>,
}

/// Sends requests with the configured key to the configured base URL.
pub struct Transport {
    /// The checked client options.
    pub config: ClientConfig,
    /// Removes the key from everything that leaves the client.
    pub redactor: Redactor,
    /// A caller-supplied `fetch`; the global one when `None`.
    pub fetch: Option<Function>,
    /// The client's `fetchOptions`.
    pub fetch_options: JsValue,
    /// The wrapper's log sink, `(level, event, fields)`, called only for enabled levels.
    pub log: Option<Function>,
}

/// A failed attempt: the error to report and what the retry policy needs to know.
struct Failure {
    error: Error,
    attempt: Attempt,
}

impl Failure {
    /// A failure no retry can help (a redirect, a body of the wrong shape).
    fn last(error: Error) -> Self {
        let headers = RetryHeaders {
            should_retry: Some(false),
            ..RetryHeaders::default()
        };
        Failure {
            error,
            attempt: Attempt::Response { status: 0, headers },
        }
    }
}

impl Transport {
    /// Sends `request`, retrying as the policy allows, and returns the checked answer.
    pub async fn execute(&self, request: &ApiRequest, call: &CallContext) -> Result<Reply, Error> {
        let request = request
            .clone()
            .with_extra_query(&[&self.config.query, &call.options.query]);
        let mut url = self.config.base_url.clone();
        url.push_str(&request.path);
        let init = self.init(&request, call);
        let settings = call.options.settings;
        let mut retries = 0;
        loop {
            if any_aborted(&call.signals) {
                return Err(Error::Aborted);
            }
            self.log(
                LogLevel::Debug,
                "request",
                request.method.as_str(),
                &url,
                retries,
                JsValue::UNDEFINED,
            );
            let failure = match self.attempt(&request, &url, &init, call).await {
                Ok(reply) => return Ok(reply),
                Err(failure) => failure,
            };
            let decision = decide(
                &failure.attempt,
                retries,
                settings.max_retries,
                request.idempotent,
                js_sys::Date::now(),
                js_sys::Math::random(),
            );
            match decision {
                Decision::GiveUp => return Err(failure.error),
                Decision::WaitTooLong { delay_ms } => {
                    return Err(with_wait(failure.error, delay_ms))
                }
                Decision::Retry { delay_ms } => {
                    self.log(
                        LogLevel::Info,
                        "retry",
                        request.method.as_str(),
                        &url,
                        retries + 1,
                        JsValue::from_f64(delay_ms),
                    );
                    sleep(delay_ms, &call.signals)
                        .await
                        .map_err(|()| Error::Aborted)?;
                }
            }
            retries += 1;
        }
    }

    /// The `init` of every attempt but its signal: the caller's `fetchOptions` under our own
    /// method, headers and body, which they cannot override.
    fn init(&self, request: &ApiRequest, call: &CallContext) -> JsValue {
        let init: JsValue = Object::new().into();
        for options in [&self.fetch_options, &call.fetch_options] {
            if options.is_object() {
                let _ = Object::assign(
                    init.unchecked_ref::<Object>(),
                    options.unchecked_ref::<Object>(),
                );
            }
        }
        let mut own = vec![("accept".to_owned(), "application/json".to_owned())];
        if request.body.is_some() {
            own.push(("content-type".into(), "application/json".into()));
        }
        if let Some(key) = &self.config.admin_key {
            own.push(("authorization".into(), key.authorization()));
        }
        if let Some(key) = &call.options.idempotency_key {
            own.push(("idempotency-key".into(), key.clone()));
        }
        // Names and values were checked (options::headers), so `set` cannot throw here.
        let headers = Headers::new();
        for (name, value) in merge(own, &[&self.config.headers, &call.options.headers]) {
            headers.set(&name, &value);
        }
        set(&init, "method", &JsValue::from_str(request.method.as_str()));
        set(&init, "headers", &headers.into_raw());
        set(&init, "redirect", &JsValue::from_str("manual"));
        if let Some(body) = &request.body {
            // The body's JSON text from its wire type, with the runtime's serializer.
            let text = serde_wasm_bindgen::to_value(body)
                .ok()
                .and_then(|value| js_sys::JSON::stringify(&value).ok());
            if let Some(text) = text {
                set(&init, "body", &text);
            }
        }
        init
    }

    async fn attempt(
        &self,
        request: &ApiRequest,
        url: &str,
        init: &JsValue,
        call: &CallContext,
    ) -> Result<Reply, Failure> {
        let guard = AttemptSignal::new(call.options.settings.timeout_ms, &call.signals);
        if let Some(guard) = &guard {
            set(init, "signal", &guard.signal());
        }
        let timed_out = || guard.as_ref().is_some_and(AttemptSignal::timed_out);
        let classify = |thrown: JsValue| self.classify(&thrown, call, timed_out());
        let raw = self.fetch(url, init).await.map_err(classify)?;
        // `Clone::clone`: `raw.clone()` would be the JS `Response.clone()`, a copy of the body.
        let response = Response::from(Clone::clone(&raw));
        let status = response.status();
        // `opaqueredirect`: a browser's manual redirect, whose status and location it hides.
        if response.type_() == web_sys::ResponseType::Opaqueredirect || (300..400).contains(&status)
        {
            let location = response.headers().get("location");
            return Err(Failure::last(Error::Redirect { status, location }));
        }
        let request_id = response.headers().get("x-request-id");
        let text = read_text(&raw).await.map_err(classify)?;
        self.log(
            LogLevel::Debug,
            "response",
            request.method.as_str(),
            url,
            u32::from(status),
            JsValue::from_f64(f64::from(status)),
        );
        if !response.ok() {
            let headers = retry_headers(&response);
            let mut body = text.as_string().unwrap_or_default();
            if body.len() > MAX_ERROR_BODY_BYTES {
                let mut cut = MAX_ERROR_BODY_BYTES;
                while !body.is_char_boundary(cut) {
                    cut -= 1;
                }
                body.truncate(cut);
            }
            let failure = ApiFailure {
                status,
                request_id,
                headers: response.headers().entries().collect(),
                body,
                retry_after_s: None,
            };
            return Err(Failure {
                error: Error::Api(failure),
                attempt: Attempt::Response { status, headers },
            });
        }
        let body = match json_parse(&text) {
            Ok(body) => body,
            // A 2xx body that is not JSON (cut short by a proxy, an HTML page): worth another try
            // for a request that may be repeated, like a dropped connection; never for an upload.
            Err(thrown) => {
                let detail = get(&thrown, "message").as_string().unwrap_or_default();
                let error = Error::NotJson { detail, request_id };
                return Err(Failure {
                    error,
                    attempt: Attempt::ConnectionFailed {
                        before_sending: false,
                    },
                });
            }
        };
        let read = serde_wasm_bindgen::Deserializer::from(body.clone());
        let page = check(request.expect, read).map_err(|_| {
            let shape = locate(request.expect, &JsBody(body.clone()));
            Failure::last(Error::Shape {
                path: shape.path,
                detail: shape.detail,
                request_id: request_id.clone(),
            })
        })?;
        Ok(Reply {
            body,
            text,
            response: raw,
            request_id,
            page,
        })
    }

    /// What a thrown `fetch` (or body read) means: an abort, our timeout, or the network.
    fn classify(&self, thrown: &JsValue, call: &CallContext, timed_out: bool) -> Failure {
        if any_aborted(&call.signals) {
            return Failure {
                error: Error::Aborted,
                attempt: Attempt::ConnectionFailed {
                    before_sending: false,
                },
            };
        }
        if timed_out {
            return Failure {
                error: Error::Timeout {
                    timeout_ms: call.options.settings.timeout_ms,
                },
                attempt: Attempt::TimedOut,
            };
        }
        let cause = get(thrown, "cause");
        // Node names the failures that happen before any byte is sent; browsers do not.
        let code = get(&cause, "code").as_string();
        let before_sending = matches!(
            code.as_deref(),
            Some("ECONNREFUSED" | "ENOTFOUND" | "EAI_AGAIN")
        );
        Failure {
            error: Error::Connection {
                detail: js_message(thrown),
            },
            attempt: Attempt::ConnectionFailed { before_sending },
        }
    }

    async fn fetch(&self, url: &str, init: &JsValue) -> Result<web_sys::Response, JsValue> {
        let returned = match &self.fetch {
            Some(fetch) => fetch.call2(&JsValue::UNDEFINED, &JsValue::from_str(url), init)?,
            None => global_fetch(url, init).into(),
        };
        let answer = JsFuture::from(Promise::resolve(&returned)).await?;
        answer
            .dyn_into::<web_sys::Response>()
            .map_err(|_| js_sys::Error::new("fetch did not resolve to a Response").into())
    }

    /// Calls the log sink for an enabled `level`.
    fn log(&self, level: LogLevel, event: &str, method: &str, url: &str, n: u32, extra: JsValue) {
        let Some(log) = &self.log else { return };
        if level > self.config.log_level {
            return;
        }
        let fields = js_sys::Array::of5(
            &JsValue::from_str(method),
            &JsValue::from_str(&self.redactor.redact(url)),
            &JsValue::from(n),
            &extra,
            &JsValue::UNDEFINED,
        );
        let _ = log.call3(
            &JsValue::UNDEFINED,
            &JsValue::from_str(level.as_str()),
            &JsValue::from_str(event),
            &fields,
        );
    }
}

/// Reads a response's body as a JS string: it never crosses into the wasm unless it is an error.
/// (gloo-net's `Response::text` would copy every page into a Rust `String` first.)
async fn read_text(response: &web_sys::Response) -> Result<JsValue, JsValue> {
    JsFuture::from(response.text()?).await
}

fn retry_headers(response: &Response) -> RetryHeaders {
    let headers = response.headers();
    let header = |name: &str| headers.get(name);
    RetryHeaders {
        should_retry: header("x-should-retry").map(|v| v.trim() == "true"),
        retry_after_ms: header("retry-after-ms"),
        retry_after: header("retry-after"),
    }
}

/// A rate limit whose wait is too long to sleep through: the failure, saying when to come back.
fn with_wait(error: Error, delay_ms: f64) -> Error {
    match error {
        Error::Api(mut failure) => {
            failure.retry_after_s =
                Some((delay_ms / 1000.0).ceil().min(f64::from(u32::MAX)) as u32);
            Error::Api(failure)
        }
        other => other,
    }
}

/// The `message` of a thrown JS value, with its `cause`'s message when there is one (Node's fetch
/// says only "fetch failed" and puts the reason in `cause`).
fn js_message(value: &JsValue) -> String {
    let text = |v: &JsValue| get(v, "message").as_string().or_else(|| v.as_string());
    let mut message = text(value).unwrap_or_else(|| "unknown error".into());
    let cause = Reflect::get(value, &"cause".into())
        .ok()
        .filter(JsValue::is_object);
    if let Some(cause) = cause.as_ref().and_then(text) {
        message.push_str(" (");
        message.push_str(&cause);
        message.push(')');
    }
    message
}

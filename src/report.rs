//! Errors to JS: each [`Error`] becomes a plain object `{ code, ...fields }` that the wrapper turns
//! into the right error class with its message (`pkg-template/src/error-table.mjs`).
//!
//! This is the one redaction step: every string that goes into a report (a server's error body,
//! its headers, a runtime's message, a caller's value) passes [`Redactor::redact`] here, before
//! anything is cut to an excerpt and before the wrapper composes a message from it.

use js_sys::{Array, Object};
use pure::error::{body_excerpt, ApiFailure, ConfigProblem, Error, Got, Problem};
use pure::redact::Redactor;
use wasm_bindgen::{JsCast, JsValue};

use crate::js::{get, json_parse, set};

/// Deepest nesting of an error body kept; deeper parts become `null`.
const MAX_BODY_DEPTH: u8 = 16;

/// Builds report objects, with every string redacted.
struct Report<'a> {
    info: JsValue,
    redactor: &'a Redactor,
}

impl Report<'_> {
    fn text(&self, name: &str, text: &str) {
        set(
            &self.info,
            name,
            &JsValue::from_str(&self.redactor.redact(text)),
        );
    }

    fn optional_text(&self, name: &str, text: Option<&str>) {
        match text {
            Some(text) => self.text(name, text),
            None => set(&self.info, name, &JsValue::NULL),
        }
    }

    fn number(&self, name: &str, n: f64) {
        set(&self.info, name, &JsValue::from_f64(n));
    }

    fn constant(&self, name: &str, text: &'static str) {
        set(&self.info, name, &JsValue::from_str(text));
    }

    /// A caller's value as `gotType` (its `typeof`, or `array`/`null`) and `got` (primitives).
    fn got(&self, got: &Got) {
        let (kind, value) = match got {
            Got::Undefined => ("undefined", JsValue::UNDEFINED),
            Got::Null => ("null", JsValue::NULL),
            Got::Bool(b) => ("boolean", JsValue::from_bool(*b)),
            Got::Number(n) => ("number", JsValue::from_f64(*n)),
            Got::String(s) => ("string", JsValue::from_str(&self.redactor.redact(s))),
            Got::Array => ("array", JsValue::UNDEFINED),
            Got::Object => ("object", JsValue::UNDEFINED),
            Got::Other(kind) => (*kind, JsValue::UNDEFINED),
        };
        self.constant("gotType", kind);
        set(&self.info, "got", &value);
    }

    fn list(&self, name: &str, items: &[&str]) {
        let array = Array::new();
        for item in items {
            array.push(&JsValue::from_str(item));
        }
        set(&self.info, name, &array);
    }
}

/// The report of `error`, every string in it redacted by `redactor`.
pub fn report(error: &Error, redactor: &Redactor) -> JsValue {
    let r = Report {
        info: Object::new().into(),
        redactor,
    };
    r.constant("code", error.code());
    match error {
        Error::Invalid { param, problem } => {
            r.text("param", param);
            problem_fields(&r, problem);
        }
        Error::Config(problem) => config_fields(&r, problem),
        Error::Api(failure) => api_fields(&r, failure),
        Error::Redirect { status, location } => {
            r.number("status", f64::from(*status));
            r.optional_text("location", location.as_deref());
        }
        Error::Connection { detail } => r.text("detail", detail),
        Error::Timeout { timeout_ms } => r.number("timeoutMs", f64::from(*timeout_ms)),
        Error::Aborted | Error::Pagination(pure::error::PaginationError::MissingCursor) => {}
        Error::Shape {
            path,
            detail,
            request_id,
        } => {
            r.text("path", path);
            r.text("detail", detail);
            r.optional_text("requestID", request_id.as_deref());
        }
        Error::NotJson { detail, request_id } => {
            r.text("detail", detail);
            r.optional_text("requestID", request_id.as_deref());
        }
        Error::Pagination(pure::error::PaginationError::CursorLoop { cursor }) => {
            r.text("cursor", cursor)
        }
    }
    r.info
}

fn problem_fields(r: &Report, problem: &Problem) {
    match problem {
        Problem::NotAnObject { what, got } => {
            r.constant("what", what);
            r.got(got);
        }
        Problem::UnknownName { what, allowed } => {
            r.constant("what", what);
            r.list("allowed", allowed);
        }
        Problem::IntegerRange { min, max, got } => {
            r.number("min", f64::from(*min));
            r.number("max", f64::from(*max));
            r.got(got);
        }
        Problem::NonEmptyString { got } | Problem::Include { got } | Problem::Order { got } => {
            r.got(got)
        }
        Problem::ToArrayLimit { max } => r.number("max", f64::from(*max)),
        Problem::CertificateTooLarge { bytes, max } => {
            r.number("bytes", *bytes as f64);
            r.number("max", *max as f64);
        }
        Problem::WrongType { expected, got } => {
            r.constant("expected", expected);
            r.got(got);
        }
        Problem::IdsNotArray { max, got } => {
            r.number("max", *max as f64);
            r.got(got);
        }
        Problem::IdsCount { max, count } => {
            r.number("max", *max as f64);
            r.number("count", *count as f64);
        }
        Problem::IdsDuplicate { id } => r.text("id", id),
        Problem::Pem { detail } => r.text("detail", detail),
        Problem::DotSegment
        | Problem::CertificateRequired
        | Problem::CertificateNoBlock
        | Problem::HeaderName
        | Problem::HeaderValue
        | Problem::ReservedQuery => {}
    }
}

fn config_fields(r: &Report, problem: &ConfigProblem) {
    match problem {
        ConfigProblem::NoAdminKey | ConfigProblem::KeyInBrowser => {}
        ConfigProblem::AdminKeyType { got } => r.got(got),
        ConfigProblem::BaseUrl { url, why } => {
            r.text("url", url);
            r.constant("why", why.as_str());
        }
        ConfigProblem::InsecureHttp { url } => r.text("url", url),
        ConfigProblem::OptionType {
            name,
            expected,
            got,
        } => {
            r.constant("name", name);
            r.constant("expected", expected);
            r.got(got);
        }
        ConfigProblem::EnvRefused { name } => r.constant("name", name),
    }
}

/// An error answer: status, request id, headers, the API's `error` object (every string in it
/// redacted) and, for a body that is not the API's JSON, an excerpt cut after redaction.
fn api_fields(r: &Report, failure: &ApiFailure) {
    r.number("status", f64::from(failure.status));
    r.optional_text("requestID", failure.request_id.as_deref());
    let headers = Array::new();
    for (name, value) in &failure.headers {
        headers.push(&Array::of2(
            &JsValue::from_str(name),
            &JsValue::from_str(&r.redactor.redact(value)),
        ));
    }
    set(&r.info, "headers", &headers);
    let error = json_parse(&JsValue::from_str(&failure.body))
        .map(|body| get(&body, "error"))
        .unwrap_or(JsValue::UNDEFINED);
    let error = if error.is_object() && !Array::is_array(&error) {
        redacted_value(&error, r.redactor, 0)
    } else {
        JsValue::NULL
    };
    set(&r.info, "error", &error);
    // Used when the body holds no API error message: cut only after the key is gone.
    set(
        &r.info,
        "detail",
        &JsValue::from_str(&body_excerpt(&r.redactor.redact(&failure.body))),
    );
    if let Some(seconds) = failure.retry_after_s {
        r.number("retryAfterS", f64::from(seconds));
    }
}

/// A copy of a parsed JSON value with every string, and every member name, redacted.
fn redacted_value(value: &JsValue, redactor: &Redactor, depth: u8) -> JsValue {
    if let Some(text) = value.as_string() {
        return JsValue::from_str(&redactor.redact(&text));
    }
    if !value.is_object() {
        return value.clone();
    }
    if depth >= MAX_BODY_DEPTH {
        return JsValue::NULL;
    }
    if Array::is_array(value) {
        return Array::from(value)
            .iter()
            .map(|item| redacted_value(&item, redactor, depth + 1))
            .collect::<Array>()
            .into();
    }
    let copy: JsValue = Object::new().into();
    for pair in Object::entries(value.unchecked_ref()).iter() {
        let pair = Array::from(&pair);
        let name = pair.get(0).as_string().unwrap_or_default();
        set(
            &copy,
            &redactor.redact(&name),
            &redacted_value(&pair.get(1), redactor, depth + 1),
        );
    }
    copy
}

//! The wasm boundary: every `#[wasm_bindgen]` export lives here, and only here.
//!
//! It reads JS arguments into plain Rust values, calls the resource layer, and turns results into
//! plain JS objects (via serde) and errors into JS `Error` objects built by the wrapper's factory.
//!
//! Feature `client` (the default) exports the API client; feature `inspect` exports
//! `inspectCertificate`. The package builds them as two wasm files.
// The inspect-only build leaves the client's imports unused.
#![cfg_attr(not(feature = "client"), allow(unused_imports, dead_code))]

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Object, Promise};
use web_sys::AbortSignal;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

use crate::args::ArgValue;
use crate::config;
use crate::convert::to_js;
use crate::js_args::{environment, get, read_arg, set};
use crate::error::Error;
use crate::pagination::Paginator;
use crate::resources::certificates::{self as certificates, Scope};
use crate::resources::pages::PageStream;
use crate::transport::{CallOptions, Transport};
use crate::validation;

thread_local! {
    /// The wrapper's `(info) => Error` factory, so errors arrive as the SDK's error classes.
    static ERROR_FACTORY: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Installs the function that turns an error description into a JS `Error` instance. The package
/// wrapper calls this once when it loads the module.
#[wasm_bindgen(js_name = setErrorFactory)]
pub fn set_error_factory(factory: Function) {
    ERROR_FACTORY.with(|f| *f.borrow_mut() = Some(factory));
}

/// A client bound to one key and base URL.
#[cfg(feature = "client")]
#[wasm_bindgen]
pub struct Client {
    transport: Rc<Transport>,
}

#[cfg(feature = "client")]
#[wasm_bindgen]
impl Client {
    /// Checks `options` (`adminAPIKey`, `baseURL`, `fetch`, `dangerouslyAllowBrowser`) against the
    /// environment and builds a client.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Client, JsValue> {
        let config = config::resolve(read_arg(&options), &environment()).map_err(to_js_error)?;
        let custom_fetch = get(&options, "fetch").dyn_into::<Function>().ok();
        Ok(Client { transport: Rc::new(Transport::new(config, custom_fetch)) })
    }

    /// Starts listing the organization's certificates; `params` and `options` are checked before
    /// anything is sent. `for_items`: the caller iterates certificates, so pages default to 100.
    #[wasm_bindgen(js_name = listCertificates)]
    pub fn list_certificates(&self, params: JsValue, options: JsValue, for_items: bool) -> Result<CertificatePages, JsValue> {
        self.list(Ok(Scope::Organization), &params, &options, for_items)
    }

    /// Starts listing the certificates active in project `project_id`.
    #[wasm_bindgen(js_name = listProjectCertificates)]
    pub fn list_project_certificates(
        &self,
        project_id: JsValue,
        params: JsValue,
        options: JsValue,
        for_items: bool,
    ) -> Result<CertificatePages, JsValue> {
        let scope = validation::required_id("projectID", &read_arg(&project_id)).map(Scope::Project);
        self.list(scope, &params, &options, for_items)
    }

    /// Uploads a certificate: `{ certificate, name? }`. Never sent twice by a retry unless the
    /// server provably did not act on it.
    #[wasm_bindgen(js_name = createCertificate)]
    pub fn create_certificate(&self, body: JsValue, options: JsValue) -> Promise {
        let checked = validation::upload_body(read_arg(&body));
        self.call(&options, checked, |t, o, body| async move { certificates::create(&t, &o, &body).await })
    }

    /// Retrieves one certificate; `params.include: ['content']` adds its PEM text.
    #[wasm_bindgen(js_name = retrieveCertificate)]
    pub fn retrieve_certificate(&self, id: JsValue, params: JsValue, options: JsValue) -> Promise {
        let checked = validation::required_id("certificateID", &read_arg(&id))
            .and_then(|id| Ok((id, validation::include_content(read_arg(&params))?)));
        self.call(&options, checked, |t, o, (id, include)| async move {
            certificates::retrieve(&t, &o, &id, include).await
        })
    }

    /// Renames a certificate: `{ name }`.
    #[wasm_bindgen(js_name = updateCertificate)]
    pub fn update_certificate(&self, id: JsValue, body: JsValue, options: JsValue) -> Promise {
        let checked = validation::required_id("certificateID", &read_arg(&id))
            .and_then(|id| Ok((id, validation::modify_body(read_arg(&body))?)));
        self.call(&options, checked, |t, o, (id, body)| async move { certificates::update(&t, &o, &id, &body).await })
    }

    /// Deletes a certificate (the API refuses one that is still active anywhere).
    #[wasm_bindgen(js_name = deleteCertificate)]
    pub fn delete_certificate(&self, id: JsValue, options: JsValue) -> Promise {
        let checked = validation::required_id("certificateID", &read_arg(&id));
        self.call(&options, checked, |t, o, id| async move { certificates::delete(&t, &o, &id).await })
    }

    /// Activates (`activate: true`) or deactivates 1 to 10 certificates for the organization, or
    /// for the project `project_id` when it is given.
    #[wasm_bindgen(js_name = toggleCertificates)]
    pub fn toggle_certificates(&self, project_id: JsValue, activate: bool, body: JsValue, options: JsValue) -> Promise {
        let scope = match read_arg(&project_id) {
            ArgValue::Absent => Ok(Scope::Organization),
            project => validation::required_id("projectID", &project).map(Scope::Project),
        };
        let checked = scope.and_then(|scope| Ok((scope, validation::toggle_body(read_arg(&body))?)));
        self.call(&options, checked, move |t, o, (scope, body)| async move {
            certificates::toggle(&t, &o, &scope, activate, &body).await
        })
    }
}

#[cfg(feature = "client")]
impl Client {
    fn list(&self, scope: Result<Scope, Error>, params: &JsValue, options: &JsValue, for_items: bool) -> Result<CertificatePages, JsValue> {
        let checked = scope.and_then(|scope| Ok((scope, validation::list_query(read_arg(params))?)));
        let (scope, query) = checked.map_err(to_js_error)?;
        let query = if for_items { Paginator::for_items(query) } else { query };
        let options = self.call_options(options).map_err(to_js_error)?;
        Ok(CertificatePages::new(PageStream::new(self.transport.clone(), scope, query, options)))
    }

    /// Checks a call's last argument `{ signal?, timeout?, maxRetries?, prefetch? }`.
    fn call_options(&self, options: &JsValue) -> Result<CallOptions, Error> {
        let settings = validation::call_settings(read_arg(options), self.transport.defaults())?;
        let signal = match get(options, "signal") {
            v if v.is_undefined() || v.is_null() => None,
            v => Some(v.dyn_into::<AbortSignal>().map_err(|_| Error::invalid("signal", "signal must be an AbortSignal"))?),
        };
        Ok(CallOptions { settings, signal })
    }

    /// A promise of `work(transport, options, input)`, or rejected at once with the validation
    /// error: nothing is sent for an invalid input.
    fn call<T, F, Fut>(&self, options: &JsValue, checked: Result<T, Error>, work: F) -> Promise
    where
        F: FnOnce(Rc<Transport>, CallOptions, T) -> Fut,
        Fut: std::future::Future<Output = Result<JsValue, Error>> + 'static,
    {
        match checked.and_then(|input| Ok((input, self.call_options(options)?))) {
            Ok((input, options)) => {
                let future = work(self.transport.clone(), options, input);
                future_to_promise(async move { future.await.map_err(to_js_error) })
            }
            Err(error) => Promise::reject(&to_js_error(error)),
        }
    }
}

/// Reads one PEM certificate without any request: subject, issuer, serial number, validity (Unix
/// seconds), whether it is a CA, and its SHA-256 fingerprint. Built into its own wasm, so an app
/// that only lists certificates does not ship the X.509 parser.
#[cfg(feature = "inspect")]
#[wasm_bindgen(js_name = inspectCertificate)]
pub fn inspect_certificate(pem: JsValue) -> Result<JsValue, JsValue> {
    let text = match read_arg(&pem) {
        ArgValue::String(text) => text,
        other => return Err(to_js_error(Error::invalid("pem", format!("pem must be PEM text, got {}", other.describe())))),
    };
    crate::inspect::inspect_pem(&text)
        .map(|info| to_js(&info))
        .map_err(|e| to_js_error(Error::invalid("pem", e.to_string())))
}

/// The decode paths compared by bench/decode.mjs, on one list page (feature `decode-bench`, never
/// shipped): (a) text parsed by serde_json in wasm, then built as JS objects; (b) the runtime's
/// parse read into Rust types, then rebuilt as JS objects; (c) the runtime's parse checked in wasm
/// and handed on unchanged; (d) the text checked by serde_json in wasm, the objects built by the
/// runtime's `JSON.parse`: the fastest, which the package ships.
#[cfg(feature = "decode-bench")]
#[wasm_bindgen(js_name = decodePage)]
pub fn decode_page(path: &str, body: JsValue) -> Result<JsValue, JsValue> {
    use crate::types::{CertificateObject, CertificatePage};
    let kind = CertificateObject::OrganizationCertificate;
    let fail = |message: String| to_js_error(Error::UnexpectedResponse { message, request_id: None });
    match path {
        "a" => {
            let text = body.as_string().unwrap_or_default();
            let page: CertificatePage = serde_json::from_str(&text).map_err(|e| fail(e.to_string()))?;
            page.check_items(kind).map_err(fail)?;
            Ok(to_js(&page))
        }
        "d" => {
            let text = body.as_string().unwrap_or_default();
            let page: CertificatePage = crate::transport::decode(&text).map_err(|_| fail("bad body".into()))?;
            page.check_items(kind).map_err(fail)?;
            js_sys::JSON::parse(&text)
        }
        "b" => {
            let page: CertificatePage = serde_wasm_bindgen::from_value(body).map_err(|e| fail(e.to_string()))?;
            page.check_items(kind).map_err(fail)?;
            Ok(to_js(&page))
        }
        _ => {
            let deserializer = serde_wasm_bindgen::Deserializer::from(body.clone());
            let page: CertificatePage = serde_path_to_error::deserialize(deserializer).map_err(|e| fail(e.to_string()))?;
            page.check_items(kind).map_err(fail)?;
            Ok(body)
        }
    }
}

/// The pages of one listing. Calls are queued: overlapping `nextPage()` calls each get the next page
/// in order, and no page is fetched twice.
#[cfg(feature = "client")]
#[wasm_bindgen]
pub struct CertificatePages {
    stream: PageStream,
    /// The promise of the last queued call; the next call starts when it settles.
    tail: RefCell<Option<Promise>>,
}

#[cfg(feature = "client")]
#[wasm_bindgen]
impl CertificatePages {
    fn new(stream: PageStream) -> Self {
        CertificatePages { stream, tail: RefCell::new(None) }
    }

    /// Resolves to the next page `{object, data, first_id, last_id, has_more}`, or `undefined` when
    /// the listing is complete. While iterating (`prefetch` true or absent) the page after it is
    /// fetched meanwhile; a single page (an awaited `list()`, `getNextPage()`) passes `false`.
    #[wasm_bindgen(js_name = nextPage)]
    pub fn next_page(&self, prefetch: Option<bool>) -> Promise {
        let stream = self.stream.clone();
        let prefetch = prefetch.unwrap_or(true);
        self.queue(async move { Ok(stream.next_page(prefetch).await?.unwrap_or(JsValue::UNDEFINED)) })
    }

    /// Cancels what is in flight (a `break` out of `for await`): nothing more is fetched.
    pub fn close(&self) {
        self.stream.close();
    }

    /// Resolves to an array of the next certificates, at most `options.limit` (required, ≤ 10,000).
    #[wasm_bindgen(js_name = toArray)]
    pub fn to_array(&self, options: JsValue) -> Promise {
        let limit = match validation::to_array_limit(read_arg(&options)) {
            Ok(limit) => limit,
            Err(e) => return Promise::reject(&to_js_error(e)),
        };
        let stream = self.stream.clone();
        self.queue(async move { stream.collect(limit).await.map(JsValue::from) })
    }

    /// Whether another page is due.
    #[wasm_bindgen(js_name = hasNextPage)]
    pub fn has_next_page(&self) -> bool {
        self.stream.has_next()
    }

    /// The `last_id` of the last page delivered: pass it as `after` to resume this listing later.
    #[wasm_bindgen(getter, js_name = resumeCursor)]
    pub fn resume_cursor(&self) -> Option<String> {
        self.stream.resume_cursor()
    }

    /// An independent listing at the same position, for `page.getNextPage()`.
    pub fn fork(&self) -> CertificatePages {
        CertificatePages::new(self.stream.fork())
    }

    fn queue(&self, work: impl std::future::Future<Output = Result<JsValue, JsValue>> + 'static) -> Promise {
        let previous = self.tail.borrow_mut().take();
        let promise = future_to_promise(async move {
            if let Some(previous) = previous {
                // Only the order matters here; the previous caller handles its own result.
                let _ = JsFuture::from(previous).await;
            }
            work.await
        });
        *self.tail.borrow_mut() = Some(promise.clone());
        promise
    }
}

/// Turns an [`Error`] into a JS `Error` via the wrapper's factory (or a plain `Error` with the same
/// fields when no factory is installed).
pub(crate) fn to_js_error(error: Error) -> JsValue {
    let info = Object::new();
    set(&info, "kind", &error.kind().into());
    set(&info, "message", &error.to_string().into());
    match &error {
        Error::InvalidParameter { param, .. } => set(&info, "param", &param.into()),
        Error::Api(failure) => {
            set(&info, "status", &failure.status.into());
            set(&info, "requestID", &failure.request_id.clone().into());
            set(&info, "error", &failure.error.as_ref().map_or(JsValue::UNDEFINED, to_js));
            let headers = Object::new();
            for (name, value) in &failure.headers {
                set(&headers, name, &value.into());
            }
            set(&info, "headers", &headers);
        }
        Error::UnexpectedResponse { request_id, .. } => set(&info, "requestID", &request_id.clone().into()),
        _ => {}
    }
    let factory = ERROR_FACTORY.with(|f| f.borrow().clone());
    if let Some(made) = factory.and_then(|f| f.call1(&JsValue::UNDEFINED, &info).ok()) {
        return made;
    }
    let plain = js_sys::Error::new(&error.to_string());
    let _ = Object::assign(&plain, &info);
    plain.into()
}


//! The wasm boundary: every `#[wasm_bindgen]` export lives here, and only here.
//!
//! Each export reads its JS arguments into plain data, lets the core check them and build the
//! request, and hands it to the one request path. Failures leave as report objects
//! (`{ code, ...fields }`, see [`crate::report`]) that the wrapper turns into the SDK's error
//! classes; nothing is thrown as a bare string.
//!
//! Feature `client` (the default) exports the API client; feature `inspect` exports
//! `inspectCertificate`, `checkChange` and `certificateImpact` (in `inspector.rs`). The package
//! builds them as two wasm files.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise};
use pure::config::resolve;
use pure::error::{Error, Got, Problem};
use pure::options::{request_options, LIST_REQUEST_OPTIONS, REQUEST_OPTIONS};
use pure::pagination::Position;
use pure::query::{Call, ListQuery, ListTarget};
use pure::redact::Redactor;
use pure::request::ApiRequest;
use pure::validation;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::AbortSignal;

use crate::js::{get, read_arg, JsEnvironment};
#[cfg(feature = "client")]
use crate::listing::{envelope, Listing, PageStream};
use crate::report::report;
#[cfg(feature = "client")]
use crate::transport::{CallContext, Transport};

// The second wasm's exports: `inspectCertificate` and the impact of a change.
#[cfg(feature = "inspect")]
mod inspector;

/// A client bound to one key and base URL.
#[cfg(feature = "client")]
#[wasm_bindgen]
pub struct Client {
    transport: Rc<Transport>,
}

#[cfg(feature = "client")]
#[wasm_bindgen]
impl Client {
    /// Checks the constructor's `options` against the environment and builds a client. `log`,
    /// the wrapper's log sink, is called as `log(level, event, fields)` for enabled levels.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue, log: Option<Function>) -> Result<Client, JsValue> {
        // Should a configuration error quote the key by mistake, it is redacted like any other.
        let redactor = get(&options, "adminAPIKey")
            .as_string()
            .map_or_else(Redactor::none, |key| Redactor::new(&key));
        let config =
            resolve(read_arg(&options), &JsEnvironment).map_err(|e| report(&e, &redactor))?;
        let redactor = config
            .admin_key
            .as_ref()
            .map_or_else(Redactor::none, |key| key.redactor());
        let transport = Transport {
            config,
            redactor,
            fetch: get(&options, "fetch").dyn_into::<Function>().ok(),
            fetch_options: get(&options, "fetchOptions"),
            log,
        };
        Ok(Client {
            transport: Rc::new(transport),
        })
    }

    /// Uploads a certificate: `{ certificate, name? }`. Each call resolves to `{ body, text,
    /// response, requestID }`; nothing is sent for an invalid input.
    pub fn create(&self, body: JsValue, options: JsValue) -> Promise {
        self.send(validation::create(read_arg(&body)), &options)
    }

    /// Retrieves a certificate: `{ include? }`.
    pub fn retrieve(&self, id: JsValue, params: JsValue, options: JsValue) -> Promise {
        self.send(
            validation::retrieve(&read_arg(&id), read_arg(&params)),
            &options,
        )
    }

    /// Renames a certificate: `{ name? }`.
    pub fn update(&self, id: JsValue, body: JsValue, options: JsValue) -> Promise {
        self.send(
            validation::update(&read_arg(&id), read_arg(&body)),
            &options,
        )
    }

    /// Deletes a certificate.
    pub fn delete(&self, id: JsValue, options: JsValue) -> Promise {
        self.send(validation::delete(&read_arg(&id)), &options)
    }

    /// Activates (`activate`) or deactivates certificates in the organization:
    /// `{ certificate_ids }`.
    pub fn toggle(&self, activate: bool, body: JsValue, options: JsValue) -> Promise {
        self.send(
            validation::toggle(None, activate, read_arg(&body)),
            &options,
        )
    }

    /// Activates or deactivates certificates in the project `project`.
    #[wasm_bindgen(js_name = toggleInProject)]
    pub fn toggle_in_project(
        &self,
        project: JsValue,
        activate: bool,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        let checked = validation::toggle(Some(&read_arg(&project)), activate, read_arg(&body));
        self.send(checked, &options)
    }

    /// Retrieves a project.
    #[wasm_bindgen(js_name = retrieveProject)]
    pub fn retrieve_project(&self, id: JsValue, options: JsValue) -> Promise {
        self.send(validation::retrieve_project(&read_arg(&id)), &options)
    }

    /// Starts a listing of the organization's certificates; `params` and `options` are checked
    /// before anything is sent. `for_items`: the caller iterates items, so pages default to 100.
    #[wasm_bindgen(js_name = listCertificates)]
    pub fn list_certificates(
        &self,
        params: JsValue,
        options: JsValue,
        for_items: bool,
    ) -> Result<Pages, JsValue> {
        let checked = validation::certificates_listing(None, read_arg(&params));
        self.pages(checked, &params, &options, for_items)
    }

    /// Starts a listing of the certificates of the project `project`.
    #[wasm_bindgen(js_name = listProjectCertificates)]
    pub fn list_project_certificates(
        &self,
        project: JsValue,
        params: JsValue,
        options: JsValue,
        for_items: bool,
    ) -> Result<Pages, JsValue> {
        let checked =
            validation::certificates_listing(Some(&read_arg(&project)), read_arg(&params));
        self.pages(checked, &params, &options, for_items)
    }

    /// Starts a listing of the organization's audit log.
    #[wasm_bindgen(js_name = listAuditLogs)]
    pub fn list_audit_logs(
        &self,
        params: JsValue,
        options: JsValue,
        for_items: bool,
    ) -> Result<Pages, JsValue> {
        let checked = validation::audit_logs_listing(read_arg(&params));
        self.pages(checked, &params, &options, for_items)
    }

    /// Starts a listing of the organization's projects.
    #[wasm_bindgen(js_name = listProjects)]
    pub fn list_projects(
        &self,
        params: JsValue,
        options: JsValue,
        for_items: bool,
    ) -> Result<Pages, JsValue> {
        let checked = validation::projects_listing(read_arg(&params));
        self.pages(checked, &params, &options, for_items)
    }

    /// Checks a path id (`certificateID`, `projectID`) as every call does, for the wrapper's
    /// calls that are made of other calls.
    #[wasm_bindgen(js_name = checkId)]
    pub fn check_id(&self, name: &str, value: JsValue) -> Result<(), JsValue> {
        validation::path_id(name, &read_arg(&value))
            .map(|_| ())
            .map_err(|e| self.report(&e))
    }
}

#[cfg(feature = "client")]
impl Client {
    /// Sends a checked call through the one request path, or rejects with its refusal.
    fn send(&self, checked: Result<Call, Error>, options: &JsValue) -> Promise {
        let checked = checked.and_then(|call| {
            let context = self.context(options, REQUEST_OPTIONS)?;
            Ok((ApiRequest::for_call(&call), context))
        });
        match checked {
            Ok((request, call)) => future_to_promise(send(self.transport.clone(), request, call)),
            Err(error) => Promise::reject(&self.report(&error)),
        }
    }

    /// The pages of a checked listing.
    fn pages(
        &self,
        checked: Result<(ListTarget, ListQuery), Error>,
        params: &JsValue,
        options: &JsValue,
        for_items: bool,
    ) -> Result<Pages, JsValue> {
        let (target, query) = checked.map_err(|e| self.report(&e))?;
        let call = self
            .context(options, LIST_REQUEST_OPTIONS)
            .map_err(|e| self.report(&e))?;
        let query = if for_items { query.for_items() } else { query };
        // The caller's parameters as they are now, for `nextQuery`.
        let params = match params.dyn_ref::<js_sys::Object>() {
            Some(params) => js_sys::Object::assign(&js_sys::Object::new(), params).into(),
            None => JsValue::UNDEFINED,
        };
        let listing = Listing {
            transport: self.transport.clone(),
            target,
            call,
            params,
        };
        Ok(Pages::new(PageStream::new(
            Rc::new(listing),
            Position::start(query),
        )))
    }

    /// Checks a call's request options, of the names `allowed`.
    fn context(
        &self,
        options: &JsValue,
        allowed: &'static [&'static str],
    ) -> Result<CallContext, Error> {
        let defaults = self.transport.config.defaults;
        let checked = request_options(read_arg(options), allowed, defaults)?;
        let signal = match get(options, "signal") {
            v if v.is_undefined() || v.is_null() => None,
            v => Some(v.dyn_into::<AbortSignal>().map_err(|v| {
                Error::invalid(
                    "signal",
                    Problem::WrongType {
                        expected: "an AbortSignal",
                        got: Got::from(&read_arg(&v)),
                    },
                )
            })?),
        };
        Ok(CallContext {
            options: checked,
            signals: signal.into_iter().collect(),
            fetch_options: get(options, "fetchOptions"),
        })
    }

    fn report(&self, error: &Error) -> JsValue {
        report(error, &self.transport.redactor)
    }
}

/// The one request path of every call that is not a listing.
#[cfg(feature = "client")]
async fn send(
    transport: Rc<Transport>,
    request: ApiRequest,
    call: CallContext,
) -> Result<JsValue, JsValue> {
    match transport.execute(&request, &call).await {
        Ok(reply) => Ok(envelope(&reply)),
        Err(error) => Err(report(&error, &transport.redactor)),
    }
}

/// The pages of one listing. Calls are queued: overlapping `nextPage()` calls each get the next
/// page in order, and no page is fetched twice.
#[cfg(feature = "client")]
#[wasm_bindgen]
pub struct Pages {
    stream: PageStream,
    /// The promise of the last queued call; the next call starts when it settles.
    tail: RefCell<Option<Promise>>,
}

#[cfg(feature = "client")]
#[wasm_bindgen]
impl Pages {
    fn new(stream: PageStream) -> Self {
        Pages {
            stream,
            tail: RefCell::new(None),
        }
    }

    /// Resolves to the next page's envelope `{ body, text, response, requestID }`, or `undefined`
    /// when the listing is complete. While iterating (`prefetch` true) the page after it is fetched
    /// meanwhile; a single page (an awaited `list()`, `getNextPage()`) passes `false`.
    #[wasm_bindgen(js_name = nextPage)]
    pub fn next_page(&self, prefetch: bool) -> Promise {
        let stream = self.stream.clone();
        self.queue(async move {
            Ok(stream
                .next_page(prefetch)
                .await?
                .unwrap_or(JsValue::UNDEFINED))
        })
    }

    /// Cancels what is in flight (a `break` out of `for await`): nothing more is fetched.
    pub fn close(&self) {
        self.stream.close();
    }

    /// Resolves to an array of the next items, at most `options.limit` (required, ≤ 10,000).
    #[wasm_bindgen(js_name = toArray)]
    pub fn to_array(&self, options: JsValue) -> Promise {
        let limit = match validation::to_array_limit(read_arg(&options)) {
            Ok(limit) => limit,
            Err(e) => return Promise::reject(&report(&e, &Redactor::none())),
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
        self.stream.delivered().resume_cursor().map(str::to_owned)
    }

    /// The query of the page after the last one delivered: the listing's parameters with the
    /// next `after` (and the page size used), or `null` when there is none.
    #[wasm_bindgen(js_name = nextQuery)]
    pub fn next_query(&self) -> JsValue {
        let Ok(Some(query)) = self.stream.delivered().next_query() else {
            return JsValue::NULL;
        };
        let params = &self.stream.listing().params;
        let out: JsValue = match params.dyn_ref::<js_sys::Object>() {
            Some(params) => js_sys::Object::assign(&js_sys::Object::new(), params).into(),
            None => js_sys::Object::new().into(),
        };
        if let Some(after) = &query.after {
            crate::js::set(&out, "after", &JsValue::from_str(after));
        }
        if let Some(limit) = query.limit {
            crate::js::set(&out, "limit", &JsValue::from(limit));
        }
        out
    }

    /// An independent listing at the same position, for `page.getNextPage()`.
    pub fn fork(&self) -> Pages {
        Pages::new(self.stream.fork())
    }

    fn queue(
        &self,
        work: impl std::future::Future<Output = Result<JsValue, JsValue>> + 'static,
    ) -> Promise {
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

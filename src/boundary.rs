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

use std::rc::Rc;

use js_sys::{Function, Promise};
use pure::config::resolve;
use pure::error::{Error, Got, Problem};
use pure::options::{request_options, LIST_REQUEST_OPTIONS, REQUEST_OPTIONS};
use pure::pagination;
use pure::query::{Call, ListQuery, ListTarget};
use pure::redact::Redactor;
use pure::request::ApiRequest;
use pure::validation;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;
use web_sys::AbortSignal;

use crate::js::{get, read_arg, set, JsEnvironment};
#[cfg(feature = "client")]
use crate::listing::{self, envelope, Listing};
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

    /// The start of a listing of the organization's certificates; `params` and `options` are
    /// checked before anything is sent. `for_items`: the caller iterates items, so pages default
    /// to 100.
    #[wasm_bindgen(js_name = listCertificates)]
    pub fn list_certificates(
        &self,
        params: JsValue,
        options: JsValue,
        for_items: bool,
    ) -> Result<Position, JsValue> {
        let checked = validation::certificates_listing(None, read_arg(&params));
        self.start(checked, &params, &options, for_items)
    }

    /// The start of a listing of the certificates of the project `project`.
    #[wasm_bindgen(js_name = listProjectCertificates)]
    pub fn list_project_certificates(
        &self,
        project: JsValue,
        params: JsValue,
        options: JsValue,
        for_items: bool,
    ) -> Result<Position, JsValue> {
        let checked =
            validation::certificates_listing(Some(&read_arg(&project)), read_arg(&params));
        self.start(checked, &params, &options, for_items)
    }

    /// The start of a listing of the organization's audit log.
    #[wasm_bindgen(js_name = listAuditLogs)]
    pub fn list_audit_logs(
        &self,
        params: JsValue,
        options: JsValue,
        for_items: bool,
    ) -> Result<Position, JsValue> {
        let checked = validation::audit_logs_listing(read_arg(&params));
        self.start(checked, &params, &options, for_items)
    }

    /// The start of a listing of the organization's projects.
    #[wasm_bindgen(js_name = listProjects)]
    pub fn list_projects(
        &self,
        params: JsValue,
        options: JsValue,
        for_items: bool,
    ) -> Result<Position, JsValue> {
        let checked = validation::projects_listing(read_arg(&params));
        self.start(checked, &params, &options, for_items)
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

    /// The start of a checked listing.
    fn start(
        &self,
        checked: Result<(ListTarget, ListQuery), Error>,
        params: &JsValue,
        options: &JsValue,
        for_items: bool,
    ) -> Result<Position, JsValue> {
        let (target, query) = checked.map_err(|e| self.report(&e))?;
        let call = self
            .context(options, LIST_REQUEST_OPTIONS)
            .map_err(|e| self.report(&e))?;
        let query = if for_items { query.for_items() } else { query };
        // The caller's parameters as they are now, for each position's `query()`.
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
        Ok(Position {
            listing: Rc::new(listing),
            at: pagination::Position::start(query),
        })
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

/// A position in a listing: where its next page starts, as the wrapper holds it. A value: fetching
/// here leaves it as it was, so a page's `getNextPage()` can be repeated (each time the same page);
/// every position after it shares its loop detector and duplicate filter (`core/src/pagination.rs`).
#[cfg(feature = "client")]
#[wasm_bindgen]
pub struct Position {
    listing: Rc<Listing>,
    at: pagination::Position,
}

#[cfg(feature = "client")]
#[wasm_bindgen]
impl Position {
    /// Resolves to the page here, `{ body, text, response, requestID, next }` with `next` the
    /// position after it, or to `undefined` when the listing is complete. `signal` (a walk's own)
    /// cancels the request along with the caller's.
    pub fn fetch(&self, signal: Option<AbortSignal>) -> Promise {
        let (listing, at) = (self.listing.clone(), self.at.clone());
        future_to_promise(async move {
            let Some((page, next)) = listing::fetch(&listing, &at, signal).await? else {
                return Ok(JsValue::UNDEFINED);
            };
            set(&page, "next", &Position { listing, at: next }.into());
            Ok(page)
        })
    }

    /// Whether a page is due here (a failed one counts: fetching it reports the error).
    #[wasm_bindgen(getter, js_name = hasNext)]
    pub fn has_next(&self) -> bool {
        self.at.has_next()
    }

    /// The `last_id` of the page before this position (at the start, the caller's `after`; none
    /// once the listing is complete): pass it as `after` to resume the listing.
    #[wasm_bindgen(getter, js_name = resumeCursor)]
    pub fn resume_cursor(&self) -> Option<String> {
        self.at.resume_cursor().map(str::to_owned)
    }

    /// The query of the page here: the listing's parameters with its `after` (and the page size
    /// used), or `null` when there is none.
    pub fn query(&self) -> JsValue {
        listing::query(&self.listing, &self.at)
    }

    /// How many pages a walk fetches ahead of its consumer (the `prefetch` request option).
    #[wasm_bindgen(getter)]
    pub fn prefetch(&self) -> u32 {
        self.listing.call.options.settings.prefetch
    }

    /// Checks `toArray`'s `options`: the number of items wanted (`limit`, required, ≤ 10,000).
    #[wasm_bindgen(js_name = toArrayLimit)]
    pub fn to_array_limit(&self, options: JsValue) -> Result<u32, JsValue> {
        validation::to_array_limit(read_arg(&options)).map_err(|e| report(&e, &Redactor::none()))
    }
}

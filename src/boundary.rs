//! The wasm boundary: every `#[wasm_bindgen]` export lives here, and only here.
//!
//! It reads JS arguments into plain Rust values, calls the resource layer, and turns results into
//! plain JS objects (via serde) and errors into JS `Error` objects built by the wrapper's factory.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Object, Promise};
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
use crate::transport::Transport;
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
#[wasm_bindgen]
pub struct Client {
    transport: Rc<Transport>,
}

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

    /// Starts listing the organization's certificates; `params` are checked before anything is sent.
    #[wasm_bindgen(js_name = listCertificates)]
    pub fn list_certificates(&self, params: JsValue) -> Result<CertificatePages, JsValue> {
        self.list(Scope::Organization, &params)
    }

    /// Starts listing the certificates active in project `project_id`.
    #[wasm_bindgen(js_name = listProjectCertificates)]
    pub fn list_project_certificates(&self, project_id: JsValue, params: JsValue) -> Result<CertificatePages, JsValue> {
        let project = validation::required_id("projectID", &read_arg(&project_id)).map_err(to_js_error)?;
        self.list(Scope::Project(project), &params)
    }

    /// Uploads a certificate: `{ certificate, name? }`.
    #[wasm_bindgen(js_name = createCertificate)]
    pub fn create_certificate(&self, body: JsValue) -> Promise {
        let transport = self.transport.clone();
        settle(validation::upload_body(read_arg(&body)), |body| async move {
            certificates::create(&transport, &body).await
        })
    }

    /// Retrieves one certificate; `params.include: ['content']` adds its PEM text.
    #[wasm_bindgen(js_name = retrieveCertificate)]
    pub fn retrieve_certificate(&self, id: JsValue, params: JsValue) -> Promise {
        let transport = self.transport.clone();
        let checked = validation::required_id("certificateID", &read_arg(&id))
            .and_then(|id| Ok((id, validation::include_content(read_arg(&params))?)));
        settle(checked, |(id, include)| async move { certificates::retrieve(&transport, &id, include).await })
    }

    /// Renames a certificate: `{ name }`.
    #[wasm_bindgen(js_name = updateCertificate)]
    pub fn update_certificate(&self, id: JsValue, body: JsValue) -> Promise {
        let transport = self.transport.clone();
        let checked = validation::required_id("certificateID", &read_arg(&id))
            .and_then(|id| Ok((id, validation::modify_body(read_arg(&body))?)));
        settle(checked, |(id, body)| async move { certificates::update(&transport, &id, &body).await })
    }

    /// Deletes a certificate (the API refuses one that is still active anywhere).
    #[wasm_bindgen(js_name = deleteCertificate)]
    pub fn delete_certificate(&self, id: JsValue) -> Promise {
        let transport = self.transport.clone();
        settle(validation::required_id("certificateID", &read_arg(&id)), |id| async move {
            certificates::delete(&transport, &id).await
        })
    }

    /// Activates (`activate: true`) or deactivates 1 to 10 certificates for the organization, or
    /// for the project `project_id` when it is given.
    #[wasm_bindgen(js_name = toggleCertificates)]
    pub fn toggle_certificates(&self, project_id: JsValue, activate: bool, body: JsValue) -> Promise {
        let transport = self.transport.clone();
        let scope = match read_arg(&project_id) {
            ArgValue::Absent => Ok(Scope::Organization),
            project => validation::required_id("projectID", &project).map(Scope::Project),
        };
        let checked = scope.and_then(|scope| Ok((scope, validation::toggle_body(read_arg(&body))?)));
        settle(checked, move |(scope, body)| async move {
            certificates::toggle(&transport, &scope, activate, &body).await
        })
    }
}

impl Client {
    fn list(&self, scope: Scope, params: &JsValue) -> Result<CertificatePages, JsValue> {
        let query = validation::list_query(read_arg(params)).map_err(to_js_error)?;
        let stream = PageStream::new(self.transport.clone(), scope, Paginator::new(query));
        Ok(CertificatePages::new(stream))
    }
}

/// A promise of `work(input)`, or rejected at once with the validation error: nothing is sent for
/// an invalid input.
fn settle<T, F, Fut>(checked: Result<T, Error>, work: F) -> Promise
where
    F: FnOnce(T) -> Fut,
    Fut: std::future::Future<Output = Result<JsValue, Error>> + 'static,
{
    match checked {
        Ok(input) => {
            let future = work(input);
            future_to_promise(async move { future.await.map_err(to_js_error) })
        }
        Err(error) => Promise::reject(&to_js_error(error)),
    }
}

/// The pages of one listing. Calls are queued: overlapping `nextPage()` calls each get the next page
/// in order, and no page is fetched twice.
#[wasm_bindgen]
pub struct CertificatePages {
    stream: PageStream,
    /// The promise of the last queued call; the next call starts when it settles.
    tail: RefCell<Option<Promise>>,
}

#[wasm_bindgen]
impl CertificatePages {
    fn new(stream: PageStream) -> Self {
        CertificatePages { stream, tail: RefCell::new(None) }
    }

    /// Resolves to the next page `{object, data, first_id, last_id, has_more}`, or `undefined` when
    /// the listing is complete.
    #[wasm_bindgen(js_name = nextPage)]
    pub fn next_page(&self) -> Promise {
        let stream = self.stream.clone();
        self.queue(async move {
            let page = stream.next_page().await.map_err(to_js_error)?;
            Ok(page.map_or(JsValue::UNDEFINED, |fetched| fetched.js))
        })
    }

    /// Resolves to an array of the next certificates, at most `options.limit` (required, ≤ 10,000).
    #[wasm_bindgen(js_name = toArray)]
    pub fn to_array(&self, options: JsValue) -> Promise {
        let limit = match validation::to_array_limit(read_arg(&options)) {
            Ok(limit) => limit,
            Err(e) => return Promise::reject(&to_js_error(e)),
        };
        let stream = self.stream.clone();
        self.queue(async move { stream.collect(limit).await.map(JsValue::from).map_err(to_js_error) })
    }

    /// Whether another page is due.
    #[wasm_bindgen(js_name = hasNextPage)]
    pub fn has_next_page(&self) -> bool {
        self.stream.has_next()
    }

    /// The cursor of the last page delivered: pass it as `after` to resume this listing later.
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


//! The wasm boundary: every `#[wasm_bindgen]` export lives here, and only here.
//!
//! It reads JS arguments into plain Rust values, calls the resource layer, and turns results into
//! plain JS objects (via serde) and errors into JS `Error` objects built by the wrapper's factory.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

use crate::args::ArgValue;
use crate::config::{self, Environment};
use crate::error::Error;
use crate::pagination::Paginator;
use crate::resources::certificates::ListEndpoint;
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
        let query = validation::list_query(read_arg(&params)).map_err(to_js_error)?;
        let stream = PageStream::new(self.transport.clone(), ListEndpoint::organization(), Paginator::new(query));
        Ok(CertificatePages::new(stream))
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

/// Converts a Rust value into a plain JS object: `null` for `None`, numbers as numbers, objects
/// (not `Map`s) for structs.
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::UNDEFINED)
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

/// Reads what the environment offers: browser or not, and Node's `process.env` defaults.
fn environment() -> Environment {
    let global: JsValue = js_sys::global().into();
    let has = |name: &str| !get(&global, name).is_undefined();
    let env = get(&get(&global, "process"), "env");
    Environment {
        is_browser: has("window") && has("document") && has("navigator"),
        admin_key: get(&env, "OPENAI_ADMIN_KEY").as_string(),
        base_url: get(&env, "OPENAI_BASE_URL").as_string(),
    }
}

/// Reads a JS value into an [`ArgValue`], two levels deep (enough for any options object).
fn read_arg(value: &JsValue) -> ArgValue {
    read_arg_at(value, 0)
}

fn read_arg_at(value: &JsValue, depth: u8) -> ArgValue {
    if value.is_undefined() {
        ArgValue::Absent
    } else if value.is_null() {
        ArgValue::Null
    } else if let Some(b) = value.as_bool() {
        ArgValue::Bool(b)
    } else if let Some(n) = value.as_f64() {
        ArgValue::Number(n)
    } else if let Some(s) = value.as_string() {
        ArgValue::String(s)
    } else if value.is_function() {
        ArgValue::Other("function")
    } else if depth > 2 {
        ArgValue::Other("nested value")
    } else if Array::is_array(value) {
        ArgValue::Array(Array::from(value).iter().map(|v| read_arg_at(&v, depth + 1)).collect())
    } else if value.is_object() {
        let entries = Object::entries(value.unchecked_ref());
        ArgValue::Object(
            entries
                .iter()
                .filter_map(|pair| {
                    let pair = Array::from(&pair);
                    Some((pair.get(0).as_string()?, read_arg_at(&pair.get(1), depth + 1)))
                })
                .collect(),
        )
    } else {
        ArgValue::Other(if value.is_bigint() { "bigint" } else { "symbol" })
    }
}

fn get(target: &JsValue, name: &str) -> JsValue {
    if !target.is_object() && !target.is_function() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn set(target: &Object, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

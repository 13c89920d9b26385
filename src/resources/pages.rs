//! A listing in progress: the paginator driving fetches, with pages prefetched ahead of the
//! consumer.
//!
//! While the consumer works through page N, page N+1 (up to `prefetch` pages) is already on its
//! way. A prefetched page's error is kept until the consumer reaches that page; `close()` (a
//! `break`, a `return`) cancels what is in flight.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{AbortController, AbortSignal};

use crate::error::Error;
use crate::pagination::{ListQuery, Paginator};
use crate::resources::certificates::{list_page, Scope};
use crate::transport::{CallOptions, Transport};

thread_local! {
    /// One shared no-op rejection handler (one per page would leak a closure per page).
    static IGNORE: JsValue = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {}).into_js_value();
}

/// What every fork of a listing shares.
struct Listing {
    transport: Rc<Transport>,
    scope: Scope,
    options: CallOptions,
    query: ListQuery,
}

/// `has_more` and `last_id` of the last page delivered to the consumer.
type Delivered = Option<(bool, Option<String>)>;

/// Walks the pages of one listing.
#[derive(Clone)]
pub struct PageStream {
    listing: Rc<Listing>,
    paginator: Rc<RefCell<Paginator>>,
    /// Pages fetched ahead, in order; each resolves to a page or `undefined` (the end).
    ahead: Rc<RefCell<VecDeque<Promise>>>,
    /// Cancels this stream's in-flight requests.
    controller: Option<AbortController>,
    /// Signal of the requests: the caller's, joined with `controller`'s.
    signal: Option<AbortSignal>,
    /// The last page delivered, which forks and resumes start after.
    delivered: Rc<RefCell<Delivered>>,
}

impl PageStream {
    /// A listing of `scope` for `query`, sent with `options`.
    pub fn new(transport: Rc<Transport>, scope: Scope, query: ListQuery, options: CallOptions) -> Self {
        let paginator = Paginator::new(query.clone());
        Self::with(Rc::new(Listing { transport, scope, options, query }), paginator, None)
    }

    fn with(listing: Rc<Listing>, paginator: Paginator, delivered: Delivered) -> Self {
        let controller = AbortController::new().ok();
        let signals = Array::new();
        if let Some(user) = &listing.options.signal {
            signals.push(user);
        }
        if let Some(controller) = &controller {
            signals.push(&controller.signal());
        }
        let signal = (signals.length() > 0).then(|| AbortSignal::any(&signals));
        PageStream {
            listing,
            paginator: Rc::new(RefCell::new(paginator)),
            ahead: Rc::default(),
            controller,
            signal,
            delivered: Rc::new(RefCell::new(delivered)),
        }
    }

    /// The next page as a JS object, or `None` when the listing is complete. A failed request
    /// leaves the position unchanged, so asking again retries the same cursor.
    pub async fn next_page(&self, prefetch: bool) -> Result<Option<JsValue>, JsValue> {
        let pending = self.ahead.borrow_mut().pop_front();
        let pending = pending.unwrap_or_else(|| self.schedule());
        let page = match JsFuture::from(pending).await {
            Ok(page) => page,
            Err(error) => {
                // Later prefetches were chained on the failed one: drop them and start over here.
                self.ahead.borrow_mut().clear();
                return Err(error);
            }
        };
        if page.is_undefined() {
            return Ok(None);
        }
        let has_more = Reflect::get(&page, &"has_more".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
        let last_id = Reflect::get(&page, &"last_id".into()).ok().and_then(|v| v.as_string());
        self.delivered.replace(Some((has_more, last_id)));
        if prefetch {
            let depth = self.listing.options.settings.prefetch as usize;
            while self.ahead.borrow().len() < depth && self.paginator.borrow().has_next() {
                let next = self.schedule();
                self.ahead.borrow_mut().push_back(next);
            }
        }
        Ok(Some(page))
    }

    /// Starts fetching the page after the last one scheduled.
    fn schedule(&self) -> Promise {
        let previous = self.ahead.borrow().back().cloned();
        let (listing, paginator) = (self.listing.clone(), self.paginator.clone());
        let options = CallOptions { signal: self.signal.clone(), ..listing.options.clone() };
        let promise = future_to_promise(async move {
            if let Some(previous) = previous {
                JsFuture::from(previous).await?;
            }
            let query = paginator.borrow().next_query().map_err(|e| to_js_error(e.into()))?;
            let Some(query) = query else { return Ok(JsValue::UNDEFINED) };
            let fetched = list_page(&listing.transport, &options, &listing.scope, &query).await.map_err(to_js_error)?;
            paginator.borrow_mut().record_page(fetched.page.has_more, fetched.page.last_id.as_deref());
            Ok(fetched.js)
        });
        // A prefetched page may fail before anyone awaits it; that is reported when it is reached,
        // so mark the rejection as handled now.
        IGNORE.with(|ignore| {
            let catch = Reflect::get(&promise, &"catch".into()).ok().and_then(|c| c.dyn_into::<Function>().ok());
            if let Some(catch) = catch {
                let _ = catch.call1(&promise, ignore);
            }
        });
        promise
    }

    /// Collects certificates from the following pages until `limit` of them or the end, without
    /// prefetching a page it would not use.
    pub async fn collect(&self, limit: u32) -> Result<Array, JsValue> {
        let items = Array::new();
        while items.length() < limit {
            let Some(page) = self.next_page(false).await? else { break };
            let data: Array = Reflect::get(&page, &"data".into()).map(Into::into).unwrap_or_default();
            for item in data.iter().take((limit - items.length()) as usize) {
                items.push(&item);
            }
        }
        Ok(items)
    }

    /// Cancels every request in flight and drops prefetched pages.
    pub fn close(&self) {
        self.ahead.borrow_mut().clear();
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }

    /// Whether another page is due.
    pub fn has_next(&self) -> bool {
        self.paginator.borrow().has_next() || !self.ahead.borrow().is_empty()
    }

    /// The cursor to resume from with `after`: the `last_id` of the last page delivered (the
    /// starting `after` before any; `None` once the listing is complete).
    pub fn resume_cursor(&self) -> Option<String> {
        match &*self.delivered.borrow() {
            None => self.listing.query.after.clone(),
            Some((true, last_id)) => last_id.clone(),
            Some((false, _)) => None,
        }
    }

    /// An independent stream continuing after the last page delivered (whatever was prefetched),
    /// remembering only that page's cursor: what `page.getNextPage()` needs.
    pub fn fork(&self) -> PageStream {
        let delivered = self.delivered.borrow().clone();
        let mut paginator = Paginator::new(self.listing.query.clone());
        if let Some((has_more, last_id)) = &delivered {
            paginator.record_page(*has_more, last_id.as_deref());
        }
        PageStream::with(self.listing.clone(), paginator, delivered)
    }
}

fn to_js_error(error: Error) -> JsValue {
    crate::boundary::to_js_error(error)
}

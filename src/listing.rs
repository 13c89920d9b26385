//! A listing in progress: pages fetched through the one request path, the core's [`Position`]
//! deciding what comes next, and the next pages prefetched while the consumer works.
//!
//! While the consumer works through page N, page N+1 (up to `prefetch` pages) is already on its
//! way. A prefetched page's error is kept until the consumer reaches that page; `close()` (a
//! `break`, a `return`) cancels what is in flight. A fork (`page.getNextPage()`) continues from a
//! delivered page's position, sharing its loop detector.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::{Array, Promise};
use pure::pagination::Position;
use pure::query::ListTarget;
use pure::request::ApiRequest;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::AbortController;

use crate::js::{get, method, set};
use crate::report::report;
use crate::transport::{CallContext, Reply, Transport};

thread_local! {
    /// One shared no-op rejection handler (one per page would leak a closure per page). Its
    /// argument is ignored, so it shares the closure type (and the glue) of the timers.
    static IGNORE: JsValue = Closure::<dyn FnMut()>::new(|| {}).into_js_value();
}

/// What every fork of a listing shares.
pub struct Listing {
    /// Sends the requests.
    pub transport: Rc<Transport>,
    /// What is listed.
    pub target: ListTarget,
    /// The call's options and the caller's signal.
    pub call: CallContext,
    /// The caller's parameters (a copy), for the next page's query object.
    pub params: JsValue,
}

/// A page on its way: its promise, and the position after it once it has arrived.
struct Scheduled {
    promise: Promise,
    after: Rc<RefCell<Option<Position>>>,
}

/// Walks the pages of one listing.
#[derive(Clone)]
pub struct PageStream {
    listing: Rc<Listing>,
    /// The position after the last page scheduled.
    next: Rc<RefCell<Position>>,
    /// The position after the last page delivered: where forks and resumes start.
    delivered: Rc<RefCell<Position>>,
    /// Pages fetched ahead, in order; each resolves to a page envelope or `undefined` (the end).
    ahead: Rc<RefCell<VecDeque<Scheduled>>>,
    /// Cancels this stream's requests (`close()`).
    controller: Option<AbortController>,
}

impl PageStream {
    /// A stream of `listing` from `position`.
    pub fn new(listing: Rc<Listing>, position: Position) -> Self {
        PageStream {
            listing,
            next: Rc::new(RefCell::new(position.clone())),
            delivered: Rc::new(RefCell::new(position)),
            ahead: Rc::default(),
            controller: AbortController::new().ok(),
        }
    }

    /// The next page envelope, or `None` when the listing is complete. A failed request leaves
    /// the position unchanged, so asking again retries the same cursor.
    pub async fn next_page(&self, prefetch: bool) -> Result<Option<JsValue>, JsValue> {
        let pending = self.ahead.borrow_mut().pop_front();
        let pending = pending.unwrap_or_else(|| self.schedule());
        let envelope = match JsFuture::from(pending.promise).await {
            Ok(envelope) => envelope,
            Err(error) => {
                // Later prefetches were chained on the failed one: drop them and start over here.
                self.ahead.borrow_mut().clear();
                *self.next.borrow_mut() = self.delivered.borrow().clone();
                return Err(error);
            }
        };
        if envelope.is_undefined() {
            return Ok(None);
        }
        if let Some(after) = pending.after.borrow_mut().take() {
            *self.delivered.borrow_mut() = after;
        }
        if prefetch {
            let depth = self.listing.call.options.settings.prefetch as usize;
            while self.ahead.borrow().len() < depth && self.next.borrow().has_next() {
                let next = self.schedule();
                self.ahead.borrow_mut().push_back(next);
            }
        }
        Ok(Some(envelope))
    }

    /// Starts fetching the page after the last one scheduled.
    fn schedule(&self) -> Scheduled {
        let previous = self.ahead.borrow().back().map(|s| s.promise.clone());
        let (listing, next) = (self.listing.clone(), self.next.clone());
        let after: Rc<RefCell<Option<Position>>> = Rc::default();
        let slot = after.clone();
        let mut call = listing.call.clone();
        call.signals
            .extend(self.controller.as_ref().map(AbortController::signal));
        let promise = future_to_promise(async move {
            if let Some(previous) = previous {
                JsFuture::from(previous).await?;
            }
            let fail = |error| report(&error, &listing.transport.redactor);
            let query = next.borrow().next_query().map_err(|e| fail(e.into()))?;
            let Some(query) = query else {
                return Ok(JsValue::UNDEFINED);
            };
            let reply = listing
                .transport
                .execute(&ApiRequest::for_page(&listing.target, &query), &call)
                .await
                .map_err(fail)?;
            let Some(facts) = &reply.page else {
                return Ok(JsValue::UNDEFINED);
            };
            let (position, keep) = next.borrow().advance(facts);
            if keep.len() < facts.ids.len() {
                keep_only(&reply.body, &keep);
            }
            *next.borrow_mut() = position.clone();
            *slot.borrow_mut() = Some(position);
            Ok(envelope(&reply))
        });
        // A prefetched page may fail before anyone awaits it; that is reported when it is reached,
        // so mark the rejection as handled now.
        IGNORE.with(|ignore| {
            if let Some(catch) = method(&promise, "catch") {
                let _ = catch.call1(&promise, ignore);
            }
        });
        Scheduled { promise, after }
    }

    /// Collects items from the following pages until `limit` of them or the end, without
    /// prefetching a page it would not use.
    pub async fn collect(&self, limit: u32) -> Result<Array, JsValue> {
        let items = Array::new();
        while items.length() < limit {
            let Some(envelope) = self.next_page(false).await? else {
                break;
            };
            let data: Array = get(&get(&envelope, "body"), "data").into();
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
        self.delivered.borrow().has_next()
    }

    /// What every fork of this listing shares.
    pub fn listing(&self) -> &Listing {
        &self.listing
    }

    /// The position after the last page delivered.
    pub fn delivered(&self) -> Position {
        self.delivered.borrow().clone()
    }

    /// An independent stream continuing after the last page delivered (whatever was prefetched):
    /// what `page.getNextPage()` needs.
    pub fn fork(&self) -> PageStream {
        PageStream::new(self.listing.clone(), self.delivered())
    }
}

/// The envelope the wrapper unwraps: `{ body, text, response, requestID }`.
pub fn envelope(reply: &Reply) -> JsValue {
    let out: JsValue = js_sys::Object::new().into();
    set(&out, "body", &reply.body);
    set(&out, "text", &reply.text);
    set(&out, "response", &reply.response);
    set(
        &out,
        "requestID",
        &reply
            .request_id
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str),
    );
    out
}

/// Replaces `body.data` by the items at `keep`: the ids already delivered are dropped.
fn keep_only(body: &JsValue, keep: &[usize]) {
    let data: Array = get(body, "data").into();
    let kept: Array = keep.iter().map(|&i| data.get(i as u32)).collect();
    set(body, "data", &kept);
}

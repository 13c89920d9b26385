//! One page of a listing: fetched at a [`Position`] through the one request path, with the ids
//! already delivered dropped, and the position after it.
//!
//! A position is a value: fetching at it leaves it as it was, so the same page can be fetched again
//! (`getNextPage()` twice on one page is two fetches of the same page, not a loop), and every
//! position after it shares its loop detector and duplicate filter. Walking a listing (the order of
//! pages, prefetch, cancelling on `break`) is the wrapper's one iterator, `pkg-template/src/walk.mjs`.

use std::rc::Rc;

use js_sys::{Array, Object};
use pure::pagination::Position;
use pure::query::ListTarget;
use pure::request::ApiRequest;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortSignal;

use crate::js::{get, set};
use crate::report::report;
use crate::transport::{CallContext, Reply, Transport};

/// What every position of a listing shares.
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

/// The page at `at` as an envelope, and the position after it; `None` once the listing is
/// complete. `signal` (a walk's own, for `break`) cancels the request along with the caller's.
pub async fn fetch(
    listing: &Listing,
    at: &Position,
    signal: Option<AbortSignal>,
) -> Result<Option<(JsValue, Position)>, JsValue> {
    let fail = |error| report(&error, &listing.transport.redactor);
    let Some(query) = at.next_query().map_err(|e| fail(e.into()))? else {
        return Ok(None);
    };
    let mut call = listing.call.clone();
    call.signals.extend(signal);
    let reply = listing
        .transport
        .execute(&ApiRequest::for_page(&listing.target, &query), &call)
        .await
        .map_err(fail)?;
    let Some(facts) = &reply.page else {
        return Ok(None);
    };
    let (next, keep) = at.advance(facts);
    if keep.len() < facts.ids.len() {
        keep_only(&reply.body, &keep);
    }
    Ok(Some((envelope(&reply), next)))
}

/// The query of the page at `at` as the caller wrote theirs: the listing's parameters with its
/// `after` (and the page size used), or `null` when there is no page there.
pub fn query(listing: &Listing, at: &Position) -> JsValue {
    let Ok(Some(query)) = at.next_query() else {
        return JsValue::NULL;
    };
    let out: JsValue = match listing.params.dyn_ref::<Object>() {
        Some(params) => Object::assign(&Object::new(), params).into(),
        None => Object::new().into(),
    };
    if let Some(after) = &query.after {
        set(&out, "after", &JsValue::from_str(after));
    }
    if let Some(limit) = query.limit {
        set(&out, "limit", &JsValue::from(limit));
    }
    out
}

/// The envelope the wrapper unwraps: `{ body, text, response, requestID }`.
pub fn envelope(reply: &Reply) -> JsValue {
    let out: JsValue = Object::new().into();
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

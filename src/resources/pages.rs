//! A listing in progress: the paginator driving fetches, one page at a time.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use crate::error::Error;
use crate::pagination::Paginator;
use crate::resources::certificates::{list_page, FetchedPage, Scope};
use crate::transport::Transport;

/// Walks the pages of one listing. Callers serialize access (the boundary queues calls), so the
/// paginator is never borrowed across an `await`.
#[derive(Clone)]
pub struct PageStream {
    transport: Rc<Transport>,
    scope: Rc<Scope>,
    paginator: Rc<RefCell<Paginator>>,
}

impl PageStream {
    /// A listing of `scope` positioned by `paginator`.
    pub fn new(transport: Rc<Transport>, scope: Scope, paginator: Paginator) -> Self {
        PageStream { transport, scope: Rc::new(scope), paginator: Rc::new(RefCell::new(paginator)) }
    }

    /// The next page, or `None` when the listing is complete. A failed request leaves the position
    /// unchanged, so asking again retries the same cursor.
    pub async fn next_page(&self) -> Result<Option<FetchedPage>, Error> {
        let Some(query) = self.paginator.borrow().next_query()? else {
            return Ok(None);
        };
        let fetched = list_page(&self.transport, &self.scope, &query).await?;
        self.paginator.borrow_mut().record_page(fetched.page.has_more, fetched.page.last_id.as_deref());
        Ok(Some(fetched))
    }

    /// Collects certificates from the following pages until `limit` of them or the end.
    pub async fn collect(&self, limit: u32) -> Result<js_sys::Array, Error> {
        let items = js_sys::Array::new();
        while items.length() < limit {
            let Some(fetched) = self.next_page().await? else { break };
            let data: js_sys::Array = js_sys::Reflect::get(&fetched.js, &JsValue::from_str("data"))
                .map(Into::into)
                .unwrap_or_default();
            for item in data.iter().take((limit - items.length()) as usize) {
                items.push(&item);
            }
        }
        Ok(items)
    }

    /// Whether another page is due.
    pub fn has_next(&self) -> bool {
        self.paginator.borrow().has_next()
    }

    /// The cursor to resume from with `after`.
    pub fn resume_cursor(&self) -> Option<String> {
        self.paginator.borrow().resume_cursor().map(str::to_owned)
    }

    /// An independent stream at the same position (see [`Paginator::fork`]).
    pub fn fork(&self) -> PageStream {
        PageStream {
            transport: self.transport.clone(),
            scope: self.scope.clone(),
            paginator: Rc::new(RefCell::new(self.paginator.borrow().fork())),
        }
    }
}

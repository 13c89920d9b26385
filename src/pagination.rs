//! The cursor paginator: pure logic, no I/O and no `await`.
//!
//! It is told what each page said (`has_more`, `last_id`) and answers with the next request or the
//! end of the listing. Keeping it pure lets `cargo test` cover every pagination rule natively.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use crate::error::PaginationError;

/// Sort order of a listing by `created_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Oldest first.
    Asc,
    /// Newest first (the API's default).
    Desc,
}

impl Order {
    /// The value sent in the `order` query parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            Order::Asc => "asc",
            Order::Desc => "desc",
        }
    }
}

/// The query of one list request: `after`, `limit` and `order`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListQuery {
    /// Cursor: the id after which the page starts.
    pub after: Option<String>,
    /// Page size, 1..=100; `None` lets the server choose (20).
    pub limit: Option<u8>,
    /// Sort order; `None` lets the server choose (`desc`).
    pub order: Option<Order>,
}

/// Where the listing stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Next {
    /// The next request starts after this cursor (`None`: the first page).
    Fetch(Option<String>),
    /// The server said there is nothing more.
    Done,
    /// The server's last answer cannot be followed; reported when the next page is asked for.
    Failed(PaginationError),
}

/// Follows `last_id` cursors across pages, refusing loops and dangling `has_more`.
///
/// Cursors are remembered as 64-bit hashes, so a very long listing costs 8 bytes a page.
#[derive(Debug, Clone)]
pub struct Paginator {
    query: ListQuery,
    next: Next,
    seen: HashSet<u64>,
}

impl Paginator {
    /// Starts a listing with the caller's query; its `after`, if any, counts as already seen.
    pub fn new(query: ListQuery) -> Self {
        let mut seen = HashSet::new();
        if let Some(after) = &query.after {
            seen.insert(cursor_hash(after));
        }
        let next = Next::Fetch(query.after.clone());
        Paginator { query, next, seen }
    }

    /// The query to send next: the original one with only `after` replaced. `Ok(None)` means the
    /// listing is complete; an error means the server's last page cannot be followed.
    pub fn next_query(&self) -> Result<Option<ListQuery>, PaginationError> {
        match &self.next {
            Next::Fetch(after) => Ok(Some(ListQuery { after: after.clone(), ..self.query.clone() })),
            Next::Done => Ok(None),
            Next::Failed(error) => Err(error.clone()),
        }
    }

    /// Whether another request is due (a failed state counts: asking for it reports the error).
    pub fn has_next(&self) -> bool {
        !matches!(self.next, Next::Done)
    }

    /// Records the page answered to the last `next_query`.
    pub fn record_page(&mut self, has_more: bool, last_id: Option<&str>) {
        self.next = match (has_more, last_id) {
            (false, _) => Next::Done,
            (true, None) => Next::Failed(PaginationError::MissingCursor),
            (true, Some(cursor)) if !self.seen.insert(cursor_hash(cursor)) => {
                Next::Failed(PaginationError::CursorLoop { cursor: cursor.to_owned() })
            }
            (true, Some(cursor)) => Next::Fetch(Some(cursor.to_owned())),
        };
    }

    /// The query to use when the caller iterates items and did not choose a page size: the
    /// largest page, so a whole organization (at most 50 certificates) is one request.
    pub fn for_items(mut query: ListQuery) -> ListQuery {
        query.limit.get_or_insert(crate::validation::MAX_PAGE_SIZE);
        query
    }
}

fn cursor_hash(cursor: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    cursor.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(after: Option<&str>, limit: Option<u8>, order: Option<Order>) -> ListQuery {
        ListQuery { after: after.map(str::to_owned), limit, order }
    }

    #[test]
    fn first_request_is_the_original_query() {
        let q = query(None, Some(7), Some(Order::Asc));
        assert_eq!(Paginator::new(q.clone()).next_query(), Ok(Some(q)));
    }

    #[test]
    fn next_request_replaces_only_after_and_carries_limit_and_order() {
        let mut p = Paginator::new(query(Some("cert_start"), Some(3), Some(Order::Asc)));
        p.record_page(true, Some("cert_c"));
        assert_eq!(p.next_query(), Ok(Some(query(Some("cert_c"), Some(3), Some(Order::Asc)))));
    }

    #[test]
    fn item_iteration_asks_for_full_pages_unless_a_size_was_chosen() {
        assert_eq!(Paginator::for_items(ListQuery::default()).limit, Some(100));
        assert_eq!(Paginator::for_items(query(None, Some(7), None)).limit, Some(7));
    }

    #[test]
    fn has_more_false_ends_the_listing_even_with_a_cursor() {
        let mut p = Paginator::new(ListQuery::default());
        p.record_page(false, Some("cert_z"));
        assert_eq!(p.next_query(), Ok(None));
        assert!(!p.has_next());
    }

    #[test]
    fn an_empty_page_with_has_more_and_a_cursor_goes_on() {
        let mut p = Paginator::new(ListQuery::default());
        p.record_page(true, Some("cert_a"));
        p.record_page(true, Some("cert_b")); // the empty middle page still moved the cursor
        assert_eq!(p.next_query().unwrap().unwrap().after.as_deref(), Some("cert_b"));
    }

    #[test]
    fn has_more_without_a_cursor_is_an_error_not_a_silent_stop() {
        let mut p = Paginator::new(ListQuery::default());
        p.record_page(true, None);
        assert!(p.has_next());
        assert_eq!(p.next_query(), Err(PaginationError::MissingCursor));
    }

    #[test]
    fn a_cursor_returned_twice_is_a_loop_error() {
        let mut p = Paginator::new(ListQuery::default());
        p.record_page(true, Some("cert_a"));
        p.record_page(true, Some("cert_b"));
        p.record_page(true, Some("cert_a"));
        assert_eq!(p.next_query(), Err(PaginationError::CursorLoop { cursor: "cert_a".into() }));
        // The failure is sticky: asking again never restarts the loop.
        assert!(p.next_query().is_err());
    }

    #[test]
    fn a_cursor_equal_to_the_starting_after_is_a_loop() {
        let mut p = Paginator::new(query(Some("cert_a"), None, None));
        p.record_page(true, Some("cert_a"));
        assert!(matches!(p.next_query(), Err(PaginationError::CursorLoop { .. })));
    }
}

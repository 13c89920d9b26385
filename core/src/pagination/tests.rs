use super::*;
use crate::query::Order;

fn query(after: Option<&str>, limit: Option<u8>, order: Option<Order>) -> ListQuery {
    ListQuery {
        after: after.map(str::to_owned),
        limit,
        order,
        include_archived: None,
        ..ListQuery::default()
    }
}

fn page(has_more: bool, last_id: Option<&str>, ids: &[&str]) -> PageFacts {
    PageFacts {
        has_more,
        last_id: last_id.map(str::to_owned),
        ids: ids.iter().map(|s| s.to_string()).collect(),
    }
}

/// Advances and returns the new position only.
fn after(position: &Position, facts: PageFacts) -> Position {
    position.advance(&facts).0
}

#[test]
fn first_request_is_the_original_query() {
    let q = query(None, Some(7), Some(Order::Asc));
    assert_eq!(Position::start(q.clone()).next_query(), Ok(Some(q)));
}

#[test]
fn next_request_replaces_only_after_and_carries_limit_and_order() {
    let p = Position::start(query(Some("cert_start"), Some(3), Some(Order::Asc)));
    let p = after(
        &p,
        page(true, Some("cert_c"), &["cert_a", "cert_b", "cert_c"]),
    );
    assert_eq!(
        p.next_query(),
        Ok(Some(query(Some("cert_c"), Some(3), Some(Order::Asc))))
    );
    assert_eq!(p.resume_cursor(), Some("cert_c"));
}

#[test]
fn has_more_false_ends_the_listing_even_with_a_cursor() {
    let p = after(
        &Position::start(ListQuery::default()),
        page(false, Some("cert_z"), &["cert_z"]),
    );
    assert_eq!(p.next_query(), Ok(None));
    assert!(!p.has_next());
    assert_eq!(p.resume_cursor(), None);
}

#[test]
fn an_empty_page_with_has_more_and_a_new_cursor_goes_on() {
    let p = after(
        &Position::start(ListQuery::default()),
        page(true, Some("cert_a"), &["cert_a"]),
    );
    let p = after(&p, page(true, Some("cert_b"), &[]));
    assert_eq!(
        p.next_query().unwrap().unwrap().after.as_deref(),
        Some("cert_b")
    );
}

#[test]
fn has_more_without_a_cursor_is_an_error_not_a_silent_stop() {
    let p = after(
        &Position::start(ListQuery::default()),
        page(true, None, &["a"]),
    );
    assert!(p.has_next());
    assert_eq!(p.next_query(), Err(PaginationError::MissingCursor));
}

#[test]
fn a_cursor_followed_before_is_a_loop_and_the_failure_sticks() {
    let p = Position::start(ListQuery::default());
    let p = after(&p, page(true, Some("cert_a"), &["x1"]));
    let p = after(&p, page(true, Some("cert_b"), &["x2"]));
    let p = after(&p, page(true, Some("cert_a"), &["x3"]));
    assert_eq!(
        p.next_query(),
        Err(PaginationError::CursorLoop {
            cursor: "cert_a".into()
        })
    );
    assert!(p.next_query().is_err());
    assert_eq!(p.resume_cursor(), Some("cert_a"));
}

#[test]
fn a_cursor_equal_to_the_starting_after_is_a_loop() {
    let p = after(
        &Position::start(query(Some("cert_a"), None, None)),
        page(true, Some("cert_a"), &[]),
    );
    assert!(matches!(
        p.next_query(),
        Err(PaginationError::CursorLoop { .. })
    ));
}

#[test]
fn forks_share_the_loop_detector_but_not_each_others_steps() {
    let start = Position::start(ListQuery::default());
    let first = after(&start, page(true, Some("A"), &["1"]));
    // Two independent fetches of the page after `first` (getNextPage() twice on one page).
    let second = after(&first, page(true, Some("B"), &["2"]));
    let second_again = after(&first, page(true, Some("B"), &["2"]));
    assert_eq!(
        second_again.next_query().unwrap().unwrap().after.as_deref(),
        Some("B"),
        "not a loop"
    );
    // A chain that comes back to A is one, from either fork.
    let third = after(&second, page(true, Some("A"), &["3"]));
    assert_eq!(
        third.next_query(),
        Err(PaginationError::CursorLoop { cursor: "A".into() })
    );
    let third_again = after(&second_again, page(true, Some("A"), &["3"]));
    assert!(third_again.next_query().is_err());
    // And a fork that went elsewhere is unaffected.
    let other = after(&second_again, page(true, Some("C"), &["3"]));
    assert!(other.next_query().is_ok());
}

#[test]
fn ids_repeated_by_a_shifting_list_are_delivered_once() {
    let p = Position::start(ListQuery::default());
    let (p, keep) = p.advance(&page(true, Some("c"), &["a", "b", "c"]));
    assert_eq!(keep, vec![0, 1, 2]);
    // An upload while listing (offset paging) moves "b" and "c" onto the next page.
    let (p, keep) = p.advance(&page(true, Some("e"), &["b", "c", "d", "e"]));
    assert_eq!(keep, vec![2, 3]);
    // An id twice within one page, too.
    let (_, keep) = p.advance(&page(false, None, &["f", "f", "e", "g"]));
    assert_eq!(keep, vec![0, 3]);
}

#[test]
fn the_window_of_recent_ids_is_bounded() {
    let mut p = Position::start(ListQuery::default());
    let mut delivered = 0;
    for n in 0..20 {
        let ids: Vec<String> = (0..100).map(|i| format!("id_{n}_{i}")).collect();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let (next, keep) = p.advance(&page(true, Some(refs[99]), &refs));
        delivered += keep.len();
        p = next;
    }
    assert_eq!(delivered, 2000);
    assert_eq!(p.recent.len(), RECENT_IDS);
    assert_eq!(p.history.len, 20);
}

//! Property test, native: the paginator and the retry policy together against a simulated server
//! with random fault schedules (errors, loops, missing cursors, empty pages, lists that shift
//! between pages), walked straight on or as a chain of forks (`getNextPage()`), with pages fetched
//! twice on the way. Every walk yields the server's ids exactly once each, in order, or stops with a
//! typed error after a duplicate-free prefix; it never hangs; and every way of walking gives the
//! same answer.
#![cfg(not(target_arch = "wasm32"))]

use openai_admin_certificates_core::decode::PageFacts;
use openai_admin_certificates_core::error::PaginationError;
use openai_admin_certificates_core::pagination::Position;
use openai_admin_certificates_core::query::ListQuery;
use openai_admin_certificates_core::retry::{decide, Attempt, Decision, RetryHeaders};
use proptest::prelude::*;

/// What the simulated server does with one request.
#[derive(Debug, Clone)]
enum Fault {
    None,
    Status(u16, bool),
    ConnectionFailed,
    TimedOut,
    /// A correct page whose cursor points back at an earlier one.
    LoopCursor,
    /// A correct page with `has_more` but no cursor.
    NullCursor,
    /// An empty page with `has_more` whose cursor stays where the request started.
    EmptyPage,
    /// The page starts this many ids early, as an offset-paging server's does after an upload.
    Shift(usize),
}

fn fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        6 => Just(Fault::None),
        2 => (prop::sample::select(vec![408u16, 409, 429, 500, 502, 503, 504, 400, 404]), any::<bool>())
            .prop_map(|(s, hinted)| Fault::Status(s, hinted)),
        1 => Just(Fault::ConnectionFailed),
        1 => Just(Fault::TimedOut),
        1 => Just(Fault::EmptyPage),
        1 => Just(Fault::LoopCursor),
        1 => Just(Fault::NullCursor),
        2 => (1usize..40).prop_map(Fault::Shift),
    ]
}

/// How the walk moves from page to page.
#[derive(Debug, Clone, Copy)]
enum Walk {
    /// `for await`: one position advanced.
    Straight,
    /// A `getNextPage()` chain where each page is also fetched a second time, from the same page.
    ForksTwice,
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Complete,
    ApiError(u16),
    Unreachable,
    Pagination(PaginationError),
}

/// Lists `total` ids (`id_0`..) in pages of `limit` from a server that applies `schedule` to
/// successive requests (then behaves), with up to `max_retries` retries per request.
fn run(
    total: usize,
    limit: usize,
    max_retries: u32,
    schedule: &[Fault],
    walk: Walk,
) -> (Vec<String>, Outcome) {
    let ids: Vec<String> = (0..total).map(|i| format!("id_{i}")).collect();
    let mut position = Position::start(ListQuery {
        limit: Some(limit as u8),
        ..ListQuery::default()
    });
    let mut yielded = Vec::new();
    let mut requests = 0usize;
    let mut retries = 0;
    let mut empty_served = std::collections::HashSet::new();
    loop {
        assert!(requests < 10_000, "the listing does not end");
        let query = match position.next_query() {
            Ok(Some(query)) => query,
            Ok(None) => return (yielded, Outcome::Complete),
            Err(e) => return (yielded, Outcome::Pagination(e)),
        };
        let fault = schedule.get(requests).cloned().unwrap_or(Fault::None);
        requests += 1;
        let start = query.after.as_ref().map_or(0, |after| {
            ids.iter().position(|id| id == after).unwrap() + 1
        });
        let end = (start + limit).min(total);
        let failed = match fault {
            Fault::Status(status, hinted) => {
                let retry_after_ms = hinted.then(|| "5".to_string());
                Some((
                    Attempt::Response {
                        status,
                        headers: RetryHeaders {
                            retry_after_ms,
                            ..Default::default()
                        },
                    },
                    Outcome::ApiError(status),
                ))
            }
            Fault::ConnectionFailed => Some((
                Attempt::ConnectionFailed {
                    before_sending: false,
                },
                Outcome::Unreachable,
            )),
            Fault::TimedOut => Some((Attempt::TimedOut, Outcome::Unreachable)),
            _ => None,
        };
        if let Some((attempt, outcome)) = failed {
            match decide(&attempt, retries, max_retries, true, 0.0, 0.5) {
                Decision::Retry { delay_ms } => {
                    assert!((0.0..=60_000.0).contains(&delay_ms));
                    retries += 1;
                    continue;
                }
                _ => return (yielded, outcome),
            }
        }
        retries = 0;
        let has_more = end < total;
        let cursor = ids[start..end].last().cloned();
        let facts = |from: usize, has_more: bool, last_id: Option<String>| PageFacts {
            has_more,
            last_id,
            ids: ids[from..end].to_vec(),
        };
        let page = match fault {
            Fault::EmptyPage if query.after.is_some() && empty_served.insert(start) => PageFacts {
                has_more: true,
                last_id: query.after.clone(),
                ids: Vec::new(),
            },
            Fault::LoopCursor if query.after.is_some() => facts(start, true, query.after.clone()),
            Fault::NullCursor if has_more => facts(start, true, None),
            Fault::Shift(k) => facts(start.saturating_sub(k), has_more, cursor),
            _ => facts(start, has_more, cursor),
        };
        let (next, keep) = position.advance(&page);
        if let Walk::ForksTwice = walk {
            // The same page fetched again from the same position: an independent fork, no loop.
            let (again, keep_again) = position.advance(&page);
            assert_eq!(keep_again, keep);
            assert_eq!(again.next_query(), next.next_query());
        }
        yielded.extend(keep.iter().map(|&i| page.ids[i].clone()));
        position = next;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_schedule_yields_the_list_exactly_once_or_a_typed_error(
        total in 0usize..120,
        limit in 1usize..=30,
        max_retries in 0u32..4,
        schedule in prop::collection::vec(fault(), 0..40),
    ) {
        let (yielded, outcome) = run(total, limit, max_retries, &schedule, Walk::Straight);
        let expected: Vec<String> = (0..total).map(|i| format!("id_{i}")).collect();
        let mut unique = yielded.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), yielded.len(), "an id was yielded twice");
        prop_assert_eq!(&yielded[..], &expected[..yielded.len()], "an id was skipped or reordered");
        if outcome == Outcome::Complete {
            prop_assert_eq!(&yielded, &expected);
        }
        // A chain of forks, each page fetched twice, is the same walk.
        prop_assert_eq!(run(total, limit, max_retries, &schedule, Walk::ForksTwice), (yielded, outcome));
    }

    #[test]
    fn without_faults_the_listing_is_complete(total in 0usize..300, limit in 1usize..=100) {
        let (yielded, outcome) = run(total, limit, 2, &[], Walk::Straight);
        prop_assert_eq!(outcome, Outcome::Complete);
        prop_assert_eq!(yielded.len(), total);
    }
}

#[test]
fn a_cycle_through_forks_is_caught_where_it_closes() {
    let start = Position::start(ListQuery::default());
    let page = |last: &str| PageFacts {
        has_more: true,
        last_id: Some(last.into()),
        ids: vec![format!("item_{last}")],
    };
    let a = start.advance(&page("A")).0;
    let b = a.clone().advance(&page("B")).0;
    let back = b.clone().advance(&page("A")).0;
    assert_eq!(
        back.next_query(),
        Err(PaginationError::CursorLoop { cursor: "A".into() })
    );
}

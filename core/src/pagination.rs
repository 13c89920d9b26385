//! The cursor paginator: pure logic, no I/O and no `await`.
//!
//! A [`Position`] is where a walk over a listing stands: the next query, the cursors followed to get
//! here, and the ids just delivered. It is an immutable value; [`Position::advance`] takes what a
//! page said and gives the next position. Every way of walking pages (`for await`, `iterPages()`,
//! a chain of `getNextPage()` calls, `toArray()`) advances positions, so they share one loop
//! detector and one duplicate filter:
//!
//! - a cursor already followed on the way to a position is a loop (A → B → A), whichever page the
//!   walk forked from; two walks from the same page are independent, not a loop;
//! - an id among the last [`RECENT_IDS`] delivered is not delivered again: a list that shifts
//!   between pages (a certificate uploaded or deleted while listing, on a server that pages by
//!   offset) repeats the ids at a page boundary, never more than a shift's worth.
//!
//! Memory stays flat: 8 bytes per page for the cursors, and a fixed window of ids.

use std::cell::RefCell;
use std::rc::Rc;

use crate::decode::PageFacts;
use crate::error::PaginationError;
use crate::query::ListQuery;

/// How many of the last delivered ids a walk remembers to drop repeats: more than a page (100),
/// so any shift of up to this many certificates between two pages yields no id twice.
pub const RECENT_IDS: usize = 256;

/// Where the walk stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Next {
    /// The next request starts after this cursor (`None`: the first page).
    Fetch(Option<String>),
    /// The server said there is nothing more.
    Done,
    /// The server's last answer cannot be followed; reported when the next page is asked for.
    Failed(PaginationError),
}

/// One position in a walk over a listing. Cloning is cheap.
#[derive(Debug, Clone)]
pub struct Position {
    query: Rc<ListQuery>,
    next: Next,
    /// The `after` a resumed listing would start from.
    resume: Option<String>,
    history: History,
    recent: Rc<Recent>,
}

impl Position {
    /// The start of a listing with the caller's query; its `after`, if any, counts as followed.
    pub fn start(query: ListQuery) -> Self {
        let history = History::default();
        let history = match &query.after {
            Some(after) => history.push(id_hash(after)),
            None => history,
        };
        Position {
            next: Next::Fetch(query.after.clone()),
            resume: query.after.clone(),
            query: Rc::new(query),
            history,
            recent: Rc::new(Recent::default()),
        }
    }

    /// The query to send next: the original one with only `after` replaced. `Ok(None)` means the
    /// listing is complete; an error means the last page cannot be followed.
    pub fn next_query(&self) -> Result<Option<ListQuery>, PaginationError> {
        match &self.next {
            Next::Fetch(after) => Ok(Some(ListQuery {
                after: after.clone(),
                ..(*self.query).clone()
            })),
            Next::Done => Ok(None),
            Next::Failed(error) => Err(error.clone()),
        }
    }

    /// Whether another request is due (a failed state counts: asking for it reports the error).
    pub fn has_next(&self) -> bool {
        !matches!(self.next, Next::Done)
    }

    /// The cursor to resume this listing from with `after`: the `last_id` of the last page
    /// delivered (the starting `after` before any; `None` once the listing is complete).
    pub fn resume_cursor(&self) -> Option<&str> {
        match self.next {
            Next::Done => None,
            _ => self.resume.as_deref(),
        }
    }

    /// The position after a page that answered [`Position::next_query`], and which of its items
    /// to deliver (indices into `page.ids`, in order): every item but the ones just delivered.
    pub fn advance(&self, page: &PageFacts) -> (Position, Vec<usize>) {
        let mut recent = (*self.recent).clone();
        let mut keep = Vec::with_capacity(page.ids.len());
        for (i, id) in page.ids.iter().enumerate() {
            let hash = id_hash(id);
            if !recent.contains(hash) {
                recent.push(hash);
                keep.push(i);
            }
        }
        recent.trim();
        let mut history = self.history.clone();
        let next = match (page.has_more, &page.last_id) {
            (false, _) => Next::Done,
            (true, None) => Next::Failed(PaginationError::MissingCursor),
            (true, Some(cursor)) if self.history.contains(id_hash(cursor)) => {
                Next::Failed(PaginationError::CursorLoop {
                    cursor: cursor.clone(),
                })
            }
            (true, Some(cursor)) => {
                history = history.push(id_hash(cursor));
                Next::Fetch(Some(cursor.clone()))
            }
        };
        let resume = page.last_id.clone().or_else(|| self.resume.clone());
        let position = Position {
            query: self.query.clone(),
            next,
            resume,
            history,
            recent: Rc::new(recent),
        };
        (position, keep)
    }
}

/// The cursors followed on the way to a position: a prefix of a vector shared by every position of
/// one walk and its forks. Extending at the end of the vector (the usual case, one walk going on)
/// appends in place; extending an older prefix (a fork) copies that prefix first.
#[derive(Debug, Clone, Default)]
struct History {
    shared: Rc<RefCell<Vec<u64>>>,
    len: usize,
}

impl History {
    fn contains(&self, hash: u64) -> bool {
        self.shared.borrow()[..self.len].contains(&hash)
    }

    fn push(&self, hash: u64) -> History {
        let mut shared = self.shared.borrow_mut();
        if shared.len() == self.len {
            shared.push(hash);
            return History {
                shared: self.shared.clone(),
                len: self.len + 1,
            };
        }
        let mut copy = shared[..self.len].to_vec();
        copy.push(hash);
        History {
            shared: Rc::new(RefCell::new(copy)),
            len: self.len + 1,
        }
    }
}

/// Slots of [`Recent`]'s counting filter: with [`RECENT_IDS`] ids in it, about 6% of the lookups
/// of an id not in the window go on to scan it.
const FILTER_SLOTS: usize = 4096;

/// The hashes of the last [`RECENT_IDS`] ids delivered, oldest first, and how many of them fall in
/// each slot of a small counting filter: an id not seen (nearly every id) is answered by one
/// lookup instead of a scan of the window (a tenth of a listing's time in the wasm otherwise).
#[derive(Debug, Clone)]
struct Recent {
    hashes: Vec<u64>,
    counts: Vec<u16>,
}

impl Default for Recent {
    fn default() -> Self {
        Recent {
            hashes: Vec::new(),
            counts: vec![0; FILTER_SLOTS],
        }
    }
}

impl Recent {
    fn slot(hash: u64) -> usize {
        (hash as usize) & (FILTER_SLOTS - 1)
    }

    fn contains(&self, hash: u64) -> bool {
        self.counts[Self::slot(hash)] != 0 && self.hashes.contains(&hash)
    }

    fn push(&mut self, hash: u64) {
        self.hashes.push(hash);
        self.counts[Self::slot(hash)] += 1;
    }

    /// Forgets the oldest ids beyond [`RECENT_IDS`].
    fn trim(&mut self) {
        let excess = self.hashes.len().saturating_sub(RECENT_IDS);
        for hash in self.hashes.drain(..excess) {
            self.counts[Self::slot(hash)] -= 1;
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.hashes.len()
    }
}

/// FNV-1a, 64 bits: ids and cursors are remembered as hashes, 8 bytes each.
fn id_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests;

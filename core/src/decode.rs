//! Response checks: a successful answer is read into its [`crate::wire`] type, and that read is
//! the check of what the client relies on. Generic over the serde `Deserializer`, so the wasm runs
//! it on the runtime's parsed JSON (serde-wasm-bindgen) and native tests and fuzz targets on a
//! `serde_json` value: the same code.
//!
//! The caller gets the body as the server sent it, so the types only decide what is refused.
//! When a read fails, [`locate`] takes the body apart and reads the parts with the same types to
//! find where: a page of 100 items pays for that only when something is wrong.

use serde::de::{Deserialize, DeserializeOwned, Deserializer};

use crate::wire::{Activation, AuditLog, Certificate, Deleted, List, Project};

/// What a successful answer must be: the wire type it is read into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A page of certificates ([`List`] of [`Certificate`]).
    CertificatePage,
    /// A page of projects ([`List`] of [`Project`]).
    ProjectPage,
    /// A page of the audit log ([`List`] of [`AuditLog`]).
    AuditLogPage,
    /// One [`Certificate`].
    Certificate,
    /// One [`Project`].
    Project,
    /// A [`Deleted`].
    Deleted,
    /// An [`Activation`] (activate, deactivate).
    Activation,
}

/// What pagination needs from a page that passed its check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageFacts {
    /// `has_more`.
    pub has_more: bool,
    /// `last_id`, the cursor of the next page (`None` when null or absent).
    pub last_id: Option<String>,
    /// Each item's `id`, in order.
    pub ids: Vec<String>,
}

impl<T> List<T> {
    fn facts(self, id: impl Fn(T) -> String) -> PageFacts {
        PageFacts {
            has_more: self.has_more,
            last_id: self.last_id,
            ids: self.data.into_iter().map(id).collect(),
        }
    }
}

/// Reads `body` as `expect`; for a page, returns what pagination needs.
pub fn check<'de, D: Deserializer<'de>>(
    expect: Expect,
    body: D,
) -> Result<Option<PageFacts>, D::Error> {
    Ok(match expect {
        Expect::CertificatePage => {
            Some(List::<Certificate>::deserialize(body)?.facts(|item| item.id))
        }
        Expect::ProjectPage => Some(List::<Project>::deserialize(body)?.facts(|item| item.id)),
        Expect::AuditLogPage => Some(List::<AuditLog>::deserialize(body)?.facts(|item| item.id)),
        Expect::Certificate => Certificate::deserialize(body).map(|_| None)?,
        Expect::Project => Project::deserialize(body).map(|_| None)?,
        Expect::Deleted => Deleted::deserialize(body).map(|_| None)?,
        Expect::Activation => Activation::deserialize(body).map(|_| None)?,
    })
}

/// A failed check: where in the body, and what serde said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// Where in the body, e.g. `data[3].id` (empty: the body itself).
    pub path: String,
    /// What is wrong there, e.g. "invalid type: integer `7`, expected a string".
    pub detail: String,
}

/// A parsed body taken apart, for [`locate`]: the runtime's object in the wasm, a `serde_json`
/// value natively. Reading goes through the same serde code as [`check`], so finding the place
/// adds no second deserializer to the wasm.
pub trait Parts: Sized {
    /// Reads the value as `T`, or says why not (serde's message).
    fn read<T: DeserializeOwned>(&self) -> Result<T, String>;
    /// An object's own keys (none for anything else).
    fn keys(&self) -> Vec<String>;
    /// A new object with only the member `key` of this one.
    fn only(&self, key: &str) -> Self;
    /// An array's elements (`None` for anything else).
    fn items(&self) -> Option<Vec<Self>>;
    /// The member `key` of an object.
    fn member(&self, key: &str) -> Self;
}

/// Where `body`, which [`check`] refused as `expect`, fails: the cold path.
pub fn locate<B: Parts>(expect: Expect, body: &B) -> ShapeError {
    match expect {
        Expect::CertificatePage => {
            locate_list(body, reads::<List<Certificate>, B>, reads::<Certificate, B>)
        }
        Expect::ProjectPage => locate_list(body, reads::<List<Project>, B>, reads::<Project, B>),
        Expect::AuditLogPage => locate_list(body, reads::<List<AuditLog>, B>, reads::<AuditLog, B>),
        Expect::Activation => locate_list(body, reads::<Activation, B>, reads::<Certificate, B>),
        Expect::Certificate => locate_in(body, String::new(), reads::<Certificate, B>),
        Expect::Project => locate_in(body, String::new(), reads::<Project, B>),
        Expect::Deleted => locate_in(body, String::new(), reads::<Deleted, B>),
    }
}

/// Reads a value as one wire type, keeping only serde's message: one function per type, so the
/// search below is compiled once rather than once per type.
type Reader<B> = fn(&B) -> Result<(), String>;

fn reads<T: DeserializeOwned, B: Parts>(body: &B) -> Result<(), String> {
    body.read::<T>().map(drop)
}

/// A list read by `list`, its items by `item`: the first item that fails, else the envelope.
fn locate_list<B: Parts>(body: &B, list: Reader<B>, item: Reader<B>) -> ShapeError {
    let items = body.member("data").items().unwrap_or_default();
    for (i, value) in items.iter().enumerate() {
        if item(value).is_err() {
            let mut at = String::from("data[");
            crate::text::push_decimal(&mut at, i as u64);
            at.push(']');
            return locate_in(value, at, item);
        }
    }
    locate_in(body, String::new(), list)
}

/// `body` (at path `at`) does not pass `read`: the member that fails on its own, else the field
/// serde found missing, else the value itself.
fn locate_in<B: Parts>(body: &B, at: String, read: Reader<B>) -> ShapeError {
    let Err(detail) = read(body) else {
        return ShapeError {
            path: at,
            detail: String::from("it read on a second try"),
        };
    };
    let join = |field: &str| {
        let mut path = at.clone();
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(field);
        path
    };
    for key in body.keys() {
        // Alone, a member fails only for itself: other fields missing is not its fault.
        if let Err(detail) = read(&body.only(&key)) {
            if !detail.starts_with("missing field") {
                return ShapeError {
                    path: join(&key),
                    detail,
                };
            }
        }
    }
    let missing = detail
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'));
    ShapeError {
        path: missing.map_or_else(|| at.clone(), join),
        detail,
    }
}

#[cfg(any(test, feature = "json-view"))]
mod json_view;
#[cfg(test)]
mod tests;

//! Response checks: what the client relies on in a successful answer, read from a JSON value the
//! runtime has already parsed, through [`JsonView`].
//!
//! The checks are deliberately few, for forward compatibility (as the official SDK is): a page
//! needs its `data` array, each item a string `id`, a boolean `has_more` and, to continue, a
//! string `last_id`; a single object needs its string `id`. Everything else (a new `object`
//! value, a missing `name` or `active`, extra fields, any string content) passes through as sent.
//! A failed check names the field.

/// What kind of JSON value stands somewhere (or that nothing does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    /// No such field.
    Missing,
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonKind {
    /// How the error table names it ("a string", "missing", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            JsonKind::Missing => "missing",
            JsonKind::Null => "null",
            JsonKind::Bool => "a boolean",
            JsonKind::Number => "a number",
            JsonKind::String => "a string",
            JsonKind::Array => "an array",
            JsonKind::Object => "an object",
        }
    }
}

/// Read access to a parsed JSON value: the runtime's object in the wasm, a `serde_json::Value` in
/// native tests and fuzzing (feature `json-view`). The same checks run on both.
pub trait JsonView: Sized {
    /// What this value is.
    fn kind(&self) -> JsonKind;
    /// The member `name` of an object (kind [`JsonKind::Missing`] when absent or not an object).
    fn field(&self, name: &str) -> Self;
    /// The length of an array (0 for anything else).
    fn array_len(&self) -> usize;
    /// Element `index` of an array.
    fn at(&self, index: usize) -> Self;
    /// The value of a boolean.
    fn boolean(&self) -> Option<bool>;
    /// The value of a string.
    fn string(&self) -> Option<String>;
}

/// What a successful answer must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A list page: `{ data: [{id}], has_more, last_id }`.
    Page,
    /// One object with an `id` (a certificate, a project, a deletion).
    Item,
    /// `{ data: [{id}] }` without pagination (activate, deactivate).
    Items,
}

/// A check that failed: where, what was needed, what was there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// Where in the body, e.g. `data[3].id` (empty: the body itself).
    pub path: String,
    /// What the client needs there.
    pub expected: &'static str,
    /// What the body has there.
    pub got: JsonKind,
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

/// Checks `body` for `expect`; for a page, returns what pagination needs.
pub fn check(expect: Expect, body: &impl JsonView) -> Result<Option<PageFacts>, ShapeError> {
    need(body, JsonKind::Object, "", "an object")?;
    match expect {
        Expect::Item => {
            string_id(body)?;
            Ok(None)
        }
        Expect::Items => {
            item_ids(body)?;
            Ok(None)
        }
        Expect::Page => {
            let ids = item_ids(body)?;
            let has_more = body.field("has_more");
            need(&has_more, JsonKind::Bool, "has_more", "a boolean")?;
            let last_id = body.field("last_id");
            let last_id = match last_id.kind() {
                JsonKind::String => last_id.string(),
                JsonKind::Null | JsonKind::Missing => None,
                got => {
                    return Err(ShapeError {
                        path: "last_id".into(),
                        expected: "a string or null",
                        got,
                    })
                }
            };
            Ok(Some(PageFacts {
                has_more: has_more.boolean() == Some(true),
                last_id,
                ids,
            }))
        }
    }
}

/// The ids of `body.data`, which must be an array of objects with a string `id`.
fn item_ids(body: &impl JsonView) -> Result<Vec<String>, ShapeError> {
    let data = body.field("data");
    need(&data, JsonKind::Array, "data", "an array")?;
    let mut ids = Vec::with_capacity(data.array_len());
    for i in 0..data.array_len() {
        let item = data.at(i);
        // The path is written only for a failure: a page of 100 items would make 100 of them.
        let failed = |field: &str, expected, got| {
            let mut path = String::from("data[");
            crate::text::push_decimal(&mut path, i as u64);
            path.push(']');
            path.push_str(field);
            ShapeError {
                path,
                expected,
                got,
            }
        };
        if item.kind() != JsonKind::Object {
            return Err(failed("", "an object", item.kind()));
        }
        let id = item.field("id");
        match id.string() {
            Some(id) => ids.push(id),
            None => return Err(failed(".id", "a string", id.kind())),
        }
    }
    Ok(ids)
}

/// `object.id` (of a single object), which must be a string.
fn string_id(object: &impl JsonView) -> Result<(), ShapeError> {
    let value = object.field("id");
    need(&value, JsonKind::String, "id", "a string")
}

fn need(
    value: &impl JsonView,
    kind: JsonKind,
    path: &str,
    expected: &'static str,
) -> Result<(), ShapeError> {
    match value.kind() {
        got if got == kind => Ok(()),
        got => Err(ShapeError {
            path: path.to_owned(),
            expected,
            got,
        }),
    }
}

/// A `serde_json::Value` seen through [`JsonView`]: how native tests and the fuzz targets run
/// the very checks that ship (feature `json-view`).
#[cfg(any(test, feature = "json-view"))]
#[derive(Debug, Clone, Copy)]
pub struct SerdeJson<'a>(pub Option<&'a serde_json::Value>);

#[cfg(any(test, feature = "json-view"))]
impl JsonView for SerdeJson<'_> {
    fn kind(&self) -> JsonKind {
        use serde_json::Value;
        match self.0 {
            None => JsonKind::Missing,
            Some(Value::Null) => JsonKind::Null,
            Some(Value::Bool(_)) => JsonKind::Bool,
            Some(Value::Number(_)) => JsonKind::Number,
            Some(Value::String(_)) => JsonKind::String,
            Some(Value::Array(_)) => JsonKind::Array,
            Some(Value::Object(_)) => JsonKind::Object,
        }
    }
    fn field(&self, name: &str) -> Self {
        SerdeJson(self.0.and_then(|v| v.as_object()).and_then(|o| o.get(name)))
    }
    fn array_len(&self) -> usize {
        self.0.and_then(|v| v.as_array()).map_or(0, Vec::len)
    }
    fn at(&self, index: usize) -> Self {
        SerdeJson(self.0.and_then(|v| v.as_array()).and_then(|a| a.get(index)))
    }
    fn boolean(&self) -> Option<bool> {
        self.0.and_then(|v| v.as_bool())
    }
    fn string(&self) -> Option<String> {
        self.0.and_then(|v| v.as_str()).map(str::to_owned)
    }
}

#[cfg(test)]
mod tests;

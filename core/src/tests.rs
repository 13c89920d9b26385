//! Helpers shared by the core's unit tests.

use crate::args::ArgValue;

/// An object argument from `(name, value)` pairs.
pub(crate) fn object(entries: &[(&str, ArgValue)]) -> ArgValue {
    ArgValue::Object(
        entries
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

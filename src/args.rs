//! Call arguments as plain Rust data, so validation can run (and be tested) without JavaScript.
//!
//! The boundary reads each JS argument into an [`ArgValue`]; the validators turn those into typed
//! queries or an [`Error`] that names the parameter.

use crate::error::Error;

/// A JS value, reduced to what validation needs.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    /// `undefined`, or a property that is not there.
    Absent,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number (JS numbers are all doubles).
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<ArgValue>),
    /// A plain object, as its own enumerable properties.
    Object(Vec<(String, ArgValue)>),
    /// Anything else (function, bigint, symbol), by its `typeof`.
    Other(&'static str),
}

impl ArgValue {
    /// How the value is described in an error message.
    pub fn describe(&self) -> String {
        match self {
            ArgValue::Absent => "undefined".into(),
            ArgValue::Null => "null".into(),
            ArgValue::Bool(b) => b.to_string(),
            ArgValue::Number(n) => n.to_string(),
            ArgValue::String(s) if s.chars().count() > 40 => "a long string".into(),
            ArgValue::String(s) => format!("{s:?}"),
            ArgValue::Array(_) => "an array".into(),
            ArgValue::Object(_) => "an object".into(),
            ArgValue::Other(kind) => format!("a {kind}"),
        }
    }

    /// `undefined` and `null` both mean "not given".
    pub fn is_missing(&self) -> bool {
        matches!(self, ArgValue::Absent | ArgValue::Null)
    }
}

/// An options object: named arguments, checked against the names a call accepts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args {
    entries: Vec<(String, ArgValue)>,
}

impl Args {
    /// Reads `value` as the options object named `what`; `undefined`/`null` is an empty one.
    pub fn from_value(what: &str, value: ArgValue, allowed: &[&str]) -> Result<Args, Error> {
        let entries = match value {
            ArgValue::Absent | ArgValue::Null => Vec::new(),
            ArgValue::Object(entries) => entries,
            other => {
                return Err(Error::invalid(what, format!("{what} must be an object, got {}", other.describe())))
            }
        };
        if let Some((name, _)) = entries.iter().find(|(name, _)| !allowed.contains(&name.as_str())) {
            return Err(Error::invalid(
                name.as_str(),
                format!("unknown {what} `{name}`; allowed: {}", allowed.join(", ")),
            ));
        }
        Ok(Args { entries })
    }

    /// The value of `name`, [`ArgValue::Absent`] when not given.
    pub fn get(&self, name: &str) -> &ArgValue {
        const ABSENT: ArgValue = ArgValue::Absent;
        self.entries.iter().find(|(n, _)| n == name).map_or(&ABSENT, |(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(entries: &[(&str, ArgValue)]) -> ArgValue {
        ArgValue::Object(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    #[test]
    fn missing_params_are_an_empty_object() {
        let args = Args::from_value("params", ArgValue::Absent, &["limit"]).unwrap();
        assert_eq!(args.get("limit"), &ArgValue::Absent);
        assert!(Args::from_value("params", ArgValue::Null, &[]).is_ok());
    }

    #[test]
    fn a_non_object_is_refused_by_name() {
        let err = Args::from_value("params", ArgValue::String("x".into()), &[]).unwrap_err();
        assert_eq!(err.to_string(), "params must be an object, got \"x\"");
    }

    #[test]
    fn an_unknown_key_is_refused_with_the_allowed_ones() {
        let err = Args::from_value("parameter", obj(&[("limt", ArgValue::Number(1.0))]), &["limit", "order"])
            .unwrap_err();
        assert_eq!(err.to_string(), "unknown parameter `limt`; allowed: limit, order");
        assert!(matches!(err, Error::InvalidParameter { ref param, .. } if param == "limt"));
    }
}

//! Call arguments as plain Rust data, so validation can run (and be tested) without JavaScript.
//!
//! The boundary reads each JS argument into an [`ArgValue`]; the validators turn those into typed
//! queries or an [`Error`] that names the parameter.

use crate::error::{Error, Got, Problem};

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
    /// `undefined` and `null` both mean "not given".
    pub fn is_missing(&self) -> bool {
        matches!(self, ArgValue::Absent | ArgValue::Null)
    }
}

impl From<&ArgValue> for Got {
    fn from(value: &ArgValue) -> Self {
        match value {
            ArgValue::Absent => Got::Undefined,
            ArgValue::Null => Got::Null,
            ArgValue::Bool(b) => Got::Bool(*b),
            ArgValue::Number(n) => Got::Number(*n),
            ArgValue::String(s) => Got::String(s.clone()),
            ArgValue::Array(_) => Got::Array,
            ArgValue::Object(_) => Got::Object,
            ArgValue::Other(kind) => Got::Other(kind),
        }
    }
}

/// An options object: named arguments, checked against the names a call accepts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args {
    entries: Vec<(String, ArgValue)>,
}

impl Args {
    /// Reads `value` as the options object named `what`; `undefined`/`null` is an empty one.
    pub fn from_value(
        what: &'static str,
        value: ArgValue,
        allowed: &'static [&'static str],
    ) -> Result<Args, Error> {
        let entries = match value {
            ArgValue::Absent | ArgValue::Null => Vec::new(),
            ArgValue::Object(entries) => entries,
            other => {
                return Err(Error::invalid(
                    what,
                    Problem::NotAnObject {
                        what,
                        got: Got::from(&other),
                    },
                ))
            }
        };
        if let Some((name, _)) = entries
            .iter()
            .find(|(name, _)| !allowed.contains(&name.as_str()))
        {
            return Err(Error::invalid(name, Problem::UnknownName { what, allowed }));
        }
        Ok(Args { entries })
    }

    /// The value of `name`, [`ArgValue::Absent`] when not given.
    pub fn get(&self, name: &str) -> &ArgValue {
        const ABSENT: ArgValue = ArgValue::Absent;
        self.entries
            .iter()
            .find(|(n, _)| n == name)
            .map_or(&ABSENT, |(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::object as obj;

    #[test]
    fn missing_params_are_an_empty_object() {
        let args = Args::from_value("params", ArgValue::Absent, &["limit"]).unwrap();
        assert_eq!(args.get("limit"), &ArgValue::Absent);
        assert!(Args::from_value("params", ArgValue::Null, &[]).is_ok());
    }

    #[test]
    fn a_non_object_is_refused_by_name() {
        let err = Args::from_value("params", ArgValue::String("x".into()), &[]).unwrap_err();
        assert_eq!(
            err,
            Error::invalid(
                "params",
                Problem::NotAnObject {
                    what: "params",
                    got: Got::String("x".into())
                }
            )
        );
    }

    #[test]
    fn an_unknown_key_is_refused_with_the_allowed_ones() {
        let err = Args::from_value(
            "parameter",
            obj(&[("limt", ArgValue::Number(1.0))]),
            &["limit", "order"],
        )
        .unwrap_err();
        assert_eq!(
            err,
            Error::invalid(
                "limt",
                Problem::UnknownName {
                    what: "parameter",
                    allowed: &["limit", "order"]
                }
            )
        );
    }
}

//! Argument validation: every check that can fail before a request is sent. Pure functions.

use crate::args::{ArgValue, Args};
use crate::error::Error;
use crate::pagination::{ListQuery, Order};

/// Largest page the API serves.
pub const MAX_PAGE_SIZE: u8 = 100;
/// Most certificates `toArray` collects, so nobody loads an unbounded list by accident.
pub const MAX_TO_ARRAY: u32 = 10_000;

/// The parameters a list call accepts.
pub const LIST_PARAMS: &[&str] = &["after", "limit", "order"];

/// Checks list parameters `{after?, limit?, order?}` and turns them into a [`ListQuery`].
pub fn list_query(params: ArgValue) -> Result<ListQuery, Error> {
    let args = Args::from_value("parameter", params, LIST_PARAMS)?;
    Ok(ListQuery {
        after: optional_id("after", args.get("after"))?,
        limit: optional_integer("limit", args.get("limit"), 1, u32::from(MAX_PAGE_SIZE))?
            .map(|n| n as u8),
        order: order(args.get("order"))?,
    })
}

/// Checks the `{ limit }` options of `toArray`: required, an integer 1..=10,000.
pub fn to_array_limit(options: ArgValue) -> Result<u32, Error> {
    let args = Args::from_value("toArray option", options, &["limit"])?;
    optional_integer("limit", args.get("limit"), 1, MAX_TO_ARRAY)?.ok_or_else(|| {
        Error::invalid(
            "limit",
            format!("toArray needs {{ limit }}: the most certificates to collect, at most {MAX_TO_ARRAY}"),
        )
    })
}

/// A non-empty string id, or `None` when not given.
pub fn optional_id(name: &str, value: &ArgValue) -> Result<Option<String>, Error> {
    match value {
        v if v.is_missing() => Ok(None),
        ArgValue::String(s) if !s.is_empty() => Ok(Some(s.clone())),
        other => Err(Error::invalid(name, format!("{name} must be a non-empty string, got {}", other.describe()))),
    }
}

fn optional_integer(name: &str, value: &ArgValue, min: u32, max: u32) -> Result<Option<u32>, Error> {
    match value {
        v if v.is_missing() => Ok(None),
        ArgValue::Number(n) if n.fract() == 0.0 && *n >= f64::from(min) && *n <= f64::from(max) => {
            Ok(Some(*n as u32))
        }
        other => Err(Error::invalid(
            name,
            format!("{name} must be an integer from {min} to {max}, got {}", other.describe()),
        )),
    }
}

fn order(value: &ArgValue) -> Result<Option<Order>, Error> {
    match value {
        v if v.is_missing() => Ok(None),
        ArgValue::String(s) if s == "asc" => Ok(Some(Order::Asc)),
        ArgValue::String(s) if s == "desc" => Ok(Some(Order::Desc)),
        other => Err(Error::invalid("order", format!("order must be 'asc' or 'desc', got {}", other.describe()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(entries: &[(&str, ArgValue)]) -> ArgValue {
        ArgValue::Object(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    fn message(result: Result<impl std::fmt::Debug, Error>) -> String {
        result.unwrap_err().to_string()
    }

    #[test]
    fn valid_list_params_become_a_query() {
        let q = list_query(params(&[
            ("after", ArgValue::String("cert_1".into())),
            ("limit", ArgValue::Number(100.0)),
            ("order", ArgValue::String("asc".into())),
        ]))
        .unwrap();
        assert_eq!(q, ListQuery { after: Some("cert_1".into()), limit: Some(100), order: Some(Order::Asc) });
        assert_eq!(list_query(ArgValue::Absent).unwrap(), ListQuery::default());
        assert_eq!(list_query(params(&[("limit", ArgValue::Null)])).unwrap(), ListQuery::default());
    }

    #[test]
    fn each_bad_limit_names_the_parameter_and_the_range() {
        for bad in [
            ArgValue::Number(0.0),
            ArgValue::Number(101.0),
            ArgValue::Number(2.5),
            ArgValue::Number(f64::NAN),
            ArgValue::String("10".into()),
        ] {
            let text = message(list_query(params(&[("limit", bad.clone())])));
            assert!(text.starts_with("limit must be an integer from 1 to 100, got"), "{bad:?}: {text}");
        }
    }

    #[test]
    fn bad_order_and_after_are_refused() {
        assert_eq!(
            message(list_query(params(&[("order", ArgValue::String("newest".into()))]))),
            "order must be 'asc' or 'desc', got \"newest\""
        );
        assert_eq!(
            message(list_query(params(&[("after", ArgValue::String(String::new()))]))),
            "after must be a non-empty string, got \"\""
        );
        assert_eq!(
            message(list_query(params(&[("after", ArgValue::Number(3.0))]))),
            "after must be a non-empty string, got 3"
        );
    }

    #[test]
    fn to_array_needs_a_bounded_limit() {
        assert!(message(to_array_limit(ArgValue::Absent)).starts_with("toArray needs { limit }"));
        assert!(message(to_array_limit(params(&[("limit", ArgValue::Number(10_001.0))])))
            .starts_with("limit must be an integer from 1 to 10000"));
        assert_eq!(to_array_limit(params(&[("limit", ArgValue::Number(10_000.0))])), Ok(10_000));
    }
}

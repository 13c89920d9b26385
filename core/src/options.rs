//! Request options, the official SDK's last argument of every call (`{ signal, timeout, maxRetries,
//! headers, query, idempotencyKey, fetchOptions }`, and `prefetch` for listings), and the header
//! and query layers they add to a request. Pure functions.

use crate::args::{ArgValue, Args};
use crate::error::{Error, Got, Problem};
use crate::validation::optional_integer;

/// Per-call settings: how long one attempt may take, how often to retry, how far to prefetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallSettings {
    /// Milliseconds one attempt may take (the official SDK's default: 10 minutes).
    pub timeout_ms: u32,
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// Pages fetched ahead of the consumer while iterating (0 turns prefetch off).
    pub prefetch: u32,
}

impl Default for CallSettings {
    fn default() -> Self {
        CallSettings {
            timeout_ms: 600_000,
            max_retries: 2,
            prefetch: 1,
        }
    }
}

/// Longest timeout accepted: what a JS timer can hold (about 24.8 days).
pub const MAX_TIMEOUT_MS: u32 = i32::MAX as u32;
/// Most retries accepted.
pub const MAX_RETRIES: u32 = 100;
/// Most pages prefetched ahead.
pub const MAX_PREFETCH: u32 = 16;

/// The request options every call accepts as its last argument.
pub const REQUEST_OPTIONS: &[&str] = &[
    "signal",
    "timeout",
    "maxRetries",
    "headers",
    "query",
    "idempotencyKey",
    "fetchOptions",
];

/// A listing's request options: every call's, and `prefetch`, which means something only there.
pub const LIST_REQUEST_OPTIONS: &[&str] = &[
    "signal",
    "timeout",
    "maxRetries",
    "prefetch",
    "headers",
    "query",
    "idempotencyKey",
    "fetchOptions",
];

/// Header or query entries as given: a `null` value removes the entry of that name.
pub type Layer = Vec<(String, Option<String>)>;

/// The checked request options of one call. The signal and `fetchOptions` are JS values; the
/// JS-facing layer keeps them, after these checks have allowed them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestOptions {
    /// Timeout, retries and prefetch.
    pub settings: CallSettings,
    /// Extra request headers (over the client's `defaultHeaders`).
    pub headers: Layer,
    /// Extra query parameters (over the client's `defaultQuery`).
    pub query: Layer,
    /// Sent as `Idempotency-Key` on every attempt of the call.
    pub idempotency_key: Option<String>,
}

/// Checks a call's request options over the client's `defaults`; `allowed` is
/// [`REQUEST_OPTIONS`] or, for a listing, [`LIST_REQUEST_OPTIONS`].
pub fn request_options(
    options: ArgValue,
    allowed: &'static [&'static str],
    defaults: CallSettings,
) -> Result<RequestOptions, Error> {
    let args = Args::from_value("option", options, allowed)?;
    let idempotency_key = match args.get("idempotencyKey") {
        v if v.is_missing() => None,
        ArgValue::String(key) if !key.is_empty() && header_value_ok(key) => Some(key.clone()),
        other => {
            return Err(Error::invalid(
                "idempotencyKey",
                Problem::NonEmptyString {
                    got: Got::from(other),
                },
            ))
        }
    };
    object_option("fetchOptions", args.get("fetchOptions"))?;
    Ok(RequestOptions {
        settings: settings_from(&args, defaults)?,
        headers: headers("headers", args.get("headers"))?,
        query: query("query", args.get("query"))?,
        idempotency_key,
    })
}

/// Reads `timeout`, `maxRetries` and `prefetch` from `args` over `defaults`.
pub fn settings_from(args: &Args, defaults: CallSettings) -> Result<CallSettings, Error> {
    Ok(CallSettings {
        timeout_ms: optional_integer("timeout", args.get("timeout"), 1, MAX_TIMEOUT_MS)?
            .unwrap_or(defaults.timeout_ms),
        max_retries: optional_integer("maxRetries", args.get("maxRetries"), 0, MAX_RETRIES)?
            .unwrap_or(defaults.max_retries),
        prefetch: optional_integer("prefetch", args.get("prefetch"), 0, MAX_PREFETCH)?
            .unwrap_or(defaults.prefetch),
    })
}

/// Checks that an option is an object when given (`fetchOptions`, `logger`).
pub fn object_option(name: &str, value: &ArgValue) -> Result<(), Error> {
    match value {
        v if v.is_missing() => Ok(()),
        ArgValue::Object(_) => Ok(()),
        other => Err(Error::invalid(
            name,
            Problem::WrongType {
                expected: "an object",
                got: Got::from(other),
            },
        )),
    }
}

/// Headers given as an object (`{ name: value }`) or as `[name, value]` pairs (what a `Headers`
/// object is read as). Values are strings or `null`; names are HTTP tokens, kept lower-case.
pub fn headers(param: &str, value: &ArgValue) -> Result<Layer, Error> {
    let mut layer = Layer::new();
    for (name, value) in entries(param, value)? {
        if name.is_empty() || !name.bytes().all(is_token_byte) {
            return Err(Error::invalid(param, Problem::HeaderName));
        }
        let value = match &value {
            ArgValue::Null | ArgValue::Absent => None,
            ArgValue::String(text) if header_value_ok(text) => Some(text.clone()),
            _ => return Err(Error::invalid(param, Problem::HeaderValue)),
        };
        layer.push((name.to_ascii_lowercase(), value));
    }
    Ok(layer)
}

/// The query parameters the calls set themselves, from their own parameters: a `query` option
/// cannot set them (pagination and `include` depend on them).
pub const RESERVED_QUERY: &[&str] = &[
    "after",
    "limit",
    "order",
    "include_archived",
    "include",
    "include[]",
];

/// Query parameters given as an object: strings, booleans or integers, `null` to remove one.
pub fn query(param: &str, value: &ArgValue) -> Result<Layer, Error> {
    let mut layer = Layer::new();
    for (name, value) in entries(param, value)? {
        if RESERVED_QUERY.contains(&name.as_str()) {
            return Err(Error::invalid(param, Problem::ReservedQuery));
        }
        let text = match &value {
            ArgValue::Null | ArgValue::Absent => None,
            ArgValue::String(text) => Some(text.clone()),
            ArgValue::Bool(b) => Some(if *b { "true" } else { "false" }.to_owned()),
            ArgValue::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => {
                let mut text = String::new();
                if *n < 0.0 {
                    text.push('-');
                }
                crate::text::push_decimal(&mut text, n.abs() as u64);
                Some(text)
            }
            other => {
                let expected = "a string, boolean or integer";
                return Err(Error::invalid(
                    param,
                    Problem::WrongType {
                        expected,
                        got: Got::from(other),
                    },
                ));
            }
        };
        layer.push((name, text));
    }
    Ok(layer)
}

fn entries(param: &str, value: &ArgValue) -> Result<Vec<(String, ArgValue)>, Error> {
    match value {
        v if v.is_missing() => Ok(Vec::new()),
        ArgValue::Object(entries) => Ok(entries.clone()),
        ArgValue::Array(pairs) => pairs
            .iter()
            .map(|pair| match pair {
                ArgValue::Array(pair) if pair.len() == 2 => match &pair[0] {
                    ArgValue::String(name) => Ok((name.clone(), pair[1].clone())),
                    _ => Err(Error::invalid(param, Problem::HeaderName)),
                },
                other => Err(Error::invalid(
                    param,
                    Problem::WrongType {
                        expected: "an object",
                        got: Got::from(other),
                    },
                )),
            })
            .collect(),
        other => Err(Error::invalid(
            param,
            Problem::WrongType {
                expected: "an object",
                got: Got::from(other),
            },
        )),
    }
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn header_value_ok(text: &str) -> bool {
    !text.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0)
}

/// Applies `layers` in order over `base`: a later entry replaces an earlier one of the same
/// (case-insensitive) name, and a `None` value removes it.
pub fn merge(base: Vec<(String, String)>, layers: &[&Layer]) -> Vec<(String, String)> {
    let mut merged = base;
    for layer in layers {
        for (name, value) in layer.iter() {
            merged.retain(|(existing, _)| !existing.eq_ignore_ascii_case(name));
            if let Some(value) = value {
                merged.push((name.clone(), value.clone()));
            }
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::tests::object as obj;

    fn s(text: &str) -> ArgValue {
        ArgValue::String(text.into())
    }

    #[test]
    fn settings_override_the_defaults_and_are_checked() {
        let defaults = CallSettings::default();
        assert_eq!(
            request_options(ArgValue::Absent, LIST_REQUEST_OPTIONS, defaults)
                .unwrap()
                .settings,
            defaults
        );
        let options = obj(&[
            ("timeout", ArgValue::Number(50.0)),
            ("maxRetries", ArgValue::Number(0.0)),
            ("prefetch", ArgValue::Number(3.0)),
        ]);
        assert_eq!(
            request_options(options, LIST_REQUEST_OPTIONS, defaults)
                .unwrap()
                .settings,
            CallSettings {
                timeout_ms: 50,
                max_retries: 0,
                prefetch: 3
            }
        );
        for (name, bad) in [("timeout", 0.0), ("maxRetries", -1.0), ("prefetch", 17.0)] {
            let err = request_options(
                obj(&[(name, ArgValue::Number(bad))]),
                LIST_REQUEST_OPTIONS,
                defaults,
            )
            .unwrap_err();
            assert!(
                matches!(err, Error::Invalid { ref param, problem: Problem::IntegerRange { .. } } if param == name),
                "{name}"
            );
        }
        let err = request_options(
            obj(&[("retries", ArgValue::Number(1.0))]),
            REQUEST_OPTIONS,
            defaults,
        )
        .unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref param, problem: Problem::UnknownName { what: "option", .. } } if param == "retries")
        );
    }

    #[test]
    fn headers_come_as_objects_or_pairs_and_refuse_injection() {
        let layer = headers(
            "headers",
            &obj(&[("X-Trace", s("1")), ("Drop", ArgValue::Null)]),
        )
        .unwrap();
        assert_eq!(
            layer,
            vec![("x-trace".into(), Some("1".into())), ("drop".into(), None)]
        );
        let pairs = ArgValue::Array(vec![ArgValue::Array(vec![s("a"), s("b")])]);
        assert_eq!(
            headers("headers", &pairs).unwrap(),
            vec![("a".into(), Some("b".into()))]
        );
        for bad in [
            obj(&[("bad name", s("x"))]),
            obj(&[("x", s("a\r\nInjected: 1"))]),
            obj(&[("x", ArgValue::Number(1.0))]),
        ] {
            assert!(headers("headers", &bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn query_values_are_strings_booleans_or_integers() {
        let layer = query(
            "query",
            &obj(&[
                ("a", s("x y")),
                ("b", ArgValue::Bool(true)),
                ("c", ArgValue::Number(-3.0)),
                ("d", ArgValue::Null),
            ]),
        )
        .unwrap();
        assert_eq!(
            layer,
            vec![
                ("a".into(), Some("x y".into())),
                ("b".into(), Some("true".into())),
                ("c".into(), Some("-3".into())),
                ("d".into(), None)
            ]
        );
        assert!(query("query", &obj(&[("a", ArgValue::Number(1.5))])).is_err());
        assert_eq!(
            query("query", &obj(&[("after", s("x"))])),
            Err(Error::invalid("query", Problem::ReservedQuery))
        );
    }

    #[test]
    fn prefetch_is_a_listing_option_only() {
        let prefetch = || obj(&[("prefetch", ArgValue::Number(2.0))]);
        let listing = request_options(prefetch(), LIST_REQUEST_OPTIONS, CallSettings::default());
        assert_eq!(listing.unwrap().settings.prefetch, 2);
        let refused = request_options(prefetch(), REQUEST_OPTIONS, CallSettings::default());
        assert!(matches!(
            refused,
            Err(Error::Invalid { param, problem: Problem::UnknownName { .. } }) if param == "prefetch"
        ));
    }

    #[test]
    fn idempotency_keys_are_header_safe_strings() {
        let key = request_options(
            obj(&[("idempotencyKey", s("upload-1"))]),
            REQUEST_OPTIONS,
            CallSettings::default(),
        )
        .unwrap();
        assert_eq!(key.idempotency_key.as_deref(), Some("upload-1"));
        assert!(request_options(
            obj(&[("idempotencyKey", s("a\nb"))]),
            REQUEST_OPTIONS,
            CallSettings::default()
        )
        .is_err());
        assert!(request_options(
            obj(&[("fetchOptions", s("x"))]),
            REQUEST_OPTIONS,
            CallSettings::default()
        )
        .is_err());
    }

    #[test]
    fn later_layers_win_and_null_removes() {
        let base = vec![
            ("accept".to_owned(), "application/json".to_owned()),
            ("authorization".into(), "Bearer k".into()),
        ];
        let defaults: Layer = vec![
            ("x-a".into(), Some("1".into())),
            ("Accept".into(), Some("text/plain".into())),
        ];
        let call: Layer = vec![
            ("x-a".into(), Some("2".into())),
            ("authorization".into(), None),
        ];
        let merged = merge(base, &[&defaults, &call]);
        assert_eq!(
            merged,
            vec![
                ("Accept".to_owned(), "text/plain".to_owned()),
                ("x-a".into(), "2".into())
            ]
        );
    }
}

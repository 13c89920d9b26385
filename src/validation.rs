//! Argument validation: every check that can fail before a request is sent. Pure functions.

use crate::args::{ArgValue, Args};
use crate::error::Error;
use crate::pagination::{ListQuery, Order};
use crate::types::{ModifyCertificateRequest, ToggleCertificatesRequest, UploadCertificateRequest};

/// Largest page the API serves.
pub const MAX_PAGE_SIZE: u8 = 100;
/// Most certificates `toArray` collects, so nobody loads an unbounded list by accident.
pub const MAX_TO_ARRAY: u32 = 10_000;

/// Most bytes of PEM text one upload may carry (OpenAI's documented limit for a certificate).
pub const MAX_CERTIFICATE_BYTES: usize = 16 * 1024;
/// Most certificates one activate or deactivate call may name.
pub const MAX_TOGGLE_IDS: usize = 10;
/// What every PEM certificate holds.
const PEM_BEGIN: &str = "-----BEGIN CERTIFICATE-----";

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
        CallSettings { timeout_ms: 600_000, max_retries: 2, prefetch: 1 }
    }
}

/// The request options every call accepts as its last argument.
pub const CALL_OPTIONS: &[&str] = &["signal", "timeout", "maxRetries", "prefetch"];
/// Longest timeout accepted: what a JS timer can hold (about 24.8 days).
pub const MAX_TIMEOUT_MS: u32 = i32::MAX as u32;
/// Most retries accepted.
pub const MAX_RETRIES: u32 = 100;
/// Most pages prefetched ahead.
pub const MAX_PREFETCH: u32 = 16;

/// Checks a call's options `{ signal?, timeout?, maxRetries?, prefetch? }` over `defaults`. The
/// signal itself is read by the boundary; here it only has to be allowed.
pub fn call_settings(options: ArgValue, defaults: CallSettings) -> Result<CallSettings, Error> {
    let args = Args::from_value("option", options, CALL_OPTIONS)?;
    settings_from(&args, defaults)
}

/// Reads `timeout`, `maxRetries` and `prefetch` from `args` over `defaults`.
pub fn settings_from(args: &Args, defaults: CallSettings) -> Result<CallSettings, Error> {
    Ok(CallSettings {
        timeout_ms: optional_integer("timeout", args.get("timeout"), 1, MAX_TIMEOUT_MS)?.unwrap_or(defaults.timeout_ms),
        max_retries: optional_integer("maxRetries", args.get("maxRetries"), 0, MAX_RETRIES)?.unwrap_or(defaults.max_retries),
        prefetch: optional_integer("prefetch", args.get("prefetch"), 0, MAX_PREFETCH)?.unwrap_or(defaults.prefetch),
    })
}

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

/// A required path id such as `certificateID`: a non-empty string.
pub fn required_id(name: &str, value: &ArgValue) -> Result<String, Error> {
    optional_id(name, value)?.ok_or_else(|| Error::invalid(name, format!("{name} must be a non-empty string, got {}", value.describe())))
}

/// Checks an upload `{ certificate, name? }`: PEM text with a certificate block, at most 16 KB.
pub fn upload_body(params: ArgValue) -> Result<UploadCertificateRequest, Error> {
    let args = Args::from_value("parameter", params, &["certificate", "name"])?;
    let certificate = match args.get("certificate") {
        ArgValue::String(text) => text.clone(),
        v if v.is_missing() => {
            return Err(Error::invalid("certificate", "certificate is required: the PEM text of the certificate"))
        }
        other => {
            return Err(Error::invalid("certificate", format!("certificate must be PEM text, got {}", other.describe())))
        }
    };
    if certificate.len() > MAX_CERTIFICATE_BYTES {
        return Err(Error::invalid(
            "certificate",
            format!("certificate is {} bytes; the API accepts at most {MAX_CERTIFICATE_BYTES} (16 KB)", certificate.len()),
        ));
    }
    if !certificate.contains(PEM_BEGIN) {
        return Err(Error::invalid("certificate", format!("certificate holds no {PEM_BEGIN} block: it must be PEM text")));
    }
    Ok(UploadCertificateRequest { certificate, name: optional_name(args.get("name"))? })
}

/// Checks a rename `{ name }`.
pub fn modify_body(params: ArgValue) -> Result<ModifyCertificateRequest, Error> {
    let args = Args::from_value("parameter", params, &["name"])?;
    let name = optional_name(args.get("name"))?.ok_or_else(|| Error::invalid("name", "name is required: the new name"))?;
    Ok(ModifyCertificateRequest { name })
}

/// Checks `{ certificate_ids }`: 1 to 10 distinct non-empty strings.
pub fn toggle_body(params: ArgValue) -> Result<ToggleCertificatesRequest, Error> {
    let args = Args::from_value("parameter", params, &["certificate_ids"])?;
    let problem = |message: String| Error::invalid("certificate_ids", message);
    let ArgValue::Array(values) = args.get("certificate_ids") else {
        return Err(problem(format!(
            "certificate_ids must be an array of 1 to {MAX_TOGGLE_IDS} certificate ids, got {}",
            args.get("certificate_ids").describe()
        )));
    };
    if values.is_empty() || values.len() > MAX_TOGGLE_IDS {
        return Err(problem(format!(
            "certificate_ids must hold 1 to {MAX_TOGGLE_IDS} ids, got {}; split larger sets into batches of {MAX_TOGGLE_IDS}",
            values.len()
        )));
    }
    let mut ids: Vec<String> = Vec::with_capacity(values.len());
    for (i, value) in values.iter().enumerate() {
        let id = optional_id(&format!("certificate_ids[{i}]"), value)?
            .ok_or_else(|| problem(format!("certificate_ids[{i}] must be a non-empty string, got {}", value.describe())))?;
        if ids.contains(&id) {
            return Err(problem(format!("certificate_ids lists {id:?} twice")));
        }
        ids.push(id);
    }
    Ok(ToggleCertificatesRequest { certificate_ids: ids })
}

/// Checks retrieve's `{ include? }`: absent, or exactly `['content']`. Returns whether to include
/// the PEM content.
pub fn include_content(params: ArgValue) -> Result<bool, Error> {
    let args = Args::from_value("parameter", params, &["include"])?;
    match args.get("include") {
        v if v.is_missing() => Ok(false),
        ArgValue::Array(items) if items.as_slice() == [ArgValue::String("content".into())] => Ok(true),
        other => Err(Error::invalid(
            "include",
            format!("include must be ['content'] (the only extra field the API offers), got {}", other.describe()),
        )),
    }
}

fn optional_name(value: &ArgValue) -> Result<Option<String>, Error> {
    match value {
        ArgValue::Absent => Ok(None),
        ArgValue::String(name) => Ok(Some(name.clone())),
        other => Err(Error::invalid("name", format!("name must be a string, got {}", other.describe()))),
    }
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

    fn pem() -> String {
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".into()
    }

    #[test]
    fn ids_must_be_non_empty_strings() {
        assert_eq!(required_id("certificateID", &ArgValue::String("cert_1".into())), Ok("cert_1".into()));
        for bad in [ArgValue::Absent, ArgValue::Null, ArgValue::String(String::new()), ArgValue::Number(7.0)] {
            let text = message(required_id("certificateID", &bad));
            assert!(text.starts_with("certificateID must be a non-empty string, got"), "{text}");
        }
    }

    #[test]
    fn uploads_need_a_pem_certificate_of_at_most_16_kb() {
        let ok = upload_body(params(&[("certificate", ArgValue::String(pem())), ("name", ArgValue::String("n".into()))]));
        assert_eq!(ok, Ok(UploadCertificateRequest { certificate: pem(), name: Some("n".into()) }));
        assert_eq!(message(upload_body(params(&[]))), "certificate is required: the PEM text of the certificate");
        assert_eq!(message(upload_body(params(&[("content", ArgValue::String(pem()))]))), "unknown parameter `content`; allowed: certificate, name");
        assert!(message(upload_body(params(&[("certificate", ArgValue::String("hello".into()))]))).contains("holds no -----BEGIN CERTIFICATE----- block"));
        let big = format!("{}{}", pem(), "A".repeat(MAX_CERTIFICATE_BYTES));
        assert!(message(upload_body(params(&[("certificate", ArgValue::String(big))]))).contains("at most 16384 (16 KB)"));
        let bad_name = params(&[("certificate", ArgValue::String(pem())), ("name", ArgValue::Number(1.0))]);
        assert_eq!(message(upload_body(bad_name)), "name must be a string, got 1");
    }

    #[test]
    fn renames_need_a_string_name() {
        assert_eq!(modify_body(params(&[("name", ArgValue::String("x".into()))])), Ok(ModifyCertificateRequest { name: "x".into() }));
        assert_eq!(message(modify_body(params(&[]))), "name is required: the new name");
        assert_eq!(message(modify_body(params(&[("name", ArgValue::Null)]))), "name must be a string, got null");
    }

    #[test]
    fn toggles_take_one_to_ten_distinct_ids() {
        let ids = |n: usize| ArgValue::Array((0..n).map(|i| ArgValue::String(format!("cert_{i}"))).collect());
        assert_eq!(toggle_body(params(&[("certificate_ids", ids(10))])).unwrap().certificate_ids.len(), 10);
        assert!(message(toggle_body(params(&[("certificate_ids", ids(0))]))).contains("must hold 1 to 10 ids, got 0"));
        assert!(message(toggle_body(params(&[("certificate_ids", ids(11))]))).contains("got 11; split larger sets"));
        assert!(message(toggle_body(params(&[]))).starts_with("certificate_ids must be an array"));
        let twice = ArgValue::Array(vec![ArgValue::String("a".into()), ArgValue::String("a".into())]);
        assert_eq!(message(toggle_body(params(&[("certificate_ids", twice)]))), "certificate_ids lists \"a\" twice");
        let not_string = ArgValue::Array(vec![ArgValue::String("a".into()), ArgValue::Number(2.0)]);
        assert_eq!(message(toggle_body(params(&[("certificate_ids", not_string)]))), "certificate_ids[1] must be a non-empty string, got 2");
    }

    #[test]
    fn include_is_only_content() {
        assert_eq!(include_content(ArgValue::Absent), Ok(false));
        let content = ArgValue::Array(vec![ArgValue::String("content".into())]);
        assert_eq!(include_content(params(&[("include", content)])), Ok(true));
        let other = ArgValue::Array(vec![ArgValue::String("key".into())]);
        assert!(message(include_content(params(&[("include", other)]))).starts_with("include must be ['content']"));
        assert!(include_content(params(&[("include", ArgValue::String("content".into()))])).is_err());
    }

    #[test]
    fn call_options_override_the_defaults_and_are_checked() {
        let defaults = CallSettings::default();
        assert_eq!(call_settings(ArgValue::Absent, defaults), Ok(defaults));
        let options = params(&[("timeout", ArgValue::Number(50.0)), ("maxRetries", ArgValue::Number(0.0)), ("prefetch", ArgValue::Number(3.0))]);
        assert_eq!(call_settings(options, defaults), Ok(CallSettings { timeout_ms: 50, max_retries: 0, prefetch: 3 }));
        assert!(message(call_settings(params(&[("timeout", ArgValue::Number(0.0))]), defaults)).starts_with("timeout must be an integer from 1"));
        assert!(message(call_settings(params(&[("maxRetries", ArgValue::Number(-1.0))]), defaults)).starts_with("maxRetries must be an integer from 0 to 100"));
        assert!(message(call_settings(params(&[("retries", ArgValue::Number(1.0))]), defaults)).starts_with("unknown option `retries`"));
    }

    #[test]
    fn to_array_needs_a_bounded_limit() {
        assert!(message(to_array_limit(ArgValue::Absent)).starts_with("toArray needs { limit }"));
        assert!(message(to_array_limit(params(&[("limit", ArgValue::Number(10_001.0))])))
            .starts_with("limit must be an integer from 1 to 10000"));
        assert_eq!(to_array_limit(params(&[("limit", ArgValue::Number(10_000.0))])), Ok(10_000));
    }
}

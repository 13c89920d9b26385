//! Argument validation: every check on a call's parameters that can fail before a request is
//! sent, turning the caller's arguments into a [`Call`] or a listing. Pure functions.
//!
//! The checks kept beyond the spec protect callers: page size 1..100, ids that are non-empty
//! strings and not dot segments, PEM text of at most 16 KB, 1 to 10 distinct ids per toggle, and
//! unknown parameter names (a typo such as `limt` would otherwise be sent and ignored).

use crate::args::{ArgValue, Args};
use crate::error::{Error, Got, Problem};
use crate::query::{
    AuditLogFilters, Call, EffectiveAt, ListQuery, ListTarget, Order, Scope, MAX_PAGE_SIZE,
};
use crate::url::is_dot_segment;
use crate::wire::{ModifyCertificateRequest, ToggleCertificatesRequest, UploadCertificateRequest};

/// Most certificates `toArray` collects, so nobody loads an unbounded list by accident.
pub const MAX_TO_ARRAY: u32 = 10_000;
/// Most bytes of PEM text one upload may carry (OpenAI's documented limit for a certificate).
pub const MAX_CERTIFICATE_BYTES: usize = 16 * 1024;
/// Most certificates one activate or deactivate call may name.
pub const MAX_TOGGLE_IDS: usize = 10;
/// What every PEM certificate holds.
const PEM_BEGIN: &str = "-----BEGIN CERTIFICATE-----";

/// The parameters of the certificate listings.
pub const CERTIFICATE_LIST_PARAMS: &[&str] = &["after", "limit", "order"];
/// The parameters of the projects listing.
pub const PROJECT_LIST_PARAMS: &[&str] = &["after", "limit", "include_archived"];
/// The parameters of the audit log listing.
pub const AUDIT_LOG_LIST_PARAMS: &[&str] = &[
    "after",
    "before",
    "limit",
    "effective_at",
    "project_ids",
    "event_types",
    "actor_ids",
    "actor_emails",
    "resource_ids",
    "tenant_only",
];

/// Checks the parameters of a certificates listing (the organization's, or with `project` the
/// project id, a project's).
pub fn certificates_listing(
    project: Option<&ArgValue>,
    params: ArgValue,
) -> Result<(ListTarget, ListQuery), Error> {
    let target = match project {
        None => ListTarget::Certificates,
        Some(id) => ListTarget::ProjectCertificates(path_id("projectID", id)?),
    };
    Ok((target, list_query(params, CERTIFICATE_LIST_PARAMS)?))
}

/// Checks the parameters of the projects listing.
pub fn projects_listing(params: ArgValue) -> Result<(ListTarget, ListQuery), Error> {
    Ok((
        ListTarget::Projects,
        list_query(params, PROJECT_LIST_PARAMS)?,
    ))
}

fn list_query(params: ArgValue, allowed: &'static [&'static str]) -> Result<ListQuery, Error> {
    let args = Args::from_value("parameter", params, allowed)?;
    Ok(ListQuery {
        after: optional_id("after", args.get("after"))?,
        limit: optional_integer("limit", args.get("limit"), 1, u32::from(MAX_PAGE_SIZE))?
            .map(|n| n as u8),
        order: order(args.get("order"))?,
        include_archived: optional_bool("include_archived", args.get("include_archived"))?,
        audit: AuditLogFilters {
            before: optional_id("before", args.get("before"))?,
            effective_at: effective_at(args.get("effective_at"))?,
            project_ids: strings("project_ids", args.get("project_ids"))?,
            event_types: strings("event_types", args.get("event_types"))?,
            actor_ids: strings("actor_ids", args.get("actor_ids"))?,
            actor_emails: strings("actor_emails", args.get("actor_emails"))?,
            resource_ids: strings("resource_ids", args.get("resource_ids"))?,
            tenant_only: optional_bool("tenant_only", args.get("tenant_only"))?,
        },
    })
}

/// Checks the parameters of the audit log listing.
pub fn audit_logs_listing(params: ArgValue) -> Result<(ListTarget, ListQuery), Error> {
    Ok((
        ListTarget::AuditLogs,
        list_query(params, AUDIT_LOG_LIST_PARAMS)?,
    ))
}

/// `{ gt?, gte?, lt?, lte? }` in Unix seconds, or nothing.
fn effective_at(value: &ArgValue) -> Result<EffectiveAt, Error> {
    let args = Args::from_value("effective_at", value.clone(), &["gt", "gte", "lt", "lte"])?;
    let bound = |name: &'static str, param: &str| {
        optional_integer(param, args.get(name), 0, u32::MAX).map(|n| n.map(u64::from))
    };
    Ok(EffectiveAt {
        gt: bound("gt", "effective_at.gt")?,
        gte: bound("gte", "effective_at.gte")?,
        lt: bound("lt", "effective_at.lt")?,
        lte: bound("lte", "effective_at.lte")?,
    })
}

/// An array of non-empty strings, or nothing.
fn strings(name: &str, value: &ArgValue) -> Result<Vec<String>, Error> {
    let values = match value {
        v if v.is_missing() => return Ok(Vec::new()),
        ArgValue::Array(values) => values,
        other => {
            return Err(Error::invalid(
                name,
                Problem::WrongType {
                    expected: "an array of strings",
                    got: Got::from(other),
                },
            ))
        }
    };
    values
        .iter()
        .enumerate()
        .map(|(i, value)| {
            let mut param = String::from(name);
            param.push('[');
            crate::text::push_decimal(&mut param, i as u64);
            param.push(']');
            optional_id(&param, value)?.ok_or_else(|| {
                Error::invalid(
                    &param,
                    Problem::NonEmptyString {
                        got: Got::from(value),
                    },
                )
            })
        })
        .collect()
}

/// Checks an upload: `{ certificate, name? }`.
pub fn create(body: ArgValue) -> Result<Call, Error> {
    Ok(Call::Create(upload(body)?))
}

/// Checks a retrieve: the certificate id and `{ include? }`.
pub fn retrieve(id: &ArgValue, params: ArgValue) -> Result<Call, Error> {
    Ok(Call::Retrieve {
        id: path_id("certificateID", id)?,
        include_content: include_content(params)?,
    })
}

/// Checks a rename: the certificate id and `{ name? }`.
pub fn update(id: &ArgValue, body: ArgValue) -> Result<Call, Error> {
    let id = path_id("certificateID", id)?;
    let args = Args::from_value("parameter", body, &["name"])?;
    Ok(Call::Update {
        id,
        body: ModifyCertificateRequest {
            name: optional_name(args.get("name"))?,
        },
    })
}

/// Checks a delete: the certificate id.
pub fn delete(id: &ArgValue) -> Result<Call, Error> {
    Ok(Call::Delete {
        id: path_id("certificateID", id)?,
    })
}

/// Checks an activation or deactivation in the organization, or with `project` the project id,
/// in a project: `{ certificate_ids }`.
pub fn toggle(project: Option<&ArgValue>, activate: bool, body: ArgValue) -> Result<Call, Error> {
    let scope = match project {
        None => Scope::Organization,
        Some(id) => Scope::Project(path_id("projectID", id)?),
    };
    toggle_in(scope, activate, body)
}

/// Checks a project retrieve: the project id.
pub fn retrieve_project(id: &ArgValue) -> Result<Call, Error> {
    Ok(Call::RetrieveProject {
        id: path_id("projectID", id)?,
    })
}

/// Checks the `{ limit }` options of `toArray`: required, an integer 1..=10,000.
pub fn to_array_limit(options: ArgValue) -> Result<u32, Error> {
    let args = Args::from_value("toArray option", options, &["limit"])?;
    optional_integer("limit", args.get("limit"), 1, MAX_TO_ARRAY)?
        .ok_or_else(|| Error::invalid("limit", Problem::ToArrayLimit { max: MAX_TO_ARRAY }))
}

/// A path id such as `certificateID`: a non-empty string that is not a dot segment, so that the
/// request goes to that id's own resource.
pub fn path_id(name: &str, value: &ArgValue) -> Result<String, Error> {
    let id = optional_id(name, value)?.ok_or_else(|| {
        Error::invalid(
            name,
            Problem::NonEmptyString {
                got: Got::from(value),
            },
        )
    })?;
    if is_dot_segment(&id) {
        return Err(Error::invalid(name, Problem::DotSegment));
    }
    Ok(id)
}

/// Checks an upload `{ certificate, name? }`: PEM text with a certificate block, at most 16 KB.
fn upload(params: ArgValue) -> Result<UploadCertificateRequest, Error> {
    let args = Args::from_value("parameter", params, &["certificate", "name"])?;
    let certificate = match args.get("certificate") {
        ArgValue::String(text) => text.clone(),
        v if v.is_missing() => {
            return Err(Error::invalid("certificate", Problem::CertificateRequired))
        }
        other => {
            return Err(Error::invalid(
                "certificate",
                Problem::WrongType {
                    expected: "PEM text",
                    got: Got::from(other),
                },
            ))
        }
    };
    if certificate.len() > MAX_CERTIFICATE_BYTES {
        let problem = Problem::CertificateTooLarge {
            bytes: certificate.len(),
            max: MAX_CERTIFICATE_BYTES,
        };
        return Err(Error::invalid("certificate", problem));
    }
    // A byte search: `str::contains` would bring a substring searcher into the wasm for this alone.
    if !certificate
        .as_bytes()
        .windows(PEM_BEGIN.len())
        .any(|w| w == PEM_BEGIN.as_bytes())
    {
        return Err(Error::invalid("certificate", Problem::CertificateNoBlock));
    }
    Ok(UploadCertificateRequest {
        certificate,
        name: optional_name(args.get("name"))?,
    })
}

/// Checks `{ certificate_ids }`: 1 to 10 distinct non-empty strings.
fn toggle_in(scope: Scope, activate: bool, params: ArgValue) -> Result<Call, Error> {
    let args = Args::from_value("parameter", params, &["certificate_ids"])?;
    let problem = |problem| Error::invalid("certificate_ids", problem);
    let ArgValue::Array(values) = args.get("certificate_ids") else {
        return Err(problem(Problem::IdsNotArray {
            max: MAX_TOGGLE_IDS,
            got: Got::from(args.get("certificate_ids")),
        }));
    };
    if values.is_empty() || values.len() > MAX_TOGGLE_IDS {
        return Err(problem(Problem::IdsCount {
            max: MAX_TOGGLE_IDS,
            count: values.len(),
        }));
    }
    let mut ids: Vec<String> = Vec::with_capacity(values.len());
    for (i, value) in values.iter().enumerate() {
        let id = match value {
            ArgValue::String(id) if !id.is_empty() => id.clone(),
            other => {
                let mut param = String::from("certificate_ids[");
                crate::text::push_decimal(&mut param, i as u64);
                param.push(']');
                return Err(Error::invalid(
                    &param,
                    Problem::NonEmptyString {
                        got: Got::from(other),
                    },
                ));
            }
        };
        if ids.contains(&id) {
            return Err(problem(Problem::IdsDuplicate { id }));
        }
        ids.push(id);
    }
    Ok(Call::Toggle {
        scope,
        activate,
        body: ToggleCertificatesRequest {
            certificate_ids: ids,
        },
    })
}

/// Checks retrieve's `{ include? }`: absent, or exactly `['content']`.
fn include_content(params: ArgValue) -> Result<bool, Error> {
    let args = Args::from_value("parameter", params, &["include"])?;
    match args.get("include") {
        v if v.is_missing() => Ok(false),
        ArgValue::Array(items) if items.as_slice() == [ArgValue::String("content".into())] => {
            Ok(true)
        }
        other => Err(Error::invalid(
            "include",
            Problem::Include {
                got: Got::from(other),
            },
        )),
    }
}

fn optional_name(value: &ArgValue) -> Result<Option<String>, Error> {
    match value {
        ArgValue::Absent => Ok(None),
        ArgValue::String(name) => Ok(Some(name.clone())),
        other => Err(Error::invalid(
            "name",
            Problem::WrongType {
                expected: "a string",
                got: Got::from(other),
            },
        )),
    }
}

/// A non-empty string, or `None` when not given.
fn optional_id(name: &str, value: &ArgValue) -> Result<Option<String>, Error> {
    match value {
        v if v.is_missing() => Ok(None),
        ArgValue::String(s) if !s.is_empty() => Ok(Some(s.clone())),
        other => Err(Error::invalid(
            name,
            Problem::NonEmptyString {
                got: Got::from(other),
            },
        )),
    }
}

/// An integer in `min..=max`, or `None` when not given.
pub fn optional_integer(
    name: &str,
    value: &ArgValue,
    min: u32,
    max: u32,
) -> Result<Option<u32>, Error> {
    match value {
        v if v.is_missing() => Ok(None),
        ArgValue::Number(n) if n.fract() == 0.0 && *n >= f64::from(min) && *n <= f64::from(max) => {
            Ok(Some(*n as u32))
        }
        other => Err(Error::invalid(
            name,
            Problem::IntegerRange {
                min,
                max,
                got: Got::from(other),
            },
        )),
    }
}

/// A boolean, or `None` when not given.
pub fn optional_bool(name: &str, value: &ArgValue) -> Result<Option<bool>, Error> {
    match value {
        v if v.is_missing() => Ok(None),
        ArgValue::Bool(b) => Ok(Some(*b)),
        other => Err(Error::invalid(
            name,
            Problem::WrongType {
                expected: "a boolean",
                got: Got::from(other),
            },
        )),
    }
}

fn order(value: &ArgValue) -> Result<Option<Order>, Error> {
    match value {
        v if v.is_missing() => Ok(None),
        ArgValue::String(s) if s == "asc" => Ok(Some(Order::Asc)),
        ArgValue::String(s) if s == "desc" => Ok(Some(Order::Desc)),
        other => Err(Error::invalid(
            "order",
            Problem::Order {
                got: Got::from(other),
            },
        )),
    }
}

#[cfg(test)]
mod tests;

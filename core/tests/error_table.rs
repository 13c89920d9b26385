//! `CODES` is exactly the set of codes the engine can report: one sample of every variant of
//! every error enum, each code listed once. The matches below have no wildcard, so a new variant
//! does not compile until it is given an index here, and the test fails until it has a sample.
//! (That the JS table has exactly these codes is checked by tests/tools/check-error-table.mjs.)

use std::collections::BTreeSet;

use openai_admin_certificates_core::error::{
    ApiFailure, BaseUrlProblem, ConfigProblem, Error, Got, PaginationError, Problem, CODES,
};

fn problem_index(problem: &Problem) -> usize {
    match problem {
        Problem::NotAnObject { .. } => 0,
        Problem::UnknownName { .. } => 1,
        Problem::IntegerRange { .. } => 2,
        Problem::NonEmptyString { .. } => 3,
        Problem::DotSegment => 4,
        Problem::ToArrayLimit { .. } => 5,
        Problem::CertificateRequired => 6,
        Problem::CertificateTooLarge { .. } => 7,
        Problem::CertificateNoBlock => 8,
        Problem::WrongType { .. } => 9,
        Problem::IdsNotArray { .. } => 10,
        Problem::IdsCount { .. } => 11,
        Problem::IdsDuplicate { .. } => 12,
        Problem::Include { .. } => 13,
        Problem::Order { .. } => 14,
        Problem::HeaderName => 15,
        Problem::HeaderValue => 16,
        Problem::ReservedQuery => 17,
        Problem::Pem { .. } => 18,
    }
}

fn config_index(problem: &ConfigProblem) -> usize {
    match problem {
        ConfigProblem::NoAdminKey => 0,
        ConfigProblem::AdminKeyType { .. } => 1,
        ConfigProblem::KeyInBrowser => 2,
        ConfigProblem::BaseUrl { .. } => 3,
        ConfigProblem::InsecureHttp { .. } => 4,
        ConfigProblem::OptionType { .. } => 5,
        ConfigProblem::EnvRefused { .. } => 6,
    }
}

/// The other variants of [`Error`] (`Invalid` and `Config` are counted by their problems).
fn error_index(error: &Error) -> Option<usize> {
    match error {
        Error::Invalid { .. } | Error::Config(_) => None,
        Error::Api(_) => Some(0),
        Error::Redirect { .. } => Some(1),
        Error::Connection { .. } => Some(2),
        Error::Timeout { .. } => Some(3),
        Error::Aborted => Some(4),
        Error::Shape { .. } => Some(5),
        Error::NotJson { .. } => Some(6),
        Error::Pagination(PaginationError::MissingCursor) => Some(7),
        Error::Pagination(PaginationError::CursorLoop { .. }) => Some(8),
    }
}

fn base_url_index(problem: BaseUrlProblem) -> usize {
    match problem {
        BaseUrlProblem::Scheme => 0,
        BaseUrlProblem::NoHost => 1,
        BaseUrlProblem::Credentials => 2,
        BaseUrlProblem::QueryOrFragment => 3,
        BaseUrlProblem::Whitespace => 4,
    }
}

fn problems() -> Vec<Problem> {
    let got = || Got::Number(2.5);
    vec![
        Problem::NotAnObject {
            what: "parameter",
            got: got(),
        },
        Problem::UnknownName {
            what: "parameter",
            allowed: &["limit"],
        },
        Problem::IntegerRange {
            min: 1,
            max: 100,
            got: got(),
        },
        Problem::NonEmptyString { got: got() },
        Problem::DotSegment,
        Problem::ToArrayLimit { max: 10_000 },
        Problem::CertificateRequired,
        Problem::CertificateTooLarge {
            bytes: 20_000,
            max: 16_384,
        },
        Problem::CertificateNoBlock,
        Problem::WrongType {
            expected: "a string",
            got: got(),
        },
        Problem::IdsNotArray {
            max: 10,
            got: got(),
        },
        Problem::IdsCount { max: 10, count: 11 },
        Problem::IdsDuplicate {
            id: "cert_1".into(),
        },
        Problem::Include { got: got() },
        Problem::Order { got: got() },
        Problem::HeaderName,
        Problem::HeaderValue,
        Problem::ReservedQuery,
        Problem::Pem {
            detail: "no certificate".into(),
        },
    ]
}

fn config_problems() -> Vec<ConfigProblem> {
    vec![
        ConfigProblem::NoAdminKey,
        ConfigProblem::AdminKeyType { got: Got::Null },
        ConfigProblem::KeyInBrowser,
        ConfigProblem::BaseUrl {
            url: "ftp://x".into(),
            why: BaseUrlProblem::Scheme,
        },
        ConfigProblem::InsecureHttp {
            url: "http://x".into(),
        },
        ConfigProblem::OptionType {
            name: "timeout",
            expected: "a number",
            got: Got::Null,
        },
        ConfigProblem::EnvRefused {
            name: "OPENAI_ADMIN_KEY",
        },
    ]
}

/// One error of every kind.
fn errors() -> Vec<Error> {
    let mut all: Vec<Error> = problems()
        .into_iter()
        .map(|p| Error::invalid("x", p))
        .collect();
    all.extend(config_problems().into_iter().map(Error::Config));
    all.extend([
        Error::Api(ApiFailure {
            status: 429,
            request_id: None,
            headers: Vec::new(),
            body: String::new(),
            retry_after_s: None,
        }),
        Error::Redirect {
            status: 302,
            location: None,
        },
        Error::Connection {
            detail: "refused".into(),
        },
        Error::Timeout { timeout_ms: 1 },
        Error::Aborted,
        Error::Shape {
            path: "data".into(),
            detail: "invalid type: null, expected a sequence".into(),
            request_id: None,
        },
        Error::NotJson {
            detail: "bad".into(),
            request_id: None,
        },
        Error::from(PaginationError::MissingCursor),
        Error::from(PaginationError::CursorLoop { cursor: "c".into() }),
    ]);
    all
}

/// Whether `indices` are exactly `0..n`, where `n` is one more than the largest arm above.
fn covers(indices: impl IntoIterator<Item = usize>, n: usize) -> bool {
    let indices: Vec<usize> = indices.into_iter().collect();
    let set: BTreeSet<usize> = indices.iter().copied().collect();
    set.len() == indices.len() && set == (0..n).collect()
}

#[test]
fn the_samples_cover_every_variant_once() {
    assert!(covers(problems().iter().map(problem_index), 19), "Problem");
    assert!(
        covers(config_problems().iter().map(config_index), 7),
        "ConfigProblem"
    );
    assert!(covers(errors().iter().filter_map(error_index), 9), "Error");
    let why = [
        BaseUrlProblem::Scheme,
        BaseUrlProblem::NoHost,
        BaseUrlProblem::Credentials,
        BaseUrlProblem::QueryOrFragment,
        BaseUrlProblem::Whitespace,
    ];
    assert!(
        covers(why.into_iter().map(base_url_index), 5),
        "BaseUrlProblem"
    );
    let names: BTreeSet<&str> = why.into_iter().map(BaseUrlProblem::as_str).collect();
    assert_eq!(names.len(), why.len(), "a BaseUrlProblem name used twice");
}

#[test]
fn codes_lists_exactly_the_codes_of_every_error_once() {
    let listed: BTreeSet<&str> = CODES.iter().copied().collect();
    assert_eq!(listed.len(), CODES.len(), "a code listed twice in CODES");
    let codes: Vec<&str> = errors().iter().map(Error::code).collect();
    let reported: BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(
        reported.len(),
        codes.len(),
        "two kinds of error share a code"
    );
    assert_eq!(
        reported, listed,
        "CODES and the codes the errors report differ"
    );
}

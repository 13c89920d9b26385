//! Property test, native: whatever id a caller passes, the request goes to that id's own resource,
//! as the WHATWG URL parser (the `url` crate, what browsers and Node implement) reads the built
//! URL, or it is refused before sending with an invalid-parameter error.
#![cfg(not(target_arch = "wasm32"))]

use openai_admin_certificates_core::args::ArgValue;
use openai_admin_certificates_core::error::{Error, Problem};
use openai_admin_certificates_core::query::Call;
use openai_admin_certificates_core::request::ApiRequest;
use openai_admin_certificates_core::validation::{delete, retrieve, retrieve_project, toggle};
use proptest::prelude::*;

const BASE: &str = "https://api.openai.com/v1";

/// The path segments of `BASE + path`, percent-decoded, as the WHATWG parser splits them.
fn segments(path: &str) -> Vec<Vec<u8>> {
    let url = url::Url::parse(&format!("{BASE}{path}")).expect("the built URL parses");
    url.path_segments()
        .expect("an http URL has segments")
        .map(decode)
        .collect()
}

fn decode(segment: &str) -> Vec<u8> {
    let bytes = segment.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            out.push(u8::from_str_radix(&segment[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// Strings that stress paths: dots, slashes, percent signs, backslashes, controls, non-ASCII.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        ".", "..", "/", "\\", "%", "%2e", "%2E", "?", "#", " ", "\t", "\n", "a", "é", "😀", ";",
        "&", "=", "+",
    ]);
    prop_oneof![
        prop::collection::vec(pieces, 0..6).prop_map(|p| p.concat()),
        any::<String>(),
    ]
}

/// An operation's validator, taking the path id and the parameters.
type Validator = fn(&ArgValue, ArgValue) -> Result<Call, Error>;

const RETRIEVE: (&str, Validator) = ("retrieve", |id, params| retrieve(id, params));
const DELETE: (&str, Validator) = ("delete", |id, _| delete(id));
const PROJECT_ACTIVATE: (&str, Validator) =
    ("project activate", |id, body| toggle(Some(id), true, body));
const PROJECT_RETRIEVE: (&str, Validator) = ("project retrieve", |id, _| retrieve_project(id));

fn check(
    id: &str,
    (op, validate): (&str, Validator),
    body: ArgValue,
    param: &str,
    expected: &[&str],
    id_at: usize,
) -> Result<(), TestCaseError> {
    match validate(&ArgValue::String(id.to_owned()), body) {
        Ok(checked) => {
            let path = ApiRequest::for_call(&checked).path;
            let path = path.split('?').next().unwrap();
            let got = segments(path);
            let mut want: Vec<Vec<u8>> = expected.iter().map(|s| s.as_bytes().to_vec()).collect();
            want.insert(id_at, id.as_bytes().to_vec());
            prop_assert_eq!(got, want, "{} {:?} went to another path", op, id);
        }
        Err(Error::Invalid { param: p, problem }) => {
            prop_assert_eq!(p, param);
            prop_assert!(
                matches!(
                    problem,
                    Problem::DotSegment | Problem::NonEmptyString { .. }
                ),
                "{:?}",
                problem
            );
            prop_assert!(id.is_empty() || id == "." || id == "..", "{:?} refused", id);
        }
        Err(other) => prop_assert!(false, "{:?}", other),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_certificate_id_is_exactly_its_own_segment(id in tricky()) {
        for op in [RETRIEVE, DELETE] {
            check(&id, op, ArgValue::Absent, "certificateID", &["v1", "organization", "certificates"], 3)?;
        }
    }

    #[test]
    fn a_project_id_is_exactly_its_own_segment(id in tricky()) {
        let body = ArgValue::Object(vec![("certificate_ids".into(), ArgValue::Array(vec![ArgValue::String("c".into())]))]);
        check(&id, PROJECT_ACTIVATE, body, "projectID", &["v1", "organization", "projects", "certificates", "activate"], 3)?;
        check(&id, PROJECT_RETRIEVE, ArgValue::Absent, "projectID", &["v1", "organization", "projects"], 3)?;
    }
}

#[test]
fn dot_segments_are_refused_and_their_encodings_kept() {
    for id in [".", ".."] {
        let refused = retrieve(&ArgValue::String(id.into()), ArgValue::Absent);
        assert!(
            matches!(
                refused,
                Err(Error::Invalid {
                    problem: Problem::DotSegment,
                    ..
                })
            ),
            "{id}"
        );
    }
    for id in ["%2e", "%2E%2E", ".%2E", "...", "a/.."] {
        let checked = retrieve(&ArgValue::String(id.into()), ArgValue::Absent).unwrap();
        let path = ApiRequest::for_call(&checked).path;
        assert_eq!(segments(&path).last().unwrap(), id.as_bytes(), "{id}");
    }
}

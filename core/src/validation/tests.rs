use super::*;
use crate::wire::{ModifyCertificateRequest, UploadCertificateRequest};

use crate::tests::object as params;

fn s(text: &str) -> ArgValue {
    ArgValue::String(text.into())
}

/// The parameter and problem of a refusal.
fn refusal<T: std::fmt::Debug>(result: Result<T, Error>) -> (String, Problem) {
    match result {
        Err(Error::Invalid { param, problem }) => (param, problem),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The validator of each operation, by the wrapper's method path (test shorthand).
fn call(op: &str, target: &ArgValue, body: ArgValue) -> Result<Call, Error> {
    match op {
        "certificates.create" => create(body),
        "certificates.retrieve" => retrieve(target, body),
        "certificates.update" => update(target, body),
        "certificates.delete" => delete(target),
        "certificates.activate" => toggle(None, true, body),
        "certificates.deactivate" => toggle(None, false, body),
        "projects.certificates.activate" => toggle(Some(target), true, body),
        "projects.certificates.deactivate" => toggle(Some(target), false, body),
        "projects.retrieve" => retrieve_project(target),
        other => panic!("no operation {other}"),
    }
}

/// The validator of each listing, by the wrapper's method path (test shorthand).
fn listing(
    op: &str,
    target: &ArgValue,
    params: ArgValue,
) -> Result<(ListTarget, ListQuery), Error> {
    match op {
        "certificates" => certificates_listing(None, params),
        "projects.certificates" => certificates_listing(Some(target), params),
        "projects" => projects_listing(params),
        other => panic!("no listing {other}"),
    }
}

fn list(params: ArgValue) -> Result<ListQuery, Error> {
    listing("certificates", &ArgValue::Absent, params).map(|(_, query)| query)
}

#[test]
fn valid_list_params_become_a_query() {
    let q = list(params(&[
        ("after", s("cert_1")),
        ("limit", ArgValue::Number(100.0)),
        ("order", s("asc")),
    ]))
    .unwrap();
    assert_eq!(
        q,
        ListQuery {
            after: Some("cert_1".into()),
            limit: Some(100),
            order: Some(Order::Asc),
            ..ListQuery::default()
        }
    );
    assert_eq!(list(ArgValue::Absent).unwrap(), ListQuery::default());
    assert_eq!(
        list(params(&[("limit", ArgValue::Null)])).unwrap(),
        ListQuery::default()
    );
}

#[test]
fn each_listing_takes_its_own_parameters() {
    let (target, query) = listing(
        "projects",
        &ArgValue::Absent,
        params(&[("include_archived", ArgValue::Bool(true))]),
    )
    .unwrap();
    assert_eq!(
        (target, query.include_archived),
        (ListTarget::Projects, Some(true))
    );
    assert_eq!(
        refusal(listing(
            "projects",
            &ArgValue::Absent,
            params(&[("order", s("asc"))])
        ))
        .0,
        "order"
    );
    assert_eq!(
        refusal(listing(
            "certificates",
            &ArgValue::Absent,
            params(&[("include_archived", ArgValue::Bool(true))])
        ))
        .0,
        "include_archived"
    );
    let (target, _) = listing("projects.certificates", &s("proj_1"), ArgValue::Absent).unwrap();
    assert_eq!(target, ListTarget::ProjectCertificates("proj_1".into()));
    assert_eq!(
        refusal(listing("projects.certificates", &s(".."), ArgValue::Absent)),
        ("projectID".into(), Problem::DotSegment)
    );
}

#[test]
fn each_bad_limit_names_the_parameter_and_the_range() {
    for bad in [
        ArgValue::Number(0.0),
        ArgValue::Number(101.0),
        ArgValue::Number(2.5),
        ArgValue::Number(f64::NAN),
        s("10"),
    ] {
        let (param, problem) = refusal(list(params(&[("limit", bad.clone())])));
        assert_eq!(param, "limit");
        match (problem, bad) {
            (
                Problem::IntegerRange {
                    min: 1,
                    max: 100,
                    got: Got::Number(got),
                },
                ArgValue::Number(n),
            ) => assert!(got == n || n.is_nan()),
            (
                Problem::IntegerRange {
                    min: 1,
                    max: 100,
                    got,
                },
                bad,
            ) => assert_eq!(got, Got::from(&bad)),
            (other, _) => panic!("{other:?}"),
        }
    }
}

#[test]
fn bad_order_and_after_are_refused() {
    assert_eq!(
        refusal(list(params(&[("order", s("newest"))]))),
        (
            "order".into(),
            Problem::Order {
                got: Got::String("newest".into())
            }
        )
    );
    assert_eq!(
        refusal(list(params(&[("after", s(""))]))).1,
        Problem::NonEmptyString {
            got: Got::String(String::new())
        }
    );
    assert_eq!(
        refusal(list(params(&[("after", ArgValue::Number(3.0))]))).1,
        Problem::NonEmptyString {
            got: Got::Number(3.0)
        }
    );
    // A cursor is a query value, never a path segment: dots are fine there.
    assert_eq!(
        list(params(&[("after", s(".."))]))
            .unwrap()
            .after
            .as_deref(),
        Some("..")
    );
}

#[test]
fn path_ids_are_non_empty_strings_and_never_dot_segments() {
    assert_eq!(path_id("certificateID", &s("cert_1")), Ok("cert_1".into()));
    assert_eq!(path_id("certificateID", &s("a..b")), Ok("a..b".into()));
    for bad in [
        ArgValue::Absent,
        ArgValue::Null,
        s(""),
        ArgValue::Number(7.0),
    ] {
        assert_eq!(
            refusal(path_id("certificateID", &bad)),
            (
                "certificateID".into(),
                Problem::NonEmptyString {
                    got: Got::from(&bad)
                }
            )
        );
    }
    for dots in [".", ".."] {
        assert_eq!(
            refusal(path_id("certificateID", &s(dots))),
            ("certificateID".into(), Problem::DotSegment)
        );
        for op in [
            "certificates.retrieve",
            "certificates.update",
            "certificates.delete",
        ] {
            assert_eq!(
                refusal(call(op, &s(dots), ArgValue::Absent)).1,
                Problem::DotSegment,
                "{op}"
            );
        }
        let ids = params(&[("certificate_ids", ArgValue::Array(vec![s("cert_1")]))]);
        assert_eq!(
            refusal(call("projects.certificates.activate", &s(dots), ids)).0,
            "projectID"
        );
    }
}

fn pem() -> String {
    "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".into()
}

#[test]
fn uploads_need_a_pem_certificate_of_at_most_16_kb() {
    let ok = call(
        "certificates.create",
        &ArgValue::Absent,
        params(&[("certificate", s(&pem())), ("name", s("n"))]),
    );
    assert_eq!(
        ok,
        Ok(Call::Create(UploadCertificateRequest {
            certificate: pem(),
            name: Some("n".into())
        }))
    );
    let create = |body| call("certificates.create", &ArgValue::Absent, body);
    assert_eq!(
        refusal(create(params(&[]))),
        ("certificate".into(), Problem::CertificateRequired)
    );
    let unknown = refusal(create(params(&[("content", s(&pem()))])));
    assert_eq!(
        unknown,
        (
            "content".into(),
            Problem::UnknownName {
                what: "parameter",
                allowed: &["certificate", "name"]
            }
        )
    );
    assert_eq!(
        refusal(create(params(&[("certificate", s("hello"))]))).1,
        Problem::CertificateNoBlock
    );
    let big = format!("{}{}", pem(), "A".repeat(MAX_CERTIFICATE_BYTES));
    let too_large = Problem::CertificateTooLarge {
        bytes: big.len(),
        max: MAX_CERTIFICATE_BYTES,
    };
    assert_eq!(
        refusal(create(params(&[("certificate", s(&big))]))).1,
        too_large
    );
    let bad_name = params(&[("certificate", s(&pem())), ("name", ArgValue::Number(1.0))]);
    assert_eq!(
        refusal(create(bad_name)),
        (
            "name".into(),
            Problem::WrongType {
                expected: "a string",
                got: Got::Number(1.0)
            }
        )
    );
}

#[test]
fn renames_allow_what_the_spec_allows() {
    let update = |body| call("certificates.update", &s("cert_1"), body);
    assert_eq!(
        update(params(&[("name", s("x"))])),
        Ok(Call::Update {
            id: "cert_1".into(),
            body: ModifyCertificateRequest {
                name: Some("x".into())
            }
        })
    );
    assert_eq!(
        update(params(&[])),
        Ok(Call::Update {
            id: "cert_1".into(),
            body: ModifyCertificateRequest::default()
        }),
        "name is optional in the spec"
    );
    assert_eq!(
        refusal(update(params(&[("name", ArgValue::Null)]))).1,
        Problem::WrongType {
            expected: "a string",
            got: Got::Null
        }
    );
}

#[test]
fn toggles_take_one_to_ten_distinct_ids() {
    let ids = |n: usize| ArgValue::Array((0..n).map(|i| s(&format!("cert_{i}"))).collect());
    let toggle = |value| {
        call(
            "certificates.activate",
            &ArgValue::Absent,
            params(&[("certificate_ids", value)]),
        )
    };
    match toggle(ids(10)).unwrap() {
        Call::Toggle {
            scope,
            activate,
            body,
        } => {
            assert_eq!(
                (scope, activate, body.certificate_ids.len()),
                (Scope::Organization, true, 10)
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        refusal(toggle(ids(0))).1,
        Problem::IdsCount { max: 10, count: 0 }
    );
    assert_eq!(
        refusal(toggle(ids(11))).1,
        Problem::IdsCount { max: 10, count: 11 }
    );
    assert_eq!(
        refusal(call(
            "certificates.deactivate",
            &ArgValue::Absent,
            params(&[])
        ))
        .1,
        Problem::IdsNotArray {
            max: 10,
            got: Got::Undefined
        }
    );
    assert_eq!(
        refusal(toggle(ArgValue::Array(vec![s("a"), s("a")]))).1,
        Problem::IdsDuplicate { id: "a".into() }
    );
    let not_string = refusal(toggle(ArgValue::Array(vec![s("a"), ArgValue::Number(2.0)])));
    assert_eq!(
        not_string,
        (
            "certificate_ids[1]".into(),
            Problem::NonEmptyString {
                got: Got::Number(2.0)
            }
        )
    );
}

#[test]
fn include_is_only_content() {
    let retrieve = |body| call("certificates.retrieve", &s("cert_1"), body);
    assert_eq!(
        retrieve(ArgValue::Absent),
        Ok(Call::Retrieve {
            id: "cert_1".into(),
            include_content: false
        })
    );
    let content = ArgValue::Array(vec![s("content")]);
    assert_eq!(
        retrieve(params(&[("include", content)])),
        Ok(Call::Retrieve {
            id: "cert_1".into(),
            include_content: true
        })
    );
    assert_eq!(
        refusal(retrieve(params(&[(
            "include",
            ArgValue::Array(vec![s("key")])
        )])))
        .1,
        Problem::Include { got: Got::Array }
    );
    assert_eq!(
        refusal(retrieve(params(&[("include", s("content"))]))).1,
        Problem::Include {
            got: Got::String("content".into())
        }
    );
}

#[test]
fn to_array_needs_a_bounded_limit() {
    assert_eq!(
        refusal(to_array_limit(ArgValue::Absent)),
        ("limit".into(), Problem::ToArrayLimit { max: 10_000 })
    );
    let over = refusal(to_array_limit(params(&[(
        "limit",
        ArgValue::Number(10_001.0),
    )])));
    assert_eq!(
        over.1,
        Problem::IntegerRange {
            min: 1,
            max: 10_000,
            got: Got::Number(10_001.0)
        }
    );
    assert_eq!(
        to_array_limit(params(&[("limit", ArgValue::Number(10_000.0))])),
        Ok(10_000)
    );
}

#[test]
fn audit_log_filters_are_checked_by_name() {
    let audit = |pairs: &[(&str, ArgValue)]| audit_logs_listing(params(pairs)).map(|(_, q)| q);
    let ok = audit(&[
        ("before", s("audit_log-9")),
        (
            "effective_at",
            params(&[
                ("gt", ArgValue::Number(1.0)),
                ("lte", ArgValue::Number(5.0)),
            ]),
        ),
        ("project_ids", ArgValue::Array(vec![s("proj_a")])),
        (
            "event_types",
            ArgValue::Array(vec![s("certificate.future_kind")]),
        ),
        ("tenant_only", ArgValue::Bool(true)),
    ])
    .unwrap();
    assert_eq!(
        (
            ok.audit.before.as_deref(),
            ok.audit.effective_at.gt,
            ok.audit.effective_at.lte
        ),
        (Some("audit_log-9"), Some(1), Some(5))
    );
    assert_eq!(
        ok.audit.event_types,
        vec!["certificate.future_kind".to_owned()],
        "new event types pass"
    );
    assert_eq!(
        refusal(audit(&[("order", s("asc"))])).0,
        "order",
        "not an audit log parameter"
    );
    assert_eq!(
        refusal(audit(&[("project_ids", s("proj_a"))])).0,
        "project_ids"
    );
    assert_eq!(
        refusal(audit(&[(
            "actor_ids",
            ArgValue::Array(vec![s("a"), s("")])
        )]))
        .0,
        "actor_ids[1]"
    );
    assert_eq!(
        refusal(audit(&[(
            "effective_at",
            params(&[("after", ArgValue::Number(1.0))])
        )]))
        .0,
        "after"
    );
    assert_eq!(
        refusal(audit(&[(
            "effective_at",
            params(&[("gt", ArgValue::Number(-1.0))])
        )]))
        .0,
        "effective_at.gt"
    );
    assert_eq!(
        refusal(audit(&[("effective_at", ArgValue::Number(3.0))])).0,
        "effective_at"
    );
}

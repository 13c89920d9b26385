use super::*;
use crate::query::{AuditLogFilters, EffectiveAt, Order};
use crate::wire::{ModifyCertificateRequest, ToggleCertificatesRequest, UploadCertificateRequest};

/// The JSON a request's body is sent as.
fn json(request: &ApiRequest) -> Option<String> {
    request
        .body
        .as_ref()
        .map(|body| serde_json::to_string(body).unwrap())
}

#[test]
fn each_call_sends_what_the_spec_describes() {
    let upload = ApiRequest::for_call(&Call::Create(UploadCertificateRequest {
        certificate: "PEM".into(),
        name: None,
    }));
    assert_eq!(
        (
            upload.method,
            upload.path.as_str(),
            json(&upload).as_deref()
        ),
        (
            Method::Post,
            "/organization/certificates",
            Some(r#"{"certificate":"PEM"}"#)
        )
    );
    assert!(!upload.idempotent, "an upload is never sent twice blindly");
    let retrieve = ApiRequest::for_call(&Call::Retrieve {
        id: "c/1".into(),
        include_content: true,
    });
    assert_eq!(
        retrieve.path,
        "/organization/certificates/c%2F1?include%5B%5D=content"
    );
    let rename = ApiRequest::for_call(&Call::Update {
        id: "c".into(),
        body: ModifyCertificateRequest::default(),
    });
    assert_eq!(json(&rename).as_deref(), Some("{}"));
    let delete = ApiRequest::for_call(&Call::Delete { id: "c".into() });
    assert_eq!(
        (delete.method, delete.expect, delete.idempotent),
        (Method::Delete, Expect::Deleted, true)
    );
    let toggle = ApiRequest::for_call(&Call::Toggle {
        scope: Scope::Project("p 1".into()),
        activate: false,
        body: ToggleCertificatesRequest {
            certificate_ids: vec!["a".into()],
        },
    });
    assert_eq!(
        toggle.path,
        "/organization/projects/p%201/certificates/deactivate"
    );
    assert_eq!(
        (json(&toggle).as_deref(), toggle.expect),
        (Some(r#"{"certificate_ids":["a"]}"#), Expect::Activation)
    );
    let project = ApiRequest::for_call(&Call::RetrieveProject {
        id: "proj_1".into(),
    });
    assert_eq!(
        (project.method, project.path.as_str()),
        (Method::Get, "/organization/projects/proj_1")
    );
}

#[test]
fn pages_carry_their_query() {
    let query = ListQuery {
        after: Some("c&1".into()),
        limit: Some(5),
        order: Some(Order::Asc),
        include_archived: None,
        ..ListQuery::default()
    };
    let page = ApiRequest::for_page(&ListTarget::Certificates, &query);
    assert_eq!(
        page.path,
        "/organization/certificates?after=c%261&limit=5&order=asc"
    );
    let projects = ApiRequest::for_page(
        &ListTarget::Projects,
        &ListQuery {
            include_archived: Some(true),
            ..ListQuery::default()
        },
    );
    assert_eq!(
        projects.path,
        "/organization/projects?include_archived=true"
    );
    let project = ApiRequest::for_page(
        &ListTarget::ProjectCertificates("p".into()),
        &ListQuery::default(),
    );
    assert_eq!(
        (project.path.as_str(), project.expect),
        (
            "/organization/projects/p/certificates",
            Expect::CertificatePage
        )
    );
}

#[test]
fn extra_query_parameters_come_after_the_requests_own() {
    let page = ApiRequest::for_page(
        &ListTarget::Certificates,
        &ListQuery {
            after: Some("c".into()),
            ..ListQuery::default()
        },
    );
    let defaults: Layer = vec![
        ("beta".into(), Some("1".into())),
        ("gone".into(), Some("x".into())),
    ];
    let call: Layer = vec![("gone".into(), None), ("a b".into(), Some("x&y".into()))];
    assert_eq!(
        page.with_extra_query(&[&defaults, &call]).path,
        "/organization/certificates?after=c&beta=1&a%20b=x%26y"
    );
    let plain =
        ApiRequest::for_call(&Call::Delete { id: "c".into() }).with_extra_query(&[&defaults]);
    assert_eq!(plain.path, "/organization/certificates/c?beta=1&gone=x");
}

#[test]
fn audit_log_filters_are_encoded_as_the_official_sdk_encodes_them() {
    let query = ListQuery {
        after: Some("audit_log-1".into()),
        limit: Some(10),
        audit: AuditLogFilters {
            before: Some("audit_log-9".into()),
            effective_at: EffectiveAt {
                gte: Some(1_700_000_000),
                lt: Some(1_800_000_000),
                ..EffectiveAt::default()
            },
            project_ids: vec!["proj_a".into(), "proj b".into()],
            event_types: vec!["certificate.deleted".into()],
            actor_emails: vec!["ada@example.com".into()],
            resource_ids: vec!["cert_1".into()],
            tenant_only: Some(false),
            ..AuditLogFilters::default()
        },
        ..ListQuery::default()
    };
    let page = ApiRequest::for_page(&ListTarget::AuditLogs, &query);
    assert_eq!(page.expect, Expect::AuditLogPage);
    // qs.stringify(query, { arrayFormat: 'brackets' }), as openai@6 sends it, pair by pair.
    assert_eq!(
        page.path,
        "/organization/audit_logs?after=audit_log-1&limit=10&before=audit_log-9\
         &effective_at%5Bgte%5D=1700000000&effective_at%5Blt%5D=1800000000\
         &project_ids%5B%5D=proj_a&project_ids%5B%5D=proj%20b\
         &event_types%5B%5D=certificate.deleted&actor_emails%5B%5D=ada%40example.com\
         &resource_ids%5B%5D=cert_1&tenant_only=false"
    );
}

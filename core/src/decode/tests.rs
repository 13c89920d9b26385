use super::*;
use serde_json::{json, Value};

fn page_check(body: &Value) -> Result<Option<PageFacts>, serde_json::Error> {
    check(Expect::CertificatePage, body)
}

/// The path a refused page is reported at (after `check` refused it, as the transport does).
fn refused_at(expect: Expect, body: &Value) -> String {
    assert!(check(expect, body).is_err(), "{body} passed");
    locate(expect, body).path
}

fn spec_page() -> Value {
    json!({"object":"list","data":[{"object":"organization.certificate","id":"cert_abc","name":null,"active":true,
        "created_at":1234567,"certificate_details":{"valid_at":12345667,"expires_at":12345678}}],
        "first_id":"cert_abc","last_id":"cert_abc","has_more":false})
}

#[test]
fn a_spec_page_gives_what_pagination_needs() {
    let facts = page_check(&spec_page()).unwrap().unwrap();
    assert_eq!(
        facts,
        PageFacts {
            has_more: false,
            last_id: Some("cert_abc".into()),
            ids: vec!["cert_abc".into()]
        }
    );
}

#[test]
fn what_the_client_does_not_rely_on_passes_as_sent() {
    let mut page = spec_page();
    let item = &mut page["data"][0];
    item["object"] = json!("organization.certificate.v2"); // a new enum value
    item.as_object_mut().unwrap().remove("name");
    item.as_object_mut().unwrap().remove("active");
    item.as_object_mut().unwrap().remove("certificate_details");
    item["future_field"] = json!([1, {"x": null}]);
    page["object"] = json!("page");
    page["extra"] = json!({});
    page.as_object_mut().unwrap().remove("first_id");
    assert!(page_check(&page).is_ok());
    for (expect, body) in [
        (
            Expect::Certificate,
            json!({"id": "cert_1", "object": "new"}),
        ),
        (Expect::Deleted, json!({"id": "cert_1", "object": "new"})),
        (
            Expect::Project,
            json!({"id": "proj_1", "residency": "MARS"}),
        ),
        (
            Expect::Activation,
            json!({"object": "new.kind", "data": [{"id": "c"}]}),
        ),
    ] {
        assert!(check(expect, &body).is_ok(), "{expect:?} {body}");
    }
}

#[test]
fn what_pagination_and_the_call_need_is_named_when_wrong() {
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut page = spec_page();
        edit(&mut page);
        refused_at(Expect::CertificatePage, &page)
    };
    let remove =
        |name: &'static str| move |p: &mut Value| drop(p.as_object_mut().unwrap().remove(name));
    assert_eq!(with(&|p| p["data"] = json!("x")), "data");
    assert_eq!(with(&remove("data")), "data");
    assert_eq!(with(&|p| p["data"][0]["id"] = json!(7)), "data[0].id");
    assert_eq!(
        with(&|p| drop(p["data"][0].as_object_mut().unwrap().remove("id"))),
        "data[0].id"
    );
    assert_eq!(with(&|p| p["data"] = json!([{"id": "a"}, 3])), "data[1]");
    assert_eq!(with(&remove("has_more")), "has_more");
    assert_eq!(with(&|p| p["has_more"] = json!("no")), "has_more");
    assert_eq!(with(&|p| p["last_id"] = json!(5)), "last_id");
    // The types say what a field is: a wrongly typed optional field is refused too, by name.
    assert_eq!(
        with(&|p| p["data"][0]["created_at"] = json!("soon")),
        "data[0].created_at"
    );
    assert_eq!(
        with(&|p| p["data"][0]["certificate_details"]["expires_at"] = json!(true)),
        "data[0].certificate_details"
    );
    assert_eq!(refused_at(Expect::CertificatePage, &json!("x")), "");
    assert_eq!(
        refused_at(Expect::Certificate, &json!({"object": "certificate"})),
        "id"
    );
    let detail = locate(Expect::Deleted, &json!({"id": 5})).detail;
    assert!(detail.contains("expected a string"), "{detail}");
}

#[test]
fn a_page_without_a_cursor_reports_none() {
    let facts = page_check(&json!({"data": [], "has_more": true, "last_id": null}))
        .unwrap()
        .unwrap();
    assert_eq!((facts.has_more, facts.last_id), (true, None));
}

#[test]
fn project_pages_give_their_ids() {
    let body = json!({"object": "list", "data": [{"id": "proj_1", "object": "organization.project",
        "name": "Billing", "created_at": 1, "archived_at": null, "status": "active"}],
        "first_id": "proj_1", "last_id": "proj_1", "has_more": true});
    let facts = check(Expect::ProjectPage, &body).unwrap().unwrap();
    assert_eq!(facts.ids, vec!["proj_1".to_owned()]);
}

#[test]
fn audit_log_pages_read_with_new_event_types_and_name_a_bad_field() {
    let body = json!({"object": "list", "has_more": false, "first_id": "audit_log-1", "last_id": "audit_log-2", "data": [
        {"id": "audit_log-1", "type": "certificate.deleted", "effective_at": 1_700_000_000,
         "actor": {"type": "session", "session": {"user": {"id": "user_1", "email": "ada@example.com"}, "ip_address": "127.0.0.1"}},
         "certificate.deleted": {"id": "cert_1", "name": "old", "certificate": "-----BEGIN CERTIFICATE-----"}},
        {"id": "audit_log-2", "type": "tunnel.frobnicated", "tunnel.frobnicated": {"anything": [1]}}
    ]});
    let facts = check(Expect::AuditLogPage, &body).unwrap().unwrap();
    assert_eq!(
        facts.ids,
        vec!["audit_log-1".to_owned(), "audit_log-2".to_owned()]
    );
    let mut bad = body.clone();
    bad["data"][1]["effective_at"] = json!("yesterday");
    assert_eq!(
        refused_at(Expect::AuditLogPage, &bad),
        "data[1].effective_at"
    );
}

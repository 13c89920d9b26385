use super::*;
use serde_json::{json, Value};

fn page_check(body: &Value) -> Result<Option<PageFacts>, ShapeError> {
    check(Expect::Page, &SerdeJson(Some(body)))
}

fn failure(result: Result<Option<PageFacts>, ShapeError>) -> (String, &'static str, JsonKind) {
    let e = result.unwrap_err();
    (e.path, e.expected, e.got)
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
    item["created_at"] = json!("soon");
    item["future_field"] = json!([1, {"x": null}]);
    page["object"] = json!("page");
    page["extra"] = json!({});
    page.as_object_mut().unwrap().remove("first_id");
    assert!(page_check(&page).is_ok());
    assert!(check(
        Expect::Item,
        &SerdeJson(Some(&json!({"id": "cert_1", "object": "new"})))
    )
    .is_ok());
    assert!(check(
        Expect::Items,
        &SerdeJson(Some(&json!({"object": "new.kind", "data": [{"id": "c"}]})))
    )
    .is_ok());
}

#[test]
fn what_pagination_and_the_call_need_is_named_when_wrong() {
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut page = spec_page();
        edit(&mut page);
        failure(page_check(&page))
    };
    assert_eq!(
        with(&|p| p["data"] = json!("x")),
        ("data".into(), "an array", JsonKind::String)
    );
    assert_eq!(
        with(&|p| {
            p.as_object_mut().unwrap().remove("data");
        }),
        ("data".into(), "an array", JsonKind::Missing)
    );
    assert_eq!(
        with(&|p| p["data"][0]["id"] = json!(7)),
        ("data[0].id".into(), "a string", JsonKind::Number)
    );
    assert_eq!(
        with(&|p| p["data"] = json!([{"id": "a"}, 3])),
        ("data[1]".into(), "an object", JsonKind::Number)
    );
    assert_eq!(
        with(&|p| {
            p.as_object_mut().unwrap().remove("has_more");
        }),
        ("has_more".into(), "a boolean", JsonKind::Missing)
    );
    assert_eq!(
        with(&|p| p["has_more"] = json!("no")),
        ("has_more".into(), "a boolean", JsonKind::String)
    );
    assert_eq!(
        with(&|p| p["last_id"] = json!(5)),
        ("last_id".into(), "a string or null", JsonKind::Number)
    );
    assert_eq!(
        failure(page_check(&json!([1]))),
        (String::new(), "an object", JsonKind::Array)
    );
    let item = check(
        Expect::Item,
        &SerdeJson(Some(&json!({"object": "certificate"}))),
    )
    .unwrap_err();
    assert_eq!((item.path.as_str(), item.got), ("id", JsonKind::Missing));
}

#[test]
fn a_page_without_a_cursor_reports_none() {
    let facts = page_check(&json!({"data": [], "has_more": true, "last_id": null}))
        .unwrap()
        .unwrap();
    assert_eq!((facts.has_more, facts.last_id), (true, None));
}

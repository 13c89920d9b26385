use super::*;
use serde_json::json;

#[test]
fn the_specs_examples_read_as_their_types() {
    // From x-oaiMeta of `Certificate` and `Project` (tests/fixtures/openapi/).
    let certificate: Certificate = serde_json::from_value(json!({
        "object": "certificate", "id": "cert_abc", "name": "My Certificate", "created_at": 1234567,
        "certificate_details": {"valid_at": 1234567, "expires_at": 12345678,
            "content": "-----BEGIN CERTIFICATE----- MIIGAjCCA...6znFlOW+ -----END CERTIFICATE-----"}
    }))
    .unwrap();
    let details = certificate.certificate_details.unwrap();
    assert_eq!(
        (details.valid_at, details.expires_at),
        (Some(1234567), Some(12345678))
    );
    assert!(details.content.unwrap().starts_with("-----BEGIN"));
    let project: Project = serde_json::from_value(json!({
        "id": "proj_abc", "object": "organization.project", "name": "Project example",
        "created_at": 1711471533, "archived_at": null, "status": "active", "external_key_id": null
    }))
    .unwrap();
    assert_eq!(
        (project.name.as_deref(), project.archived_at),
        (Some("Project example"), None)
    );
    let deleted: Deleted =
        serde_json::from_value(json!({"object": "certificate.deleted", "id": "cert_abc"})).unwrap();
    assert_eq!(deleted.id, "cert_abc");
}

#[test]
fn error_bodies_read_with_a_text_numeric_or_missing_code() {
    let read = |body| serde_json::from_value::<ErrorResponse>(body).unwrap().error;
    let error = read(json!({"error": {"message": "m", "type": "t", "param": null, "code": 429}}));
    assert_eq!(
        (error.code, error.kind.as_deref(), error.param),
        (Some(ErrorCode::Number(429.0)), Some("t"), None)
    );
    assert_eq!(
        read(json!({"error": {"code": "certificate_in_use"}})).code,
        Some(ErrorCode::Text("certificate_in_use".into()))
    );
    assert_eq!(
        read(json!({"error": {}})),
        ErrorObject {
            message: None,
            kind: None,
            param: None,
            code: None
        }
    );
}

#[test]
fn request_bodies_are_the_specs_json() {
    let json = |body: &RequestBody| serde_json::to_string(body).unwrap();
    let upload = RequestBody::Upload(UploadCertificateRequest {
        certificate: "a\"b\\c\nd\u{1}é😀".into(),
        name: Some("n".into()),
    });
    let back: UploadCertificateRequest = serde_json::from_str(&json(&upload)).unwrap();
    assert_eq!(RequestBody::Upload(back), upload);
    assert_eq!(
        json(&RequestBody::Modify(ModifyCertificateRequest::default())),
        "{}"
    );
    assert_eq!(
        json(&RequestBody::Toggle(ToggleCertificatesRequest {
            certificate_ids: vec!["a".into(), "b".into()]
        })),
        r#"{"certificate_ids":["a","b"]}"#
    );
}

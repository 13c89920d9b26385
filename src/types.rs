//! Wire types, named and shaped exactly as the official OpenAPI document
//! (`tests/fixtures/openapi/certificates.openapi.yaml`).
//!
//! Decoding is strict about what the spec requires (a missing required field is an error that names
//! it) and lenient about what it does not know: unknown fields from the server are ignored.

use serde::{Deserialize, Serialize};

/// The `object` tag of a certificate: which endpoint family produced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CertificateObject {
    /// Returned by upload, retrieve and modify.
    #[serde(rename = "certificate")]
    Certificate,
    /// Returned by the organization list, activate and deactivate.
    #[serde(rename = "organization.certificate")]
    OrganizationCertificate,
    /// Returned by the project list, activate and deactivate.
    #[serde(rename = "organization.project.certificate")]
    OrganizationProjectCertificate,
}

impl CertificateObject {
    /// The tag as the API spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Certificate => "certificate",
            Self::OrganizationCertificate => "organization.certificate",
            Self::OrganizationProjectCertificate => "organization.project.certificate",
        }
    }
}

/// Validity and (on request) content of a certificate: `certificate_details`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateDetails {
    /// Unix seconds from which the certificate is valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_at: Option<i64>,
    /// Unix seconds at which the certificate expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The PEM text; present only when retrieved with `include[]=content`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// One certificate, as every certificate endpoint returns it (`Certificate`,
/// `OrganizationCertificate`, `OrganizationProjectCertificate`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    /// Which kind of certificate object this is.
    pub object: CertificateObject,
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The name of the certificate; required by the spec but nullable.
    #[serde(deserialize_with = "required_nullable")]
    pub name: Option<String>,
    /// Unix seconds of the upload.
    pub created_at: i64,
    /// Validity dates and optional PEM content.
    pub certificate_details: CertificateDetails,
    /// Whether it is active at the listed scope; not returned by retrieve, upload or modify.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

/// The `object` tag of a list envelope, always `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListObject {
    /// The only value the spec allows.
    #[serde(rename = "list")]
    List,
}

/// One page of a certificate listing (`ListCertificatesResponse`,
/// `ListProjectCertificatesResponse`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificatePage {
    /// Always `list`.
    pub object: ListObject,
    /// The certificates of this page.
    pub data: Vec<Certificate>,
    /// Id of the first certificate of the page; null on an empty page.
    #[serde(deserialize_with = "required_nullable")]
    pub first_id: Option<String>,
    /// Id of the last certificate of the page: the cursor for the next page; null on an empty page.
    #[serde(deserialize_with = "required_nullable")]
    pub last_id: Option<String>,
    /// Whether more certificates follow this page.
    pub has_more: bool,
}

impl CertificatePage {
    /// Checks what the shared type cannot: every item is of the endpoint's kind and, as the list
    /// schemas require, says whether it is `active`.
    pub fn check_items(&self, kind: CertificateObject) -> Result<(), String> {
        check_certificates(&self.data, kind, true)
    }
}

/// The `object` tag of an activation or deactivation answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToggleObject {
    /// Organization-level activation.
    #[serde(rename = "organization.certificate.activation")]
    OrganizationActivation,
    /// Organization-level deactivation.
    #[serde(rename = "organization.certificate.deactivation")]
    OrganizationDeactivation,
    /// Project-level activation.
    #[serde(rename = "organization.project.certificate.activation")]
    ProjectActivation,
    /// Project-level deactivation.
    #[serde(rename = "organization.project.certificate.deactivation")]
    ProjectDeactivation,
}

impl ToggleObject {
    /// The tag as the API spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OrganizationActivation => "organization.certificate.activation",
            Self::OrganizationDeactivation => "organization.certificate.deactivation",
            Self::ProjectActivation => "organization.project.certificate.activation",
            Self::ProjectDeactivation => "organization.project.certificate.deactivation",
        }
    }
}

/// The answer of activate/deactivate: the certificates concerned, without pagination fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToggleCertificatesResponse {
    /// Which operation this answers.
    pub object: ToggleObject,
    /// The certificates, with their new `active` state.
    pub data: Vec<Certificate>,
}

/// The `object` tag of a delete answer, always `certificate.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeletedObject {
    /// The only value the spec allows.
    #[serde(rename = "certificate.deleted")]
    CertificateDeleted,
}

/// The answer of delete (`DeleteCertificateResponse`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteCertificateResponse {
    /// Always `certificate.deleted`.
    pub object: DeletedObject,
    /// The id of the deleted certificate.
    pub id: String,
}

/// The body of an upload (`UploadCertificateRequest`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UploadCertificateRequest {
    /// The certificate in PEM format.
    pub certificate: String,
    /// An optional name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The body of a rename (`ModifyCertificateRequest`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModifyCertificateRequest {
    /// The new name.
    pub name: String,
}

/// The body of activate/deactivate (`ToggleCertificatesRequest`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToggleCertificatesRequest {
    /// 1 to 10 distinct certificate ids.
    pub certificate_ids: Vec<String>,
}

/// Checks that every certificate in `items` is of `kind`, naming the first one that is not.
/// `needs_active`: the list and toggle schemas require `active`.
pub fn check_certificates(items: &[Certificate], kind: CertificateObject, needs_active: bool) -> Result<(), String> {
    for (i, item) in items.iter().enumerate() {
        check_certificate(item, kind, needs_active).map_err(|(field, problem)| {
            format!("unexpected response body at `data[{i}].{field}`: {problem}")
        })?;
    }
    Ok(())
}

/// Checks one certificate's kind (and `active` when required); the error names the field.
pub fn check_certificate(
    item: &Certificate,
    kind: CertificateObject,
    needs_active: bool,
) -> Result<(), (&'static str, String)> {
    if item.object != kind {
        return Err(("object", format!("expected {:?}, got {:?}", kind.as_str(), item.object.as_str())));
    }
    if needs_active && item.active.is_none() {
        return Err(("active", "missing field".into()));
    }
    Ok(())
}

/// The API's error object, the `error` member of an error response body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorObject {
    /// Human-readable description.
    #[serde(default)]
    pub message: String,
    /// Error category, such as `invalid_request_error`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The request parameter the error is about, if any.
    #[serde(default)]
    pub param: Option<String>,
    /// A machine-readable code, if any.
    #[serde(default)]
    pub code: Option<String>,
}

/// An error response body: `{"error": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ApiErrorBody {
    /// The error itself.
    pub error: ApiErrorObject,
}

/// Makes an `Option` field required-but-nullable: serde otherwise treats a missing `Option` as
/// `None`, which would hide a response that lacks a field the spec requires.
fn required_nullable<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"{"object":"list","data":[{"object":"organization.certificate","id":"cert_abc",
        "name":null,"active":true,"created_at":1234567,"future_field":[1],
        "certificate_details":{"valid_at":12345667,"expires_at":12345678}}],
        "first_id":"cert_abc","last_id":"cert_abc","has_more":false,"extra":{}}"#;

    fn decode(json: &str) -> Result<CertificatePage, String> {
        let mut de = serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(&mut de).map_err(|e| format!("{}: {}", e.path(), e.inner()))
    }

    #[test]
    fn a_spec_page_decodes_and_unknown_fields_are_ignored() {
        let page = decode(PAGE).unwrap();
        assert_eq!(page.data[0].name, None);
        assert_eq!(page.data[0].certificate_details.expires_at, Some(12345678));
        assert_eq!(page.check_items(CertificateObject::OrganizationCertificate), Ok(()));
    }

    #[test]
    fn round_trip_keeps_null_name_and_drops_absent_details() {
        let page = decode(PAGE).unwrap();
        let json = serde_json::to_value(&page).unwrap();
        assert_eq!(json["data"][0]["name"], serde_json::Value::Null);
        assert!(json["data"][0]["certificate_details"].get("content").is_none());
        assert!(json["data"][0].get("future_field").is_none());
    }

    #[test]
    fn missing_required_fields_are_named_even_when_nullable() {
        let err = decode(&PAGE.replace(r#""name":null,"#, "")).unwrap_err();
        assert!(err.starts_with("data[0]: missing field `name`"), "{err}");
        let err = decode(&PAGE.replace(r#""last_id":"cert_abc","#, "")).unwrap_err();
        assert!(err.contains("missing field `last_id`"), "{err}");
        let err = decode(&PAGE.replace(r#""created_at":1234567"#, r#""created_at":"soon""#)).unwrap_err();
        assert!(err.starts_with("data[0].created_at:"), "{err}");
    }

    #[test]
    fn items_of_the_wrong_kind_or_without_active_are_refused() {
        let page = decode(PAGE).unwrap();
        let err = page.check_items(CertificateObject::OrganizationProjectCertificate).unwrap_err();
        assert!(err.contains("`data[0].object`"), "{err}");
        let page = decode(&PAGE.replace(r#""active":true,"#, "")).unwrap();
        let err = page.check_items(CertificateObject::OrganizationCertificate).unwrap_err();
        assert!(err.contains("`data[0].active`: missing field"), "{err}");
    }
}

//! The API's objects as serde types: the one definition of the wire format (OpenAI's OpenAPI
//! document: `tests/fixtures/openapi/` holds the extracts, with their provenance note; each field's
//! doc comment is the spec's description).
//!
//! Responses are read into these types to check them (in the wasm from the runtime's parsed JSON
//! through serde-wasm-bindgen, natively through serde_json); the caller still gets the object the
//! server sent, so a field these types do not name reaches the caller untouched. They are lenient
//! where the API is, or may become: an enum-like string (`object`, `status`) is any string, and a
//! field is optional unless the client relies on it (an item's `id`, a page's `data` and
//! `has_more`). Request bodies are serialized from them.

use serde::{Deserialize, Serialize};

/// A certificate (`Certificate`, `OrganizationCertificate`, `OrganizationProjectCertificate`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Certificate {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type: `certificate` (create, update, retrieve), `organization.certificate` or
    /// `organization.project.certificate` (listings and activations), or a newer one.
    #[serde(default)]
    pub object: Option<String>,
    /// The name of the certificate.
    #[serde(default)]
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the certificate was uploaded.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// Validity and, when asked for with `include[]=content`, the PEM text.
    #[serde(default)]
    pub certificate_details: Option<CertificateDetails>,
    /// Whether the certificate is currently active at the listed scope. Not returned when getting
    /// details for a specific certificate.
    #[serde(default)]
    pub active: Option<bool>,
}

/// A certificate's `certificate_details`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct CertificateDetails {
    /// The Unix timestamp (in seconds) of when the certificate becomes valid.
    #[serde(default)]
    pub valid_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the certificate expires.
    #[serde(default)]
    pub expires_at: Option<i64>,
    /// The content of the certificate in PEM format.
    #[serde(default)]
    pub content: Option<String>,
}

/// A page of a listing (`ListCertificatesResponse`, `ListProjectCertificatesResponse`,
/// `ProjectListResponse`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct List<T> {
    /// The object type, `list`.
    #[serde(default)]
    pub object: Option<String>,
    /// The page's items.
    pub data: Vec<T>,
    /// The id of the first item.
    #[serde(default)]
    pub first_id: Option<String>,
    /// The id of the last item: the cursor (`after`) of the next page.
    #[serde(default)]
    pub last_id: Option<String>,
    /// Whether more items follow.
    pub has_more: bool,
}

/// The result of activating or deactivating certificates
/// (`OrganizationCertificateActivationResponse` and its three siblings): no pagination.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Activation {
    /// The result type, e.g. `organization.certificate.activation`.
    #[serde(default)]
    pub object: Option<String>,
    /// The certificates, in their new state.
    pub data: Vec<Certificate>,
}

/// The answer to a deletion (`DeleteCertificateResponse`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Deleted {
    /// The object type, `certificate.deleted`.
    #[serde(default)]
    pub object: Option<String>,
    /// The ID of the certificate that was deleted.
    pub id: String,
}

/// A project (`Project`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Project {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, `organization.project`.
    #[serde(default)]
    pub object: Option<String>,
    /// The name of the project. This appears in reporting.
    #[serde(default)]
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the project was created.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the project was archived, or `null`.
    #[serde(default)]
    pub archived_at: Option<i64>,
    /// `active` or `archived`.
    #[serde(default)]
    pub status: Option<String>,
    /// The external key associated with the project.
    #[serde(default)]
    pub external_key_id: Option<String>,
    /// The residency configuration (`GLOBAL`, `US_STORAGE_PROCESSING`, ...).
    #[serde(default)]
    pub residency: Option<String>,
}

/// An event of the audit log (`AuditLog`), as far as the client relies on it: its id (the
/// cursor), type and time, and the details of the certificate events (a deleted certificate's PEM
/// restores it). The actor, the project and other event types' details reach the caller as sent.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct AuditLog {
    /// The ID of this log.
    pub id: String,
    /// The event type, e.g. `certificate.deleted` (any string: new types pass).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The Unix timestamp (in seconds) of the event.
    #[serde(default)]
    pub effective_at: Option<i64>,
    /// The details of a `certificate.created` event.
    #[serde(default, rename = "certificate.created")]
    pub certificate_created: Option<CertificateRef>,
    /// The details of a `certificate.updated` event.
    #[serde(default, rename = "certificate.updated")]
    pub certificate_updated: Option<CertificateRef>,
    /// The details of a `certificate.deleted` event, with the deleted certificate's PEM.
    #[serde(default, rename = "certificate.deleted")]
    pub certificate_deleted: Option<DeletedCertificateEvent>,
    /// The details of a `certificates.activated` event.
    #[serde(default, rename = "certificates.activated")]
    pub certificates_activated: Option<CertificatesEvent>,
    /// The details of a `certificates.deactivated` event.
    #[serde(default, rename = "certificates.deactivated")]
    pub certificates_deactivated: Option<CertificatesEvent>,
}

/// A certificate named in an audit event (`certificate.created`, `certificate.updated`, and each
/// certificate of `certificates.activated` and `certificates.deactivated`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct CertificateRef {
    /// The certificate ID.
    #[serde(default)]
    pub id: Option<String>,
    /// The name of the certificate.
    #[serde(default)]
    pub name: Option<String>,
}

/// The details of a `certificate.deleted` event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct DeletedCertificateEvent {
    /// The certificate ID.
    #[serde(default)]
    pub id: Option<String>,
    /// The name of the certificate.
    #[serde(default)]
    pub name: Option<String>,
    /// The certificate content in PEM format: what restores it.
    #[serde(default)]
    pub certificate: Option<String>,
}

/// The details of a `certificates.activated` or `certificates.deactivated` event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct CertificatesEvent {
    /// The certificates activated or deactivated.
    #[serde(default)]
    pub certificates: Vec<CertificateRef>,
}

/// An error answer (`ErrorResponse`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ErrorResponse {
    /// The error.
    pub error: ErrorObject,
}

/// The `error` of an error answer (`Error`). Every field may be missing or `null` in reality.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ErrorObject {
    /// A human-readable message.
    #[serde(default)]
    pub message: Option<String>,
    /// The error type, e.g. `invalid_request_error`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The parameter at fault.
    #[serde(default)]
    pub param: Option<String>,
    /// A machine-readable code, e.g. `certificate_in_use`.
    #[serde(default)]
    pub code: Option<ErrorCode>,
}

/// An error's `code`: a string in the spec, a number from some servers.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum ErrorCode {
    /// A machine-readable code, e.g. `certificate_in_use`.
    Text(String),
    /// A numeric code (the JS error delivers it as its decimal text).
    Number(f64),
}

/// The body of an upload (`UploadCertificateRequest`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct UploadCertificateRequest {
    /// The certificate content in PEM format.
    pub certificate: String,
    /// An optional name for the certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The body of a rename (`ModifyCertificateRequest`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct ModifyCertificateRequest {
    /// The updated name for the certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The body of an activation or deactivation (`ToggleCertificatesRequest`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct ToggleCertificatesRequest {
    /// 1 to 10 distinct certificate ids.
    pub certificate_ids: Vec<String>,
}

/// A request body, serialized as its own JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum RequestBody {
    /// An upload.
    Upload(UploadCertificateRequest),
    /// A rename.
    Modify(ModifyCertificateRequest),
    /// An activation or deactivation.
    Toggle(ToggleCertificatesRequest),
}

#[cfg(test)]
mod tests;

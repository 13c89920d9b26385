//! The certificates endpoints: what each operation sends, and the checks on what comes back.

use wasm_bindgen::JsValue;

use crate::error::Error;
use crate::pagination::ListQuery;
use crate::transport::{ApiRequest, ApiResponse, CallOptions, Transport};
use crate::types::{
    check_certificate, check_certificates, Certificate, CertificateObject, CertificatePage,
    DeleteCertificateResponse, ModifyCertificateRequest, ToggleCertificatesRequest,
    ToggleCertificatesResponse, ToggleObject, UploadCertificateRequest,
};
use crate::url::{encode_component, with_list_query};

/// Where certificates are listed and activated: the organization, or one of its projects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// `/organization/certificates`.
    Organization,
    /// `/organization/projects/{project_id}/certificates`.
    Project(String),
}

impl Scope {
    fn base_path(&self) -> String {
        match self {
            Scope::Organization => "/organization/certificates".into(),
            Scope::Project(id) => format!("/organization/projects/{}/certificates", encode_component(id)),
        }
    }

    /// The kind of certificate object this scope's lists and toggles hold.
    pub fn item_kind(&self) -> CertificateObject {
        match self {
            Scope::Organization => CertificateObject::OrganizationCertificate,
            Scope::Project(_) => CertificateObject::OrganizationProjectCertificate,
        }
    }

    fn toggle_object(&self, activate: bool) -> ToggleObject {
        match (self, activate) {
            (Scope::Organization, true) => ToggleObject::OrganizationActivation,
            (Scope::Organization, false) => ToggleObject::OrganizationDeactivation,
            (Scope::Project(_), true) => ToggleObject::ProjectActivation,
            (Scope::Project(_), false) => ToggleObject::ProjectDeactivation,
        }
    }
}

/// One fetched page: as the plain JS object handed to callers, and as the checked Rust value.
pub struct FetchedPage {
    /// The page for JavaScript, built by serde from the checked value.
    pub js: JsValue,
    /// The page as decoded.
    pub page: CertificatePage,
}

/// `GET {scope}/certificates`: fetches and checks one page for `query`.
pub async fn list_page(transport: &Transport, options: &CallOptions, scope: &Scope, query: &ListQuery) -> Result<FetchedPage, Error> {
    let path = with_list_query(&scope.base_path(), query);
    let response = transport.send::<CertificatePage>(ApiRequest::get(path), options).await?;
    let request_id = response.request_id.clone();
    response.value.check_items(scope.item_kind()).map_err(|message| unexpected(message, request_id))?;
    Ok(FetchedPage { js: response.to_js(), page: response.value })
}

/// `POST /organization/certificates`: uploads a certificate.
pub async fn create(transport: &Transport, options: &CallOptions, body: &UploadCertificateRequest) -> Result<JsValue, Error> {
    let request = ApiRequest::post(Scope::Organization.base_path(), body).non_idempotent();
    single_certificate(transport.send(request, options).await?)
}

/// `GET /organization/certificates/{id}`, with the PEM content when `include_content`.
pub async fn retrieve(transport: &Transport, options: &CallOptions, id: &str, include_content: bool) -> Result<JsValue, Error> {
    let mut path = certificate_path(id);
    if include_content {
        path.push_str("?include%5B%5D=content");
    }
    single_certificate(transport.send(ApiRequest::get(path), options).await?)
}

/// `POST /organization/certificates/{id}`: renames a certificate.
pub async fn update(transport: &Transport, options: &CallOptions, id: &str, body: &ModifyCertificateRequest) -> Result<JsValue, Error> {
    single_certificate(transport.send(ApiRequest::post(certificate_path(id), body), options).await?)
}

/// `DELETE /organization/certificates/{id}`.
pub async fn delete(transport: &Transport, options: &CallOptions, id: &str) -> Result<JsValue, Error> {
    let response = transport.send::<DeleteCertificateResponse>(ApiRequest::delete(certificate_path(id)), options).await?;
    Ok(response.to_js())
}

/// `POST {scope}/certificates/activate` or `/deactivate`.
pub async fn toggle(
    transport: &Transport,
    options: &CallOptions,
    scope: &Scope,
    activate: bool,
    body: &ToggleCertificatesRequest,
) -> Result<JsValue, Error> {
    let path = format!("{}/{}", scope.base_path(), if activate { "activate" } else { "deactivate" });
    let response = transport.send::<ToggleCertificatesResponse>(ApiRequest::post(path, body), options).await?;
    let request_id = response.request_id.clone();
    let answer = &response.value;
    let expected = scope.toggle_object(activate);
    if answer.object != expected {
        let message = format!(
            "unexpected response body at `object`: expected {:?}, got {:?}",
            expected.as_str(),
            answer.object.as_str()
        );
        return Err(unexpected(message, request_id));
    }
    check_certificates(&answer.data, scope.item_kind(), true).map_err(|message| unexpected(message, request_id))?;
    Ok(response.to_js())
}

fn certificate_path(id: &str) -> String {
    format!("{}/{}", Scope::Organization.base_path(), encode_component(id))
}

/// Checks an answer that is one `certificate` object.
fn single_certificate(response: ApiResponse<Certificate>) -> Result<JsValue, Error> {
    check_certificate(&response.value, CertificateObject::Certificate, false).map_err(|(field, problem)| {
        unexpected(format!("unexpected response body at `{field}`: {problem}"), response.request_id.clone())
    })?;
    Ok(response.to_js())
}

fn unexpected(message: String, request_id: Option<String>) -> Error {
    Error::UnexpectedResponse { message, request_id }
}

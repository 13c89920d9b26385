//! The certificates endpoints: paths, requests and the checks on their answers.

use gloo_net::http::Method;
use serde::Deserialize;
use wasm_bindgen::JsValue;

use crate::error::Error;
use crate::pagination::ListQuery;
use crate::transport::{ApiRequest, ApiResponse, Transport};
use crate::types::{CertificateObject, CertificatePage};
use crate::url::{encode_component, with_list_query};

/// A listing endpoint and the kind of certificate its pages hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListEndpoint {
    path: String,
    item: CertificateObject,
}

impl ListEndpoint {
    /// `GET /organization/certificates`.
    pub fn organization() -> Self {
        ListEndpoint { path: "/organization/certificates".into(), item: CertificateObject::OrganizationCertificate }
    }

    /// `GET /organization/projects/{project_id}/certificates`.
    pub fn project(project_id: &str) -> Self {
        ListEndpoint {
            path: format!("/organization/projects/{}/certificates", encode_component(project_id)),
            item: CertificateObject::OrganizationProjectCertificate,
        }
    }

    /// The path of the request for `query`.
    pub fn path(&self, query: &ListQuery) -> String {
        with_list_query(&self.path, query)
    }
}

/// One fetched page: as the plain JS object handed to callers, and as the checked Rust value.
pub struct FetchedPage {
    /// The page for JavaScript, built by serde from the checked value.
    pub js: JsValue,
    /// The page as decoded.
    pub page: CertificatePage,
}

/// Fetches and checks one page of `endpoint` for `query`.
pub async fn fetch_page(transport: &Transport, endpoint: &ListEndpoint, query: &ListQuery) -> Result<FetchedPage, Error> {
    let response = transport.send(ApiRequest { method: Method::GET, path: endpoint.path(query), body: None }).await?;
    let request_id = response.request_id.clone();
    let page: CertificatePage = decode(response)?;
    page.check_items(endpoint.item)
        .map_err(|message| Error::UnexpectedResponse { message, request_id })?;
    let js = crate::boundary::to_js(&page);
    Ok(FetchedPage { js, page })
}

/// Decodes a response body into `T`, naming the offending field on failure.
fn decode<T: for<'de> Deserialize<'de>>(response: ApiResponse) -> Result<T, Error> {
    let deserializer = serde_wasm_bindgen::Deserializer::from(response.body);
    serde_path_to_error::deserialize(deserializer).map_err(|e| Error::UnexpectedResponse {
        message: format!("unexpected response body at `{}`: {}", e.path(), e.inner()),
        request_id: response.request_id,
    })
}

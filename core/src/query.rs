//! The query and body types of the API's requests: what validation produces and the request
//! builder and paginator consume. Bodies are the wire types of [`crate::wire`].

use crate::wire::{ModifyCertificateRequest, ToggleCertificatesRequest, UploadCertificateRequest};

/// Largest page the API serves.
pub const MAX_PAGE_SIZE: u8 = 100;

/// Sort order of a listing by `created_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Oldest first.
    Asc,
    /// Newest first (the API's default).
    Desc,
}

impl Order {
    /// The value sent in the `order` query parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            Order::Asc => "asc",
            Order::Desc => "desc",
        }
    }
}

/// The query of one list request; what is `None` is left to the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListQuery {
    /// Cursor: the id after which the page starts.
    pub after: Option<String>,
    /// Page size, 1..=100 (the server's default is 20).
    pub limit: Option<u8>,
    /// Sort order (certificate listings).
    pub order: Option<Order>,
    /// Whether archived projects are listed too (project listings).
    pub include_archived: Option<bool>,
}

impl ListQuery {
    /// The query to use when the caller iterates items and did not choose a page size: the
    /// largest page, so a whole organization (at most 50 certificates) is one request.
    pub fn for_items(mut self) -> ListQuery {
        self.limit.get_or_insert(MAX_PAGE_SIZE);
        self
    }
}

/// What a listing walks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListTarget {
    /// The organization's certificates.
    Certificates,
    /// The certificates active in one project.
    ProjectCertificates(String),
    /// The organization's projects.
    Projects,
}

/// Where certificates are activated: the organization, or one of its projects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// `/organization/certificates/...`.
    Organization,
    /// `/organization/projects/{project_id}/certificates/...`.
    Project(String),
}

/// One call that is not a listing, with its checked input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Call {
    /// `POST /organization/certificates`.
    Create(UploadCertificateRequest),
    /// `GET /organization/certificates/{id}`, with the PEM content when asked.
    Retrieve {
        /// The certificate.
        id: String,
        /// `include[]=content`.
        include_content: bool,
    },
    /// `POST /organization/certificates/{id}` (`ModifyCertificateRequest`; `name` optional).
    Update {
        /// The certificate.
        id: String,
        /// The new name, if any.
        body: ModifyCertificateRequest,
    },
    /// `DELETE /organization/certificates/{id}`.
    Delete {
        /// The certificate.
        id: String,
    },
    /// `POST {scope}/certificates/activate` or `/deactivate` (`ToggleCertificatesRequest`).
    Toggle {
        /// The organization or a project.
        scope: Scope,
        /// Activate, or deactivate.
        activate: bool,
        /// 1 to 10 distinct certificate ids.
        body: ToggleCertificatesRequest,
    },
    /// `GET /organization/projects/{id}`.
    RetrieveProject {
        /// The project.
        id: String,
    },
}

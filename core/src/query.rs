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
    /// The audit log's filters (audit log listings).
    pub audit: AuditLogFilters,
}

/// The filters of the audit log listing (`GET /organization/audit_logs`), kept on every page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditLogFilters {
    /// Cursor: the id before which the page ends.
    pub before: Option<String>,
    /// Only events whose `effective_at` (Unix seconds) is in this range.
    pub effective_at: EffectiveAt,
    /// Only events of these projects.
    pub project_ids: Vec<String>,
    /// Only events of these types (any string: new types pass).
    pub event_types: Vec<String>,
    /// Only events by these actors (user, service account or key ids).
    pub actor_ids: Vec<String>,
    /// Only events by users with these emails.
    pub actor_emails: Vec<String>,
    /// Only events on these resources (a certificate id, say).
    pub resource_ids: Vec<String>,
    /// Only tenant-scoped events.
    pub tenant_only: Option<bool>,
}

/// A range of Unix seconds (`effective_at[gt]=...`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EffectiveAt {
    /// Greater than.
    pub gt: Option<u64>,
    /// Greater than or equal.
    pub gte: Option<u64>,
    /// Less than.
    pub lt: Option<u64>,
    /// Less than or equal.
    pub lte: Option<u64>,
}

impl EffectiveAt {
    /// Whether no bound is set.
    pub fn is_empty(&self) -> bool {
        *self == EffectiveAt::default()
    }

    /// The bounds that are set, by name.
    pub fn bounds(&self) -> impl Iterator<Item = (&'static str, u64)> {
        [
            ("gt", self.gt),
            ("gte", self.gte),
            ("lt", self.lt),
            ("lte", self.lte),
        ]
        .into_iter()
        .filter_map(|(name, bound)| Some((name, bound?)))
    }
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
    /// The organization's audit log.
    AuditLogs,
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

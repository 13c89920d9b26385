//! What each operation sends: method, path, body, whether it may be repeated, and what its answer
//! must be. Pure: the transport only sends what this builds.

use crate::decode::Expect;
use crate::options::Layer;
use crate::query::{AuditLogFilters, Call, ListQuery, ListTarget, Scope};
use crate::url::PathBuilder;
use crate::wire::RequestBody;

/// The HTTP methods the API uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
}

impl Method {
    /// The method's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        }
    }
}

/// One API request, relative to the base URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiRequest {
    /// HTTP method.
    pub method: Method,
    /// Path and query below the base URL, percent-encoded.
    pub path: String,
    /// The body, sent as JSON.
    pub body: Option<RequestBody>,
    /// Whether sending it twice is harmless (everything but an upload); retries depend on it.
    pub idempotent: bool,
    /// What a successful answer must be.
    pub expect: Expect,
}

const CERTIFICATES: &str = "/organization/certificates";
const PROJECTS: &str = "/organization/projects";
const AUDIT_LOGS: &str = "/organization/audit_logs";

impl ApiRequest {
    /// The request of one call.
    pub fn for_call(call: &Call) -> ApiRequest {
        let certificate = |id: &str| PathBuilder::new(CERTIFICATES).id(id);
        let (method, path, body, expect) = match call {
            Call::Create(upload) => (
                Method::Post,
                PathBuilder::new(CERTIFICATES),
                Some(RequestBody::Upload(upload.clone())),
                Expect::Certificate,
            ),
            Call::Retrieve {
                id,
                include_content,
            } => {
                let path = certificate(id);
                let path = if *include_content {
                    path.query("include[]", "content")
                } else {
                    path
                };
                (Method::Get, path, None, Expect::Certificate)
            }
            Call::Update { id, body } => (
                Method::Post,
                certificate(id),
                Some(RequestBody::Modify(body.clone())),
                Expect::Certificate,
            ),
            Call::Delete { id } => (Method::Delete, certificate(id), None, Expect::Deleted),
            Call::Toggle {
                scope,
                activate,
                body,
            } => {
                let path = match scope {
                    Scope::Organization => PathBuilder::new(CERTIFICATES),
                    Scope::Project(project) => PathBuilder::new(PROJECTS)
                        .id(project)
                        .literal("certificates"),
                };
                let path = path.literal(if *activate { "activate" } else { "deactivate" });
                let body = RequestBody::Toggle(body.clone());
                (Method::Post, path, Some(body), Expect::Activation)
            }
            Call::RetrieveProject { id } => (
                Method::Get,
                PathBuilder::new(PROJECTS).id(id),
                None,
                Expect::Project,
            ),
        };
        let idempotent = !matches!(call, Call::Create(_));
        ApiRequest {
            method,
            path: path.finish(),
            body,
            idempotent,
            expect,
        }
    }

    /// The request of one page of a listing.
    pub fn for_page(target: &ListTarget, query: &ListQuery) -> ApiRequest {
        let (path, expect) = match target {
            ListTarget::Certificates => (PathBuilder::new(CERTIFICATES), Expect::CertificatePage),
            ListTarget::ProjectCertificates(project) => (
                PathBuilder::new(PROJECTS)
                    .id(project)
                    .literal("certificates"),
                Expect::CertificatePage,
            ),
            ListTarget::Projects => (PathBuilder::new(PROJECTS), Expect::ProjectPage),
            ListTarget::AuditLogs => (PathBuilder::new(AUDIT_LOGS), Expect::AuditLogPage),
        };
        let mut path = match &query.after {
            Some(after) => path.query("after", after),
            None => path,
        };
        if let Some(limit) = query.limit {
            path = path.query_number("limit", u64::from(limit));
        }
        if let Some(order) = query.order {
            path = path.query("order", order.as_str());
        }
        if let Some(archived) = query.include_archived {
            path = path.query("include_archived", if archived { "true" } else { "false" });
        }
        path = audit_filters(path, &query.audit);
        ApiRequest {
            method: Method::Get,
            path: path.finish(),
            body: None,
            idempotent: true,
            expect,
        }
    }

    /// Appends the caller's extra query parameters (`defaultQuery`, then the call's `query`; a
    /// later one replaces an earlier one, `null` removes it). Validation has refused the names the
    /// request sets itself ([`crate::options::RESERVED_QUERY`]).
    pub fn with_extra_query(mut self, layers: &[&Layer]) -> ApiRequest {
        let mut path = PathBuilder::new(&self.path);
        for (name, value) in crate::options::merge(Vec::new(), layers) {
            path = path.query(&name, &value);
        }
        self.path = path.finish();
        self
    }
}

/// The audit log's filters as the official SDK encodes them (`qs`, brackets):
/// `effective_at[gt]=1`, `project_ids[]=a&project_ids[]=b`.
fn audit_filters(mut path: PathBuilder, filters: &AuditLogFilters) -> PathBuilder {
    if let Some(before) = &filters.before {
        path = path.query("before", before);
    }
    for (bound, seconds) in filters.effective_at.bounds() {
        let mut name = String::from("effective_at[");
        name.push_str(bound);
        name.push(']');
        path = path.query_number(&name, seconds);
    }
    let lists = [
        ("project_ids[]", &filters.project_ids),
        ("event_types[]", &filters.event_types),
        ("actor_ids[]", &filters.actor_ids),
        ("actor_emails[]", &filters.actor_emails),
        ("resource_ids[]", &filters.resource_ids),
    ];
    for (name, values) in lists {
        for value in values {
            path = path.query(name, value);
        }
    }
    if let Some(tenant_only) = filters.tenant_only {
        path = path.query("tenant_only", if tenant_only { "true" } else { "false" });
    }
    path
}

#[cfg(test)]
mod tests;

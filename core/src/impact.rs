//! What a planned activation, deactivation or deletion does to mTLS enforcement, before it is made.
//! Pure: the current activations and the change in, the enforcement of every scope before and
//! after out (the caller lists the activations; nothing here awaits).
//!
//! OpenAI's rules (the mutual TLS guide): a project with active certificates of its own enforces
//! those; a project without inherits the organization's active certificates; where neither has
//! one, no client certificate is required at all. A certificate can be deleted only once it is
//! inactive in the organization and in every project (`certificate_in_use` otherwise).

use crate::args::{ArgValue, Args};
use crate::error::{Error, Got, Problem};
use crate::query::{Call, Scope};
use crate::validation;

/// The parameters of a planned change.
const CHANGE_PARAMS: &[&str] = &["action", "certificate_ids", "project_id"];

/// Where certificates are active now, as the listings say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Activations {
    /// The organization's active certificate ids.
    pub organization: Vec<String>,
    /// Every project, with the certificates active in it.
    pub projects: Vec<ProjectActivations>,
}

impl Activations {
    /// Reads the activations as the wrapper passes them,
    /// `{ organization: [id], projects: [{ id, name, certificate_ids: [id] }] }`; `None` for any
    /// other shape.
    pub fn from_arg(value: &ArgValue) -> Option<Activations> {
        let projects = match field(value, "projects")? {
            ArgValue::Array(items) => items.iter().map(project_from_arg).collect(),
            _ => None,
        }?;
        Some(Activations {
            organization: strings(field(value, "organization")?)?,
            projects,
        })
    }
}

/// One project of [`Activations::from_arg`].
fn project_from_arg(value: &ArgValue) -> Option<ProjectActivations> {
    let text = |name| match field(value, name)? {
        ArgValue::String(s) => Some(s.clone()),
        _ => None,
    };
    Some(ProjectActivations {
        id: text("id")?,
        name: text("name")?,
        certificate_ids: strings(field(value, "certificate_ids")?)?,
    })
}

/// An object's property.
fn field<'a>(value: &'a ArgValue, name: &str) -> Option<&'a ArgValue> {
    match value {
        ArgValue::Object(entries) => entries.iter().find(|(k, _)| k == name).map(|(_, v)| v),
        _ => None,
    }
}

/// An array of strings.
fn strings(value: &ArgValue) -> Option<Vec<String>> {
    match value {
        ArgValue::Array(items) => items
            .iter()
            .map(|item| match item {
                ArgValue::String(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// One project's own active certificates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectActivations {
    /// The project's id.
    pub id: String,
    /// The project's name.
    pub name: String,
    /// The certificates active in the project itself.
    pub certificate_ids: Vec<String>,
}

/// What a change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Activate the certificates in the scope.
    Activate,
    /// Deactivate them in the scope.
    Deactivate,
    /// Delete them (organization-wide).
    Delete,
}

/// A planned change, checked like the call it previews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What is done.
    pub action: Action,
    /// To which certificates (1 to 10 distinct ids, as the calls take).
    pub certificate_ids: Vec<String>,
    /// In which project; `None` for the organization.
    pub project_id: Option<String>,
}

/// Checks `{ action, certificate_ids, project_id? }`: `action` is `activate`, `deactivate` or
/// `delete`; `certificate_ids` and `project_id` are checked as the activate call checks them; a
/// delete takes no `project_id` (it is organization-wide).
///
/// # Errors
///
/// The [`Error`] the call itself would raise, naming the parameter at fault.
pub fn planned_change(value: ArgValue) -> Result<Change, Error> {
    let args = Args::from_value("parameter", value, CHANGE_PARAMS)?;
    let action = match args.get("action") {
        ArgValue::String(s) if s == "activate" => Action::Activate,
        ArgValue::String(s) if s == "deactivate" => Action::Deactivate,
        ArgValue::String(s) if s == "delete" => Action::Delete,
        other => {
            return Err(Error::invalid(
                "action",
                Problem::WrongType {
                    expected: "'activate', 'deactivate' or 'delete'",
                    got: Got::from(other),
                },
            ))
        }
    };
    let project = args.get("project_id");
    let target = match (action, project.is_missing()) {
        (_, true) => None,
        (Action::Delete, false) => {
            return Err(Error::invalid(
                "project_id",
                Problem::WrongType {
                    expected:
                        "absent for a delete (a certificate is deleted from the organization)",
                    got: Got::from(project),
                },
            ))
        }
        (_, false) => Some(project),
    };
    let body = ArgValue::Object(vec![(
        "certificate_ids".into(),
        args.get("certificate_ids").clone(),
    )]);
    // The activate call's own checks; it validates to a toggle (the other arm only satisfies
    // the match).
    let Call::Toggle { scope, body, .. } = validation::toggle(target, true, body)? else {
        let problem = Problem::UnknownName {
            what: "operation",
            allowed: &[],
        };
        return Err(Error::invalid("operation", problem));
    };
    Ok(Change {
        action,
        certificate_ids: body.certificate_ids,
        project_id: match scope {
            Scope::Organization => None,
            Scope::Project(id) => Some(id),
        },
    })
}

/// Which certificates a scope requires its clients to present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The project's own active certificates.
    Own,
    /// The organization's active certificates (the project has none of its own).
    Organization,
    /// None: no client certificate is required.
    None,
}

impl Source {
    /// `own`, `organization` or `none`, as JavaScript sees it.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Own => "own",
            Source::Organization => "organization",
            Source::None => "none",
        }
    }
}

/// A scope's enforcement: where its certificates come from, and which they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enforcement {
    /// Where the enforced certificates come from.
    pub source: Source,
    /// The enforced certificate ids (empty when `source` is `none`).
    pub certificate_ids: Vec<String>,
}

/// A project's enforcement before and after the change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectImpact {
    /// The project's id.
    pub id: String,
    /// The project's name.
    pub name: String,
    /// Its enforcement now.
    pub before: Enforcement,
    /// Its enforcement after the change.
    pub after: Enforcement,
}

/// A project, by id and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectRef {
    /// The project's id.
    pub id: String,
    /// The project's name.
    pub name: String,
}

/// Where a certificate planned for deletion is still active.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InUse {
    /// The certificate.
    pub certificate_id: String,
    /// Whether it is active in the organization.
    pub organization: bool,
    /// The projects where it is active.
    pub projects: Vec<ProjectRef>,
}

/// What a change does to enforcement, scope by scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Impact {
    /// The organization's active certificates now.
    pub organization_before: Vec<String>,
    /// The organization's active certificates after the change.
    pub organization_after: Vec<String>,
    /// The change leaves the organization without an active certificate it had.
    pub organization_left_with_none: bool,
    /// Every project's enforcement before and after, in the order given.
    pub projects: Vec<ProjectImpact>,
    /// Projects that require client certificates now and would not after.
    pub stop_requiring: Vec<ProjectRef>,
    /// Projects that enforce their own certificates now and would fall back to the organization's.
    pub fall_back: Vec<ProjectRef>,
    /// Projects that require no client certificate now and would after.
    pub start_requiring: Vec<ProjectRef>,
    /// Client certificates stop being required somewhere (ask twice before that).
    pub ends_enforcement: bool,
    /// A delete the API would refuse (`certificate_in_use`): nothing would change.
    pub refused: bool,
    /// For a delete, each certificate still active somewhere, and where.
    pub in_use: Vec<InUse>,
    /// No scope's certificates change.
    pub changes_nothing: bool,
}

/// What `change` would do, given the activations now. A project the listing does not have (an
/// archived one, say) is taken as one without certificates of its own.
pub fn impact(now: &Activations, change: &Change) -> Impact {
    let mut projects = now.projects.clone();
    if let Some(id) = &change.project_id {
        if !projects.iter().any(|p| &p.id == id) {
            projects.push(ProjectActivations {
                id: id.clone(),
                ..ProjectActivations::default()
            });
        }
    }
    let in_use = match change.action {
        Action::Delete => in_use(now, &change.certificate_ids),
        _ => Vec::new(),
    };
    let refused = !in_use.is_empty();
    let apply = |ids: &[String], here: bool| -> Vec<String> {
        match (change.action, here) {
            (Action::Activate, true) => {
                let mut out = ids.to_vec();
                let added = change.certificate_ids.iter().filter(|id| !ids.contains(id));
                out.extend(added.cloned());
                out
            }
            (Action::Deactivate, true) => ids
                .iter()
                .filter(|id| !change.certificate_ids.contains(id))
                .cloned()
                .collect(),
            _ => ids.to_vec(),
        }
    };
    let organization_after = apply(&now.organization, change.project_id.is_none());

    let mut out = Impact {
        organization_left_with_none: !now.organization.is_empty() && organization_after.is_empty(),
        organization_before: now.organization.clone(),
        organization_after,
        projects: Vec::with_capacity(projects.len()),
        stop_requiring: Vec::new(),
        fall_back: Vec::new(),
        start_requiring: Vec::new(),
        ends_enforcement: false,
        refused,
        in_use,
        changes_nothing: true,
    };
    for project in projects {
        let here = change.project_id.as_ref() == Some(&project.id);
        let own_after = apply(&project.certificate_ids, here);
        let before = enforcement(&project.certificate_ids, &out.organization_before);
        let after = enforcement(&own_after, &out.organization_after);
        let reference = || ProjectRef {
            id: project.id.clone(),
            name: project.name.clone(),
        };
        if before.source != Source::None && after.source == Source::None {
            out.stop_requiring.push(reference());
        }
        if before.source == Source::Own && after.source == Source::Organization {
            out.fall_back.push(reference());
        }
        if before.source == Source::None && after.source != Source::None {
            out.start_requiring.push(reference());
        }
        out.projects.push(ProjectImpact {
            id: project.id,
            name: project.name,
            before,
            after,
        });
    }
    out.ends_enforcement = !out.stop_requiring.is_empty();
    out.changes_nothing = out.organization_before == out.organization_after
        && out.projects.iter().all(|p| p.before == p.after);
    out
}

/// A scope's enforcement given its own active certificates and the organization's.
fn enforcement(own: &[String], organization: &[String]) -> Enforcement {
    let (source, ids) = match (own.is_empty(), organization.is_empty()) {
        (false, _) => (Source::Own, own),
        (true, false) => (Source::Organization, organization),
        (true, true) => (Source::None, own),
    };
    Enforcement {
        source,
        certificate_ids: ids.to_vec(),
    }
}

/// Each of `ids` still active somewhere, and where.
fn in_use(now: &Activations, ids: &[String]) -> Vec<InUse> {
    ids.iter()
        .filter_map(|id| {
            let organization = now.organization.contains(id);
            let projects: Vec<ProjectRef> = now
                .projects
                .iter()
                .filter(|p| p.certificate_ids.contains(id))
                .map(|p| ProjectRef {
                    id: p.id.clone(),
                    name: p.name.clone(),
                })
                .collect();
            (organization || !projects.is_empty()).then(|| InUse {
                certificate_id: id.clone(),
                organization,
                projects,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;

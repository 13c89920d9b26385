//! The impact of planned changes on small organizations: the organization's last certificate, a
//! project's last, a project falling back to the organization's set, a delete still in use, a
//! change that changes nothing, and the change checked like the call it previews.

use super::*;

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn project(id: &str, name: &str, active: &[&str]) -> ProjectActivations {
    ProjectActivations {
        id: id.into(),
        name: name.into(),
        certificate_ids: ids(active),
    }
}

/// The organization enforces `org`; Billing and Search have none of their own, Payments has its own.
fn organization(org: &[&str]) -> Activations {
    Activations {
        organization: ids(org),
        projects: vec![
            project("proj_billing", "Billing", &[]),
            project("proj_search", "Search", &[]),
            project("proj_payments", "Payments", &["cert_pay"]),
        ],
    }
}

fn change(action: Action, certificates: &[&str], project: Option<&str>) -> Change {
    Change {
        action,
        certificate_ids: ids(certificates),
        project_id: project.map(str::to_owned),
    }
}

fn names(projects: &[ProjectRef]) -> Vec<&str> {
    projects.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn deactivating_the_organizations_last_certificate_ends_enforcement_where_it_was_inherited() {
    let out = impact(
        &organization(&["cert_org"]),
        &change(Action::Deactivate, &["cert_org"], None),
    );
    assert!(out.organization_left_with_none);
    assert_eq!(names(&out.stop_requiring), ["Billing", "Search"]);
    assert!(out.ends_enforcement);
    assert!(out.fall_back.is_empty() && out.start_requiring.is_empty());
    assert!(!out.refused && !out.changes_nothing);
    let billing = &out.projects[0];
    assert_eq!(billing.before.source, Source::Organization);
    assert_eq!(billing.before.certificate_ids, ids(&["cert_org"]));
    assert_eq!(billing.after.source, Source::None);
    // Payments keeps its own certificate.
    assert_eq!(out.projects[2].before, out.projects[2].after);
}

#[test]
fn deactivating_one_of_two_organization_certificates_keeps_enforcement() {
    let out = impact(
        &organization(&["cert_a", "cert_b"]),
        &change(Action::Deactivate, &["cert_a"], None),
    );
    assert!(!out.organization_left_with_none && !out.ends_enforcement);
    assert_eq!(out.organization_after, ids(&["cert_b"]));
    assert_eq!(out.projects[0].after.certificate_ids, ids(&["cert_b"]));
    assert!(!out.changes_nothing);
}

#[test]
fn a_projects_last_certificate_falls_back_to_the_organizations_set() {
    let out = impact(
        &organization(&["cert_org"]),
        &change(Action::Deactivate, &["cert_pay"], Some("proj_payments")),
    );
    assert_eq!(names(&out.fall_back), ["Payments"]);
    assert!(out.stop_requiring.is_empty() && !out.ends_enforcement);
    assert!(!out.organization_left_with_none);
    let payments = &out.projects[2];
    assert_eq!(payments.after.source, Source::Organization);
    assert_eq!(payments.after.certificate_ids, ids(&["cert_org"]));
}

#[test]
fn a_projects_last_certificate_with_no_organization_set_ends_enforcement_there() {
    let out = impact(
        &organization(&[]),
        &change(Action::Deactivate, &["cert_pay"], Some("proj_payments")),
    );
    assert_eq!(names(&out.stop_requiring), ["Payments"]);
    assert!(out.fall_back.is_empty());
    assert!(out.ends_enforcement);
    // The organization had none to lose.
    assert!(!out.organization_left_with_none);
}

#[test]
fn a_delete_still_active_somewhere_is_refused_and_says_where() {
    let mut now = organization(&["cert_org"]);
    now.projects[1].certificate_ids = ids(&["cert_org"]);
    let out = impact(&now, &change(Action::Delete, &["cert_org"], None));
    assert!(out.refused);
    assert_eq!(out.in_use.len(), 1);
    assert!(out.in_use[0].organization);
    assert_eq!(names(&out.in_use[0].projects), ["Search"]);
    assert!(out.changes_nothing && !out.ends_enforcement);

    let in_a_project_only = impact(
        &organization(&["cert_org"]),
        &change(Action::Delete, &["cert_pay"], None),
    );
    assert!(in_a_project_only.refused);
    assert!(!in_a_project_only.in_use[0].organization);
    assert_eq!(names(&in_a_project_only.in_use[0].projects), ["Payments"]);
}

#[test]
fn deleting_an_inactive_certificate_changes_nothing() {
    let out = impact(
        &organization(&["cert_org"]),
        &change(Action::Delete, &["cert_old"], None),
    );
    assert!(!out.refused && out.in_use.is_empty());
    assert!(out.changes_nothing && !out.ends_enforcement);
}

#[test]
fn a_no_op_change_changes_nothing() {
    let now = organization(&["cert_org"]);
    for planned in [
        change(Action::Activate, &["cert_org"], None),
        change(Action::Deactivate, &["cert_elsewhere"], None),
        change(Action::Activate, &["cert_pay"], Some("proj_payments")),
        change(Action::Deactivate, &["cert_org"], Some("proj_billing")),
    ] {
        let out = impact(&now, &planned);
        assert!(out.changes_nothing, "{planned:?}");
        assert!(!out.ends_enforcement && !out.organization_left_with_none);
        assert!(out.stop_requiring.is_empty() && out.fall_back.is_empty());
    }
}

#[test]
fn activating_where_nothing_was_required_starts_enforcement() {
    let out = impact(
        &organization(&[]),
        &change(Action::Activate, &["cert_new"], None),
    );
    assert_eq!(names(&out.start_requiring), ["Billing", "Search"]);
    assert!(!out.ends_enforcement && !out.changes_nothing);

    let in_project = impact(
        &organization(&["cert_org"]),
        &change(Action::Activate, &["cert_new"], Some("proj_billing")),
    );
    assert_eq!(in_project.projects[0].after.source, Source::Own);
    assert_eq!(
        in_project.projects[0].after.certificate_ids,
        ids(&["cert_new"])
    );
    assert!(in_project.start_requiring.is_empty());
}

#[test]
fn a_project_the_listing_lacks_is_taken_as_one_without_its_own() {
    let out = impact(
        &organization(&[]),
        &change(Action::Activate, &["cert_new"], Some("proj_archived")),
    );
    let last = out.projects.last().unwrap();
    assert_eq!(last.id, "proj_archived");
    assert_eq!(last.after.source, Source::Own);
    assert_eq!(names(&out.start_requiring), [""]);
}

fn object(entries: &[(&str, ArgValue)]) -> ArgValue {
    ArgValue::Object(
        entries
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    )
}

fn strings(list: &[&str]) -> ArgValue {
    ArgValue::Array(list.iter().map(|s| ArgValue::String((*s).into())).collect())
}

#[test]
fn the_change_is_checked_like_the_call_it_previews() {
    let ok = planned_change(object(&[
        ("action", ArgValue::String("deactivate".into())),
        ("certificate_ids", strings(&["cert_a"])),
        ("project_id", ArgValue::String("proj_1".into())),
    ]))
    .unwrap();
    assert_eq!(ok, change(Action::Deactivate, &["cert_a"], Some("proj_1")));
    let delete = planned_change(object(&[
        ("action", ArgValue::String("delete".into())),
        ("certificate_ids", strings(&["cert_a"])),
    ]))
    .unwrap();
    assert_eq!(delete, change(Action::Delete, &["cert_a"], None));

    let param = |value| match planned_change(value) {
        Err(Error::Invalid { param, .. }) => Some(param),
        other => panic!("{other:?}"),
    };
    for (value, expected) in [
        (ArgValue::String("x".into()), "parameter"),
        (
            object(&[("action", ArgValue::String("remove".into()))]),
            "action",
        ),
        (
            object(&[
                ("action", ArgValue::String("activate".into())),
                ("certificate_ids", ArgValue::Array(vec![])),
            ]),
            "certificate_ids",
        ),
        (
            object(&[
                ("action", ArgValue::String("activate".into())),
                ("certificate_ids", strings(&["a", "a"])),
            ]),
            "certificate_ids",
        ),
        (
            object(&[
                ("action", ArgValue::String("activate".into())),
                ("certificate_ids", strings(&["a"])),
                ("project_id", ArgValue::String("..".into())),
            ]),
            "projectID",
        ),
        (
            object(&[
                ("action", ArgValue::String("delete".into())),
                ("certificate_ids", strings(&["a"])),
                ("project_id", ArgValue::String("proj_1".into())),
            ]),
            "project_id",
        ),
        (
            object(&[
                ("action", ArgValue::String("activate".into())),
                ("certificate_ids", strings(&["a"])),
                ("scope", ArgValue::String("org".into())),
            ]),
            "scope",
        ),
    ] {
        assert_eq!(param(value.clone()).as_deref(), Some(expected), "{value:?}");
    }
}

#[test]
fn the_activations_are_read_from_the_wrappers_object() {
    let value = object(&[
        ("organization", strings(&["cert_org"])),
        (
            "projects",
            ArgValue::Array(vec![object(&[
                ("id", ArgValue::String("proj_billing".into())),
                ("name", ArgValue::String("Billing".into())),
                ("certificate_ids", strings(&[])),
            ])]),
        ),
    ]);
    let read = Activations::from_arg(&value).unwrap();
    assert_eq!(read.organization, ids(&["cert_org"]));
    assert_eq!(read.projects, [project("proj_billing", "Billing", &[])]);
    assert_eq!(Activations::from_arg(&ArgValue::Null), None);
    let bad = object(&[
        ("organization", strings(&[])),
        ("projects", strings(&["x"])),
    ]);
    assert_eq!(Activations::from_arg(&bad), None);
}

//! The inspector's wasm (feature `inspect`): a PEM certificate read locally with OpenAI's upload
//! rules, and the impact of a planned change on enforcement. Pure: no request is made here.

use js_sys::Object;
use pure::error::{Error, Got, Problem};
use pure::redact::Redactor;
use wasm_bindgen::prelude::*;

use crate::js::{read_arg, set};
use crate::report::report;

/// Reads a PEM certificate without any request: subject, issuer, serial number, validity (Unix
/// seconds), whether it is a CA, its SHA-256 fingerprint, and `rules`, each of OpenAI's upload
/// rules it breaks at `now` (Unix seconds) as `{ code, severity, message }`. A text with no
/// readable certificate (the `no_certificate` rule) is refused with that rule's message. Built
/// into its own wasm, so an app that only lists certificates does not ship the X.509 parser.
#[wasm_bindgen(js_name = inspectCertificate)]
pub fn inspect_certificate(pem: JsValue, now: JsValue) -> Result<JsValue, JsValue> {
    use pure::inspect::{inspect, RuleCode};
    let fail = |param, problem| report(&Error::invalid(param, problem), &Redactor::none());
    let Some(text) = pem.as_string() else {
        return Err(fail(
            "pem",
            Problem::WrongType {
                expected: "PEM text",
                got: Got::from(&read_arg(&pem)),
            },
        ));
    };
    let Some(now) = now.as_f64().filter(|n| n.is_finite()) else {
        return Err(fail(
            "now",
            Problem::WrongType {
                expected: "Unix seconds",
                got: Got::from(&read_arg(&now)),
            },
        ));
    };
    let inspection = inspect(&text, now as i64);
    let info = match inspection.certificate {
        Ok(info) => info,
        Err(_) => {
            let detail = inspection
                .rules
                .into_iter()
                .find(|rule| rule.code == RuleCode::NoCertificate)
                .map(|rule| rule.message)
                .unwrap_or_default();
            return Err(fail("pem", Problem::Pem { detail }));
        }
    };
    let out: JsValue = Object::new().into();
    set(&out, "subject", &info.subject.into());
    set(&out, "issuer", &info.issuer.into());
    set(&out, "serial_number", &info.serial_number.into());
    set(&out, "valid_at", &JsValue::from_f64(info.valid_at as f64));
    set(
        &out,
        "expires_at",
        &JsValue::from_f64(info.expires_at as f64),
    );
    set(&out, "is_ca", &info.is_ca.into());
    set(&out, "fingerprint_sha256", &info.fingerprint_sha256.into());
    let rules = js_sys::Array::new();
    for rule in inspection.rules {
        let item: JsValue = Object::new().into();
        set(&item, "code", &rule.code.as_str().into());
        set(&item, "severity", &rule.code.severity().as_str().into());
        set(&item, "message", &rule.message.into());
        rules.push(&item);
    }
    set(&out, "rules", &rules);
    Ok(out)
}

/// Checks a planned change `{ action, certificate_ids, project_id? }` as the call it previews would
/// be checked, before anything is listed.
#[wasm_bindgen(js_name = checkChange)]
pub fn check_change(change: JsValue) -> Result<(), JsValue> {
    pure::impact::planned_change(read_arg(&change))
        .map(drop)
        .map_err(|e| report(&e, &Redactor::none()))
}

/// What a planned change does to enforcement in every scope, given the activations now
/// (`{ organization, projects: [{ id, name, certificate_ids }] }`, gathered by the wrapper from the
/// listings). Pure: lives in the inspector's wasm so the client's stays small.
#[wasm_bindgen(js_name = certificateImpact)]
pub fn certificate_impact(change: JsValue, activations: JsValue) -> Result<JsValue, JsValue> {
    use pure::impact::{impact, planned_change, Activations};
    let fail = |e: &Error| report(e, &Redactor::none());
    let change = planned_change(read_arg(&change)).map_err(|e| fail(&e))?;
    let now = Activations::from_arg(&read_arg(&activations)).ok_or_else(|| {
        fail(&Error::invalid(
            "activations",
            Problem::WrongType {
                expected: "{ organization, projects }",
                got: Got::Object,
            },
        ))
    })?;
    Ok(impact_object(&impact(&now, &change)))
}

/// The impact as the JS object `certificateImpact` documents (snake_case, as the API's objects).
fn impact_object(impact: &pure::impact::Impact) -> JsValue {
    use js_sys::Array;
    use pure::impact::{Enforcement, ProjectRef};
    let object = || -> JsValue { Object::new().into() };
    let ids =
        |ids: &[String]| -> JsValue { ids.iter().map(JsValue::from).collect::<Array>().into() };
    let enforcement = |e: &Enforcement| {
        let out = object();
        set(&out, "source", &e.source.as_str().into());
        set(&out, "certificate_ids", &ids(&e.certificate_ids));
        out
    };
    let reference = |id: &str, name: &str| {
        let out = object();
        set(&out, "id", &id.into());
        set(&out, "name", &name.into());
        out
    };
    let references = |list: &[ProjectRef]| -> JsValue {
        list.iter()
            .map(|p| reference(&p.id, &p.name))
            .collect::<Array>()
            .into()
    };
    let out = object();
    set(
        &out,
        "organization_before",
        &ids(&impact.organization_before),
    );
    set(&out, "organization_after", &ids(&impact.organization_after));
    set(
        &out,
        "organization_left_with_none",
        &impact.organization_left_with_none.into(),
    );
    let projects: Array = impact
        .projects
        .iter()
        .map(|p| {
            let item = reference(&p.id, &p.name);
            set(&item, "before", &enforcement(&p.before));
            set(&item, "after", &enforcement(&p.after));
            item
        })
        .collect();
    set(&out, "projects", &projects);
    set(&out, "stop_requiring", &references(&impact.stop_requiring));
    set(&out, "fall_back", &references(&impact.fall_back));
    set(
        &out,
        "start_requiring",
        &references(&impact.start_requiring),
    );
    set(&out, "ends_enforcement", &impact.ends_enforcement.into());
    set(&out, "refused", &impact.refused.into());
    let in_use: Array = impact
        .in_use
        .iter()
        .map(|u| {
            let item = object();
            set(&item, "certificate_id", &u.certificate_id.as_str().into());
            set(&item, "organization", &u.organization.into());
            set(&item, "projects", &references(&u.projects));
            item
        })
        .collect();
    set(&out, "in_use", &in_use);
    set(&out, "changes_nothing", &impact.changes_nothing.into());
    out
}

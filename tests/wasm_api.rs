//! Every certificates operation through the engine in a real JS runtime, against the mock API
//! behind Prism (which fails any exchange that breaks the official spec).
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use js_sys::Array;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const LEAF: &str = include_str!("fixtures/certs/leaf.pem");

fn ids(value: &JsValue) -> JsValue {
    object(&[("certificate_ids", Array::of1(value).into())])
}

fn str_of(value: &JsValue, name: &str) -> Option<String> {
    get(value, name).as_string()
}

/// Every certificate the scope lists, as (id, active) pairs.
async fn listed(walk: Walk) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    loop {
        let page = next(&walk).await.unwrap();
        if page.is_undefined() {
            return out;
        }
        for item in Array::from(&get(&page, "data")).iter() {
            out.push((
                str_of(&item, "id").unwrap(),
                get(&item, "active").as_bool().unwrap(),
            ));
        }
    }
}

#[wasm_bindgen_test]
fn runs_in_the_runtime_the_make_target_asked_for() {
    assert_runtime();
}

#[wasm_bindgen_test]
async fn organization_lifecycle_upload_to_delete() {
    let client = client_with_key(KEY);
    let upload = object(&[("certificate", LEAF.into()), ("name", "wasm e2e".into())]);
    let created = call(&client, "certificates.create", JsValue::UNDEFINED, upload)
        .await
        .unwrap();
    assert_eq!(str_of(&created, "object").as_deref(), Some("certificate"));
    let id = get(&created, "id");
    let id_text = id.as_string().unwrap();

    let all = listed(list(
        &client,
        "certificates",
        JsValue::UNDEFINED,
        object(&[("limit", 100.into())]),
    ))
    .await;
    assert!(all.contains(&(id_text.clone(), false)), "listed, inactive");

    let activated = call(
        &client,
        "certificates.activate",
        JsValue::UNDEFINED,
        ids(&id),
    )
    .await
    .unwrap();
    assert_eq!(
        str_of(&activated, "object").as_deref(),
        Some("organization.certificate.activation")
    );
    assert_eq!(
        get(&get(&get(&activated, "data"), "0"), "active").as_bool(),
        Some(true)
    );
    let refused = call(
        &client,
        "certificates.delete",
        id.clone(),
        JsValue::UNDEFINED,
    )
    .await
    .unwrap_err();
    assert_eq!(
        get(&refused, "status").as_f64(),
        Some(400.0),
        "an active certificate cannot be deleted"
    );

    let deactivated = call(
        &client,
        "certificates.deactivate",
        JsValue::UNDEFINED,
        ids(&id),
    )
    .await
    .unwrap();
    assert_eq!(
        str_of(&deactivated, "object").as_deref(),
        Some("organization.certificate.deactivation")
    );
    assert_eq!(
        get(&get(&get(&deactivated, "data"), "0"), "active").as_bool(),
        Some(false)
    );

    let renamed = call(
        &client,
        "certificates.update",
        id.clone(),
        object(&[("name", "renamed".into())]),
    )
    .await
    .unwrap();
    assert_eq!(str_of(&renamed, "name").as_deref(), Some("renamed"));

    let include = object(&[("include", Array::of1(&"content".into()).into())]);
    let full = call(&client, "certificates.retrieve", id.clone(), include)
        .await
        .unwrap();
    let content = str_of(&get(&full, "certificate_details"), "content").unwrap();
    assert_eq!(content.trim(), LEAF.trim());
    let plain = call(
        &client,
        "certificates.retrieve",
        id.clone(),
        JsValue::UNDEFINED,
    )
    .await
    .unwrap();
    assert!(get(&get(&plain, "certificate_details"), "content").is_undefined());

    let deleted = call(
        &client,
        "certificates.delete",
        id.clone(),
        JsValue::UNDEFINED,
    )
    .await
    .unwrap();
    assert_eq!(
        str_of(&deleted, "object").as_deref(),
        Some("certificate.deleted")
    );
    assert_eq!(str_of(&deleted, "id"), Some(id_text.clone()));
    let gone = call(&client, "certificates.retrieve", id, JsValue::UNDEFINED)
        .await
        .unwrap_err();
    assert_eq!(get(&gone, "status").as_f64(), Some(404.0));
    let all = listed(list(
        &client,
        "certificates",
        JsValue::UNDEFINED,
        object(&[("limit", 100.into())]),
    ))
    .await;
    assert!(
        !all.iter().any(|(listed_id, _)| *listed_id == id_text),
        "gone from the list"
    );
}

#[wasm_bindgen_test]
async fn project_lifecycle_activate_list_deactivate() {
    let client = client_with_key(KEY);
    let project: JsValue = "proj_wasm e2e/1".into(); // percent-encoded into one path segment
    let upload = object(&[("certificate", LEAF.into())]);
    let created = call(&client, "certificates.create", JsValue::UNDEFINED, upload)
        .await
        .unwrap();
    let id = get(&created, "id");
    let id_text = id.as_string().unwrap();
    let project_list = || {
        list(
            &client,
            "projects.certificates",
            project.clone(),
            JsValue::UNDEFINED,
        )
    };
    assert!(
        listed(project_list()).await.is_empty(),
        "a project lists only what it activated"
    );

    let activated = call(
        &client,
        "projects.certificates.activate",
        project.clone(),
        ids(&id),
    )
    .await
    .unwrap();
    assert_eq!(
        str_of(&activated, "object").as_deref(),
        Some("organization.project.certificate.activation")
    );
    assert_eq!(
        str_of(&get(&get(&activated, "data"), "0"), "object").as_deref(),
        Some("organization.project.certificate")
    );
    assert_eq!(listed(project_list()).await, vec![(id_text.clone(), true)]);
    let org = listed(list(
        &client,
        "certificates",
        JsValue::UNDEFINED,
        object(&[("limit", 100.into())]),
    ))
    .await;
    assert!(
        org.contains(&(id_text.clone(), false)),
        "project activation leaves the organization's alone"
    );
    assert!(
        settle(client.delete(id.clone(), JsValue::UNDEFINED))
            .await
            .is_err(),
        "active in a project: not deletable"
    );

    let deactivated = call(
        &client,
        "projects.certificates.deactivate",
        project.clone(),
        ids(&id),
    )
    .await
    .unwrap();
    assert_eq!(
        str_of(&deactivated, "object").as_deref(),
        Some("organization.project.certificate.deactivation")
    );
    assert!(listed(project_list()).await.is_empty());
    call(&client, "certificates.delete", id, JsValue::UNDEFINED)
        .await
        .unwrap();
}

#[wasm_bindgen_test]
async fn bad_input_is_refused_before_any_request() {
    let client = client_with_key(KEY);
    let no_block = object(&[("certificate", "hello".into())]);
    let error = call(&client, "certificates.create", JsValue::UNDEFINED, no_block)
        .await
        .unwrap_err();
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("certificate_no_block")
    );
    assert_eq!(str_of(&error, "param").as_deref(), Some("certificate"));
    let error = call(
        &client,
        "certificates.delete",
        JsValue::from(42),
        JsValue::UNDEFINED,
    )
    .await
    .unwrap_err();
    assert_eq!(str_of(&error, "param").as_deref(), Some("certificateID"));
    let eleven = Array::new();
    for i in 0..11 {
        eleven.push(&format!("cert_{i}").into());
    }
    let body = object(&[("certificate_ids", eleven.into())]);
    let error = call(&client, "certificates.activate", JsValue::UNDEFINED, body)
        .await
        .unwrap_err();
    assert_eq!(str_of(&error, "param").as_deref(), Some("certificate_ids"));
    // Other tests may run meanwhile, so look for these requests rather than count them all.
    let log = Array::from(&control("/__mock/requests", None).await);
    let reached = log.iter().any(|entry| {
        let path = str_of(&entry, "path").unwrap_or_default();
        let body = js_sys::JSON::stringify(&get(&entry, "body"))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default();
        path.ends_with("/42") || body.contains("\"hello\"") || body.contains("cert_10")
    });
    assert!(!reached, "an invalid request reached the mock");
}

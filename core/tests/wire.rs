//! Property test, native: the wire types and the response check that ships. Any page the types can
//! describe, written as JSON with fields the types do not know added, passes the check with its ids
//! in order; one item made wrong (its `id` a number, a field of the wrong type) is refused, and the
//! search for the place names exactly that item and field.
#![cfg(all(not(target_arch = "wasm32"), feature = "json-view"))]

use openai_admin_certificates_core::decode::{check, locate, Expect};
use openai_admin_certificates_core::wire::{Certificate, CertificateDetails, List};
use proptest::prelude::*;
use serde_json::{json, Value};

fn text() -> impl Strategy<Value = String> {
    // Any characters, quotes, backslashes, controls and astral ones included.
    "\\PC{0,12}"
}

fn certificate() -> impl Strategy<Value = Certificate> {
    (
        text(),
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::option::of(0i64..4_000_000_000),
        proptest::option::of((
            proptest::option::of(0i64..4_000_000_000),
            proptest::option::of(0i64..4_000_000_000),
        )),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(id, object, name, created_at, details, active)| Certificate {
                id,
                object,
                name,
                created_at,
                certificate_details: details.map(|(valid_at, expires_at)| CertificateDetails {
                    valid_at,
                    expires_at,
                    content: None,
                }),
                active,
            },
        )
}

fn page() -> impl Strategy<Value = List<Certificate>> {
    (
        proptest::collection::vec(certificate(), 0..12),
        any::<bool>(),
    )
        .prop_map(|(data, has_more)| {
            let last_id = data.last().map(|c| c.id.clone());
            List {
                object: Some("list".into()),
                first_id: data.first().map(|c| c.id.clone()),
                last_id,
                has_more,
                data,
            }
        })
}

proptest! {
    #[test]
    fn every_page_the_types_describe_passes_with_unknown_fields(page in page(), extra in text()) {
        let mut body = serde_json::to_value(&page).unwrap();
        body["future_envelope_field"] = json!({ "x": [extra.clone()] });
        for item in body["data"].as_array_mut().unwrap() {
            item["future_item_field"] = json!(extra);
        }
        let facts = check(Expect::CertificatePage, &body).unwrap().unwrap();
        let ids: Vec<String> = page.data.iter().map(|c| c.id.clone()).collect();
        prop_assert_eq!(facts.ids, ids);
        prop_assert_eq!(facts.has_more, page.has_more);
        prop_assert_eq!(facts.last_id, page.last_id);
    }

    #[test]
    fn one_wrong_field_is_refused_and_named(page in page(), pick in any::<prop::sample::Index>(), which in 0..3usize) {
        prop_assume!(!page.data.is_empty());
        let at = pick.index(page.data.len());
        let mut body = serde_json::to_value(&page).unwrap();
        let (field, wrong): (&str, Value) = match which {
            0 => ("id", json!(7)),
            1 => ("created_at", json!("soon")),
            _ => ("active", json!("yes")),
        };
        body["data"][at][field] = wrong;
        prop_assert!(check(Expect::CertificatePage, &body).is_err());
        prop_assert_eq!(locate(Expect::CertificatePage, &body).path, format!("data[{at}].{field}"));
    }
}

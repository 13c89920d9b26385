//! Rust values to plain JS values.
//!
//! serde_json writes the value once and the runtime's own `JSON.parse` builds the objects: one
//! boundary crossing, and the same JSON machinery the response decoding already ships (a second
//! serializer, such as serde-wasm-bindgen's, would add its own code to the wasm for no gain here).

use serde::Serialize;
use wasm_bindgen::JsValue;

/// Converts a Rust value into a plain JS value: `null` for `None`, numbers as numbers, plain
/// objects for structs, field names as serialized.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|json| js_sys::JSON::parse(&json).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

//! Rust values to plain JS values, the one way serde output crosses into JavaScript.

use serde::Serialize;
use wasm_bindgen::JsValue;

/// Converts a Rust value into a plain JS value: `null` for `None`, numbers as numbers, plain
/// objects (not `Map`s) for structs, field names as serialized.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::UNDEFINED)
}

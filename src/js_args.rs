//! Reading JS values into plain Rust data ([`ArgValue`], [`Environment`]) for the pure validators.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::args::ArgValue;
use crate::config::Environment;

/// Reads what the environment offers: browser or not, and Node's `process.env` defaults.
pub fn environment() -> Environment {
    let global: JsValue = js_sys::global().into();
    let has = |name: &str| !get(&global, name).is_undefined();
    let env = get(&get(&global, "process"), "env");
    Environment {
        is_browser: has("window") && has("document") && has("navigator"),
        admin_key: get(&env, "OPENAI_ADMIN_KEY").as_string(),
        base_url: get(&env, "OPENAI_BASE_URL").as_string(),
    }
}

/// Reads a JS value into an [`ArgValue`], two levels deep (enough for any options object).
pub fn read_arg(value: &JsValue) -> ArgValue {
    read_arg_at(value, 0)
}

fn read_arg_at(value: &JsValue, depth: u8) -> ArgValue {
    if value.is_undefined() {
        ArgValue::Absent
    } else if value.is_null() {
        ArgValue::Null
    } else if let Some(b) = value.as_bool() {
        ArgValue::Bool(b)
    } else if let Some(n) = value.as_f64() {
        ArgValue::Number(n)
    } else if let Some(s) = value.as_string() {
        ArgValue::String(s)
    } else if value.is_function() {
        ArgValue::Other("function")
    } else if depth > 2 {
        ArgValue::Other("nested value")
    } else if Array::is_array(value) {
        ArgValue::Array(Array::from(value).iter().map(|v| read_arg_at(&v, depth + 1)).collect())
    } else if value.is_object() {
        let entries = Object::entries(value.unchecked_ref());
        ArgValue::Object(
            entries
                .iter()
                .filter_map(|pair| {
                    let pair = Array::from(&pair);
                    Some((pair.get(0).as_string()?, read_arg_at(&pair.get(1), depth + 1)))
                })
                .collect(),
        )
    } else {
        ArgValue::Other(if value.is_bigint() { "bigint" } else { "symbol" })
    }
}

/// `target[name]`, `undefined` for a non-object target.
pub fn get(target: &JsValue, name: &str) -> JsValue {
    if !target.is_object() && !target.is_function() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `target[name] = value`.
pub fn set(target: &Object, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

//! JS values to and from the core's plain data: call arguments, the environment, and a refused
//! response body taken apart to say where it failed.

use js_sys::{Array, Function, Object, Reflect};
use pure::args::ArgValue;
use pure::config::{EnvValue, Environment};
use pure::decode::Parts;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// The runtime's `JSON.parse`, on a JS string that never crosses into the wasm.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    pub fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}

/// `target[name]`, `undefined` for a non-object target or a throwing getter.
pub fn get(target: &JsValue, name: &str) -> JsValue {
    if !target.is_object() && !target.is_function() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `target[name] = value`.
pub fn set(target: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

/// `target[name]` when it is a function.
pub fn method(target: &JsValue, name: &str) -> Option<Function> {
    get(target, name).dyn_into::<Function>().ok()
}

/// Reads a JS value into an [`ArgValue`], three levels deep (enough for any options object). A
/// `Headers` object reads as its `[name, value]` pairs.
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
    } else if depth > 3 {
        ArgValue::Other("nested value")
    } else if Array::is_array(value) {
        ArgValue::Array(
            Array::from(value)
                .iter()
                .map(|v| read_arg_at(&v, depth + 1))
                .collect(),
        )
    } else if value.is_instance_of::<web_sys::Headers>() {
        let pairs = method(value, "entries").and_then(|entries| entries.call0(value).ok());
        let pairs = pairs
            .and_then(|iterator| Array::from(&iterator).dyn_into::<Array>().ok())
            .unwrap_or_default();
        read_arg_at(&pairs, depth)
    } else if value.is_object() {
        let entries = Object::entries(value.unchecked_ref());
        ArgValue::Object(
            entries
                .iter()
                .filter_map(|pair| {
                    let pair = Array::from(&pair);
                    Some((
                        pair.get(0).as_string()?,
                        read_arg_at(&pair.get(1), depth + 1),
                    ))
                })
                .collect(),
        )
    } else {
        ArgValue::Other(if value.is_bigint() {
            "bigint"
        } else {
            "symbol"
        })
    }
}

/// The runtime's environment: browser or not, and `process.env` (Node, Bun, Deno) or `Deno.env`.
pub struct JsEnvironment;

impl Environment for JsEnvironment {
    fn is_browser(&self) -> bool {
        let global: JsValue = js_sys::global().into();
        ["window", "document", "navigator"]
            .iter()
            .all(|name| !get(&global, name).is_undefined())
    }

    fn var(&self, name: &'static str) -> EnvValue {
        let global: JsValue = js_sys::global().into();
        let name_js = JsValue::from_str(name);
        let env = get(&get(&global, "process"), "env");
        // Deno throws on a variable it was not allowed to read; that must not look like "unset".
        let value = if env.is_object() {
            Reflect::get(&env, &name_js)
        } else {
            let deno_env = get(&get(&global, "Deno"), "env");
            match method(&deno_env, "get") {
                Some(read) => read.call1(&deno_env, &name_js),
                None => Ok(JsValue::UNDEFINED),
            }
        };
        match value {
            Err(_) => EnvValue::Refused,
            Ok(value) => value.as_string().map_or(EnvValue::Unset, EnvValue::Set),
        }
    }
}

/// A parsed response body, taken apart for the core's `decode::locate` (the cold path after a
/// failed check).
pub struct JsBody(pub JsValue);

impl Parts for JsBody {
    fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
        serde_wasm_bindgen::from_value(self.0.clone()).map_err(|error| {
            let error = JsValue::from(error);
            get(&error, "message").as_string().unwrap_or_default()
        })
    }

    fn keys(&self) -> Vec<String> {
        if !self.0.is_object() || Array::is_array(&self.0) {
            return Vec::new();
        }
        Object::keys(self.0.unchecked_ref::<Object>())
            .iter()
            .filter_map(|key| key.as_string())
            .collect()
    }

    fn only(&self, key: &str) -> Self {
        let out: JsValue = Object::new().into();
        set(&out, key, &get(&self.0, key));
        JsBody(out)
    }

    fn items(&self) -> Option<Vec<Self>> {
        let array = self.0.dyn_ref::<Array>()?;
        Some(array.iter().map(JsBody).collect())
    }

    fn member(&self, key: &str) -> Self {
        JsBody(get(&self.0, key))
    }
}

//! JS values to and from the core's plain data: call arguments, parsed response bodies, the
//! environment. The only module that reads JS objects field by field.

use js_sys::{Array, Function, Object, Reflect};
use pure::args::ArgValue;
use pure::config::{EnvValue, Environment};
use pure::decode::{JsonKind, JsonView};
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

thread_local! {
    static ID_KEY: JsValue = JsValue::from_str("id");
}

/// A parsed response body seen by the core's checks.
pub struct JsJson(pub JsValue);

impl JsonView for JsJson {
    /// The usual cases first, in as few calls out of the wasm as possible: a string in one, an
    /// object in three (each call is a crossing, and a page of 100 items makes hundreds).
    fn kind(&self) -> JsonKind {
        let v = &self.0;
        if v.is_string() {
            JsonKind::String
        } else if v.is_object() {
            if Array::is_array(v) {
                JsonKind::Array
            } else {
                JsonKind::Object
            }
        } else if v.is_null() {
            JsonKind::Null
        } else if v.as_bool().is_some() {
            JsonKind::Bool
        } else if v.as_f64().is_some() {
            JsonKind::Number
        } else {
            JsonKind::Missing
        }
    }

    /// The core asks only values it has seen to be objects, so an array is never asked (its one
    /// named member, `length`, would otherwise answer), and a primitive makes `Reflect.get` throw,
    /// which reads as missing. `id` is asked of every item: its key is made once rather than
    /// copied out of the wasm a hundred times a page.
    fn field(&self, name: &str) -> Self {
        let value = if name == "id" {
            ID_KEY.with(|key| Reflect::get(&self.0, key))
        } else {
            Reflect::get(&self.0, &JsValue::from_str(name))
        };
        JsJson(value.unwrap_or(JsValue::UNDEFINED))
    }

    fn array_len(&self) -> usize {
        self.0.dyn_ref::<Array>().map_or(0, |a| a.length() as usize)
    }

    /// Asked only of a value whose kind was `Array`; anything else answers missing.
    fn at(&self, index: usize) -> Self {
        JsJson(Reflect::get_u32(&self.0, index as u32).unwrap_or(JsValue::UNDEFINED))
    }

    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }

    fn string(&self) -> Option<String> {
        self.0.as_string()
    }
}

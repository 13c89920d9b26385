//! [`Parts`] for a `serde_json` value: how native tests and fuzz targets run [`super::locate`]
//! (feature `json-view`, never in the shipped wasm).

use serde::de::DeserializeOwned;

use super::Parts;

/// A `serde_json` value taken apart.
impl Parts for serde_json::Value {
    fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
        T::deserialize(self).map_err(|e| e.to_string())
    }
    fn keys(&self) -> Vec<String> {
        self.as_object()
            .map_or_else(Vec::new, |o| o.keys().cloned().collect())
    }
    fn only(&self, key: &str) -> Self {
        let mut out = serde_json::Map::new();
        if let Some(value) = self.get(key) {
            out.insert(key.to_owned(), value.clone());
        }
        serde_json::Value::Object(out)
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn member(&self, key: &str) -> Self {
        self.get(key).cloned().unwrap_or(serde_json::Value::Null)
    }
}

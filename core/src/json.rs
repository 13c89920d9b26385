//! A JSON writer for the three request bodies (upload, rename, toggle): strings, string arrays and
//! objects of them. Hand-written because it is this small; a serializer would cost the wasm more
//! than the whole request path.

/// Builds one JSON object, member by member.
#[derive(Debug, Default)]
pub struct JsonObject {
    out: String,
}

impl JsonObject {
    /// An empty object.
    pub fn new() -> Self {
        JsonObject {
            out: String::from("{"),
        }
    }

    fn key(&mut self, name: &str) {
        if self.out.len() > 1 {
            self.out.push(',');
        }
        push_string(&mut self.out, name);
        self.out.push(':');
    }

    /// Adds `"name": "value"`.
    pub fn string(mut self, name: &str, value: &str) -> Self {
        self.key(name);
        push_string(&mut self.out, value);
        self
    }

    /// Adds `"name": "value"` when `value` is given.
    pub fn optional_string(self, name: &str, value: Option<&str>) -> Self {
        match value {
            Some(value) => self.string(name, value),
            None => self,
        }
    }

    /// Adds `"name": ["a", "b"]`.
    pub fn strings(mut self, name: &str, values: &[String]) -> Self {
        self.key(name);
        self.out.push('[');
        for (i, value) in values.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            push_string(&mut self.out, value);
        }
        self.out.push(']');
        self
    }

    /// The JSON text.
    pub fn finish(mut self) -> String {
        self.out.push('}');
        self.out
    }
}

/// Appends `text` as a JSON string: quotes, backslashes and control characters escaped.
fn push_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_parse_back_to_what_was_written() {
        let tricky = "a\"b\\c\nd\u{1}é😀";
        let text = JsonObject::new()
            .string("certificate", tricky)
            .optional_string("name", None)
            .strings("ids", &["x".into(), "y".into()])
            .finish();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            value,
            serde_json::json!({ "certificate": tricky, "ids": ["x", "y"] })
        );
        assert_eq!(JsonObject::new().finish(), "{}");
    }
}

//! Building request URLs: path segments, query strings, and the base URL check. Pure functions.
//!
//! A path id becomes exactly one path segment of its own resource: every byte but RFC 3986's
//! unreserved characters is percent-encoded, and the two ids that URL parsing would still turn into
//! a different path (`.` and `..`, dot segments, which the WHATWG parser removes even when encoded
//! as `%2E`) are refused by validation before any request ([`is_dot_segment`]).

use crate::error::{BaseUrlProblem, ConfigProblem, Error};
use crate::text::push_decimal;

/// The API's address when none is configured.
pub const DEFAULT_BASE_URL: &str = "https://api.openai.com/v1";

/// Whether `id` is a dot segment (`.` or `..`), which no percent-encoding can keep in the path.
pub fn is_dot_segment(id: &str) -> bool {
    id == "." || id == ".."
}

/// Appends `text` percent-encoded: everything but RFC 3986 unreserved characters, so that it can
/// add no path segment, query or fragment.
pub fn push_encoded(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
}

/// A request path below the base URL, built segment by segment, with its query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PathBuilder {
    path: String,
    has_query: bool,
}

impl PathBuilder {
    /// Starts at `fixed`, a path of the client's own (`/organization/certificates`), which may
    /// already have a query.
    pub fn new(fixed: &str) -> Self {
        PathBuilder {
            path: fixed.to_owned(),
            has_query: fixed.contains('?'),
        }
    }

    /// Appends one literal segment of the client's own (`activate`).
    pub fn literal(mut self, segment: &str) -> Self {
        self.path.push('/');
        self.path.push_str(segment);
        self
    }

    /// Appends a caller's id as one encoded segment. Validation has already refused dot segments.
    pub fn id(mut self, id: &str) -> Self {
        debug_assert!(!is_dot_segment(id), "validation refuses dot segments");
        self.path.push('/');
        push_encoded(&mut self.path, id);
        self
    }

    /// Appends `name=value` to the query, both encoded.
    pub fn query(mut self, name: &str, value: &str) -> Self {
        self.path.push(if self.has_query { '&' } else { '?' });
        self.has_query = true;
        push_encoded(&mut self.path, name);
        self.path.push('=');
        push_encoded(&mut self.path, value);
        self
    }

    /// Appends `name=n` to the query.
    pub fn query_number(self, name: &str, n: u64) -> Self {
        let mut value = String::new();
        push_decimal(&mut value, n);
        self.query(name, &value)
    }

    /// The path and query.
    pub fn finish(self) -> String {
        self.path
    }
}

/// Checks a base URL (http or https, a host, no credentials, query or fragment) and drops
/// trailing slashes.
pub fn normalize_base_url(raw: &str) -> Result<String, Error> {
    let invalid = |why| {
        Error::Config(ConfigProblem::BaseUrl {
            url: raw.to_owned(),
            why,
        })
    };
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))
        .ok_or_else(|| invalid(BaseUrlProblem::Scheme))?;
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() {
        return Err(invalid(BaseUrlProblem::NoHost));
    }
    if host.contains('@') {
        return Err(invalid(BaseUrlProblem::Credentials));
    }
    if rest.contains(['?', '#']) {
        return Err(invalid(BaseUrlProblem::QueryOrFragment));
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid(BaseUrlProblem::Whitespace));
    }
    Ok(raw.trim_end_matches('/').to_owned())
}

/// The origin (`scheme://host:port`) of a checked base URL.
pub fn origin_of(base_url: &str) -> &str {
    let start = base_url.find("://").map_or(0, |i| i + 3);
    match base_url[start..].find('/') {
        Some(slash) => &base_url[..start + slash],
        None => base_url,
    }
}

/// The host of a checked base URL, without port or brackets.
fn host_of(base_url: &str) -> &str {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let authority = rest.split('/').next().unwrap_or_default();
    match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    }
}

/// Whether a checked base URL points at this machine: `localhost`, `127.0.0.0/8` or `::1`. Only
/// those may use plain http without an explicit opt-in, since the key travels in every request.
pub fn is_loopback(base_url: &str) -> bool {
    let host = host_of(base_url).to_ascii_lowercase();
    let ipv4_loopback = {
        let mut octets = host.split('.');
        octets.next() == Some("127")
            && host.split('.').count() == 4
            && octets.all(|o| {
                !o.is_empty()
                    && o.len() <= 3
                    && o.bytes().all(|b| b.is_ascii_digit())
                    && o.parse::<u8>().is_ok()
            })
    };
    host == "localhost" || host.ends_with(".localhost") || host == "::1" || ipv4_loopback
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(text: &str) -> String {
        let mut out = String::new();
        push_encoded(&mut out, text);
        out
    }

    #[test]
    fn ids_cannot_change_the_path() {
        assert_eq!(encoded("../a b/c?d#e"), "..%2Fa%20b%2Fc%3Fd%23e");
        assert_eq!(encoded("cert_AZ-09.~"), "cert_AZ-09.~");
        assert_eq!(encoded("é"), "%C3%A9");
        assert!(is_dot_segment(".") && is_dot_segment(".."));
        assert!(!is_dot_segment("...") && !is_dot_segment("%2e") && !is_dot_segment(""));
    }

    #[test]
    fn paths_and_queries_are_built_in_order() {
        let path = PathBuilder::new("/organization/projects")
            .id("p 1")
            .literal("certificates");
        let path = path
            .query("after", "c&x=1")
            .query_number("limit", 5)
            .query("order", "asc")
            .finish();
        assert_eq!(
            path,
            "/organization/projects/p%201/certificates?after=c%26x%3D1&limit=5&order=asc"
        );
        assert_eq!(PathBuilder::new("/p").finish(), "/p");
    }

    #[test]
    fn loopback_hosts_are_recognised() {
        for url in [
            "http://localhost:8080/v1",
            "http://127.0.0.1/v1",
            "http://127.255.0.9:1",
            "http://[::1]:9/v1",
            "http://LOCALHOST",
        ] {
            assert!(is_loopback(url), "{url}");
        }
        for url in [
            "http://127.0.0.1.example.com/v1",
            "http://10.0.0.1/v1",
            "http://example.com",
            "http://[::2]/",
            "http://1270.0.0.1",
            "http://127.0.0.+1",
        ] {
            assert!(!is_loopback(url), "{url}");
        }
    }

    #[test]
    fn base_urls_are_checked_and_trimmed() {
        assert_eq!(
            normalize_base_url("http://127.0.0.1:1/v1/").unwrap(),
            "http://127.0.0.1:1/v1"
        );
        assert_eq!(
            normalize_base_url(DEFAULT_BASE_URL).unwrap(),
            DEFAULT_BASE_URL
        );
        let why = |url: &str| match normalize_base_url(url) {
            Err(Error::Config(ConfigProblem::BaseUrl { why, .. })) => Some(why),
            _ => None,
        };
        assert_eq!(why("ftp://x"), Some(BaseUrlProblem::Scheme));
        assert_eq!(why("api.openai.com"), Some(BaseUrlProblem::Scheme));
        assert_eq!(why("https:///v1"), Some(BaseUrlProblem::NoHost));
        assert_eq!(why("https://u:p@h/v1"), Some(BaseUrlProblem::Credentials));
        assert_eq!(
            why("https://h/v1?x=1"),
            Some(BaseUrlProblem::QueryOrFragment)
        );
        assert_eq!(why("https://h /v1"), Some(BaseUrlProblem::Whitespace));
    }

    #[test]
    fn origins_are_scheme_host_and_port() {
        assert_eq!(
            origin_of("https://api.openai.com/v1"),
            "https://api.openai.com"
        );
        assert_eq!(origin_of("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
    }
}

//! Building request URLs: percent-encoding and the base URL check. Pure functions.

use crate::error::Error;
use crate::pagination::ListQuery;

/// The API's address when none is configured.
pub const DEFAULT_BASE_URL: &str = "https://api.openai.com/v1";

/// Percent-encodes everything but RFC 3986 unreserved characters, so an id can never add a path
/// segment, a query or a fragment.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 15)] as char);
        }
    }
    out
}

/// Appends a list query to `path` (`?after=..&limit=..&order=..`, only what is set).
pub fn with_list_query(path: &str, query: &ListQuery) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(after) = &query.after {
        pairs.push(("after", encode_component(after)));
    }
    if let Some(limit) = query.limit {
        pairs.push(("limit", limit.to_string()));
    }
    if let Some(order) = query.order {
        pairs.push(("order", order.as_str().to_owned()));
    }
    let mut url = path.to_owned();
    for (i, (name, value)) in pairs.iter().enumerate() {
        url.push(if i == 0 { '?' } else { '&' });
        url.push_str(name);
        url.push('=');
        url.push_str(value);
    }
    url
}

/// Checks a base URL (http or https, a host, no query or fragment) and drops trailing slashes.
pub fn normalize_base_url(raw: &str) -> Result<String, Error> {
    let invalid = |why: &str| Error::Config(format!("baseURL {raw:?} is not usable: {why}"));
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))
        .ok_or_else(|| invalid("it must start with https:// or http://"))?;
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() {
        return Err(invalid("it has no host"));
    }
    if host.contains('@') {
        return Err(invalid("credentials in the URL are not allowed"));
    }
    if rest.contains(['?', '#']) {
        return Err(invalid("it must not have a query or fragment"));
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid("it contains whitespace"));
    }
    Ok(raw.trim_end_matches('/').to_owned())
}

/// The host of a checked base URL, without port or brackets.
fn host_of(base_url: &str) -> &str {
    let rest = base_url.split_once("://").map_or(base_url, |(_, rest)| rest);
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
        let octets: Vec<&str> = host.split('.').collect();
        octets.len() == 4 && octets[0] == "127" && octets.iter().all(|o| o.parse::<u8>().is_ok())
    };
    host == "localhost" || host.ends_with(".localhost") || host == "::1" || ipv4_loopback
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pagination::Order;

    #[test]
    fn ids_cannot_change_the_path() {
        assert_eq!(encode_component("../a b/c?d#e"), "..%2Fa%20b%2Fc%3Fd%23e");
        assert_eq!(encode_component("cert_AZ-09.~"), "cert_AZ-09.~");
        assert_eq!(encode_component("é"), "%C3%A9");
    }

    #[test]
    fn the_query_holds_only_what_is_set() {
        let q = ListQuery { after: Some("c&x=1".into()), limit: Some(5), order: Some(Order::Asc) };
        assert_eq!(with_list_query("/p", &q), "/p?after=c%26x%3D1&limit=5&order=asc");
        assert_eq!(with_list_query("/p", &ListQuery::default()), "/p");
        let q = ListQuery { order: Some(Order::Desc), ..ListQuery::default() };
        assert_eq!(with_list_query("/p", &q), "/p?order=desc");
    }

    #[test]
    fn loopback_hosts_are_recognised() {
        for url in ["http://localhost:8080/v1", "http://127.0.0.1/v1", "http://127.255.0.9:1", "http://[::1]:9/v1", "http://LOCALHOST"] {
            assert!(is_loopback(url), "{url}");
        }
        for url in ["http://127.0.0.1.example.com/v1", "http://10.0.0.1/v1", "http://example.com", "http://[::2]/", "http://1270.0.0.1"] {
            assert!(!is_loopback(url), "{url}");
        }
    }

    #[test]
    fn base_urls_are_checked_and_trimmed() {
        assert_eq!(normalize_base_url("http://127.0.0.1:1/v1/").unwrap(), "http://127.0.0.1:1/v1");
        assert_eq!(normalize_base_url(DEFAULT_BASE_URL).unwrap(), DEFAULT_BASE_URL);
        for bad in ["ftp://x", "api.openai.com", "https:///v1", "https://u:p@h/v1", "https://h/v1?x=1", "https://h /v1"] {
            assert!(matches!(normalize_base_url(bad), Err(Error::Config(_))), "{bad}");
        }
    }
}

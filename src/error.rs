//! The crate's one error type. Every failure a caller can see is a variant here; the boundary turns
//! each into a JS `Error` subclass, never a bare string.

use std::fmt;

use crate::types::ApiErrorObject;

/// Why a listing cannot continue although the server said `has_more`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaginationError {
    /// `has_more` was true but the page carried no `last_id` to continue from.
    MissingCursor,
    /// The server returned a cursor it had already returned: following it would never end.
    CursorLoop {
        /// The repeated cursor.
        cursor: String,
    },
}

/// A non-2xx answer from the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFailure {
    /// HTTP status code.
    pub status: u16,
    /// The `x-request-id` response header, for support requests.
    pub request_id: Option<String>,
    /// The API's error object when the body held one.
    pub error: Option<ApiErrorObject>,
    /// A readable message: the API's, or a trimmed excerpt of a non-JSON body.
    pub message: String,
    /// The response headers, lower-case names.
    pub headers: Vec<(String, String)>,
}

/// Everything that can go wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The client options are unusable (no key, bad `baseURL`, a key in a browser without opt-in).
    Config(String),
    /// A call argument is invalid; nothing was sent.
    InvalidParameter {
        /// The parameter's name, as the caller wrote it.
        param: String,
        /// What is wrong and what is allowed.
        message: String,
    },
    /// The API answered with an error status.
    Api(ApiFailure),
    /// No response arrived (network failure, refused connection, CORS).
    Connection(String),
    /// An attempt ran past its timeout and no retry was allowed or left.
    Timeout {
        /// The timeout, in milliseconds.
        timeout_ms: u32,
    },
    /// The caller aborted through its `AbortSignal`.
    Aborted,
    /// A successful status whose body is not what the spec describes.
    UnexpectedResponse {
        /// What is wrong, naming the field.
        message: String,
        /// The `x-request-id` response header.
        request_id: Option<String>,
    },
    /// The server's pages cannot be followed.
    Pagination(PaginationError),
}

impl Error {
    /// An [`Error::InvalidParameter`] for `param`.
    pub fn invalid(param: impl Into<String>, message: impl Into<String>) -> Self {
        Error::InvalidParameter { param: param.into(), message: message.into() }
    }

    /// The stable kind name the JS wrapper maps to an error class.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Config(_) => "config",
            Error::InvalidParameter { .. } => "invalid_parameter",
            Error::Api(_) => "api",
            Error::Connection(_) => "connection",
            Error::Timeout { .. } => "timeout",
            Error::Aborted => "aborted",
            Error::UnexpectedResponse { .. } => "unexpected_response",
            Error::Pagination(_) => "pagination",
        }
    }
}

/// A readable excerpt of a non-JSON error body (an HTML page from a proxy, say): markup dropped,
/// whitespace folded, at most 200 characters.
pub fn body_excerpt(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' | '>' => {
                // A tag separates words, like whitespace.
                in_tag = c == '<';
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            _ if in_tag => {}
            c if c.is_whitespace() => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
        if out.chars().count() >= 200 {
            break;
        }
    }
    out.trim_end().to_owned()
}

impl fmt::Display for PaginationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PaginationError::MissingCursor => f.write_str(
                "the server said has_more but sent no last_id to continue from; stopping instead of \
                 silently dropping the rest of the list",
            ),
            PaginationError::CursorLoop { cursor } => write!(
                f,
                "the server returned the cursor {cursor:?} a second time; stopping to avoid an endless \
                 listing"
            ),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(message) | Error::Connection(message) => f.write_str(message),
            Error::InvalidParameter { message, .. } => f.write_str(message),
            Error::Api(failure) => f.write_str(&failure.message),
            Error::Timeout { timeout_ms } => write!(f, "request timed out after {timeout_ms} ms"),
            Error::Aborted => f.write_str("request was aborted"),
            Error::UnexpectedResponse { message, request_id } => match request_id {
                Some(id) => write!(f, "{message} (request id {id})"),
                None => f.write_str(message),
            },
            Error::Pagination(error) => error.fmt(f),
        }
    }
}

impl From<PaginationError> for Error {
    fn from(error: PaginationError) -> Self {
        Error::Pagination(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_html_error_page_becomes_readable_text() {
        let html = "<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502  Bad Gateway</h1><hr>nginx</body></html>";
        assert_eq!(body_excerpt(html), "502 Bad Gateway 502 Bad Gateway nginx");
        assert_eq!(body_excerpt(&"x".repeat(500)).len(), 200);
        assert_eq!(body_excerpt(""), "");
    }

    #[test]
    fn pagination_errors_say_what_happened() {
        let loop_error = Error::from(PaginationError::CursorLoop { cursor: "cert_a".into() });
        assert_eq!(loop_error.kind(), "pagination");
        assert!(loop_error.to_string().contains("\"cert_a\" a second time"));
        assert!(PaginationError::MissingCursor.to_string().contains("no last_id"));
    }
}

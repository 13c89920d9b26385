//! Error kinds: every failure a caller can see, as a code plus the fields its message needs.
//!
//! Nothing here composes text. The JS wrapper turns a code and its fields into the message and the
//! error class, from one table (`pkg-template/src/error-table.mjs`), so the wasm carries no
//! formatting machinery and every message is worded in one place. [`Error::code`] is the key into
//! that table; [`CODES`] lists every code this crate can produce. `core/tests/error_table.rs`
//! checks that list against every variant, and `tests/tools/check-error-table.mjs` checks the JS
//! table, the `code()` arms here and [`CODES`] against each other.

/// A caller's value, kept only as far as an error message describes it ("got 2.5", "got an array").
#[derive(Debug, Clone, PartialEq)]
pub enum Got {
    /// `undefined`, or not given.
    Undefined,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string (the wrapper quotes it, or says "a long string").
    String(String),
    /// An array.
    Array,
    /// An object.
    Object,
    /// Anything else, by its `typeof`.
    Other(&'static str),
}

/// What is wrong with a call argument (an `InvalidParameterError`; nothing was sent).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// An options or parameters object that is not an object.
    NotAnObject {
        /// What was expected ("parameter", "option", ...).
        what: &'static str,
        /// What was passed.
        got: Got,
    },
    /// A name the call does not accept (a typo such as `limt`).
    UnknownName {
        /// What kind of name ("parameter", "option", ...).
        what: &'static str,
        /// The names that are accepted.
        allowed: &'static [&'static str],
    },
    /// A number that must be an integer in a range.
    IntegerRange {
        /// Smallest accepted.
        min: u32,
        /// Largest accepted.
        max: u32,
        /// What was passed.
        got: Got,
    },
    /// An id or cursor that must be a non-empty string.
    NonEmptyString {
        /// What was passed.
        got: Got,
    },
    /// A path id that is `.` or `..`: URL parsing would turn it into another resource's path.
    DotSegment,
    /// `toArray()` without its required `limit`.
    ToArrayLimit {
        /// The largest limit accepted.
        max: u32,
    },
    /// An upload without `certificate`.
    CertificateRequired,
    /// An upload whose certificate is over the size limit.
    CertificateTooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit in bytes.
        max: usize,
    },
    /// An upload whose text holds no PEM certificate block.
    CertificateNoBlock,
    /// A value of the wrong type.
    WrongType {
        /// What is accepted ("a string", "a boolean", "an AbortSignal", ...).
        expected: &'static str,
        /// What was passed.
        got: Got,
    },
    /// `certificate_ids` that is not an array.
    IdsNotArray {
        /// Most ids per call.
        max: usize,
        /// What was passed.
        got: Got,
    },
    /// `certificate_ids` with too few or too many ids.
    IdsCount {
        /// Most ids per call.
        max: usize,
        /// How many were passed.
        count: usize,
    },
    /// `certificate_ids` naming one id twice.
    IdsDuplicate {
        /// The repeated id.
        id: String,
    },
    /// `include` other than `['content']`.
    Include {
        /// What was passed.
        got: Got,
    },
    /// `order` other than `asc` or `desc`.
    Order {
        /// What was passed.
        got: Got,
    },
    /// A request header name that is not an HTTP token.
    HeaderName,
    /// A request header value with a line break or NUL (header injection), or not a string.
    HeaderValue,
    /// A `query` option naming a parameter the call sets itself (`after`, `limit`, ...).
    ReservedQuery,
    /// Text that is not exactly one PEM certificate (`inspectCertificate`).
    Pem {
        /// What the inspector found wrong.
        detail: String,
    },
}

impl Problem {
    /// The error table's code.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::NotAnObject { .. } => "not_an_object",
            Problem::UnknownName { .. } => "unknown_name",
            Problem::IntegerRange { .. } => "integer_range",
            Problem::NonEmptyString { .. } => "non_empty_string",
            Problem::DotSegment => "dot_segment",
            Problem::ToArrayLimit { .. } => "to_array_limit",
            Problem::CertificateRequired => "certificate_required",
            Problem::CertificateTooLarge { .. } => "certificate_too_large",
            Problem::CertificateNoBlock => "certificate_no_block",
            Problem::WrongType { .. } => "wrong_type",
            Problem::IdsNotArray { .. } => "ids_not_array",
            Problem::IdsCount { .. } => "ids_count",
            Problem::IdsDuplicate { .. } => "ids_duplicate",
            Problem::Include { .. } => "include_content",
            Problem::Order { .. } => "order",
            Problem::HeaderName => "header_name",
            Problem::HeaderValue => "header_value",
            Problem::ReservedQuery => "reserved_query",
            Problem::Pem { .. } => "pem_invalid",
        }
    }
}

/// Why the client options are unusable (an `OpenAIError` from the constructor).
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigProblem {
    /// No `adminAPIKey` and no `OPENAI_ADMIN_KEY`.
    NoAdminKey,
    /// `adminAPIKey` that is neither a non-empty string nor null.
    AdminKeyType {
        /// What was passed (an empty string is described as such).
        got: Got,
    },
    /// A key in a browser without `dangerouslyAllowBrowser`.
    KeyInBrowser,
    /// A `baseURL` that cannot be used.
    BaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        why: BaseUrlProblem,
    },
    /// Plain http to a host that is not loopback, without `allowInsecureBaseURL`.
    InsecureHttp {
        /// The base URL.
        url: String,
    },
    /// An option of the wrong type.
    OptionType {
        /// The option's name.
        name: &'static str,
        /// What is accepted.
        expected: &'static str,
        /// What was passed.
        got: Got,
    },
    /// An environment variable the runtime refused to read (Deno without `--allow-env`).
    EnvRefused {
        /// The variable.
        name: &'static str,
    },
}

impl ConfigProblem {
    /// The error table's code.
    pub fn code(&self) -> &'static str {
        match self {
            ConfigProblem::NoAdminKey => "no_admin_key",
            ConfigProblem::AdminKeyType { .. } => "admin_key_type",
            ConfigProblem::KeyInBrowser => "key_in_browser",
            ConfigProblem::BaseUrl { .. } => "base_url",
            ConfigProblem::InsecureHttp { .. } => "insecure_http",
            ConfigProblem::OptionType { .. } => "option_type",
            ConfigProblem::EnvRefused { .. } => "env_refused",
        }
    }
}

/// What is wrong with a `baseURL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseUrlProblem {
    /// Neither `https://` nor `http://`.
    Scheme,
    /// No host.
    NoHost,
    /// `user:password@` in it.
    Credentials,
    /// A query or fragment.
    QueryOrFragment,
    /// Whitespace or control characters.
    Whitespace,
}

impl BaseUrlProblem {
    /// The error table's name for the problem.
    pub fn as_str(self) -> &'static str {
        match self {
            BaseUrlProblem::Scheme => "scheme",
            BaseUrlProblem::NoHost => "no_host",
            BaseUrlProblem::Credentials => "credentials",
            BaseUrlProblem::QueryOrFragment => "query_or_fragment",
            BaseUrlProblem::Whitespace => "whitespace",
        }
    }
}

/// Why a listing cannot continue although the server said `has_more`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaginationError {
    /// `has_more` was true but the page carried no `last_id` to continue from.
    MissingCursor,
    /// The server returned a cursor this walk had already followed: going on would never end.
    CursorLoop {
        /// The repeated cursor.
        cursor: String,
    },
}

/// A non-2xx answer from the API, as received. Its body is kept as text: the JS-facing layer
/// parses it and redacts it, and every other string here, when it reports the error, before
/// anything is cut or shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFailure {
    /// HTTP status code.
    pub status: u16,
    /// The `x-request-id` response header, for support requests.
    pub request_id: Option<String>,
    /// The response headers, lower-case names.
    pub headers: Vec<(String, String)>,
    /// The body's text (at most [`MAX_ERROR_BODY_BYTES`] of it).
    pub body: String,
    /// Set when the server asked for a wait too long to sleep through: the wait, in whole seconds.
    pub retry_after_s: Option<u32>,
}

/// The most of an error body kept; an error page longer than this is cut (after the key is
/// redacted from it, since redaction runs on every string before anything is cut).
pub const MAX_ERROR_BODY_BYTES: usize = 64 * 1024;

/// Everything that can go wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A call argument is invalid; nothing was sent.
    Invalid {
        /// The parameter's name, as the caller wrote it.
        param: String,
        /// What is wrong.
        problem: Problem,
    },
    /// The client options are unusable.
    Config(ConfigProblem),
    /// The API answered with an error status.
    Api(ApiFailure),
    /// The server answered with a redirect, which the client never follows.
    Redirect {
        /// The 3xx status (0 where the runtime hides it: an opaque redirect in a browser).
        status: u16,
        /// The `Location` header, where readable.
        location: Option<String>,
    },
    /// No response arrived (network failure, refused connection, CORS).
    Connection {
        /// What the runtime said.
        detail: String,
    },
    /// An attempt ran past its timeout and no retry was allowed or left.
    Timeout {
        /// The timeout, in milliseconds.
        timeout_ms: u32,
    },
    /// The caller aborted through its `AbortSignal`.
    Aborted,
    /// A successful answer that does not read as its wire type.
    Shape {
        /// Where in the body, e.g. `data[3].id` (empty: the body itself).
        path: String,
        /// What serde said, e.g. "invalid type: integer `7`, expected a string".
        detail: String,
        /// The `x-request-id` response header.
        request_id: Option<String>,
    },
    /// A successful answer whose body is not JSON.
    NotJson {
        /// What the runtime's parser said.
        detail: String,
        /// The `x-request-id` response header.
        request_id: Option<String>,
    },
    /// The server's pages cannot be followed.
    Pagination(PaginationError),
}

impl Error {
    /// An [`Error::Invalid`] for `param`.
    pub fn invalid(param: &str, problem: Problem) -> Self {
        Error::Invalid {
            param: param.to_owned(),
            problem,
        }
    }

    /// The error table's code: it picks the error class and the message.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { problem, .. } => problem.code(),
            Error::Config(problem) => problem.code(),
            Error::Api(_) => "api",
            Error::Redirect { .. } => "redirect",
            Error::Connection { .. } => "connection",
            Error::Timeout { .. } => "timeout",
            Error::Aborted => "aborted",
            Error::Shape { .. } => "unexpected_shape",
            Error::NotJson { .. } => "not_json",
            Error::Pagination(PaginationError::MissingCursor) => "missing_cursor",
            Error::Pagination(PaginationError::CursorLoop { .. }) => "cursor_loop",
        }
    }
}

impl From<PaginationError> for Error {
    fn from(error: PaginationError) -> Self {
        Error::Pagination(error)
    }
}

/// Every code [`Error::code`] can return: the keys the JS error table must have.
pub const CODES: &[&str] = &[
    "not_an_object",
    "unknown_name",
    "integer_range",
    "non_empty_string",
    "dot_segment",
    "to_array_limit",
    "certificate_required",
    "certificate_too_large",
    "certificate_no_block",
    "wrong_type",
    "ids_not_array",
    "ids_count",
    "ids_duplicate",
    "include_content",
    "order",
    "header_name",
    "header_value",
    "reserved_query",
    "pem_invalid",
    "no_admin_key",
    "admin_key_type",
    "key_in_browser",
    "base_url",
    "insecure_http",
    "option_type",
    "env_refused",
    "api",
    "redirect",
    "connection",
    "timeout",
    "aborted",
    "unexpected_shape",
    "not_json",
    "missing_cursor",
    "cursor_loop",
];

/// A readable excerpt of a non-JSON error body (an HTML page from a proxy, say): markup dropped,
/// whitespace folded, at most [`EXCERPT_CHARS`] characters. Callers pass text that is already
/// redacted, so a cut can never leave part of the key behind.
pub fn body_excerpt(text: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut in_tag = false;
    let mut space = false;
    for c in text.chars() {
        let separator = match c {
            '<' => {
                in_tag = true;
                true
            }
            '>' => {
                in_tag = false;
                true
            }
            _ if in_tag => continue,
            c => c.is_whitespace(),
        };
        if separator {
            space = count > 0;
            continue;
        }
        if space {
            if count + 1 >= EXCERPT_CHARS {
                break;
            }
            out.push(' ');
            count += 1;
            space = false;
        }
        out.push(c);
        count += 1;
        if count >= EXCERPT_CHARS {
            break;
        }
    }
    out
}

/// Most characters of an error-body excerpt.
pub const EXCERPT_CHARS: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_html_error_page_becomes_readable_text() {
        let html = "<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502  Bad Gateway</h1><hr>nginx</body></html>";
        assert_eq!(body_excerpt(html), "502 Bad Gateway 502 Bad Gateway nginx");
        assert_eq!(body_excerpt(&"x".repeat(500)).len(), 200);
        assert_eq!(body_excerpt(&"ab ".repeat(300)).chars().count(), 200);
        assert_eq!(body_excerpt(""), "");
        assert_eq!(body_excerpt("  <p> </p> "), "");
    }

    #[test]
    fn every_code_is_listed_once() {
        let mut sorted = CODES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), CODES.len());
        let samples = [
            Error::Aborted.code(),
            Error::Timeout { timeout_ms: 1 }.code(),
            Error::from(PaginationError::MissingCursor).code(),
            Error::invalid("x", Problem::DotSegment).code(),
            Error::Config(ConfigProblem::NoAdminKey).code(),
        ];
        for code in samples {
            assert!(CODES.contains(&code), "{code}");
        }
    }
}

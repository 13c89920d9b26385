//! Client configuration: the constructor's options resolved against the environment. Pure.

use crate::args::{ArgValue, Args};
use crate::error::Error;
use crate::secret::AdminKey;
use crate::url::{is_loopback, normalize_base_url, DEFAULT_BASE_URL};
use crate::validation::{settings_from, CallSettings};

/// The constructor options this client understands.
pub const CLIENT_OPTIONS: &[&str] = &[
    "adminAPIKey",
    "baseURL",
    "fetch",
    "dangerouslyAllowBrowser",
    "allowInsecureBaseURL",
    "timeout",
    "maxRetries",
];

/// What the boundary read from the JS environment.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// Running in a browser page (`window`, `document` and `navigator` exist).
    pub is_browser: bool,
    /// `OPENAI_ADMIN_KEY` from `process.env`, where there is one.
    pub admin_key: Option<String>,
    /// `OPENAI_BASE_URL` from `process.env`, where there is one.
    pub base_url: Option<String>,
}

/// A usable configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    /// The key; `None` when the caller passed `adminAPIKey: null` (a proxy adds it).
    pub admin_key: Option<AdminKey>,
    /// The API root, without a trailing slash.
    pub base_url: String,
    /// Timeout and retries of every call that does not set its own.
    pub defaults: CallSettings,
}

/// Resolves the constructor options (already read into `options`) against `env`.
pub fn resolve(options: ArgValue, env: &Environment) -> Result<ClientConfig, Error> {
    let options = Args::from_value("option", options, CLIENT_OPTIONS)?;
    let admin_key = match options.get("adminAPIKey") {
        ArgValue::Null => None,
        ArgValue::Absent => match env.admin_key.as_deref() {
            Some(key) if !key.is_empty() => Some(AdminKey::new(key.to_owned())),
            _ => return Err(Error::Config(
                "no admin key: pass { adminAPIKey } or set the OPENAI_ADMIN_KEY environment variable \
                 (pass adminAPIKey: null to send no key, e.g. to a proxy that adds it)"
                    .into(),
            )),
        },
        ArgValue::String(key) if !key.is_empty() => Some(AdminKey::new(key.clone())),
        other => {
            return Err(Error::Config(format!(
                "adminAPIKey must be a non-empty string or null, got {}",
                match other {
                    ArgValue::String(_) => "an empty string".to_owned(),
                    other => other.describe(),
                }
            )))
        }
    };
    let allow_browser = flag(&options, "dangerouslyAllowBrowser")?;
    if env.is_browser && admin_key.is_some() && !allow_browser {
        return Err(Error::Config(
            "refusing to use an admin key in a browser: anyone who can run script on the page can read \
             it. Point baseURL at a proxy that adds the key and pass adminAPIKey: null, or pass \
             dangerouslyAllowBrowser: true for a local tool where that risk is acceptable."
                .into(),
        ));
    }
    let base_url = match options.get("baseURL") {
        ArgValue::String(url) => normalize_base_url(url)?,
        v if v.is_missing() => normalize_base_url(env.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?,
        other => return Err(Error::Config(format!("baseURL must be a string, got {}", other.describe()))),
    };
    if base_url.starts_with("http://") && !is_loopback(&base_url) && !flag(&options, "allowInsecureBaseURL")? {
        return Err(Error::Config(format!(
            "refusing to send the admin key over plain http to {base_url}: use https, a loopback address \
             (localhost, 127.0.0.1, ::1), or pass allowInsecureBaseURL: true"
        )));
    }
    let defaults = settings_from(&options, CallSettings::default())?;
    match options.get("fetch") {
        v if v.is_missing() => {}
        ArgValue::Other("function") => {}
        other => return Err(Error::Config(format!("fetch must be a function, got {}", other.describe()))),
    }
    Ok(ClientConfig { admin_key, base_url, defaults })
}

fn flag(options: &Args, name: &str) -> Result<bool, Error> {
    match options.get(name) {
        v if v.is_missing() => Ok(false),
        ArgValue::Bool(b) => Ok(*b),
        other => Err(Error::Config(format!("{name} must be a boolean, got {}", other.describe()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(entries: &[(&str, ArgValue)]) -> ArgValue {
        ArgValue::Object(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    fn key(k: &str) -> (&'static str, ArgValue) {
        ("adminAPIKey", ArgValue::String(k.into()))
    }

    #[test]
    fn defaults_come_from_the_environment_then_the_public_api() {
        let env = Environment { admin_key: Some("sk-env".into()), ..Environment::default() };
        let config = resolve(ArgValue::Absent, &env).unwrap();
        assert_eq!(config.admin_key, Some(AdminKey::new("sk-env".into())));
        assert_eq!(config.base_url, DEFAULT_BASE_URL);
        let env = Environment { base_url: Some("http://127.0.0.1:9/v1/".into()), ..env };
        assert_eq!(resolve(options(&[key("sk-x")]), &env).unwrap().base_url, "http://127.0.0.1:9/v1");
    }

    #[test]
    fn a_missing_key_is_a_clear_error() {
        let err = resolve(options(&[]), &Environment::default()).unwrap_err();
        assert!(err.to_string().starts_with("no admin key: pass { adminAPIKey }"), "{err}");
        let err = resolve(options(&[key("")]), &Environment::default()).unwrap_err();
        assert_eq!(err.to_string(), "adminAPIKey must be a non-empty string or null, got an empty string");
    }

    #[test]
    fn null_key_means_no_authorization() {
        let config = resolve(options(&[("adminAPIKey", ArgValue::Null)]), &Environment::default()).unwrap();
        assert_eq!(config.admin_key, None);
    }

    #[test]
    fn a_key_in_a_browser_needs_the_opt_in() {
        let browser = Environment { is_browser: true, ..Environment::default() };
        let err = resolve(options(&[key("sk-a")]), &browser).unwrap_err();
        assert!(err.to_string().contains("proxy"), "{err}");
        assert!(!err.to_string().contains("sk-a"));
        let allowed = options(&[key("sk-a"), ("dangerouslyAllowBrowser", ArgValue::Bool(true))]);
        assert!(resolve(allowed, &browser).is_ok());
        assert!(resolve(options(&[("adminAPIKey", ArgValue::Null)]), &browser).is_ok());
    }

    #[test]
    fn plain_http_is_only_for_loopback_unless_allowed() {
        let env = Environment::default();
        let url = |u: &str| ("baseURL", ArgValue::String(u.into()));
        assert!(resolve(options(&[key("sk-a"), url("http://localhost:8080/v1")]), &env).is_ok());
        let err = resolve(options(&[key("sk-a"), url("http://proxy.internal/v1")]), &env).unwrap_err();
        assert!(err.to_string().starts_with("refusing to send the admin key over plain http"), "{err}");
        let allowed = options(&[key("sk-a"), url("http://proxy.internal/v1"), ("allowInsecureBaseURL", ArgValue::Bool(true))]);
        assert!(resolve(allowed, &env).is_ok());
    }

    #[test]
    fn timeout_and_retries_become_the_call_defaults() {
        let config = resolve(options(&[key("sk-a"), ("timeout", ArgValue::Number(1000.0)), ("maxRetries", ArgValue::Number(5.0))]), &Environment::default()).unwrap();
        assert_eq!(config.defaults, CallSettings { timeout_ms: 1000, max_retries: 5, prefetch: 1 });
        assert!(resolve(options(&[key("sk-a"), ("maxRetries", ArgValue::Number(1.5))]), &Environment::default()).is_err());
    }

    #[test]
    fn bad_options_are_refused_without_echoing_the_key() {
        let err = resolve(options(&[key("sk-secret"), ("apiKey", ArgValue::Null)]), &Environment::default())
            .unwrap_err();
        assert!(err.to_string().starts_with("unknown option `apiKey`"), "{err}");
        let err = resolve(options(&[key("sk-secret"), ("fetch", ArgValue::Number(1.0))]), &Environment::default())
            .unwrap_err();
        assert_eq!(err.to_string(), "fetch must be a function, got 1");
        let err = resolve(options(&[key("sk-secret"), ("baseURL", ArgValue::String("x".into()))]), &Environment::default())
            .unwrap_err();
        assert!(!format!("{err} {err:?}").contains("sk-secret"));
    }
}

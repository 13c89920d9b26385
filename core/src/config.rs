//! Client configuration: the constructor's options checked against the environment. Pure: the
//! JS-facing layer reads the environment and hands over plain values.

use crate::args::{ArgValue, Args};
use crate::error::{ConfigProblem, Error, Got};
use crate::options::{headers, object_option, query, settings_from, CallSettings, Layer};
use crate::redact::AdminKey;
use crate::url::{is_loopback, normalize_base_url, DEFAULT_BASE_URL};

/// The options the constructor accepts.
pub const CLIENT_OPTIONS: &[&str] = &[
    "adminAPIKey",
    "baseURL",
    "fetch",
    "fetchOptions",
    "dangerouslyAllowBrowser",
    "allowInsecureBaseURL",
    "timeout",
    "maxRetries",
    "defaultHeaders",
    "defaultQuery",
    "logLevel",
    "logger",
];

/// The environment variable with the admin key.
pub const ADMIN_KEY_VAR: &str = "OPENAI_ADMIN_KEY";
/// The environment variable with the base URL.
pub const BASE_URL_VAR: &str = "OPENAI_BASE_URL";

/// One environment variable, as the runtime answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvValue {
    /// Not set (or no environment at all, as in browsers).
    Unset,
    /// Its value.
    Set(String),
    /// The runtime refused to read it (Deno without `--allow-env`).
    Refused,
}

/// What the runtime offers, read only when an option is missing.
pub trait Environment {
    /// Whether this is a browser page (`window`, `document` and `navigator` exist).
    fn is_browser(&self) -> bool;
    /// The variable `name`.
    fn var(&self, name: &'static str) -> EnvValue;
}

/// How much the client logs, from quiet to chatty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogLevel {
    /// Nothing.
    Off,
    /// Errors.
    Error,
    /// Warnings and errors (the official SDK's default).
    Warn,
    /// Retries too.
    Info,
    /// Every request and response too.
    Debug,
}

impl LogLevel {
    /// The level's name, as the `logLevel` option and the logger's methods spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            LogLevel::Off => "off",
            LogLevel::Error => "error",
            LogLevel::Warn => "warn",
            LogLevel::Info => "info",
            LogLevel::Debug => "debug",
        }
    }
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
    /// `defaultHeaders`.
    pub headers: Layer,
    /// `defaultQuery`.
    pub query: Layer,
    /// `logLevel`.
    pub log_level: LogLevel,
}

/// Resolves the constructor options (already read into `options`) against `env`.
pub fn resolve(options: ArgValue, env: &dyn Environment) -> Result<ClientConfig, Error> {
    let options = Args::from_value("option", options, CLIENT_OPTIONS)?;
    let fail = |problem| Err(Error::Config(problem));
    let admin_key = match options.get("adminAPIKey") {
        ArgValue::Null => None,
        ArgValue::Absent => match env.var(ADMIN_KEY_VAR) {
            EnvValue::Set(key) if !key.is_empty() => Some(AdminKey::new(key)),
            EnvValue::Refused => {
                return fail(ConfigProblem::EnvRefused {
                    name: ADMIN_KEY_VAR,
                })
            }
            _ => return fail(ConfigProblem::NoAdminKey),
        },
        ArgValue::String(key) if !key.is_empty() => Some(AdminKey::new(key.clone())),
        // Never the value itself: it may be the key, misplaced.
        ArgValue::String(_) => {
            return fail(ConfigProblem::AdminKeyType {
                got: Got::String(String::new()),
            })
        }
        other => {
            return fail(ConfigProblem::AdminKeyType {
                got: Got::from(other),
            })
        }
    };
    let allow_browser = flag(&options, "dangerouslyAllowBrowser")?;
    if admin_key.is_some() && !allow_browser && env.is_browser() {
        return fail(ConfigProblem::KeyInBrowser);
    }
    let base_url = match options.get("baseURL") {
        ArgValue::String(url) => normalize_base_url(url)?,
        v if v.is_missing() => match env.var(BASE_URL_VAR) {
            EnvValue::Set(url) => normalize_base_url(&url)?,
            EnvValue::Refused => return fail(ConfigProblem::EnvRefused { name: BASE_URL_VAR }),
            EnvValue::Unset => DEFAULT_BASE_URL.to_owned(),
        },
        other => {
            return fail(ConfigProblem::OptionType {
                name: "baseURL",
                expected: "a string",
                got: Got::from(other),
            })
        }
    };
    if base_url.starts_with("http://")
        && !is_loopback(&base_url)
        && !flag(&options, "allowInsecureBaseURL")?
    {
        return fail(ConfigProblem::InsecureHttp { url: base_url });
    }
    match options.get("fetch") {
        v if v.is_missing() => {}
        ArgValue::Other("function") => {}
        other => {
            return fail(ConfigProblem::OptionType {
                name: "fetch",
                expected: "a function",
                got: Got::from(other),
            })
        }
    }
    object_option("fetchOptions", options.get("fetchOptions"))?;
    object_option("logger", options.get("logger"))?;
    Ok(ClientConfig {
        admin_key,
        base_url,
        defaults: settings_from(&options, CallSettings::default())?,
        headers: headers("defaultHeaders", options.get("defaultHeaders"))?,
        query: query("defaultQuery", options.get("defaultQuery"))?,
        log_level: log_level(options.get("logLevel"))?,
    })
}

fn log_level(value: &ArgValue) -> Result<LogLevel, Error> {
    const LEVELS: [LogLevel; 5] = [
        LogLevel::Off,
        LogLevel::Error,
        LogLevel::Warn,
        LogLevel::Info,
        LogLevel::Debug,
    ];
    let named = match value {
        v if v.is_missing() => return Ok(LogLevel::Warn),
        ArgValue::String(name) => LEVELS.iter().copied().find(|level| level.as_str() == name),
        _ => None,
    };
    named.ok_or_else(|| {
        let expected = "'off', 'error', 'warn', 'info' or 'debug'";
        Error::Config(ConfigProblem::OptionType {
            name: "logLevel",
            expected,
            got: Got::from(value),
        })
    })
}

fn flag(options: &Args, name: &'static str) -> Result<bool, Error> {
    match options.get(name) {
        v if v.is_missing() => Ok(false),
        ArgValue::Bool(b) => Ok(*b),
        other => Err(Error::Config(ConfigProblem::OptionType {
            name,
            expected: "a boolean",
            got: Got::from(other),
        })),
    }
}

#[cfg(test)]
mod tests;

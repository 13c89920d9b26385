use super::*;
use crate::error::{BaseUrlProblem, Problem};

/// A scripted environment.
#[derive(Default)]
struct Env {
    browser: bool,
    vars: Vec<(&'static str, EnvValue)>,
}

impl Environment for Env {
    fn is_browser(&self) -> bool {
        self.browser
    }
    fn var(&self, name: &'static str) -> EnvValue {
        self.vars
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(EnvValue::Unset, |(_, v)| v.clone())
    }
}

fn env(vars: &[(&'static str, &str)]) -> Env {
    Env {
        browser: false,
        vars: vars
            .iter()
            .map(|(n, v)| (*n, EnvValue::Set(v.to_string())))
            .collect(),
    }
}

use crate::tests::object as options;

fn key(k: &str) -> (&'static str, ArgValue) {
    ("adminAPIKey", ArgValue::String(k.into()))
}

fn problem(result: Result<ClientConfig, Error>) -> ConfigProblem {
    match result {
        Err(Error::Config(problem)) => problem,
        other => panic!("expected a configuration problem, got {other:?}"),
    }
}

#[test]
fn defaults_come_from_the_environment_then_the_public_api() {
    let config = resolve(ArgValue::Absent, &env(&[(ADMIN_KEY_VAR, "sk-env")])).unwrap();
    assert_eq!(config.admin_key, Some(AdminKey::new("sk-env".into())));
    assert_eq!(config.base_url, DEFAULT_BASE_URL);
    assert_eq!(config.log_level, LogLevel::Warn);
    let with_url = env(&[
        (ADMIN_KEY_VAR, "sk-env"),
        (BASE_URL_VAR, "http://127.0.0.1:9/v1/"),
    ]);
    assert_eq!(
        resolve(options(&[key("sk-x")]), &with_url)
            .unwrap()
            .base_url,
        "http://127.0.0.1:9/v1"
    );
}

#[test]
fn a_missing_key_is_a_clear_error() {
    assert_eq!(
        problem(resolve(options(&[]), &Env::default())),
        ConfigProblem::NoAdminKey
    );
    assert_eq!(
        problem(resolve(options(&[key("")]), &Env::default())),
        ConfigProblem::AdminKeyType {
            got: Got::String(String::new())
        }
    );
    assert_eq!(
        problem(resolve(
            options(&[("adminAPIKey", ArgValue::Number(1.0))]),
            &Env::default()
        )),
        ConfigProblem::AdminKeyType {
            got: Got::Number(1.0)
        }
    );
}

#[test]
fn a_variable_the_runtime_refuses_fails_loudly_never_silently() {
    let refused = |name| Env {
        browser: false,
        vars: vec![(name, EnvValue::Refused)],
    };
    assert_eq!(
        problem(resolve(options(&[]), &refused(ADMIN_KEY_VAR))),
        ConfigProblem::EnvRefused {
            name: ADMIN_KEY_VAR
        }
    );
    assert_eq!(
        problem(resolve(options(&[key("sk-a")]), &refused(BASE_URL_VAR))),
        ConfigProblem::EnvRefused { name: BASE_URL_VAR }
    );
    // Given as options, the variables are never read.
    let both = Env {
        browser: false,
        vars: vec![
            (ADMIN_KEY_VAR, EnvValue::Refused),
            (BASE_URL_VAR, EnvValue::Refused),
        ],
    };
    let explicit = options(&[
        key("sk-a"),
        ("baseURL", ArgValue::String("https://h/v1".into())),
    ]);
    assert!(resolve(explicit, &both).is_ok());
}

#[test]
fn null_key_means_no_authorization() {
    let config = resolve(options(&[("adminAPIKey", ArgValue::Null)]), &Env::default()).unwrap();
    assert_eq!(config.admin_key, None);
}

#[test]
fn a_key_in_a_browser_needs_the_opt_in() {
    let browser = Env {
        browser: true,
        ..Env::default()
    };
    assert_eq!(
        problem(resolve(options(&[key("sk-a")]), &browser)),
        ConfigProblem::KeyInBrowser
    );
    let allowed = options(&[
        key("sk-a"),
        ("dangerouslyAllowBrowser", ArgValue::Bool(true)),
    ]);
    assert!(resolve(allowed, &browser).is_ok());
    assert!(resolve(options(&[("adminAPIKey", ArgValue::Null)]), &browser).is_ok());
}

#[test]
fn plain_http_is_only_for_loopback_unless_allowed() {
    let url = |u: &str| ("baseURL", ArgValue::String(u.into()));
    assert!(resolve(
        options(&[key("sk-a"), url("http://localhost:8080/v1")]),
        &Env::default()
    )
    .is_ok());
    let refused = problem(resolve(
        options(&[key("sk-a"), url("http://proxy.internal/v1")]),
        &Env::default(),
    ));
    assert_eq!(
        refused,
        ConfigProblem::InsecureHttp {
            url: "http://proxy.internal/v1".into()
        }
    );
    let allowed = options(&[
        key("sk-a"),
        url("http://proxy.internal/v1"),
        ("allowInsecureBaseURL", ArgValue::Bool(true)),
    ]);
    assert!(resolve(allowed, &Env::default()).is_ok());
    let bad = problem(resolve(options(&[key("sk-a"), url("x")]), &Env::default()));
    assert_eq!(
        bad,
        ConfigProblem::BaseUrl {
            url: "x".into(),
            why: BaseUrlProblem::Scheme
        }
    );
}

#[test]
fn call_defaults_headers_query_and_log_level_are_options_too() {
    let config = resolve(
        options(&[
            key("sk-a"),
            ("timeout", ArgValue::Number(1000.0)),
            ("maxRetries", ArgValue::Number(5.0)),
            (
                "defaultHeaders",
                options(&[("X-Team", ArgValue::String("pki".into()))]),
            ),
            ("defaultQuery", options(&[("beta", ArgValue::Bool(true))])),
            ("logLevel", ArgValue::String("debug".into())),
        ]),
        &Env::default(),
    )
    .unwrap();
    assert_eq!(
        config.defaults,
        CallSettings {
            timeout_ms: 1000,
            max_retries: 5,
            prefetch: 1
        }
    );
    assert_eq!(
        config.headers,
        vec![("x-team".to_owned(), Some("pki".to_owned()))]
    );
    assert_eq!(
        config.query,
        vec![("beta".to_owned(), Some("true".to_owned()))]
    );
    assert_eq!(config.log_level, LogLevel::Debug);
    assert!(resolve(
        options(&[key("sk-a"), ("maxRetries", ArgValue::Number(1.5))]),
        &Env::default()
    )
    .is_err());
    assert!(matches!(
        problem(resolve(
            options(&[key("sk-a"), ("logLevel", ArgValue::String("loud".into()))]),
            &Env::default()
        )),
        ConfigProblem::OptionType {
            name: "logLevel",
            ..
        }
    ));
}

#[test]
fn bad_options_are_refused_without_echoing_the_key() {
    let err = resolve(
        options(&[key("sk-secret"), ("apiKey", ArgValue::Null)]),
        &Env::default(),
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::Invalid { ref param, problem: Problem::UnknownName { what: "option", .. } } if param == "apiKey")
    );
    let err = problem(resolve(
        options(&[key("sk-secret"), ("fetch", ArgValue::Number(1.0))]),
        &Env::default(),
    ));
    assert_eq!(
        err,
        ConfigProblem::OptionType {
            name: "fetch",
            expected: "a function",
            got: Got::Number(1.0)
        }
    );
    let err = resolve(
        options(&[key("sk-secret"), ("baseURL", ArgValue::String("x".into()))]),
        &Env::default(),
    )
    .unwrap_err();
    assert!(!format!("{err:?}").contains("sk-secret"));
}

//! OpenAI's upload rules on certificates generated for each (tests/fixtures/certs/rules, made by
//! generate-rules.sh with fixed dates), read at a fixed "now".

use super::*;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../../../tests/fixtures/certs/rules/", $name))
    };
}
const GOOD: &str = fixture!("good.pem");
const EXPIRED_CA: &str = fixture!("expired.pem");
const EXPIRING: &str = fixture!("expiring.pem");
const NOT_CA: &str = fixture!("not-ca.pem");
const KEY_USAGE: &str = fixture!("key-usage.pem");
const NO_IDENTIFIERS: &str = fixture!("no-identifiers.pem");
const BUNDLE: &str = fixture!("bundle.pem");

/// 2029-12-31T12:00:00Z: 12 hours before expiring.pem's notAfter (2030-01-01T00:00:00Z).
const NOW: i64 = 1_893_412_800;

fn codes(pem: &str, now: i64) -> Vec<&'static str> {
    inspect(pem, now)
        .rules
        .iter()
        .map(|r| r.code.as_str())
        .collect()
}

#[test]
fn a_good_ca_breaks_no_rule() {
    let inspection = inspect(GOOD, NOW);
    assert_eq!(inspection.rules, []);
    assert!(inspection.certificate.unwrap().is_ca);
}

#[test]
fn each_fixture_reports_its_rule() {
    for (name, pem, expected) in [
        ("expired", EXPIRED_CA, &["expired"][..]),
        ("expiring in 12 hours", EXPIRING, &["expires_within_a_day"]),
        ("not a CA", NOT_CA, &["not_ca"]),
        (
            "key usage without the bits",
            KEY_USAGE,
            &["key_usage_without_cert_sign"],
        ),
        (
            "no identifiers",
            NO_IDENTIFIERS,
            &["no_subject_key_identifier", "no_authority_key_identifier"],
        ),
        ("a bundle of two", BUNDLE, &["multiple_certificates"]),
    ] {
        assert_eq!(codes(pem, NOW), expected, "{name}");
    }
}

#[test]
fn severities_follow_the_documented_rules() {
    let severity = |pem| inspect(pem, NOW).rules[0].code.severity();
    assert_eq!(severity(EXPIRED_CA), Severity::Error);
    assert_eq!(severity(EXPIRING), Severity::Error);
    assert_eq!(severity(NOT_CA), Severity::Error);
    assert_eq!(severity(KEY_USAGE), Severity::Warning);
    assert_eq!(severity(NO_IDENTIFIERS), Severity::Warning);
    assert_eq!(severity(BUNDLE), Severity::Warning);
    let table: Vec<_> = RuleCode::ALL
        .iter()
        .map(|c| (c.as_str(), c.severity().as_str()))
        .collect();
    assert_eq!(
        table,
        [
            ("no_certificate", "error"),
            ("too_large", "error"),
            ("expired", "error"),
            ("expires_within_a_day", "error"),
            ("not_ca", "error"),
            ("key_usage_without_cert_sign", "warning"),
            ("no_subject_key_identifier", "warning"),
            ("no_authority_key_identifier", "warning"),
            ("multiple_certificates", "warning"),
        ]
    );
}

#[test]
fn the_day_boundary_is_more_than_one_day() {
    let expires_at = inspect_pem(EXPIRING).unwrap().expires_at;
    assert_eq!(expires_at, NOW + 12 * 3600);
    assert_eq!(codes(EXPIRING, expires_at - 86_401), Vec::<&str>::new());
    assert_eq!(
        codes(EXPIRING, expires_at - 86_400),
        ["expires_within_a_day"]
    );
    assert_eq!(codes(EXPIRING, expires_at - 1), ["expires_within_a_day"]);
    assert_eq!(codes(EXPIRING, expires_at), ["expired"]);
    let message = &inspect(EXPIRING, NOW).rules[0].message;
    assert!(message.contains("expires in 12 hours"), "{message}");
    assert!(message.contains("more than one day"), "{message}");
    let message = &inspect(EXPIRED_CA, NOW).rules[0].message;
    assert!(message.contains("expired 3286 days ago"), "{message}");
}

#[test]
fn the_bundle_reads_its_first_certificate_and_counts_the_rest() {
    let inspection = inspect(BUNDLE, NOW);
    assert_eq!(inspection.certificate, inspect_pem(GOOD));
    let message = &inspection.rules[0].message;
    assert!(message.contains("holds 2 certificates"), "{message}");
    assert!(message.contains("CN=good (test only)"), "{message}");
    // The rules are those of the first certificate (not-ca.pem comes second).
    assert_eq!(
        codes(&format!("{NOT_CA}{GOOD}"), NOW),
        ["not_ca", "multiple_certificates"]
    );
}

#[test]
fn over_16_kb_is_an_error_reported_with_the_certificate() {
    let limit = crate::validation::MAX_CERTIFICATE_BYTES;
    let at_limit = format!("{GOOD}{}", " ".repeat(limit - GOOD.len()));
    assert_eq!(codes(&at_limit, NOW), Vec::<&str>::new());
    let over = format!("{at_limit} ");
    let inspection = inspect(&over, NOW);
    assert_eq!(inspection.certificate, inspect_pem(GOOD));
    assert_eq!(codes(&over, NOW), ["too_large"]);
    assert_eq!(inspection.rules[0].code.severity(), Severity::Error);
    let message = &inspection.rules[0].message;
    assert!(message.contains("16 KB (16384 bytes)"), "{message}");
}

#[test]
fn no_certificate_is_an_error_that_says_why() {
    for (text, why) in [
        ("", "no -----BEGIN CERTIFICATE----- block found"),
        ("hello", "no -----BEGIN CERTIFICATE----- block found"),
        (NOT_A_CERT, "not an X.509 certificate"),
        (
            "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBtg\n-----END PRIVATE KEY-----\n",
            "must never be shared",
        ),
    ] {
        let inspection = inspect(text, NOW);
        assert!(inspection.certificate.is_err(), "{text:?}");
        assert_eq!(codes(text, NOW), ["no_certificate"], "{text:?}");
        assert!(inspection.rules[0].message.contains(why), "{text:?}");
    }
    let huge = "A".repeat(1 << 20);
    assert_eq!(codes(&huge, NOW), ["no_certificate", "too_large"]);
}

#[test]
fn the_older_fixtures_break_the_rules_they_should() {
    // ca.pem: a CA with its own SKI; self-signed by `req -x509`, which adds an AKI too.
    assert_eq!(codes(CA, NOW), Vec::<&str>::new());
    // leaf.pem: a client certificate, uploaded by mistake instead of its CA.
    let leaf = codes(LEAF, NOW);
    assert!(
        leaf.starts_with(&["not_ca", "key_usage_without_cert_sign"]),
        "{leaf:?}"
    );
    assert_eq!(codes(EXPIRED, NOW)[..2], ["expired", "not_ca"]);
}

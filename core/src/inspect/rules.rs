//! OpenAI's documented rules for an uploaded CA certificate (the mutual TLS guide), checked on an
//! inspected text: each rule's code and severity are written once, in [`RuleCode::spec`].
//!
//! Errors are what OpenAI refuses, so an upload that breaks one would fail; warnings are what it
//! recommends, or what it silently ignores (every certificate of a bundle after the first).

use super::{InspectError, Read};
use crate::validation::MAX_CERTIFICATE_BYTES;

/// How long a certificate must still be valid after upload, in seconds: more than one day.
const MIN_VALIDITY_AFTER_UPLOAD_S: i64 = 86_400;

/// Whether breaking a rule makes OpenAI refuse the upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// OpenAI refuses the upload.
    Error,
    /// OpenAI accepts it, but the certificate is not what its guide asks for.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as JavaScript sees it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One documented upload rule, by what breaks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleCode {
    /// The text holds no readable certificate.
    NoCertificate,
    /// The text is over OpenAI's size limit ([`MAX_CERTIFICATE_BYTES`]).
    TooLarge,
    /// The certificate has expired.
    Expired,
    /// The certificate expires within a day; OpenAI requires more than one day after upload.
    ExpiresWithinADay,
    /// Basic constraints do not say `cA: true`.
    NotCa,
    /// Key Usage is present without Certificate Sign or without CRL Sign.
    KeyUsageWithoutCertSign,
    /// No Subject Key Identifier extension.
    NoSubjectKeyIdentifier,
    /// No Authority Key Identifier extension.
    NoAuthorityKeyIdentifier,
    /// More than one certificate in the text: OpenAI uses only the first.
    MultipleCertificates,
}

impl RuleCode {
    /// Every rule, in the order they are reported (errors first).
    pub const ALL: [RuleCode; 9] = [
        RuleCode::NoCertificate,
        RuleCode::TooLarge,
        RuleCode::Expired,
        RuleCode::ExpiresWithinADay,
        RuleCode::NotCa,
        RuleCode::KeyUsageWithoutCertSign,
        RuleCode::NoSubjectKeyIdentifier,
        RuleCode::NoAuthorityKeyIdentifier,
        RuleCode::MultipleCertificates,
    ];

    /// The rule's code, as JavaScript sees it, and its severity: the one table of the rules.
    pub fn spec(self) -> (&'static str, Severity) {
        match self {
            RuleCode::NoCertificate => ("no_certificate", Severity::Error),
            RuleCode::TooLarge => ("too_large", Severity::Error),
            RuleCode::Expired => ("expired", Severity::Error),
            RuleCode::ExpiresWithinADay => ("expires_within_a_day", Severity::Error),
            RuleCode::NotCa => ("not_ca", Severity::Error),
            RuleCode::KeyUsageWithoutCertSign => ("key_usage_without_cert_sign", Severity::Warning),
            RuleCode::NoSubjectKeyIdentifier => ("no_subject_key_identifier", Severity::Warning),
            RuleCode::NoAuthorityKeyIdentifier => {
                ("no_authority_key_identifier", Severity::Warning)
            }
            RuleCode::MultipleCertificates => ("multiple_certificates", Severity::Warning),
        }
    }

    /// The rule's code, e.g. `not_ca`.
    pub fn as_str(self) -> &'static str {
        self.spec().0
    }

    /// Whether OpenAI refuses an upload that breaks the rule.
    pub fn severity(self) -> Severity {
        self.spec().1
    }
}

/// A rule the text breaks, with what to do about it in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Which rule.
    pub code: RuleCode,
    /// What is wrong and what to do, in a sentence for an admin.
    pub message: String,
}

/// The rules broken by a text of `bytes` bytes whose first certificate reads as `read` (with the
/// number of certificates in the text), at `now`; errors first.
pub(super) fn broken(
    bytes: usize,
    read: Result<&(Read, usize), &InspectError>,
    now: i64,
) -> Vec<Rule> {
    let mut out = Vec::new();
    let mut push = |code, message: String| out.push(Rule { code, message });
    let (read, count) = match read {
        Ok((read, count)) => (read, *count),
        Err(why) => {
            push(
                RuleCode::NoCertificate,
                format!(
                    "No certificate could be read: {why}. Paste the CA certificate's PEM text."
                ),
            );
            if bytes > MAX_CERTIFICATE_BYTES {
                push(RuleCode::TooLarge, too_large(bytes));
            }
            return out;
        }
    };
    if bytes > MAX_CERTIFICATE_BYTES {
        push(RuleCode::TooLarge, too_large(bytes));
    }
    let left = read.info.expires_at.saturating_sub(now);
    if left <= 0 {
        push(
            RuleCode::Expired,
            format!(
                "It expired {} ago. OpenAI refuses expired certificates: upload the renewed CA certificate.",
                duration(left.saturating_neg())
            ),
        );
    } else if left <= MIN_VALIDITY_AFTER_UPLOAD_S {
        push(
            RuleCode::ExpiresWithinADay,
            format!(
                "It expires in {}. OpenAI requires more than one day of validity after upload: upload the renewed CA certificate.",
                duration(left)
            ),
        );
    }
    if !read.info.is_ca {
        push(
            RuleCode::NotCa,
            "It is not a CA certificate (its basic constraints do not say cA: true). OpenAI accepts only CA certificates: upload the CA that issues your client certificates, not a client certificate.".into(),
        );
    }
    if let Some((cert_sign, crl_sign)) = read.key_usage {
        if !(cert_sign && crl_sign) {
            let lacking = match (cert_sign, crl_sign) {
                (false, false) => "Certificate Sign and CRL Sign",
                (false, true) => "Certificate Sign",
                _ => "CRL Sign",
            };
            push(
                RuleCode::KeyUsageWithoutCertSign,
                format!("Its Key Usage lacks {lacking}, which OpenAI asks a CA certificate to have: client certificates may not chain to it."),
            );
        }
    }
    if !read.has_subject_key_id {
        push(
            RuleCode::NoSubjectKeyIdentifier,
            "It has no Subject Key Identifier, which OpenAI asks for: reissue the CA with one (OpenSSL: subjectKeyIdentifier=hash).".into(),
        );
    }
    if !read.has_authority_key_id {
        push(
            RuleCode::NoAuthorityKeyIdentifier,
            "It has no Authority Key Identifier, which OpenAI asks for: reissue the CA with one (OpenSSL: authorityKeyIdentifier=keyid:always).".into(),
        );
    }
    if count > 1 {
        push(
            RuleCode::MultipleCertificates,
            format!(
                "The text holds {count} certificates; OpenAI uses only the first ({}): upload each CA certificate on its own.",
                read.info.subject
            ),
        );
    }
    out
}

/// The message of [`RuleCode::TooLarge`].
fn too_large(bytes: usize) -> String {
    format!(
        "The text is {bytes} bytes, over the {} KB ({MAX_CERTIFICATE_BYTES} bytes) OpenAI accepts: upload the CA certificate alone, without other text.",
        MAX_CERTIFICATE_BYTES / 1024
    )
}

/// A positive number of seconds in the largest whole unit that fits: `12 hours`, `3 days`.
fn duration(seconds: i64) -> String {
    let (n, unit) = match seconds {
        s if s >= 2 * 86_400 => (s / 86_400, "days"),
        s if s >= 2 * 3_600 => (s / 3_600, "hours"),
        s if s >= 2 * 60 => (s / 60, "minutes"),
        1 => (1, "second"),
        s => (s, "seconds"),
    };
    format!("{n} {unit}")
}

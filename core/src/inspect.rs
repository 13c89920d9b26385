//! Certificate inspection: what one PEM certificate says about itself, read locally before (or
//! instead of) uploading it.
//!
//! Pure logic: no I/O, no JS types. [`inspect`] takes the text a user would paste or upload and
//! the time, and returns an [`Inspection`]: the first certificate's [`CertificateInfo`] (or an
//! [`InspectError`] that says why there is none) and each of OpenAI's upload rules the text
//! breaks, as [`Rule`]s. It never panics, whatever the input: every index into untrusted data is
//! checked.
//!
//! The PEM reading is deliberately lenient about layout and strict about content: text around the
//! blocks is ignored (as RFC 7468 asks), base64 lines may have any width, indentation, trailing
//! spaces or CRLF endings; but any block other than `CERTIFICATE` (a `PRIVATE KEY` pasted with
//! it, say) is refused by name, and the first certificate's base64 must be canonical and its bytes
//! one strict-DER X.509 certificate with nothing after it. Later certificates are only counted:
//! OpenAI uses the first certificate of a bundle.

use std::fmt;

use sha2::{Digest, Sha256};
use x509_cert::{
    der::{asn1::ObjectIdentifier, Decode, Encode, Tag, Tagged},
    ext::pkix::{BasicConstraints, KeyUsage},
    name::Name,
    Certificate,
};

mod rules;
pub use rules::{Rule, RuleCode, Severity};

/// The only PEM label accepted.
const CERTIFICATE_LABEL: &str = "CERTIFICATE";

/// Longest label quoted back in an error message; longer ones are cut.
const MAX_LABEL_CHARS: usize = 64;

/// What `inspectCertificate` reports about one PEM certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateInfo {
    /// The subject as an RFC 4514 string, most specific first, e.g. `CN=Test CA,O=Example`.
    pub subject: String,
    /// The issuer, in the same form as `subject`.
    pub issuer: String,
    /// The serial number as uppercase hex bytes separated by `:` (e.g. `10:00`), without the DER
    /// sign byte, like OpenSSL prints it; a (non-conforming) negative serial starts with `-`.
    pub serial_number: String,
    /// `notBefore`, in Unix seconds.
    pub valid_at: i64,
    /// `notAfter`, in Unix seconds.
    pub expires_at: i64,
    /// The basicConstraints `cA` flag; `false` when the extension is absent.
    pub is_ca: bool,
    /// SHA-256 of the certificate's DER bytes, uppercase hex separated by `:` (OpenSSL's
    /// `-fingerprint -sha256`).
    pub fingerprint_sha256: String,
}

impl From<InspectError> for crate::error::Problem {
    fn from(error: InspectError) -> Self {
        crate::error::Problem::Pem {
            detail: error.to_string(),
        }
    }
}

/// Why a text holds no readable certificate (the [`RuleCode::NoCertificate`] rule).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InspectError {
    /// No `-----BEGIN CERTIFICATE-----` block at all.
    NotPem,
    /// A PEM block other than `CERTIFICATE`; holds its label (e.g. `PRIVATE KEY`), made printable
    /// and cut to 64 characters.
    UnexpectedBlock(String),
    /// The PEM structure is broken (a BEGIN line without its END line, or an END line with
    /// another label); holds what is wrong.
    BadPem(String),
    /// The text between the BEGIN and END lines is not valid base64.
    BadBase64,
    /// The decoded bytes are not one DER X.509 certificate; holds the decoder's reason.
    BadDer(String),
}

impl fmt::Display for InspectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotPem => f.write_str("no -----BEGIN CERTIFICATE----- block found"),
            Self::UnexpectedBlock(label) => {
                write!(
                    f,
                    "expected only a CERTIFICATE block, found a {label} block"
                )?;
                if label.contains("PRIVATE KEY") {
                    f.write_str(" (remove it: a private key must never be shared or uploaded)")?;
                }
                Ok(())
            }
            Self::BadPem(reason) => write!(f, "malformed PEM: {reason}"),
            Self::BadBase64 => {
                f.write_str("the CERTIFICATE block is not valid base64 (is it cut or edited?)")
            }
            Self::BadDer(reason) => write!(f, "not an X.509 certificate: {reason}"),
        }
    }
}

impl std::error::Error for InspectError {}

/// What [`inspect`] reports: the text's first certificate and the upload rules the text breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    /// The first certificate, or why the text holds no readable one.
    pub certificate: Result<CertificateInfo, InspectError>,
    /// Each of OpenAI's upload rules the text breaks, errors first; empty when it breaks none.
    pub rules: Vec<Rule>,
}

/// Reads a PEM text as OpenAI would on upload at `now` (Unix seconds): its first certificate and
/// every documented rule the text breaks (see [`RuleCode`]). Nothing is verified
/// cryptographically (no signature or chain check): this reports what the certificate claims.
pub fn inspect(pem: &str, now: i64) -> Inspection {
    let read = certificate_bodies(pem).and_then(|bodies| {
        let first = bodies.first().ok_or(InspectError::NotPem)?;
        let read = inspect_der(&decode_base64(first)?)?;
        Ok((read, bodies.len()))
    });
    let rules = rules::broken(pem.len(), read.as_ref(), now);
    Inspection {
        certificate: read.map(|(read, _)| read.info),
        rules,
    }
}

/// Reads the first PEM certificate of a text: its names, serial, validity, CA flag and SHA-256
/// fingerprint, whatever the upload rules say of it ([`inspect`] adds those).
///
/// # Errors
///
/// An [`InspectError`] saying why the text holds no readable certificate: no PEM, another kind of
/// PEM block, broken PEM, bad base64 or bad DER.
pub fn inspect_pem(pem: &str) -> Result<CertificateInfo, InspectError> {
    inspect(pem, 0).certificate
}

/// One `-----BEGIN label-----` ... `-----END label-----` block: its label and its base64 text with
/// all whitespace removed.
struct Block<'a> {
    label: &'a str,
    body: String,
}

/// Finds the PEM blocks and returns the base64 of each `CERTIFICATE` (at least one), or why the
/// text cannot be read as certificates.
fn certificate_bodies(text: &str) -> Result<Vec<String>, InspectError> {
    let blocks = pem_blocks(text)?;
    if let Some(other) = blocks.iter().find(|b| b.label != CERTIFICATE_LABEL) {
        return Err(InspectError::UnexpectedBlock(printable_label(other.label)));
    }
    if blocks.is_empty() {
        return Err(InspectError::NotPem);
    }
    Ok(blocks.into_iter().map(|block| block.body).collect())
}

/// Splits the text into PEM blocks. Text outside blocks is ignored, as RFC 7468 asks; a block
/// must be closed by an END boundary with the same label. Boundaries are found as tokens, not
/// whole lines, so a PEM whose line breaks were lost or turned into spaces (an environment
/// variable, a form field) still reads.
fn pem_blocks(text: &str) -> Result<Vec<Block<'_>>, InspectError> {
    const BEGIN: &str = "-----BEGIN ";
    const END: &str = "-----END ";
    const DASHES: &str = "-----";
    let unclosed_boundary =
        |kind: &str| InspectError::BadPem(format!("a -----{kind} line does not end with -----"));

    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some((_, after_begin)) = rest.split_once(BEGIN) {
        let (label, after_label) = after_begin
            .split_once(DASHES)
            .filter(|(label, _)| !label.contains(['\n', '\r']))
            .ok_or_else(|| unclosed_boundary("BEGIN"))?;
        let (body, after_end) = match after_label.split_once(END) {
            Some((body, after_end)) if !body.contains(BEGIN) => (body, after_end),
            Some(_) => {
                return Err(InspectError::BadPem(format!(
                    "-----BEGIN {}----- has no -----END line before the next BEGIN line",
                    printable_label(label)
                )))
            }
            None => {
                return Err(InspectError::BadPem(format!(
                    "-----BEGIN {0}----- has no -----END {0}----- line (is the text cut?)",
                    printable_label(label)
                )))
            }
        };
        let (end_label, after_block) = after_end
            .split_once(DASHES)
            .filter(|(label, _)| !label.contains(['\n', '\r']))
            .ok_or_else(|| unclosed_boundary("END"))?;
        if end_label != label {
            return Err(InspectError::BadPem(format!(
                "-----BEGIN {}----- is closed by -----END {}-----",
                printable_label(label),
                printable_label(end_label)
            )));
        }
        blocks.push(Block {
            label,
            body: body.chars().filter(|c| !c.is_ascii_whitespace()).collect(),
        });
        rest = after_block;
    }
    Ok(blocks)
}

/// A label safe to quote in a message: printable ASCII only (others become `?`), at most 64
/// characters.
fn printable_label(label: &str) -> String {
    let mut out: String = label
        .chars()
        .take(MAX_LABEL_CHARS)
        .map(|c| {
            if c == ' ' || c.is_ascii_graphic() {
                c
            } else {
                '?'
            }
        })
        .collect();
    if label.chars().nth(MAX_LABEL_CHARS).is_some() {
        out.push_str("...");
    }
    out
}

/// Decodes canonical, padded standard base64 (whitespace already removed).
fn decode_base64(base64: &str) -> Result<Vec<u8>, InspectError> {
    use base64ct::{Base64, Encoding};
    let mut buf = vec![0u8; base64.len() / 4 * 3 + 3];
    let len = Base64::decode(base64, &mut buf)
        .map_err(|_| InspectError::BadBase64)?
        .len();
    buf.truncate(len);
    Ok(buf)
}

/// A certificate as read: what is reported, and the extensions the upload rules look at.
struct Read {
    info: CertificateInfo,
    /// The Key Usage extension's `keyCertSign` and `cRLSign` bits, when the extension is present.
    key_usage: Option<(bool, bool)>,
    has_subject_key_id: bool,
    has_authority_key_id: bool,
}

/// The Subject Key Identifier extension (RFC 5280 4.2.1.2).
const SUBJECT_KEY_ID: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.14");
/// The Authority Key Identifier extension (RFC 5280 4.2.1.1).
const AUTHORITY_KEY_ID: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.35");

/// Reads a DER certificate (the whole input, nothing after it).
fn inspect_der(der: &[u8]) -> Result<Read, InspectError> {
    if der.is_empty() {
        return Err(InspectError::BadDer(
            "the CERTIFICATE block is empty".into(),
        ));
    }
    let certificate =
        Certificate::from_der(der).map_err(|e| InspectError::BadDer(e.to_string()))?;
    let tbs = &certificate.tbs_certificate;
    let is_ca = match tbs.get::<BasicConstraints>() {
        Ok(found) => found.is_some_and(|(_critical, constraints)| constraints.ca),
        Err(_) => {
            return Err(InspectError::BadDer(
                "invalid or repeated basicConstraints extension".into(),
            ))
        }
    };
    let key_usage = match tbs.get::<KeyUsage>() {
        Ok(found) => found.map(|(_critical, usage)| (usage.key_cert_sign(), usage.crl_sign())),
        Err(_) => {
            return Err(InspectError::BadDer(
                "invalid or repeated keyUsage extension".into(),
            ))
        }
    };
    let has_extension = |oid: ObjectIdentifier| {
        tbs.extensions
            .iter()
            .flatten()
            .any(|extension| extension.extn_id == oid)
    };
    let info = CertificateInfo {
        subject: rfc4514(&tbs.subject),
        issuer: rfc4514(&tbs.issuer),
        serial_number: serial_hex(tbs.serial_number.as_bytes()),
        valid_at: unix_seconds(tbs.validity.not_before)?,
        expires_at: unix_seconds(tbs.validity.not_after)?,
        is_ca,
        fingerprint_sha256: colon_hex(&Sha256::digest(der)),
    };
    Ok(Read {
        info,
        key_usage,
        has_subject_key_id: has_extension(SUBJECT_KEY_ID),
        has_authority_key_id: has_extension(AUTHORITY_KEY_ID),
    })
}

/// A validity time in Unix seconds (DER times are 1970..=9999, so this cannot overflow; checked
/// anyway).
fn unix_seconds(time: x509_cert::time::Time) -> Result<i64, InspectError> {
    i64::try_from(time.to_unix_duration().as_secs())
        .map_err(|_| InspectError::BadDer("validity time out of range".into()))
}

/// Uppercase hex bytes separated by `:`.
fn colon_hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for (i, &byte) in bytes.iter().enumerate() {
        if i > 0 {
            out.push(':');
        }
        out.push(hex_digit(byte >> 4));
        out.push(hex_digit(byte & 0x0f));
    }
    out
}

/// The uppercase hex digit of a nibble (`0..16`).
fn hex_digit(nibble: u8) -> char {
    char::from(match nibble {
        0..=9 => b'0' + nibble,
        _ => b'A' + (nibble & 0x0f) - 10,
    })
}

/// A DER INTEGER's content octets (two's complement) as OpenSSL shows a serial: the magnitude's
/// bytes, without the leading `00` that keeps a positive number positive, and `-` before a
/// negative one (RFC 5280 forbids those, but some exist).
fn serial_hex(twos_complement: &[u8]) -> String {
    match twos_complement {
        [] => "00".into(),
        [first, ..] if first & 0x80 != 0 => {
            // Negate: invert every byte, then add one from the least significant end.
            let mut magnitude: Vec<u8> = twos_complement.iter().map(|b| !b).collect();
            for byte in magnitude.iter_mut().rev() {
                let (sum, carry) = byte.overflowing_add(1);
                *byte = sum;
                if !carry {
                    break;
                }
            }
            let start = magnitude.iter().position(|&b| b != 0).unwrap_or(0);
            let digits = magnitude.get(start..).unwrap_or_default();
            format!("-{}", colon_hex(digits))
        }
        [0, rest @ ..] if !rest.is_empty() => colon_hex(rest),
        bytes => colon_hex(bytes),
    }
}

/// A distinguished name as RFC 4514 writes it: RDNs last-to-first separated by `,`, the
/// attributes of a multi-valued RDN joined by `+`.
fn rfc4514(name: &Name) -> String {
    let mut out = String::new();
    for (i, rdn) in name.0.iter().rev().enumerate() {
        if i > 0 {
            out.push(',');
        }
        for (j, attribute) in rdn.0.iter().enumerate() {
            if j > 0 {
                out.push('+');
            }
            push_attribute(&mut out, &attribute.oid, &attribute.value);
        }
    }
    out
}

/// Short names for the attribute types RFC 4514 lists, plus the common ones OpenSSL also names
/// (so the output matches `openssl x509 -nameopt RFC2253`). Any other type is written as its
/// dotted OID with a `#`-hex value, as RFC 4514 section 2.4 requires.
const SHORT_NAMES: &[(ObjectIdentifier, &str)] = &[
    (ObjectIdentifier::new_unwrap("2.5.4.3"), "CN"),
    (ObjectIdentifier::new_unwrap("2.5.4.7"), "L"),
    (ObjectIdentifier::new_unwrap("2.5.4.8"), "ST"),
    (ObjectIdentifier::new_unwrap("2.5.4.10"), "O"),
    (ObjectIdentifier::new_unwrap("2.5.4.11"), "OU"),
    (ObjectIdentifier::new_unwrap("2.5.4.6"), "C"),
    (ObjectIdentifier::new_unwrap("2.5.4.9"), "STREET"),
    (
        ObjectIdentifier::new_unwrap("0.9.2342.19200300.100.1.25"),
        "DC",
    ),
    (
        ObjectIdentifier::new_unwrap("0.9.2342.19200300.100.1.1"),
        "UID",
    ),
    (ObjectIdentifier::new_unwrap("2.5.4.5"), "serialNumber"),
    (ObjectIdentifier::new_unwrap("2.5.4.4"), "SN"),
    (ObjectIdentifier::new_unwrap("2.5.4.42"), "GN"),
    (ObjectIdentifier::new_unwrap("2.5.4.12"), "title"),
    (ObjectIdentifier::new_unwrap("2.5.4.17"), "postalCode"),
    (
        ObjectIdentifier::new_unwrap("2.5.4.97"),
        "organizationIdentifier",
    ),
    (
        ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.1"),
        "emailAddress",
    ),
];

/// Appends one `type=value` pair.
fn push_attribute(out: &mut String, oid: &ObjectIdentifier, value: &x509_cert::der::Any) {
    let short_name = SHORT_NAMES
        .iter()
        .find(|(known, _)| known == oid)
        .map(|(_, name)| *name);
    match (short_name, attribute_string(value)) {
        (Some(name), Some(text)) => {
            out.push_str(name);
            out.push('=');
            push_escaped(out, &text);
        }
        (name, _) => {
            match name {
                Some(name) => out.push_str(name),
                None => out.push_str(&oid.to_string()),
            }
            out.push_str("=#");
            // The value's whole DER encoding (tag, length, content). Re-encoding a decoded value
            // cannot fail in practice; fall back to the content alone rather than panic.
            match value.to_der() {
                Ok(encoded) => push_hex(out, &encoded),
                Err(_) => push_hex(out, value.value()),
            }
        }
    }
}

/// The text of a directory-string value, or `None` for a type without one (or bad content).
fn attribute_string(value: &x509_cert::der::Any) -> Option<String> {
    let bytes = value.value();
    match value.tag() {
        Tag::Utf8String => std::str::from_utf8(bytes).ok().map(str::to_owned),
        Tag::PrintableString | Tag::Ia5String | Tag::NumericString | Tag::VisibleString => bytes
            .is_ascii()
            .then(|| bytes.iter().map(|&b| char::from(b)).collect()),
        // T.61 in theory; in practice Latin-1, which is how OpenSSL shows it too.
        Tag::TeletexString => Some(bytes.iter().map(|&b| char::from(b)).collect()),
        Tag::BmpString => {
            if bytes.len() % 2 != 0 {
                return None;
            }
            let units = bytes.chunks_exact(2).map(|pair| match *pair {
                [high, low] => u16::from_be_bytes([high, low]),
                _ => u16::MAX, // unreachable: chunks_exact(2) yields pairs only
            });
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .ok()
        }
        _ => None,
    }
}

/// Appends a value with RFC 4514 escaping: `,+"\<>;` always, `#` or space at the start, space at
/// the end; control characters as `\XX` hex so the result is safe to display.
fn push_escaped(out: &mut String, text: &str) {
    let last = text.chars().count().saturating_sub(1);
    for (i, c) in text.chars().enumerate() {
        match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' => {
                out.push('\\');
                out.push(c);
            }
            '#' if i == 0 => out.push_str("\\#"),
            ' ' if i == 0 || i == last => out.push_str("\\ "),
            c if c.is_ascii_control() => {
                out.push('\\');
                push_hex(out, &[u8::try_from(c).unwrap_or(b'?')]);
            }
            c => out.push(c),
        }
    }
}

/// Appends uppercase hex without separators.
fn push_hex(out: &mut String, bytes: &[u8]) {
    for part in colon_hex(bytes).split(':') {
        out.push_str(part);
    }
}

#[cfg(test)]
mod tests;

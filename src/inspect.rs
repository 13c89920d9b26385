//! Certificate inspection: what one PEM certificate says about itself, read locally before (or
//! instead of) uploading it.
//!
//! Pure logic: no I/O, no JS types. [`inspect_pem`] takes the text a user would paste or upload and
//! returns a [`CertificateInfo`], or an [`InspectError`] that says what is wrong with the text. It
//! never panics, whatever the input: every index into untrusted data is checked.
//!
//! The PEM reading is deliberately lenient about layout and strict about content: text around the
//! block is ignored (as RFC 7468 asks), base64 lines may have any width, indentation, trailing
//! spaces or CRLF endings; but exactly one `CERTIFICATE` block must be present, any other block
//! (a `PRIVATE KEY` pasted with it, say) is refused by name, the base64 must be canonical, and
//! the bytes must be one strict-DER X.509 certificate with nothing after it.

use std::fmt;

use sha2::{Digest, Sha256};
use x509_cert::{
    der::{asn1::ObjectIdentifier, Decode, Encode, Tag, Tagged},
    ext::pkix::BasicConstraints,
    name::Name,
    Certificate,
};

/// The largest PEM text accepted, in bytes: OpenAI's documented limit for an uploaded certificate.
pub const MAX_PEM_BYTES: usize = 16 * 1024;

/// The only PEM label accepted.
const CERTIFICATE_LABEL: &str = "CERTIFICATE";

/// Longest label quoted back in an error message; longer ones are cut.
const MAX_LABEL_CHARS: usize = 64;

/// What `inspectCertificate` reports about one PEM certificate.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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

/// Why a text is not one readable certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InspectError {
    /// The text is over [`MAX_PEM_BYTES`] (16 KB).
    TooLarge,
    /// No `-----BEGIN ...-----` line at all.
    NotPem,
    /// A PEM block other than `CERTIFICATE`; holds its label (e.g. `PRIVATE KEY`), made printable
    /// and cut to 64 characters.
    UnexpectedBlock(String),
    /// More than one `CERTIFICATE` block; holds how many.
    MultipleCertificates(usize),
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
            Self::TooLarge => write!(
                f,
                "certificate text is over 16 KB ({MAX_PEM_BYTES} bytes), the largest accepted"
            ),
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
            Self::MultipleCertificates(n) => write!(f, "expected one certificate, found {n}"),
            Self::BadPem(reason) => write!(f, "malformed PEM: {reason}"),
            Self::BadBase64 => {
                f.write_str("the CERTIFICATE block is not valid base64 (is it cut or edited?)")
            }
            Self::BadDer(reason) => write!(f, "not an X.509 certificate: {reason}"),
        }
    }
}

impl std::error::Error for InspectError {}

/// Reads one PEM certificate: its names, serial, validity, CA flag and SHA-256 fingerprint.
///
/// Exactly one `CERTIFICATE` block must be present; text outside it is ignored, any other PEM
/// block is an error. Nothing is verified cryptographically (no signature or chain check): this
/// reports what the certificate claims.
///
/// # Errors
///
/// An [`InspectError`] saying why the text is not exactly one readable certificate: over 16 KB,
/// no PEM, another kind of PEM block, several certificates, broken PEM, bad base64 or bad DER.
pub fn inspect_pem(pem: &str) -> Result<CertificateInfo, InspectError> {
    if pem.len() > MAX_PEM_BYTES {
        return Err(InspectError::TooLarge);
    }
    let base64 = single_certificate_body(pem)?;
    let der = decode_base64(&base64)?;
    inspect_der(&der)
}

/// One `-----BEGIN label-----` ... `-----END label-----` block: its label and its base64 text with
/// all whitespace removed.
struct Block<'a> {
    label: &'a str,
    body: String,
}

/// Finds the PEM blocks and returns the base64 of the one `CERTIFICATE`, or why there isn't one.
fn single_certificate_body(text: &str) -> Result<String, InspectError> {
    let blocks = pem_blocks(text)?;
    if let Some(other) = blocks.iter().find(|b| b.label != CERTIFICATE_LABEL) {
        return Err(InspectError::UnexpectedBlock(printable_label(other.label)));
    }
    let mut certificates = blocks.into_iter();
    match (certificates.next(), certificates.len()) {
        (None, _) => Err(InspectError::NotPem),
        (Some(block), 0) => Ok(block.body),
        (Some(_), rest) => Err(InspectError::MultipleCertificates(rest + 1)),
    }
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

/// Reads a DER certificate (the whole input, nothing after it).
fn inspect_der(der: &[u8]) -> Result<CertificateInfo, InspectError> {
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
    Ok(CertificateInfo {
        subject: rfc4514(&tbs.subject),
        issuer: rfc4514(&tbs.issuer),
        serial_number: serial_hex(tbs.serial_number.as_bytes()),
        valid_at: unix_seconds(tbs.validity.not_before)?,
        expires_at: unix_seconds(tbs.validity.not_after)?,
        is_ca,
        fingerprint_sha256: colon_hex(&Sha256::digest(der)),
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
mod tests {
    use super::*;

    const CA: &str = include_str!("../tests/fixtures/certs/ca.pem");
    const LEAF: &str = include_str!("../tests/fixtures/certs/leaf.pem");
    const EXPIRED: &str = include_str!("../tests/fixtures/certs/expired.pem");
    const NOT_A_CERT: &str = include_str!("../tests/fixtures/certs/not-a-cert.pem");

    // Expected values below came from OpenSSL 3 on the committed fixtures:
    //   openssl x509 -in <file> -noout -nameopt RFC2253 -subject -issuer -serial \
    //     -startdate -enddate -fingerprint -sha256 -ext basicConstraints
    // (dates converted with `date -u -d '<date>' +%s`, the serial split into ':'-separated bytes).
    // The fixtures' generate.sh makes new keys, serials and dates on every run: if the fixtures
    // are regenerated, rerun that command and update these values.
    const CA_NAME: &str = "CN=Mock Test CA (test only),O=Mock Test Org";

    #[test]
    fn ca_matches_openssl() {
        let info = inspect_pem(CA).unwrap();
        assert_eq!(
            info,
            CertificateInfo {
                subject: CA_NAME.into(),
                issuer: CA_NAME.into(),
                serial_number: "3D:63:D9:C8:88:61:1F:EF:40:BE:38:B9:17:08:CE:86:96:94:A6:CC".into(),
                valid_at: 1_795_946_321, // notBefore=Nov 29 09:58:41 2026 GMT
                expires_at: 2_426_666_321, // notAfter=Nov 24 09:58:41 2046 GMT
                is_ca: true,             // X509v3 Basic Constraints: critical, CA:TRUE
                fingerprint_sha256: "8D:B1:64:F7:38:0B:87:22:D8:D2:49:FB:B5:7F:66:C1:\
                                     36:6D:25:9F:C9:83:0B:B9:2E:50:AF:EA:92:6D:B5:A3"
                    .into(),
            }
        );
    }

    #[test]
    fn leaf_matches_openssl_and_names_the_ca_as_issuer() {
        let info = inspect_pem(LEAF).unwrap();
        assert_eq!(
            info,
            CertificateInfo {
                subject: "CN=mock-client.test (test only),O=Mock Test Org".into(),
                issuer: CA_NAME.into(),
                serial_number: "08:07:BA:98:42:41:FA:4A:73:D1:9E:13:67:AB:F0:76:B1:D9:34:BA".into(),
                valid_at: 1_795_946_322, // notBefore=Nov 29 09:58:42 2026 GMT
                expires_at: 2_111_306_322, // notAfter=Nov 26 09:58:42 2036 GMT
                is_ca: false,            // X509v3 Basic Constraints: critical, CA:FALSE
                fingerprint_sha256: "55:36:9C:31:2B:06:8F:ED:68:DF:53:4C:70:9D:65:3E:\
                                     E3:7A:F7:AA:41:91:9B:6D:3F:87:32:6E:E4:9B:7E:6B"
                    .into(),
            }
        );
        assert_eq!(info.issuer, inspect_pem(CA).unwrap().subject);
    }

    #[test]
    fn expired_matches_openssl_and_lies_in_2020() {
        let info = inspect_pem(EXPIRED).unwrap();
        assert_eq!(
            info,
            CertificateInfo {
                subject: "CN=expired.mock-client.test (test only),O=Mock Test Org".into(),
                issuer: CA_NAME.into(),
                serial_number: "10:00".into(), // serial=1000
                valid_at: 1_577_836_800,       // notBefore=Jan  1 00:00:00 2020 GMT
                expires_at: 1_609_459_200,     // notAfter=Jan  1 00:00:00 2021 GMT
                is_ca: false,
                fingerprint_sha256: "5E:86:B4:B8:02:7F:A3:BE:97:B0:73:16:FA:44:F2:2F:\
                                     E5:5C:25:D4:BD:09:39:D4:CC:C9:44:36:87:86:DC:8A"
                    .into(),
            }
        );
        // Independent of the exact fixture: one year of validity, ending on 2021-01-01.
        assert!(info.valid_at < info.expires_at);
        assert!(info.expires_at <= info.valid_at + 366 * 86_400);
        assert!((1_609_459_200..1_640_995_200).contains(&info.expires_at)); // within 2021
    }

    #[test]
    fn openssl_agrees_when_it_is_installed() {
        // A cross-check that keeps working if the fixtures are regenerated; skipped without
        // openssl (the hard-coded tests above are the ones that always run).
        for (file, pem) in [("ca.pem", CA), ("leaf.pem", LEAF), ("expired.pem", EXPIRED)] {
            let path = format!("{}/tests/fixtures/certs/{file}", env!("CARGO_MANIFEST_DIR"));
            let Ok(output) = std::process::Command::new("openssl")
                .args(["x509", "-in", &path, "-noout", "-nameopt", "RFC2253"])
                .args(["-subject", "-issuer", "-serial", "-fingerprint", "-sha256"])
                .args(["-dates", "-dateopt", "iso_8601"])
                .output()
            else {
                eprintln!("openssl not found: cross-check skipped");
                return;
            };
            if !output.status.success() {
                eprintln!("openssl failed (too old for -dateopt?): cross-check skipped");
                return;
            }
            let text = String::from_utf8(output.stdout).unwrap();
            let field = |key: &str| {
                text.lines()
                    .find_map(|l| l.strip_prefix(key))
                    .unwrap_or_else(|| panic!("no {key} in openssl output:\n{text}"))
                    .to_owned()
            };
            let info = inspect_pem(pem).unwrap();
            assert_eq!(info.subject, field("subject="), "{file}");
            assert_eq!(info.issuer, field("issuer="), "{file}");
            assert_eq!(
                info.serial_number.replace(':', ""),
                field("serial="),
                "{file}"
            );
            assert_eq!(
                info.fingerprint_sha256,
                field("sha256 Fingerprint="),
                "{file}"
            );
            // iso_8601 dates: "2026-11-29 09:58:41Z".
            assert_eq!(info.valid_at, iso_to_unix(&field("notBefore=")), "{file}");
            assert_eq!(info.expires_at, iso_to_unix(&field("notAfter=")), "{file}");
        }
    }

    /// "YYYY-MM-DD HH:MM:SSZ" to Unix seconds (days-from-civil, for the openssl cross-check).
    fn iso_to_unix(s: &str) -> i64 {
        let n = |range: std::ops::Range<usize>| s[range].parse::<i64>().unwrap();
        let (y, m, d) = (n(0..4), n(5..7), n(8..10));
        let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        days * 86_400 + n(11..13) * 3600 + n(14..16) * 60 + n(17..19)
    }

    #[test]
    fn layout_variations_are_accepted() {
        let expected = inspect_pem(CA).unwrap();
        let base64: String = CA
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect::<String>();
        let variants = [
            CA.replace('\n', "\r\n"),
            CA.replace('\n', "\r"),
            format!("Subject: our CA\nsome notes\n\n{CA}\n\n\ntrailing notes\n"),
            CA.lines()
                .map(|l| format!("    {l}  \t"))
                .collect::<Vec<_>>()
                .join("\n"),
            // 76-column lines, as `base64` (coreutils) writes them.
            format!(
                "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----",
                base64
                    .as_bytes()
                    .chunks(76)
                    .map(|c| std::str::from_utf8(c).unwrap())
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            // No final newline.
            format!("-----BEGIN CERTIFICATE-----\n{base64}\n-----END CERTIFICATE-----"),
            // Line breaks lost, or turned into spaces.
            CA.replace('\n', ""),
            CA.replace('\n', " "),
        ];
        for variant in variants {
            assert_eq!(inspect_pem(&variant).as_ref(), Ok(&expected), "{variant:?}");
        }
    }

    #[test]
    fn garbage_between_markers_is_bad_der() {
        let err = inspect_pem(NOT_A_CERT).unwrap_err();
        assert!(matches!(err, InspectError::BadDer(_)), "{err:?}");
        assert!(
            err.to_string().starts_with("not an X.509 certificate: "),
            "{err}"
        );
    }

    #[test]
    fn empty_and_plain_text_are_not_pem() {
        for text in [
            "",
            "   \n\t",
            "hello",
            "MIIDXTCCAkWgAwIBAgIJ",
            "-----END CERTIFICATE-----",
        ] {
            assert_eq!(inspect_pem(text), Err(InspectError::NotPem), "{text:?}");
        }
        assert_eq!(
            InspectError::NotPem.to_string(),
            "no -----BEGIN CERTIFICATE----- block found"
        );
    }

    #[test]
    fn two_certificates_are_refused() {
        let two = format!("{CA}{LEAF}");
        assert_eq!(
            inspect_pem(&two),
            Err(InspectError::MultipleCertificates(2))
        );
        let three = format!("{CA}\n{LEAF}\n{EXPIRED}");
        let err = inspect_pem(&three).unwrap_err();
        assert_eq!(err, InspectError::MultipleCertificates(3));
        assert_eq!(err.to_string(), "expected one certificate, found 3");
    }

    #[test]
    fn other_blocks_are_refused_by_name() {
        let key =
            "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBtg\n-----END PRIVATE KEY-----\n";
        for text in [
            key.to_owned(),
            format!("{LEAF}{key}"),
            format!("{key}{LEAF}"),
        ] {
            let err = inspect_pem(&text).unwrap_err();
            assert_eq!(err, InspectError::UnexpectedBlock("PRIVATE KEY".into()));
            let message = err.to_string();
            assert!(message.contains("found a PRIVATE KEY block"), "{message}");
            assert!(message.contains("must never be shared"), "{message}");
        }
        let csr = CA.replace("CERTIFICATE", "CERTIFICATE REQUEST");
        assert_eq!(
            inspect_pem(&csr).unwrap_err().to_string(),
            "expected only a CERTIFICATE block, found a CERTIFICATE REQUEST block"
        );
        // Labels from the input are quoted printable and short.
        let long = format!("\u{1b}[31m{}", "A".repeat(200));
        let odd = format!("-----BEGIN {long}-----\n-----END {long}-----");
        let InspectError::UnexpectedBlock(label) = inspect_pem(&odd).unwrap_err() else {
            panic!("expected UnexpectedBlock");
        };
        assert!(label.starts_with("?[31mAAA") && label.ends_with("...") && label.len() == 67);
    }

    #[test]
    fn broken_structure_is_bad_pem() {
        let cut = &CA[..CA.find("-----END").unwrap()];
        let err = inspect_pem(cut).unwrap_err();
        assert!(matches!(err, InspectError::BadPem(_)), "{err:?}");
        assert!(
            err.to_string()
                .contains("no -----END CERTIFICATE----- line"),
            "{err}"
        );

        let mismatched = CA.replace("END CERTIFICATE", "END PUBLIC KEY");
        let err = inspect_pem(&mismatched).unwrap_err();
        assert!(
            err.to_string()
                .contains("closed by -----END PUBLIC KEY-----"),
            "{err}"
        );

        let nested = CA.replacen("-----END CERTIFICATE-----", LEAF, 1);
        assert!(matches!(inspect_pem(&nested), Err(InspectError::BadPem(_))));
    }

    #[test]
    fn bad_base64_is_reported() {
        let edited = CA.replacen("MII", "M*I", 1);
        assert_eq!(inspect_pem(&edited), Err(InspectError::BadBase64));
        // A character dropped from the middle leaves a length that is not a multiple of 4.
        let mut dropped = CA.to_owned();
        dropped.remove(100);
        assert_eq!(inspect_pem(&dropped), Err(InspectError::BadBase64));
        let headers = CA.replacen("\nMII", "\nProc-Type: 4,ENCRYPTED\n\nMII", 1);
        assert_eq!(inspect_pem(&headers), Err(InspectError::BadBase64));
    }

    #[test]
    fn empty_block_is_bad_der() {
        let err =
            inspect_pem("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----").unwrap_err();
        assert_eq!(
            err,
            InspectError::BadDer("the CERTIFICATE block is empty".into())
        );
    }

    #[test]
    fn over_16_kb_is_too_large() {
        let padded = format!("{CA}{}", " ".repeat(MAX_PEM_BYTES - CA.len()));
        assert_eq!(padded.len(), MAX_PEM_BYTES);
        assert!(inspect_pem(&padded).is_ok(), "exactly 16 KB is accepted");
        let over = format!("{padded} ");
        assert_eq!(inspect_pem(&over), Err(InspectError::TooLarge));
        assert_eq!(
            inspect_pem(&"A".repeat(1 << 20)),
            Err(InspectError::TooLarge)
        );
        assert!(InspectError::TooLarge.to_string().contains("16 KB"));
    }

    #[test]
    fn trailing_bytes_after_the_certificate_are_refused() {
        let der = decode_base64(&single_certificate_body(CA).unwrap()).unwrap();
        let mut longer = der.clone();
        longer.push(0);
        assert!(inspect_der(&der).is_ok());
        assert!(matches!(inspect_der(&longer), Err(InspectError::BadDer(_))));
    }

    /// A tiny xorshift generator: deterministic "random" input without a dev-dependency.
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn random_bytes_and_unicode_never_panic() {
        let mut state = 0x9E37_79B9_7F4A_7C15;
        for round in 0..2_000 {
            let len = usize::try_from(xorshift(&mut state) % 3_000).unwrap();
            let bytes: Vec<u8> = (0..len).map(|_| xorshift(&mut state) as u8).collect();
            let text = String::from_utf8_lossy(&bytes);
            // Every fourth round, wrap the noise in certificate markers so it reaches the decoders.
            let text = if round % 4 == 0 {
                format!("-----BEGIN CERTIFICATE-----\n{text}\n-----END CERTIFICATE-----\n")
            } else {
                text.into_owned()
            };
            let _ = inspect_pem(&text);
        }
        for text in [
            "ünïcødé ✓ 🦀",
            "-----BEGIN 🦀-----\n-----END 🦀-----",
            "\0\0\0",
            "\u{feff}",
        ] {
            let _ = inspect_pem(text);
        }
        let err = inspect_pem("-----BEGIN 🦀-----\n-----END 🦀-----").unwrap_err();
        assert_eq!(err, InspectError::UnexpectedBlock("?".into()));
    }

    #[test]
    fn every_truncation_fails_cleanly() {
        let whole = inspect_pem(LEAF).unwrap();
        for end in 0..=LEAF.len() {
            let Some(prefix) = LEAF.get(..end) else {
                continue;
            };
            if let Ok(info) = inspect_pem(prefix) {
                // Only the END line's own trailing newline may be cut and still parse.
                assert!(end >= LEAF.trim_end().len(), "prefix of {end} bytes parsed");
                assert_eq!(info, whole);
            }
        }
    }

    #[test]
    fn every_der_mutation_and_truncation_fails_cleanly() {
        let der = decode_base64(&single_certificate_body(LEAF).unwrap()).unwrap();
        for end in 0..der.len() {
            assert!(
                inspect_der(der.get(..end).unwrap()).is_err(),
                "DER prefix {end} parsed"
            );
        }
        let mut state = 0x2545_F491_4F6C_DD1D;
        for i in 0..der.len() {
            let mut mutated = der.clone();
            if let Some(byte) = mutated.get_mut(i) {
                *byte ^= (xorshift(&mut state) as u8) | 1;
            }
            // Many flips (inside the signature, say) still decode: only panics are failures.
            let _ = inspect_der(&mutated);
        }
    }

    #[test]
    fn serial_numbers_print_like_openssl() {
        assert_eq!(serial_hex(&[0x10, 0x00]), "10:00");
        assert_eq!(serial_hex(&[0x00, 0x80, 0x01]), "80:01"); // DER sign byte dropped
        assert_eq!(serial_hex(&[0x00]), "00");
        assert_eq!(serial_hex(&[]), "00");
        assert_eq!(serial_hex(&[0xFF]), "-01");
        assert_eq!(serial_hex(&[0xFF, 0x00]), "-01:00");
        assert_eq!(serial_hex(&[0x80]), "-80");
    }

    #[test]
    fn names_are_escaped_per_rfc_4514() {
        use x509_cert::der::asn1::{BmpString, Ia5StringRef, Utf8StringRef};
        use x509_cert::der::Any;
        let cn = ObjectIdentifier::new_unwrap("2.5.4.3");
        let one = |oid: &ObjectIdentifier, value: Any| {
            let mut out = String::new();
            push_attribute(&mut out, oid, &value);
            out
        };
        let utf8 = |s: &str| Any::from(Utf8StringRef::new(s).unwrap());
        assert_eq!(
            one(&cn, utf8("a,b+c\"d\\e<f>g;h")),
            r#"CN=a\,b\+c\"d\\e\<f\>g\;h"#
        );
        assert_eq!(one(&cn, utf8("#x y ")), r"CN=\#x y\ ");
        assert_eq!(one(&cn, utf8(" ")), r"CN=\ ");
        assert_eq!(one(&cn, utf8("tab\there\0")), r"CN=tab\09here\00");
        assert_eq!(one(&cn, utf8("Zürich 東京")), "CN=Zürich 東京");
        let bmp = Any::encode_from(&BmpString::from_utf8("Ωmega").unwrap()).unwrap();
        assert_eq!(one(&cn, bmp), "CN=Ωmega");
        let email = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.1");
        let ia5 = Any::from(Ia5StringRef::new("a@b.test").unwrap());
        assert_eq!(one(&email, ia5), "emailAddress=a@b.test");
        // Unknown type: dotted OID and the value's DER in hex (RFC 4514 section 2.4).
        let unknown = ObjectIdentifier::new_unwrap("1.3.6.1.4.1.1466.0");
        assert_eq!(one(&unknown, utf8("Hi")), "1.3.6.1.4.1.1466.0=#0C024869");
        // Known type whose value has no string form.
        let octets = Any::new(Tag::OctetString, [0x48, 0x69]).unwrap();
        assert_eq!(one(&cn, octets), "CN=#04024869");
    }

    #[test]
    fn certificate_info_serializes_with_the_api_field_names() {
        let json = serde_json::to_value(inspect_pem(EXPIRED).unwrap()).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = [
            "subject",
            "issuer",
            "serial_number",
            "valid_at",
            "expires_at",
            "is_ca",
            "fingerprint_sha256",
        ];
        expected.sort_unstable();
        assert_eq!(keys, expected);
        assert_eq!(json["expires_at"], 1_609_459_200);
    }
}

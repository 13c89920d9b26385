//! Tests of certificate inspection on real certificates (tests/fixtures/certs) and on garbage.

use super::*;
use crate::validation::MAX_CERTIFICATE_BYTES;

mod rules;

const CA: &str = include_str!("../../../tests/fixtures/certs/ca.pem");
const LEAF: &str = include_str!("../../../tests/fixtures/certs/leaf.pem");
const EXPIRED: &str = include_str!("../../../tests/fixtures/certs/expired.pem");
const NOT_A_CERT: &str = include_str!("../../../tests/fixtures/certs/not-a-cert.pem");

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
            valid_at: 1_795_946_321,   // notBefore=Nov 29 09:58:41 2026 GMT
            expires_at: 2_426_666_321, // notAfter=Nov 24 09:58:41 2046 GMT
            is_ca: true,               // X509v3 Basic Constraints: critical, CA:TRUE
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
            valid_at: 1_795_946_322,   // notBefore=Nov 29 09:58:42 2026 GMT
            expires_at: 2_111_306_322, // notAfter=Nov 26 09:58:42 2036 GMT
            is_ca: false,              // X509v3 Basic Constraints: critical, CA:FALSE
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
fn a_bundle_reads_as_its_first_certificate() {
    let two = format!("{CA}{LEAF}");
    assert_eq!(inspect_pem(&two), inspect_pem(CA));
    let three = format!("{CA}\n{LEAF}\n{EXPIRED}");
    assert_eq!(inspect_pem(&three), inspect_pem(CA));
    // Later blocks are counted, not read: OpenAI uses only the first.
    let garbage_after = format!("{CA}{NOT_A_CERT}");
    assert_eq!(inspect_pem(&garbage_after), inspect_pem(CA));
}

#[test]
fn other_blocks_are_refused_by_name() {
    let key = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBtg\n-----END PRIVATE KEY-----\n";
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
    let err = inspect_pem("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----").unwrap_err();
    assert_eq!(
        err,
        InspectError::BadDer("the CERTIFICATE block is empty".into())
    );
}

#[test]
fn over_16_kb_is_still_read() {
    let padded = format!("{CA}{}", " ".repeat(MAX_CERTIFICATE_BYTES - CA.len() + 1));
    assert_eq!(inspect_pem(&padded), inspect_pem(CA));
    assert_eq!(inspect_pem(&"A".repeat(1 << 20)), Err(InspectError::NotPem));
}

#[test]
fn trailing_bytes_after_the_certificate_are_refused() {
    let der = decode_base64(&certificate_bodies(CA).unwrap()[0]).unwrap();
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
    let der = decode_base64(&certificate_bodies(LEAF).unwrap()[0]).unwrap();
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

//! Numbers to and from text without `core::fmt` or the float parser: the few the client needs
//! (`limit=100` in a query, `retry-after: 1.5` in a header) do not justify the 25 KB those pull
//! into the wasm.

/// Appends `n` in decimal.
pub fn push_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &digit in digits[..len].iter().rev() {
        out.push(char::from(digit));
    }
}

/// A non-negative decimal number such as `250`, `1.5` or `.5` (what `retry-after` and
/// `retry-after-ms` hold), surrounding whitespace allowed; `None` for anything else (signs,
/// exponents, empty text, more than 15 significant digits).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    if whole.len() + fraction.len() > 15 {
        return None; // beyond what an f64 holds exactly; no server asks for such a wait
    }
    let mut value = 0u64;
    for b in whole.bytes().chain(fraction.bytes()) {
        value = value * 10 + u64::from(b - b'0');
    }
    Some(value as f64 / 10f64.powi(fraction.len() as i32))
}

/// A decimal integer of at most 9 digits, such as the parts of an HTTP date.
pub fn parse_small_uint(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 9 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_like_display() {
        for n in [0u64, 7, 10, 99, 100, 123_456_789, u64::MAX] {
            let mut out = String::new();
            push_decimal(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn decimals_parse_like_the_float_parser_where_it_matters() {
        for (text, value) in [
            ("250", 250.0),
            ("1.5", 1.5),
            (" 2 ", 2.0),
            (".5", 0.5),
            ("0", 0.0),
            ("007.250", 7.25),
        ] {
            assert_eq!(parse_decimal(text), Some(value), "{text}");
        }
        for bad in [
            "",
            ".",
            "-1",
            "+1",
            "1e3",
            "soon",
            "1.2.3",
            "1 2",
            "1234567890123456",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn small_integers_parse() {
        assert_eq!(parse_small_uint("1994"), Some(1994));
        assert_eq!(parse_small_uint("06"), Some(6));
        for bad in ["", "-1", "1x", "1234567890"] {
            assert_eq!(parse_small_uint(bad), None, "{bad}");
        }
    }
}

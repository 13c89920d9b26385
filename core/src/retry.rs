//! The retry policy: pure. Given what happened to one attempt, it says whether to try again and
//! after how long. Writes are never sent twice unless the server provably did not act on them.

use crate::text::{parse_decimal, parse_small_uint};

/// First backoff delay (doubled per retry).
pub const INITIAL_DELAY_MS: f64 = 500.0;
/// Longest backoff delay.
pub const MAX_BACKOFF_MS: f64 = 8_000.0;
/// Longest delay a server may ask for before the client gives up instead of sleeping blindly.
pub const MAX_SERVER_DELAY_MS: f64 = 60_000.0;

/// The response headers that steer retries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RetryHeaders {
    /// `x-should-retry`: the server's explicit yes or no.
    pub should_retry: Option<bool>,
    /// `retry-after-ms`: milliseconds.
    pub retry_after_ms: Option<String>,
    /// `retry-after`: seconds, or an HTTP date.
    pub retry_after: Option<String>,
}

/// What happened to one attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Attempt {
    /// An error response arrived.
    Response {
        /// Its status.
        status: u16,
        /// Its retry headers.
        headers: RetryHeaders,
    },
    /// No response. `before_sending`: the connection was never made (refused, no such host), so
    /// the server provably did not see the request.
    ConnectionFailed {
        /// Whether the request provably never left.
        before_sending: bool,
    },
    /// The attempt ran past its timeout: the server may have acted on it.
    TimedOut,
}

/// The policy's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Report the failure.
    GiveUp,
    /// Wait this long, then send again.
    Retry {
        /// Milliseconds to wait.
        delay_ms: f64,
    },
    /// The server asked for a wait longer than [`MAX_SERVER_DELAY_MS`]: report the failure with it.
    WaitTooLong {
        /// What the server asked for, in milliseconds.
        delay_ms: f64,
    },
}

/// Decides about a failed attempt. `retries_done` retries have already been made, out of
/// `max_retries`; `idempotent` is false for uploads; `now_ms` is the clock (for HTTP dates);
/// `jitter` in `[0, 1)` spreads backoffs so clients do not retry in lockstep.
pub fn decide(
    attempt: &Attempt,
    retries_done: u32,
    max_retries: u32,
    idempotent: bool,
    now_ms: f64,
    jitter: f64,
) -> Decision {
    if retries_done >= max_retries || !retryable(attempt, idempotent) {
        return Decision::GiveUp;
    }
    match attempt {
        Attempt::Response { headers, .. } => match server_delay_ms(headers, now_ms) {
            Some(delay_ms) if delay_ms > MAX_SERVER_DELAY_MS => Decision::WaitTooLong { delay_ms },
            Some(delay_ms) => Decision::Retry { delay_ms },
            None => Decision::Retry {
                delay_ms: backoff_ms(retries_done, jitter),
            },
        },
        _ => Decision::Retry {
            delay_ms: backoff_ms(retries_done, jitter),
        },
    }
}

/// Whether this failure may be retried at all.
fn retryable(attempt: &Attempt, idempotent: bool) -> bool {
    match attempt {
        Attempt::Response { status, headers } => {
            if headers.should_retry == Some(false) {
                return false;
            }
            if !idempotent {
                // An upload is repeated only when the server said it did not act and when to return.
                return matches!(status, 429 | 503) && server_delay_ms(headers, 0.0).is_some();
            }
            headers.should_retry == Some(true)
                || matches!(status, 408 | 409 | 429)
                || *status >= 500
        }
        Attempt::ConnectionFailed { before_sending } => idempotent || *before_sending,
        Attempt::TimedOut => idempotent,
    }
}

/// Exponential backoff: 0.5 s × 2^n, at most 8 s, shortened by up to a quarter by `jitter`.
pub fn backoff_ms(retries_done: u32, jitter: f64) -> f64 {
    let base = (INITIAL_DELAY_MS * 2f64.powi(retries_done.min(16) as i32)).min(MAX_BACKOFF_MS);
    base * (1.0 - 0.25 * jitter.clamp(0.0, 1.0))
}

/// The wait the server asked for: `retry-after-ms`, else `retry-after` in seconds or as an HTTP date.
pub fn server_delay_ms(headers: &RetryHeaders, now_ms: f64) -> Option<f64> {
    if let Some(ms) = headers.retry_after_ms.as_deref().and_then(parse_decimal) {
        return Some(ms);
    }
    let value = headers.retry_after.as_deref()?.trim();
    match parse_decimal(value) {
        Some(seconds) => Some(seconds * 1000.0),
        None => http_date_ms(value).map(|at| (at - now_ms).max(0.0)),
    }
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) into Unix milliseconds.
pub fn http_date_ms(text: &str) -> Option<f64> {
    let mut parts = text.split_whitespace();
    let (_weekday, day, month, year, time, zone) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    if zone != "GMT" || parts.next().is_some() || day.len() != 2 || time.len() != 8 {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? as i64 + 1;
    let (day, year) = (
        i64::from(parse_small_uint(day)?),
        i64::from(parse_small_uint(year)?),
    );
    let mut hms = time.split(':').map(parse_small_uint);
    let (h, m, s) = (
        i64::from(hms.next()??),
        i64::from(hms.next()??),
        i64::from(hms.next()??),
    );
    if !(1..=31).contains(&day) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    Some(((days_from_civil(year, month, day) * 86_400 + h * 3600 + m * 60 + s) * 1000) as f64)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16) -> Attempt {
        Attempt::Response {
            status,
            headers: RetryHeaders::default(),
        }
    }

    fn with_headers(status: u16, headers: RetryHeaders) -> Attempt {
        Attempt::Response { status, headers }
    }

    #[test]
    fn retryable_statuses_back_off_exponentially_up_to_8_s() {
        for status in [408, 409, 429, 500, 502, 503, 504] {
            assert_eq!(
                decide(&response(status), 0, 2, true, 0.0, 0.0),
                Decision::Retry { delay_ms: 500.0 },
                "{status}"
            );
        }
        assert_eq!(
            decide(&response(500), 1, 9, true, 0.0, 0.0),
            Decision::Retry { delay_ms: 1000.0 }
        );
        assert_eq!(
            decide(&response(500), 5, 9, true, 0.0, 0.0),
            Decision::Retry { delay_ms: 8000.0 }
        );
        assert_eq!(
            decide(&response(500), 0, 2, true, 0.0, 0.999),
            Decision::Retry {
                delay_ms: 500.0 * (1.0 - 0.25 * 0.999)
            }
        );
    }

    #[test]
    fn other_statuses_and_exhausted_retries_give_up() {
        for status in [400, 401, 403, 404, 422] {
            assert_eq!(
                decide(&response(status), 0, 2, true, 0.0, 0.0),
                Decision::GiveUp,
                "{status}"
            );
        }
        assert_eq!(
            decide(&response(500), 2, 2, true, 0.0, 0.0),
            Decision::GiveUp
        );
        assert_eq!(
            decide(&response(500), 0, 0, true, 0.0, 0.0),
            Decision::GiveUp
        );
    }

    #[test]
    fn x_should_retry_overrides_the_status() {
        let yes = RetryHeaders {
            should_retry: Some(true),
            ..RetryHeaders::default()
        };
        let no = RetryHeaders {
            should_retry: Some(false),
            ..RetryHeaders::default()
        };
        assert!(matches!(
            decide(&with_headers(400, yes), 0, 2, true, 0.0, 0.0),
            Decision::Retry { .. }
        ));
        assert_eq!(
            decide(&with_headers(503, no), 0, 2, true, 0.0, 0.0),
            Decision::GiveUp
        );
    }

    #[test]
    fn server_delays_come_from_retry_after_ms_then_retry_after() {
        let h = |ms: Option<&str>, s: Option<&str>| RetryHeaders {
            retry_after_ms: ms.map(Into::into),
            retry_after: s.map(Into::into),
            ..RetryHeaders::default()
        };
        assert_eq!(
            server_delay_ms(&h(Some("250"), Some("9")), 0.0),
            Some(250.0)
        );
        assert_eq!(server_delay_ms(&h(None, Some("2")), 0.0), Some(2000.0));
        assert_eq!(
            server_delay_ms(&h(Some("soon"), Some("1.5")), 0.0),
            Some(1500.0)
        );
        assert_eq!(server_delay_ms(&h(Some(" 1.5 "), None), 0.0), Some(1.5));
        let now = http_date_ms("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(now, 784_111_777_000.0);
        assert_eq!(
            server_delay_ms(&h(None, Some("Sun, 06 Nov 1994 08:49:40 GMT")), now),
            Some(3000.0)
        );
        assert_eq!(
            server_delay_ms(&h(None, Some("Sun, 06 Nov 1994 08:49:30 GMT")), now),
            Some(0.0)
        );
        assert_eq!(server_delay_ms(&h(None, Some("tomorrow")), now), None);
        assert_eq!(server_delay_ms(&h(Some("-5"), None), 0.0), None);
    }

    #[test]
    fn a_server_delay_over_60_s_is_not_slept() {
        let long = RetryHeaders {
            retry_after: Some("61".into()),
            ..RetryHeaders::default()
        };
        assert_eq!(
            decide(&with_headers(429, long), 0, 2, true, 0.0, 0.0),
            Decision::WaitTooLong { delay_ms: 61_000.0 }
        );
        let ok = RetryHeaders {
            retry_after: Some("60".into()),
            ..RetryHeaders::default()
        };
        assert_eq!(
            decide(&with_headers(429, ok), 0, 2, true, 0.0, 0.0),
            Decision::Retry { delay_ms: 60_000.0 }
        );
    }

    #[test]
    fn uploads_are_never_duplicated() {
        let hinted = RetryHeaders {
            retry_after: Some("1".into()),
            ..RetryHeaders::default()
        };
        assert_eq!(
            decide(&with_headers(429, hinted.clone()), 0, 2, false, 0.0, 0.0),
            Decision::Retry { delay_ms: 1000.0 }
        );
        assert_eq!(
            decide(&with_headers(503, hinted.clone()), 0, 2, false, 0.0, 0.0),
            Decision::Retry { delay_ms: 1000.0 }
        );
        for status in [500, 502, 504, 408, 409] {
            assert_eq!(
                decide(&with_headers(status, hinted.clone()), 0, 2, false, 0.0, 0.0),
                Decision::GiveUp,
                "{status}"
            );
        }
        assert_eq!(
            decide(&response(429), 0, 2, false, 0.0, 0.0),
            Decision::GiveUp,
            "429 without a retry header"
        );
        assert_eq!(
            decide(&Attempt::TimedOut, 0, 2, false, 0.0, 0.0),
            Decision::GiveUp
        );
        assert_eq!(
            decide(
                &Attempt::ConnectionFailed {
                    before_sending: false
                },
                0,
                2,
                false,
                0.0,
                0.0
            ),
            Decision::GiveUp
        );
        assert!(matches!(
            decide(
                &Attempt::ConnectionFailed {
                    before_sending: true
                },
                0,
                2,
                false,
                0.0,
                0.0
            ),
            Decision::Retry { .. }
        ));
    }

    #[test]
    fn idempotent_requests_retry_connection_failures_and_timeouts() {
        assert!(matches!(
            decide(&Attempt::TimedOut, 0, 2, true, 0.0, 0.0),
            Decision::Retry { .. }
        ));
        assert!(matches!(
            decide(
                &Attempt::ConnectionFailed {
                    before_sending: false
                },
                1,
                2,
                true,
                0.0,
                0.0
            ),
            Decision::Retry { .. }
        ));
    }

    #[test]
    fn http_dates_parse_or_are_refused() {
        assert_eq!(http_date_ms("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0.0));
        assert_eq!(
            http_date_ms("Tue, 29 Feb 2028 12:00:00 GMT"),
            Some(1_835_438_400_000.0)
        );
        for bad in [
            "",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 8:49 GMT",
        ] {
            assert_eq!(http_date_ms(bad), None, "{bad}");
        }
    }
}

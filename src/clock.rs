//! The program's one reader of the clock. Only the doors call it (the CLI for `--today`'s default, the store
//! for when a row was written, the bot for its stats window); the core takes the day a question was asked
//! as an input, so an answer never changes with the day it is computed.

use crate::understand::calendar::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// Seconds since 1970-01-01 UTC, now.
pub fn now_unix() -> i64 {
    Timestamp::now().as_second()
}

/// Today's date in UTC.
pub fn today() -> Date {
    date_of_unix(now_unix())
}

/// The UTC date of a moment given in seconds since 1970 (a Discord timestamp, a stored row). A moment
/// outside the years -9999..=9999 is clamped to the nearest end.
pub fn date_of_unix(seconds: i64) -> Date {
    let moment = Timestamp::from_second(seconds).unwrap_or(if seconds < 0 {
        Timestamp::MIN
    } else {
        Timestamp::MAX
    });
    TimeZone::UTC.to_datetime(moment).date()
}

/// A date given on the command line that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` is not a date in the form YYYY-MM-DD (for example 2026-11-30)")]
    Form(String),
    #[error("`{0}` is not a real day (expected YYYY-MM-DD, for example 2026-11-30)")]
    NoSuchDay(String),
}

/// Reads a `YYYY-MM-DD` date (for `--today`).
pub fn parse_date(text: &str) -> Result<Date, DateError> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(DateError::Form(text.to_string()));
    }
    text.parse::<Date>()
        .map_err(|_| DateError::NoSuchDay(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discord_moments_become_utc_days() {
        // 2026-11-30T23:59:59Z and one second later.
        assert_eq!(date_of_unix(1_796_083_199), jiff::civil::date(2026, 11, 30));
        assert_eq!(date_of_unix(1_796_083_200), jiff::civil::date(2026, 12, 1));
        assert_eq!(date_of_unix(i64::MAX).year(), 9999);
    }

    #[test]
    fn dates_must_be_real_and_in_one_form() {
        assert_eq!(parse_date("2028-02-29"), Ok(jiff::civil::date(2028, 2, 29)));
        for bad in [
            "2027-02-29",
            "2026-13-01",
            "30/11/2026",
            "2026-1-5",
            "tomorrow",
            "",
        ] {
            let e = parse_date(bad).unwrap_err().to_string();
            assert!(e.contains("YYYY-MM-DD"), "{bad}: {e}");
        }
    }
}

//! Dates told as calendar references ("on Monday", "back in March", "over Christmas", "at the start of the
//! month", "the 10th of this month", "end of last year") turned into days before today. Today comes from the
//! system clock; tests pass a fixed day. A reference is always read as the most recent such day in the past,
//! since people tell when something happened.

use regex::Regex;
use std::sync::LazyLock;

/// A civil date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Today in UTC from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_days(secs.div_euclid(86_400))
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days(self) -> i64 {
        let y = if self.month <= 2 {
            self.year - 1
        } else {
            self.year
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date { year, month, day }
    }

    /// 0 = Monday … 6 = Sunday.
    fn weekday(self) -> i64 {
        (self.days() + 3).rem_euclid(7)
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(concat!(
        r"\b(?P<iso_y>20\d\d)[-/](?P<iso_m>\d{1,2})[-/](?P<iso_d>\d{1,2})\b|",
        r"\b(?P<m_dom>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec) (?P<dom>\d{1,2})(?:st|nd|rd|th)?\b",
        r"|\b(?P<dom2>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<m_dom2>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b",
        r"|\b(?:(?P<may_part>early|mid|late|end of|start of|beginning of)|in|since|back in|during|around) (?P<may>may)\b",
        r"|\b(?:(?P<part>early|mid|late|end of|start of|beginning of|the start of|the end of|the beginning of) ?)?",
        r"(?P<month>january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b",
        r"|\b(?P<holiday>christmas|xmas|new year|new years|easter|thanksgiving)\b",
        r"|\b(?:(?P<period_part>start|beginning|end) of )?(?P<which>this|last|the) (?P<period>month|year)\b",
        r"|\bthe (?P<nth>\d{1,2})(?:(?:st|nd|rd|th)(?: of (?P<nth_which>this|last) month)?|(?: of (?P<nth_which2>this|last) month))\b",
        r"|\b(?P<on>on|since|last|this past|past) (?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    ))
    .expect("the calendar pattern is valid")
});

/// A calendar reference and how many days before `today` it points to.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub days: f64,
    pub start: usize,
    pub end: usize,
}

/// Every calendar reference in `text` (normalised, lower case) with its distance from `today` in days.
pub fn find(text: &str, today: Date) -> Vec<Reference> {
    let now = today.days();
    let mut out = Vec::new();
    for caps in REFERENCE.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let month_of = |name: &str| {
            MONTHS
                .iter()
                .position(|full| full.starts_with(name))
                .map(|i| i as u32 + 1)
        };
        let day_of = |part: Option<&str>| match part {
            Some("early" | "start of" | "beginning of" | "the start of" | "the beginning of") => 5,
            Some("late" | "end of" | "the end of") => 25,
            _ => 15,
        };
        let dated = caps
            .name("m_dom")
            .zip(caps.name("dom"))
            .or_else(|| caps.name("m_dom2").zip(caps.name("dom2")));
        let iso = (caps.name("iso_y"), caps.name("iso_m"), caps.name("iso_d"));
        let then = if let (Some(y), Some(m), Some(d)) = iso {
            let (Ok(year), Ok(month), Ok(day)) = (
                y.as_str().parse::<i64>(),
                m.as_str().parse::<u32>(),
                d.as_str().parse::<u32>(),
            ) else {
                continue;
            };
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                continue;
            }
            Date { year, month, day }
        } else if let Some((m, d)) = dated {
            let (Some(month), Ok(day)) = (month_of(m.as_str()), d.as_str().parse::<u32>()) else {
                continue;
            };
            if !(1..=31).contains(&day) {
                continue;
            }
            most_recent(today, month, day.min(28))
        } else if caps.name("may").is_some() {
            most_recent(today, 5, day_of(caps.name("may_part").map(|p| p.as_str())))
        } else if let Some(m) = caps.name("month") {
            // "may" is also a verb: only months that cannot be read another way are taken.
            let name = m.as_str();
            let Some(month) = MONTHS
                .iter()
                .position(|full| full.starts_with(name))
                .map(|i| i as u32 + 1)
            else {
                continue;
            };
            let day = match caps.name("part").map(|p| p.as_str()) {
                Some(
                    "early" | "start of" | "beginning of" | "the start of" | "the beginning of",
                ) => 5,
                Some("late" | "end of" | "the end of") => 25,
                _ => 15,
            };
            most_recent(today, month, day)
        } else if let Some(h) = caps.name("holiday") {
            let (month, day) = match h.as_str() {
                "christmas" | "xmas" => (12, 25),
                "new year" | "new years" => (1, 1),
                "easter" => (4, 5),
                _ => (11, 25),
            };
            most_recent(today, month, day)
        } else if let Some(period) = caps.name("period") {
            let last = caps.name("which").is_some_and(|w| w.as_str() == "last");
            let part = caps.name("period_part").map(|p| p.as_str());
            match (period.as_str(), last, part) {
                // "last month" and "last year" alone are read by the timeline as a month and a year.
                (_, true, None) => continue,
                (_, _, None) => continue,
                ("month", false, Some("end")) => continue,
                ("month", false, _) => Date { day: 1, ..today },
                ("month", true, Some("end")) => {
                    Date::from_days(Date { day: 1, ..today }.days() - 1)
                }
                ("month", true, _) => {
                    let prev = Date::from_days(Date { day: 1, ..today }.days() - 1);
                    Date { day: 1, ..prev }
                }
                ("year", false, Some("end")) => continue,
                ("year", false, _) => Date {
                    month: 1,
                    day: 1,
                    ..today
                },
                ("year", true, Some("end")) => Date {
                    year: today.year - 1,
                    month: 12,
                    day: 31,
                },
                (_, _, _) => Date {
                    year: today.year - 1,
                    month: 1,
                    day: 1,
                },
            }
        } else if let Some(n) = caps.name("nth") {
            let Ok(day) = n.as_str().parse::<u32>() else {
                continue;
            };
            if !(1..=31).contains(&day) {
                continue;
            }
            let last = caps
                .name("nth_which")
                .or_else(|| caps.name("nth_which2"))
                .is_some_and(|w| w.as_str() == "last");
            let this_month = Date { day, ..today };
            if last || this_month.days() > now {
                let prev = Date::from_days(Date { day: 1, ..today }.days() - 1);
                Date {
                    day: day.min(28),
                    ..prev
                }
            } else {
                this_month
            }
        } else if let Some(w) = caps.name("weekday") {
            let Some(target) = WEEKDAYS.iter().position(|d| *d == w.as_str()) else {
                continue;
            };
            let mut back = (today.weekday() - target as i64).rem_euclid(7);
            if back == 0 {
                back = 7;
            }
            Date::from_days(now - back)
        } else {
            continue;
        };
        let days = now - then.days();
        // "the 3rd of November" can match as two pieces; the first one read stands for the date.
        let continues_previous = out
            .last()
            .is_some_and(|r: &Reference| whole.start() <= r.end + 4);
        if days >= 0 && !continues_previous {
            out.push(Reference {
                days: days as f64,
                start: whole.start(),
                end: whole.end(),
            });
        }
    }
    out
}

/// The latest `month`/`day` that is not after `today`.
fn most_recent(today: Date, month: u32, day: u32) -> Date {
    let this_year = Date {
        year: today.year,
        month,
        day,
    };
    if this_year.days() <= today.days() {
        this_year
    } else {
        Date {
            year: today.year - 1,
            month,
            day,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 25,
    };

    fn days(text: &str) -> Vec<f64> {
        find(text, TODAY).into_iter().map(|r| r.days).collect()
    }

    #[test]
    fn dates_round_trip() {
        for z in [-1000, 0, 20_000, 20_782] {
            assert_eq!(Date::from_days(z).days(), z);
        }
        assert_eq!(Date::from_days(20_782), TODAY);
        assert_eq!(TODAY.weekday(), 2, "2026-11-25 is a Wednesday");
    }

    #[test]
    fn reads_calendar_references() {
        let cases: &[(&str, &[f64])] = &[
            ("acl reconstruction on monday", &[2.0]),
            ("meniscus repaired over christmas", &[335.0]),
            ("tkr at the start of the month", &[24.0]),
            ("aclr back in march", &[255.0]),
            ("tkr in april", &[224.0]),
            ("at the start of the year", &[328.0]),
            ("knee scope on the 10th of this month", &[15.0]),
            ("meniscus repair in early november", &[20.0]),
            ("in february", &[283.0]),
            ("graft done mid september", &[71.0]),
            ("end of last year", &[329.0]),
            ("aclr on october 28th", &[28.0]),
            ("reconstruction on 2026-11-18", &[7.0]),
            ("on the 3rd of november", &[22.0]),
            ("tkr in early may", &[204.0]),
            ("i may do squats", &[]),
            ("last month", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(days(text), *want, "{text}");
        }
    }
}

//! A season told as when something happened ("back in the spring", "last summer", "summer 2024") read as
//! a day before today. Seasons are the northern year's (spring from March, summer from June, autumn from
//! September, winter from December) unless the post says which season it is now and only the southern year
//! has it so ("the winter just gone, it's spring now", asked in October). A season is a rough time anyway,
//! read as its middle.

use super::calendar::Date;
use regex::Regex;
use std::sync::LazyLock;

/// How a season is told: "this spring", "last summer", or plainly ("in the spring", "back in the autumn").
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Told {
    This,
    Last,
    Plain,
}

impl Told {
    pub(super) fn from_lead(lead: &str) -> Told {
        match lead {
            "this" => Told::This,
            "last" => Told::Last,
            _ => Told::Plain,
        }
    }
}

/// Days from a season's first day to its middle.
const TO_MIDDLE: i64 = 45;

/// The day a season told as `told` points to, or `None` for one still ahead ("this winter" said in
/// November). The last time the season came round is read as its middle; one under way, as halfway from its
/// start to today; "last summer" said in the summer is the year before's.
pub(super) fn day(season: &str, told: Told, today: Date, text: &str) -> Option<Date> {
    let first_month = first_month(season, southern(text, today))?;
    let start_in = |year: i16| Date::new(year, first_month, 1).ok();
    let this_years = start_in(today.year())?;
    let latest = super::calendar::latest_by(today, start_in)?;
    let under_way = latest.checked_add(jiff::Span::new().months(3)).ok()? > today;
    match (told, under_way) {
        (Told::Last, true) => middle(start_in(latest.year() - 1)?),
        (Told::This, false) if this_years > today => None,
        (_, true) => {
            let half = latest.until(today).ok()?.get_days() / 2;
            latest.checked_add(jiff::Span::new().days(half)).ok()
        }
        (_, false) => middle(latest),
    }
}

/// The day a season of a year named points to ("summer 2024"): its middle; a winter is the one its January
/// is in.
pub(super) fn of_year(season: &str, year: i16, today: Date, text: &str) -> Option<Date> {
    let first_month = first_month(season, southern(text, today))?;
    let start_year = if first_month == 12 { year - 1 } else { year };
    middle(Date::new(start_year, first_month, 1).ok()?)
}

/// The middle of a season that began on `start`.
fn middle(start: Date) -> Option<Date> {
    start.checked_add(jiff::Span::new().days(TO_MIDDLE)).ok()
}

/// The month a season begins in, in the northern or the southern year.
fn first_month(season: &str, southern: bool) -> Option<i8> {
    let northern = match season {
        "spring" => 3,
        "summer" => 6,
        "autumn" | "fall" => 9,
        "winter" => 12,
        _ => return None,
    };
    Some(if southern {
        (northern + 5) % 12 + 1
    } else {
        northern
    })
}

/// The season a post says it is now ("it's spring now", "now in winter").
static SAID_NOW: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(
        r"\b(?:it s|its|it is|now in|now it s|now its|now it is|we re in|we are in)(?: now)? (?:early |mid |late |the middle of )?(?:the )?(?P<season>spring|summer|autumn|fall|winter)\b",
    )
    .expect("the season-now pattern is valid")
});

/// Whether the post says it is a season now that only the southern year has at `today`.
fn southern(text: &str, today: Date) -> bool {
    let Some(said) = SAID_NOW.captures(text).and_then(|c| c.name("season")) else {
        return false;
    };
    let under_way = |first: Option<i8>| {
        first.is_some_and(|first| (i16::from(today.month()) - i16::from(first)).rem_euclid(12) < 3)
    };
    !under_way(first_month(said.as_str(), false)) && under_way(first_month(said.as_str(), true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_season_is_its_last_middle_or_halfway_through_one_under_way() {
        let november = date(2026, 11, 10);
        assert_eq!(
            day("spring", Told::Plain, november, ""),
            Some(date(2026, 4, 15))
        );
        assert_eq!(
            day("summer", Told::Last, november, ""),
            Some(date(2026, 7, 16))
        );
        // Autumn is under way in November: halfway from its start.
        assert_eq!(
            day("autumn", Told::Plain, november, ""),
            Some(date(2026, 10, 6))
        );
        // Winter has not begun: the last one.
        assert_eq!(
            day("winter", Told::Plain, november, ""),
            Some(date(2026, 1, 15))
        );
        // "This winter" in November is still ahead; "this spring" is behind.
        assert_eq!(day("winter", Told::This, november, ""), None);
        assert_eq!(
            day("spring", Told::This, november, ""),
            Some(date(2026, 4, 15))
        );
        // "Last summer" said in July is the year before's.
        assert_eq!(
            day("summer", Told::Last, date(2026, 7, 20), ""),
            Some(date(2025, 7, 16))
        );
        // Winter runs over the new year.
        assert_eq!(
            day("winter", Told::Last, date(2027, 1, 20), ""),
            Some(date(2026, 1, 15))
        );
    }

    #[test]
    fn a_year_named_or_the_southern_seasons() {
        let october = date(2025, 10, 5);
        assert_eq!(
            of_year("summer", 2024, october, ""),
            Some(date(2024, 7, 16))
        );
        assert_eq!(
            of_year("winter", 2025, october, ""),
            Some(date(2025, 1, 15))
        );
        // "It's spring now" in October: the southern year, where winter ended in August.
        let post = "had my knee replaced in the winter just gone, it s spring now";
        assert_eq!(
            day("winter", Told::Plain, october, post),
            Some(date(2025, 7, 16))
        );
        // Said in April, "it's spring now" is the northern year's.
        let april = date(2025, 4, 20);
        assert_eq!(
            day("winter", Told::Plain, april, "it s spring now"),
            Some(date(2025, 1, 15))
        );
    }
}

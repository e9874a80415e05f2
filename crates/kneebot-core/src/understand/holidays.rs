//! The day a holiday falls on in a given year: fixed days (Christmas, Halloween, Australia Day, Bonfire
//! Night), Easter and the days around it (Good Friday, Easter Monday), which move with the moon, and days
//! set by weekday (Thanksgiving, the fourth Thursday of November; Memorial Day, the last Monday of May).
//! Part of reading calendar references (`calendar.rs`). Holidays whose day differs by country
//! ("Independence Day", "Labor Day", "Mother's Day") or follows a lunar calendar (Diwali) are left out: no
//! one day is meant.

use jiff::civil::{Date, Weekday};

/// The day `holiday` (as the calendar pattern writes it, normalised) falls on in `year`; `None` for a
/// name it does not know or a day the year does not have (the 29th of February).
pub(super) fn day_in(holiday: &str, year: i16) -> Option<Date> {
    let fixed = |month: i8, day: i8| Date::new(year, month, day).ok();
    match holiday {
        "christmas" | "xmas" => fixed(12, 25),
        "christmas eve" | "xmas eve" => fixed(12, 24),
        "boxing day" => fixed(12, 26),
        "new years eve" | "new year s eve" => fixed(12, 31),
        "new year" | "new years" | "new years day" | "new year s day" => fixed(1, 1),
        "valentines day" | "valentine s day" => fixed(2, 14),
        "st patricks day" | "st patrick s day" | "paddys day" | "paddy s day" => fixed(3, 17),
        "halloween" => fixed(10, 31),
        "leap day" => fixed(2, 29),
        "australia day" => fixed(1, 26),
        "anzac day" => fixed(4, 25),
        "canada day" => fixed(7, 1),
        "burns night" => fixed(1, 25),
        "bonfire night" | "guy fawkes night" => fixed(11, 5),
        "st andrews day" | "st andrew s day" => fixed(11, 30),
        "st georges day" | "st george s day" => fixed(4, 23),
        "st davids day" | "st david s day" => fixed(3, 1),
        "remembrance day" | "armistice day" | "veterans day" => fixed(11, 11),
        "juneteenth" => fixed(6, 19),
        // The Monday on or before the 24th of May.
        "victoria day" => fixed(5, 24)?
            .checked_sub(
                jiff::Span::new().days(i64::from(fixed(5, 24)?.weekday().to_monday_zero_offset())),
            )
            .ok(),
        "memorial day" => Date::new(year, 5, 1)
            .ok()?
            .nth_weekday_of_month(-1, Weekday::Monday)
            .ok(),
        "mlk day" | "martin luther king day" => Date::new(year, 1, 1)
            .ok()?
            .nth_weekday_of_month(3, Weekday::Monday)
            .ok(),
        "presidents day" => Date::new(year, 2, 1)
            .ok()?
            .nth_weekday_of_month(3, Weekday::Monday)
            .ok(),
        "easter" | "easter sunday" | "easter weekend" => easter_sunday(year),
        "good friday" => easter_sunday(year)?
            .checked_sub(jiff::Span::new().days(2))
            .ok(),
        "easter monday" => easter_sunday(year)?.tomorrow().ok(),
        "thanksgiving" => Date::new(year, 11, 1)
            .ok()?
            .nth_weekday_of_month(4, Weekday::Thursday)
            .ok(),
        _ => None,
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus).
fn easter_sunday(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The most recent day `holiday` fell on, on or before `today`; in `year` when the post names one
/// ("Thanksgiving 2026").
pub(super) fn most_recent(holiday: &str, year: Option<i16>, today: Date) -> Option<Date> {
    if let Some(year) = year {
        return day_in(holiday, year).filter(|&d| d <= today);
    }
    super::calendar::latest_by(today, |year| day_in(holiday, year))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn easter_and_thanksgiving_move_with_the_year() {
        assert_eq!(easter_sunday(2024), Some(date(2024, 3, 31)));
        assert_eq!(easter_sunday(2028), Some(date(2028, 4, 16)));
        assert_eq!(day_in("good friday", 2028), Some(date(2028, 4, 14)));
        assert_eq!(day_in("easter monday", 2025), Some(date(2025, 4, 21)));
        assert_eq!(day_in("thanksgiving", 2026), Some(date(2026, 11, 26)));
        assert_eq!(day_in("thanksgiving", 2027), Some(date(2027, 11, 25)));
        assert_eq!(day_in("memorial day", 2026), Some(date(2026, 5, 25)));
        assert_eq!(day_in("victoria day", 2026), Some(date(2026, 5, 18)));
        assert_eq!(day_in("victoria day", 2027), Some(date(2027, 5, 24)));
        assert_eq!(day_in("mlk day", 2027), Some(date(2027, 1, 18)));
        assert_eq!(day_in("australia day", 2030), Some(date(2030, 1, 26)));
    }

    #[test]
    fn the_most_recent_day_is_on_or_before_today() {
        let today = date(2028, 4, 10);
        // Good Friday 2028 is still ahead: the one before it.
        assert_eq!(
            most_recent("good friday", None, today),
            Some(date(2027, 3, 26))
        );
        assert_eq!(
            most_recent("leap day", None, date(2031, 1, 5)),
            Some(date(2028, 2, 29))
        );
        assert_eq!(
            most_recent("thanksgiving", Some(2026), today),
            Some(date(2026, 11, 26))
        );
        assert_eq!(most_recent("thanksgiving", Some(2029), today), None);
    }
}

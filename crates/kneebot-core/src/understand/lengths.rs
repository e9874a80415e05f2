//! How long a told span of time is: the numbers and units people write ("6 weeks", "three months", "a
//! year and a half", "2wks") read into days. The timeline reads elapsed time with them; a limit's told
//! length is read with them too.

use regex::Regex;
use std::sync::LazyLock;

/// Days in a unit. A month is a calendar average, so "6 months" and "26 weeks" land together.
pub(super) const DAY: f64 = 1.0;
pub(super) const WEEK: f64 = 7.0;
pub(super) const MONTH: f64 = 30.4375;
pub(super) const YEAR: f64 = 365.25;

pub(super) const NUMBER: &str = r"\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a couple of|a couple|couple of|couple|a few|few|several|a handful of";
pub(super) const UNIT: &str = r"days?|weeks?|wks?|fortnights?|months?|mos?|mths?|years?|yrs?|yr";

pub(super) static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(&format!(
        r"\b(?:(?P<half_first>half an?|half a) (?P<unit_h>{UNIT})|the (?P<unit_the>day|week|fortnight|month|year)|(?P<num>{NUMBER})(?: and a half| and half)?[ -]?(?:(?:whole|full|good|long|solid|entire|straight) )?(?P<unit>{UNIT})(?P<and_half> and a half| and half)?|(?P<num_short>\d+(?:\.\d+)?)(?P<unit_short>d|w|y|wk|mo))\b"
    ))
    .expect("the timeline pattern is valid")
});

/// The value of a number written in digits or words ("6", "six", "a couple of").
pub(super) fn number(word: &str) -> Option<f64> {
    if let Ok(n) = word.parse::<f64>() {
        return Some(n);
    }
    Some(match word {
        "a" | "an" | "one" => 1.0,
        "two" | "a couple of" | "a couple" | "couple of" | "couple" => 2.0,
        "three" | "a few" | "few" | "several" | "a handful of" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        _ => return None,
    })
}

/// The amount and the days in its unit of one match of [`AMOUNT`] ("6 weeks" is 6 and 7, "a year and a
/// half" 1.5 and 365.25); none where the unit is not one of time. An amount not read is 0.
pub(super) fn amount_of(caps: &regex::Captures) -> Option<(f64, f64)> {
    let whole = caps.get(0)?.as_str();
    if let Some(u) = caps.name("unit_h") {
        return Some((0.5, unit(u.as_str())?));
    }
    // "The week after my op": one of the unit (the timeline keeps it only before "after").
    if let Some(u) = caps.name("unit_the") {
        return Some((1.0, unit(u.as_str())?));
    }
    if let Some(u) = caps.name("unit") {
        let n = caps.name("num").and_then(|n| number(n.as_str()));
        let half = caps.name("and_half").is_some()
            || whole.contains(" and a half ")
            || whole.contains(" and half ");
        let amount = n.map(|n| n + if half { 0.5 } else { 0.0 }).unwrap_or(0.0);
        return Some((amount, unit(u.as_str())?));
    }
    let u = caps.name("unit_short")?;
    let n = caps.name("num_short").and_then(|n| number(n.as_str()));
    Some((n.unwrap_or(0.0), unit(u.as_str())?))
}

/// The days in the first length of time in `text` ("6 weeks", "three months", "a year and a half").
pub(super) fn length_days(text: &str) -> Option<f64> {
    let (amount, unit_days) = amount_of(&AMOUNT.captures(text)?)?;
    (amount > 0.0).then_some(amount * unit_days)
}

/// True when `text` opens with a length of time ("2 wks after…"): its number counts, whatever chat
/// spelling the number alone may stand for ("ok 2 go").
pub(super) fn opens_with_length(text: &str) -> bool {
    // Speed: a length is a few words; the search reads no further than they can reach.
    let end = (text.char_indices().map(|(i, _)| i))
        .find(|&i| i >= LENGTH_REACH)
        .unwrap_or(text.len());
    AMOUNT.find(&text[..end]).is_some_and(|m| m.start() == 0)
}

/// The most bytes a length of time told at a word's start takes ("2 and a half fortnights").
const LENGTH_REACH: usize = 40;

/// The days in a unit of time ("weeks", "mths", "yr").
pub(super) fn unit(word: &str) -> Option<f64> {
    Some(match word {
        w if w.starts_with('d') => DAY,
        w if w.starts_with('f') => 2.0 * WEEK,
        w if w.starts_with('w') => WEEK,
        w if w.starts_with('m') => MONTH,
        w if w.starts_with('y') => YEAR,
        _ => return None,
    })
}

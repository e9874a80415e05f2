//! A month told as "that November" after a year written out earlier in the post ("tore my ACL in 2023…
//! had the recon that November"): the month of the year told, not the latest one before the day asked.

use super::calendar::Date;

/// The groups of the calendar pattern that hold a year written out.
const YEAR_GROUPS: [&str; 13] = [
    "iso_y",
    "num_y",
    "dot_y",
    "year",
    "dom_y",
    "domw_y",
    "domw2_y",
    "dom2_y",
    "holiday_year",
    "national_year",
    "season_year",
    "season_year2",
    "nth_word_y",
];

/// The year of `then`, when the reference `caps` writes it out.
pub(super) fn written(caps: &regex::Captures<'_>, then: Date) -> Option<i16> {
    YEAR_GROUPS
        .iter()
        .any(|g| caps.name(g).is_some())
        .then(|| then.year())
}

/// The year a month of `caps` points back at: `year_told` when the words just before it point back ("that
/// November", "the same March").
pub(super) fn pointed_back(
    caps: &regex::Captures<'_>,
    text: &str,
    year_told: Option<i16>,
) -> Option<i16> {
    let month = caps.name("month")?;
    let start = caps.name("part").map_or(month.start(), |p| p.start());
    let before = text[..start].trim_end();
    let back =
        crate::text::ends_with_word(before, "that") || crate::text::ends_with_word(before, "same");
    year_told.filter(|_| back)
}

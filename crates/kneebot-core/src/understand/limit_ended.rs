//! Stage of reading limits: whether a clinician's limit told with its length or its last day has run out
//! by the day asked ("no squats for 6 weeks after my meniscus repair" four months after it, "no running
//! before 12 weeks post op" at twelve weeks, "no squats until October" in late November). A length counts
//! from the operation or injury the post dates. A limit whose length may count from a later day (told at a
//! check, "for another 6 weeks", "from now") or is only a least ("at least 3 months") stays in place, as
//! does one in a post with no dated event, and one lasting until a check or appointment (what was said
//! there is not told): a wrong go-ahead hurts more than a needless "follow your clinician".

use super::calendar::{self, Date};
use crate::knowledge::vocabulary::Asking;

/// How far into the past a limit's last day, told without a year ("until October"), is read as gone: a
/// month further back may as well be the same month still ahead, so the limit stays.
const LAST_DAY_GONE_WITHIN_DAYS: f64 = 183.0;

/// What a limit's end is measured against: the days since the post's operation or injury (when dated,
/// and no later fall or twist came after it) and the day asked.
#[derive(Debug, Clone, Copy)]
pub(super) struct LimitClock {
    pub elapsed_days: Option<f64>,
    pub today: Date,
}

/// How far after the limited exercise its last day may be told ("no running or jumping till April"): a
/// day further on belongs to another part of the sentence.
const LAST_DAY_WITHIN_BYTES: usize = 40;

/// True when `sentence`, which tells a limit on the exercise named up to byte `exercise_end`, gives it a
/// length the days since the operation or injury have passed, or a last day ("till March", "until the
/// 14th of June") that is gone.
pub(super) fn has_run_out(
    sentence: &str,
    exercise_end: usize,
    clock: LimitClock,
    asking: &Asking,
) -> bool {
    if asking.limit_from_later.is_match(sentence) {
        return false;
    }
    last_day_gone(sentence, exercise_end, clock.today, asking)
        || length_passed(sentence, clock, asking)
}

/// True when the sentence bounds its limit by a day of the calendar told just after the exercise ("no
/// running till March") that lies before today, within [`LAST_DAY_GONE_WITHIN_DAYS`]. The day itself
/// still holds ("until the 14th" on the 14th). A day told before the exercise is not its bound: "ran fine
/// until March, then my surgeon said no running" dates the injury.
fn last_day_gone(sentence: &str, exercise_end: usize, today: Date, asking: &Asking) -> bool {
    calendar::find(sentence, today).into_iter().any(|r| {
        r.days > 0.0
            && r.days <= LAST_DAY_GONE_WITHIN_DAYS
            && r.start >= exercise_end
            && r.start - exercise_end <= LAST_DAY_WITHIN_BYTES
            && asking.limit_runs_to_day.is_match(&sentence[..r.start])
    })
}

/// True when the sentence tells the limit's length and the days since the operation or injury passed it.
fn length_passed(sentence: &str, clock: LimitClock, asking: &Asking) -> bool {
    let Some(elapsed) = clock.elapsed_days else {
        return false;
    };
    // "For 6 weeks" holds through the sixth week; "before 12 weeks" ends as the twelfth begins.
    let past = |spans: Vec<(usize, usize)>, through: bool| {
        spans.into_iter().any(|(start, end)| {
            super::lengths::length_days(&sentence[start..end]).is_some_and(|length| {
                if through {
                    elapsed > length
                } else {
                    elapsed >= length
                }
            })
        })
    };
    past(asking.limit_runs_for.spans(sentence), true)
        || past(asking.limit_runs_until.spans(sentence), false)
        // "Until week 6": the sixth week's start, as "until 6 weeks".
        || (asking.limit_runs_until_numbered.spans(sentence).into_iter()).any(|(start, end)| {
            numbered_length(&sentence[start..end]).is_some_and(|length| elapsed >= length)
        })
}

/// The length "week 6" or "month 3" stands for (in days): the number after the unit, as "6 weeks".
fn numbered_length(span: &str) -> Option<f64> {
    let words: Vec<&str> = span.split_whitespace().collect();
    let (unit, number) = words
        .windows(2)
        .find(|w| w[1].chars().all(|c| c.is_ascii_digit()))
        .map(|w| (w[0], w[1]))?;
    let number: f64 = number.parse().ok()?;
    (number > 0.0).then_some(number * super::lengths::unit(unit)?)
}

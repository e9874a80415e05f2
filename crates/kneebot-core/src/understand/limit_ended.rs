//! Stage of reading limits: whether a clinician's limit told with its length has run out by the day
//! asked ("no squats for 6 weeks after my meniscus repair" four months after it, "no running before 12
//! weeks post op" at twelve weeks). The length counts from the operation or injury the post dates. A limit
//! whose length may count from a later day (told at a check, "for another 6 weeks", "from now") or is only
//! a least ("at least 3 months") stays in place, as does one in a post with no dated event: a wrong
//! go-ahead hurts more than a needless "follow your clinician".

use crate::knowledge::vocabulary::Asking;

/// True when `sentence`, which tells a limit, gives it a length that `elapsed_days` (the days since the
/// post's operation or injury) has passed.
pub(super) fn has_run_out(sentence: &str, elapsed_days: Option<f64>, asking: &Asking) -> bool {
    let Some(elapsed) = elapsed_days else {
        return false;
    };
    if asking.limit_from_later.is_match(sentence) {
        return false;
    }
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
}

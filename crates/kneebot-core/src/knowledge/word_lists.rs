//! Small word lists the understanding reads word by word (`[words]` in `vocabulary.toml`): the words of
//! lists a post gives and the words about time.

use regex::Regex;

/// Words of lists a post gives (`[words] list_joiners`, `list_fillers`, `asks_about`): what joins the
/// things of a list, what may stand between them, and what opens a short clause asking about the thing
/// after it.
#[derive(Debug, Default)]
pub struct ListWords {
    pub joiners: Vec<String>,
    pub fillers: Vec<String>,
    pub asks_about: Vec<String>,
}

impl ListWords {
    /// True when `word` joins the things of a list ("and", "or").
    pub fn is_joiner(&self, word: &str) -> bool {
        self.joiners.iter().any(|j| j == word)
    }

    /// True when `word` may stand between two things of a list without being one ("the", "some").
    pub fn is_filler(&self, word: &str) -> bool {
        self.fillers.iter().any(|f| f == word)
    }
}

/// Small word lists about time (see `[words]` in `vocabulary.toml`).
#[derive(Debug, Default)]
pub struct TimeWords {
    pub ahead: Vec<String>,
    pub behind: Vec<String>,
    /// Words of `ahead` that carry no tense ("until"): any word of `behind` in the clause outweighs them.
    pub ahead_untensed: Vec<String>,
    pub aside: Vec<String>,
    pub length: Vec<String>,
    pub dated: Vec<String>,
    /// Words just after a span that make it how long something went on before now ("4 years on the
    /// waiting list", "ten years of pain"): no time since any event.
    pub lasted: Vec<String>,
    /// Words just after a span that make it the time since the operation ("one-week post-op").
    pub post_op: Vec<String>,
    pub post_event: Vec<String>,
    /// Words just before a span that make it when a symptom is felt ("sore today").
    pub of_symptom: Vec<String>,
    pub post_event_now: Vec<String>,
    /// Words just before a span that make it the date of a test or a visit ("the scan last week"): it
    /// dates what was found, not when the injury happened.
    pub finding: Vec<String>,
    /// The same as word sequences, read up to five words before an injury ("diagnosed with a meniscus
    /// tear 2 days ago"): the injury was found then, not dated.
    pub finding_seq: Vec<Vec<String>>,
    /// Words up to four before an operation that make it an earlier one than the post is about ("the
    /// first was a trim back in 2030"): its date is its own.
    pub earlier_surgery: Vec<Vec<String>>,
    /// ...read only when one is told as later ("second op", "redone").
    pub later_surgery: Vec<Vec<String>>,
    /// -ing words after "of" that leave a span dating the operation ("3 weeks of recovering").
    pub lasted_not_doing: Vec<String>,
    /// Words just after "N months ago today" that make the day the anniversary of an operation ("…today I
    /// had my ACL reconstructed"), so the count dates it.
    pub anniversary: Vec<String>,
    /// Words just before a span that put it ahead ("in 3 weeks", "within the next").
    pub future: Vec<String>,
    /// Words just before a span that make it a bound ("until 6 months after"), never time since.
    pub bound: Vec<String>,
    /// Words just after a span that make it how often ("3 days a week", "an hour per day").
    pub frequency: Vec<String>,
    /// Words after "a day out" that make it a day after an event ("a day out from surgery"), not an outing.
    pub not_outing: Vec<String>,
    /// Words right after "day 2" or "week 3" that make it a day of a training plan ("Day 2: Legs").
    pub plan_day: Vec<String>,
    /// What "day 3 of…" may be a day of and still count from the operation ("day 3 of my recovery"); a day
    /// of anything else ("by day 3 of the trip") is not time since an event.
    pub day_of_recovery: Vec<String>,
    /// Words that correct a time told before ("wait no, 3 months ago").
    pub corrected_by: Vec<String>,
    /// Words that open an update ("Update: it's now been 7 months").
    pub updated_by: Vec<String>,
    /// Any of `corrected_by` or `updated_by` anywhere in a text, word or not. Speed: most posts correct
    /// nothing, and one pass says so where a search per word would scan the text a dozen times.
    pub correcting_any: Option<Regex>,
    /// Words just before a number of years that make it an age: a person named ("my husband (58 years)",
    /// "mum, 72 years,") or "aged".
    pub age_of: Vec<String>,
    /// Words after a number of years that make it a time, not an age.
    pub not_age: Vec<String>,
    /// Words after a span that count it from the event told next, not from today.
    pub counted_from: Vec<String>,
    /// Words after a span that date its event that long after the event told next, or before when the
    /// clause ends there ("two weeks after my fall in August").
    pub after_other: Vec<String>,
    /// ...or that long before it ("three weeks before my holiday in August").
    pub before_other: Vec<String>,
    /// Words after a span that date its event that long after the event told before ("six weeks later").
    pub later: Vec<String>,
    /// ...or that long before it ("a month earlier").
    pub earlier: Vec<String>,
    /// Words just before a tear that tell it as what one has, not when it happened ("I have a torn
    /// meniscus"): a date in a sentence before is of something else.
    pub injury_state: Vec<Vec<String>>,
}

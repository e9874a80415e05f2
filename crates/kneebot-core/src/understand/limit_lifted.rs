//! Stage of reading limits: a limit lifted later in the post ("the physio had banned squats but at my last
//! visit she said I can start them again", "PT cleared me for running last week"). The lifting words
//! (`[asking] limit_lifted`) name the exercise just after them, or point back with "them" or "it" at what
//! was limited before; the limits told before the lifting end. A lifting asked about ("can I start them
//! again?") is no lifting: the patterns hold who said it.

use super::normalize::Token;
use super::uncovered::Mention;
use crate::knowledge::vocabulary::Asking;

/// How many bytes after the lifting words the exercise it names may start ("cleared me for some light
/// running").
const NAMED_WITHIN_BYTES: usize = 20;

/// The indices of the `mentions` (limited ones among them) whose limit a later lifting ends.
pub(super) fn lifted(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    asking: &Asking,
) -> Vec<usize> {
    let mut out = Vec::new();
    if mentions.is_empty() {
        return out;
    }
    // "He said they're fine now", "that's over now": the lifting words point back themselves.
    let whole = asking
        .limit_lifted_whole
        .spans(text)
        .into_iter()
        .map(|s| (s, true));
    for ((start, end), points_back) in asking
        .limit_lifted
        .spans(text)
        .into_iter()
        .map(|s| (s, false))
        .chain(whole)
    {
        let rest = &text[end..];
        // The exercise named just after the lifting words, if any.
        let named = mentions.iter().position(|&(_, first, _)| {
            let at = tokens[first].start;
            at >= end && at - end <= NAMED_WITHIN_BYTES
        });
        let lifted_topic = match named {
            Some(k) if !points_back => Some(mentions[k].0),
            _ if points_back || asking.limit_lifted_points_back.is_match(rest) => None,
            _ => continue,
        };
        for (k, &(topic, first, _)) in mentions.iter().enumerate() {
            let before = tokens[first].start < start;
            if before && lifted_topic.is_none_or(|t| t == topic) && !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

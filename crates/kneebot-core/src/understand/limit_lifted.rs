//! Stage of reading limits: a limit lifted later in the post ("the physio had banned squats but at my last
//! visit she said I can start them again", "PT cleared me for running last week"). The lifting words
//! (`[asking] limit_lifted`) name the exercise just after them, or point back with "them" or "it" at what
//! was limited before; `limit_lifted_naming` names it inside them ("the new physio says squats are fine").
//! The limits told before the lifting end (of the exercise named: a lift of walking ends no ban on
//! running). A lifting asked about ("can I start them again?") is no lifting: the patterns hold who said
//! it.

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
        .map(|s| (s, Lifting::PointsBack));
    // "The new physio says squats are fine": the exercise is named inside the lifting words.
    let naming = asking
        .limit_lifted_naming
        .spans(text)
        .into_iter()
        .map(|s| (s, Lifting::Naming));
    for ((start, end), lifting) in asking
        .limit_lifted
        .spans(text)
        .into_iter()
        .map(|s| (s, Lifting::Before))
        .chain(whole)
        .chain(naming)
    {
        let points_back = lifting == Lifting::PointsBack;
        let rest = &text[end..];
        // The exercise the lifting words name: just after them, or inside them.
        let named = mentions.iter().position(|&(_, first, _)| {
            let at = tokens[first].start;
            match lifting {
                Lifting::Naming => at > start && at < end,
                _ => at >= end && at - end <= NAMED_WITHIN_BYTES,
            }
        });
        // Not a lifting only later or for others ("fine from week 12", "fine for most people"), nor one
        // by someone else's clinician ("my sister's physio says squats are fine").
        if lifting == Lifting::Naming
            && (named.is_none()
                || asking.limit_lifted_naming_unless.is_match(rest)
                || text[..start]
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .any(|w| w == "s"))
        {
            continue;
        }
        // The exercises the lifting names: the first after (or inside) its words and the rest of its
        // sentence ("cleared me for sit to stands and mini squats").
        let lifted_named: Option<&[Mention]> = match named {
            Some(k) if !points_back => {
                let sentence = tokens[mentions[k].1].sentence;
                // Of the words naming inside, only the exercises inside them ("says lunges are fine,
                // squats we'll see").
                let n = mentions[k..]
                    .iter()
                    .take_while(|m| tokens[m.1].sentence == sentence)
                    .take_while(|m| lifting != Lifting::Naming || tokens[m.1].start < end)
                    .count();
                Some(&mentions[k..k + n])
            }
            _ if points_back || asking.limit_lifted_points_back.is_match(rest) => None,
            _ => continue,
        };
        // "Cleared me for longer walks" lifts a ban on walking, not one on running, though both are one
        // topic: a limit ends when the lifting names its exercise by the same head word (the last word's
        // stem).
        let head = |&(_, _, last): &Mention| tokens[last].stem.as_str();
        for (k, mention) in mentions.iter().enumerate() {
            let before = tokens[mention.1].start < start;
            let same = |lifted: &[Mention]| {
                (lifted.iter()).any(|l| l.0 == mention.0 && head(l) == head(mention))
            };
            if before && lifted_named.is_none_or(same) && !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// Where the lifting words name what they lift.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lifting {
    /// Just before the exercise, or before a pointer back at what was limited ("cleared me for").
    Before,
    /// Nowhere: they point back themselves ("he said they're fine now").
    PointsBack,
    /// Inside them ("the new physio says squats are fine").
    Naming,
}

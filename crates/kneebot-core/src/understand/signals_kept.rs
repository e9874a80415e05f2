//! Which recovery signs found in a post are the asker's own, now: not another member's quoted line, not
//! the video's claim, not the other knee's, not rehab told as over inside the early window, and not signs
//! of a recovery a later trauma undid.

use super::normalize::Token;
use super::phrases;
use super::signals::Signals;
use crate::knowledge::Vocabulary;

/// What the post around the signs tells, to judge whose they are.
pub(super) struct Around<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Byte spans of the sentences about the knee not asked about.
    pub other_knee: &'a [(usize, usize)],
    /// Byte spans of lines quoted from another member, and whether the asker takes them as their own.
    pub quoted: &'a [(usize, usize)],
    pub quote_taken_as_own: bool,
    /// The operation or injury is dated inside the early window.
    pub in_early_window: bool,
    /// Where a trauma or tear after an operation is told, in the whole post.
    pub since_surgery_at: Option<usize>,
}

/// Drops from `signals` those that are not the asker's own now.
pub(super) fn keep_the_askers(signals: &mut Signals, around: &Around, vocab: &Vocabulary) {
    let Around { text, tokens, .. } = *around;
    // "The hamstring on that side is weak" told of the other knee is that knee's.
    for &(start, end) in around.other_knee {
        signals.drop_overlapping(start, end);
    }
    // Another member's recovery is theirs, unless the asker takes it as their own too ("> my hamstring
    // won't switch on" / "same here"), as with signs.
    if !around.quote_taken_as_own {
        for &(start, end) in around.quoted {
            signals.drop_overlapping(start, end);
        }
    }
    // "She says if it's been more than a week you've lost strength": the video's claim, not the asker's
    // recovery.
    for (start, end) in super::material_words::spans(text, tokens, vocab) {
        signals.drop_overlapping(start, end);
    }
    // "My physio discharged me 2 weeks after my ACL reconstruction": rehab told as over says nothing of
    // range or walking inside the early window the calendar gives.
    if around.in_early_window {
        for s in vocab.signals.iter().filter(|s| s.ends_rehab) {
            signals.drop_saying(&s.says);
        }
    }
    // "By August I had full bend… Then 3 weeks ago I fell": signs told before a trauma after the operation
    // are of the recovery before it.
    if let Some(at) = around.since_surgery_at {
        let i = tokens
            .partition_point(|t| t.end <= at)
            .min(tokens.len().saturating_sub(1));
        let (start, _) = phrases::sentence_span(tokens, tokens[i].sentence);
        signals.drop_overlapping(0, start);
    }
}

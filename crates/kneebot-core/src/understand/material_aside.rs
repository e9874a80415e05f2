//! The material named only beside the question: "glute bridges ok with my MCL tear? the vid kept going on
//! about glute strength", "Video says once you're walking decently you're out of the clear… Keep doing my
//! curls or stop?". A question whether to do a named exercise, asked in sentences that neither name nor
//! cite the material, asks for the ruling; the remark about the video is the story around it.

use super::asking::Asked;
use crate::knowledge::Vocabulary;

/// True when the asking sentences ask whether to do an exercise they name (`topic_asked`), not with a wh-
/// question, and say nothing of the material themselves, so a mention of the video elsewhere in the post
/// is background.
pub(super) fn only_beside(asked: &Asked, topic_asked: bool, vocab: &Vocabulary) -> bool {
    let p = &vocab.intent;
    topic_asked
        && !p.names_material.is_match(&asked.text)
        && !p.about_material.is_match(&asked.text)
        // "What does that mean for my curls?" asks what the material means; a question that is not a
        // wh- question ("are leg curls ok?", "hamstring curls?") asks whether.
        // So does one after a comma or a joining word ("…hamstrings = ? and why would that matter?").
        && !asked
            .text
            .split([';', ','])
            .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" but ")))
            .flat_map(|part| part.split(" so ").flat_map(|p| p.split(" or ")))
            .any(|part| p.info_start.is_match(part.trim_start()))
}

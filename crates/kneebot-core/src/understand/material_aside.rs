//! The material named only beside the question: "glute bridges ok with my MCL tear? the vid kept going on
//! about glute strength", "Video says once you're walking decently you're out of the clear… Keep doing my
//! curls or stop?". A question whether to do a named exercise, asked in sentences that neither name nor
//! cite the material, asks for the ruling; the remark about the video is the story around it.

use super::asking::{self, Asked};
use crate::knowledge::Vocabulary;

/// True when the asking sentences ask whether to do an exercise they name or point back at, not with a wh-
/// question, and say nothing of the material themselves, so a mention of the video elsewhere in the post
/// is background.
pub(super) fn only_beside(
    text: &str,
    asked: &Asked,
    (topic_asked, has_topic): (bool, bool),
    vocab: &Vocabulary,
) -> bool {
    let p = &vocab.intent;
    // "He mentioned hip surgery too, so curls are ok?", "He says trauma counts - is isolated hamstring work
    // ok?": the video told in a clause before the one that asks is the premise; the question is whether.
    let clauses: Vec<&str> = asked.clauses.iter().map(|&(s, e)| &text[s..e]).collect();
    let sentences: Vec<&str> = asked.text.split(" ; ").collect();
    let premise_only = topic_asked
        && clauses.len() == sentences.len()
        // Some clause starts after its sentence does: a premise stands before it.
        && clauses.iter().zip(&sentences).any(|(c, s)| c.len() < s.len())
        && clauses.iter().all(|c| {
            !p.names_material.is_match(c)
                && !p.about_material.is_match(c)
                && !p.wh_word.is_match(c)
                && (p.advice.is_match(c) || super::phrases::opens_yes_no(c.trim_start()))
        });
    if premise_only {
        return true;
    }
    // The whole asking sentence, not only its clauses from the question on: "According to the video, in
    // which two situations…" names the material before its question. The material named only as where
    // the ruling should come from ("good or bad according to that vid?", "based on the video, should I…")
    // leaves a question whether; a wh- word anywhere ("according to the vid, when exactly are they OK?",
    // "got confused - which muscle is meant to…, according to the video?") keeps it one about the material.
    let source_only =
        p.material_as_source.is_match(&asked.text) && !p.wh_word.is_match(&asked.text);
    let asked_text = &*if source_only {
        p.material_as_source.replace_all(&asked.text, " ")
    } else {
        std::borrow::Cow::Borrowed(asked.text.as_str())
    };
    // "I do leg extensions, the video mentions them. Are they bad?": the exercise pointed back at, asked
    // whether (not "…or have I got that backwards?", which asks about the asker's reading of the video).
    let pointed_back = || {
        has_topic
            && asking::refers_back(asked, &vocab.asking)
            && (p.advice.is_match(asked_text)
                || super::phrases::opens_yes_no(asking::last_clause(asked)))
    };
    (topic_asked || pointed_back())
        && !p.names_material.is_match(asked_text)
        && !p.about_material.is_match(asked_text)
        // "What does that mean for my curls?" asks what the material means; a question that is not a
        // wh- question ("are leg curls ok?", "hamstring curls?") asks whether.
        // So does one after a comma or a joining word ("…hamstrings = ? and why would that matter?").
        && !asked_text
            .split([';', ','])
            .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" but ")))
            .flat_map(|part| part.split(" so ").flat_map(|p| p.split(" or ")))
            .map(str::trim_start)
            .any(|part| p.info_start.is_match(part) || when_or_who_asked(part))
}

/// True when `part` opens a when- or who-question ("when are they?", "who should I ask?"), not a clause of
/// time ("when it's calm, are leg curls fine?").
fn when_or_who_asked(part: &str) -> bool {
    let mut words = part.split_whitespace();
    matches!(words.next(), Some("when" | "who"))
        && words.next().is_some_and(|w| {
            matches!(
                w,
                "is" | "are"
                    | "was"
                    | "were"
                    | "do"
                    | "does"
                    | "did"
                    | "can"
                    | "could"
                    | "should"
                    | "would"
                    | "will"
                    | "shall"
                    | "might"
                    | "must"
            )
        })
}

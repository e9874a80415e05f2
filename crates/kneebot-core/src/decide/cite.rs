//! Citing the material: the passages a ruling's reasons rest on, quoted with the question's words in bold
//! and scored by this question's search; or, with no ruling, the top search hits quoted at their best
//! sentence. Each citation carries where the passage can be watched.

use super::quote::{highlight, highlight_prepared, PreparedSentence};
use super::{Context, Query, MAX_PASSAGES};
use crate::answer::{Answer, CitedPassage};
use crate::ids::PassageId;
use crate::knowledge::Reason;
use crate::retrieve::Hit;

/// Cites the passages `reasons` rest on (at most three), scored by this question's search.
pub(super) fn cite(answer: &mut Answer, reasons: &[Reason], cx: &Context, query: &Query) {
    answer.reasons = reasons.iter().map(|r| r.says.clone()).collect();
    for r in reasons {
        if answer.passages.len() >= MAX_PASSAGES {
            break;
        }
        let passage = &cx.knowledge.passages[r.passage];
        if answer.passages.iter().any(|p| p.id == passage.id) {
            continue;
        }
        let score = cx
            .hits
            .iter()
            .find(|h| h.passage == r.passage)
            .map(|h| h.score)
            .unwrap_or(0.0);
        let quote = match cx.prepared.reason_quotes.get(&r.quote) {
            Some(stems) => highlight_prepared(&r.quote, stems, query),
            None => highlight(&r.quote, &query.stems, cx.stemmer),
        };
        answer.passages.push(cited(cx, r.passage, quote, score));
    }
}

fn cited(cx: &Context, passage: PassageId, quote: String, score: f32) -> CitedPassage {
    let p = &cx.knowledge.passages[passage];
    let source = &cx.knowledge.sources[p.source];
    CitedPassage {
        source: source.id.clone(),
        source_title: source.title.clone(),
        id: p.id.clone(),
        text: p.text.clone(),
        quote,
        score,
        url: cx.knowledge.passage_url(passage),
    }
}

/// The top search hits as cited passages, each quoted at its best sentence.
pub(super) fn retrieved(cx: &Context, query: &Query) -> Vec<CitedPassage> {
    cx.hits
        .iter()
        .take(MAX_PASSAGES)
        .map(|h| quoted_hit(cx, h, query))
        .collect()
}

/// A search hit as a cited passage, quoted at its best sentence with the question's words in bold.
pub(super) fn quoted_hit(cx: &Context, h: &Hit, query: &Query) -> CitedPassage {
    let text = &cx.knowledge.passages[h.passage].text;
    let (quote, sentence) = cx.prepared.best_quote(h.passage, text, query);
    let quote = match sentence {
        Some(sentence) => highlight_prepared(&quote, &sentence.quote_stems, query),
        None => highlight(&quote, &query.stems, cx.stemmer),
    };
    cited(cx, h.passage, quote, h.score)
}

/// A continuation replaces the last hit only when that hit scores under this share of the top one.
const CONTINUATION_OUTRANKS: f32 = 0.6;

/// Words that open a passage going on with the thought of the one before ("And they go to the gym…").
const CONTINUING: [&str; 7] = ["and", "but", "so", "because", "then", "which", "that"];

/// Words with which a passage announces a list that may run on into the next one ("Now let me tell you two
/// times when…"): a question about the list is answered by both.
const ANNOUNCING: [&str; 5] = [
    "let me tell you",
    "let me show you",
    "let me give you",
    "here are",
    "the following",
];

/// Words with which a passage promises what the video says later ("at the end of the video, we'll also be
/// telling you two points…"). The promise shares its words with what it promises, so a question about
/// that finds the promise first.
const PROMISING: [&str; 3] = [
    "end of the video",
    "later in the video",
    "also be telling you",
];

/// How many of the query's stems and of `also` (the question's expansions) sentence `s` holds, leaving out
/// `except`.
fn shared(
    cx: &Context,
    s: &PreparedSentence,
    query: &Query,
    also: &[&str],
    except: &[&str],
) -> usize {
    let ids = |words: &[&str]| -> Vec<u32> {
        (words.iter())
            .filter_map(|w| cx.prepared.ids.get(*w).copied())
            .collect()
    };
    let (also, except) = (ids(also), ids(except));
    let wanted = |id: &u32| (query.has(*id) || also.contains(id)) && !except.contains(id);
    s.stems.iter().filter(|id| wanted(id)).count()
}

/// True when `passage` holds one of `stems` that no other passage uses: the word names it.
pub(super) fn holds_own_word(cx: &Context, passage: PassageId, stems: &[&str]) -> bool {
    stems
        .iter()
        .any(|s| cx.passage_stems.passages_with(s) == 1 && cx.passage_stems.contains(passage, s))
}

/// The passage that delivers what `lead` promises: the first later passage of the same source that
/// announces a list ("Now let me tell you two times when…"). `lead` promises when it says so, or when it
/// goes on with ("But they're very small points of time…") a passage that does.
fn delivering(
    cx: &Context,
    lead: PassageId,
    query: &Query,
    (place_stems, expansions): (&[&str], &[&str]),
) -> Option<PassageId> {
    let passages = &cx.knowledge.passages;
    let at = lead.position();
    let holds = |text: &str, words: &[&str]| {
        let text = text.to_lowercase();
        words.iter().any(|w| text.contains(w))
    };
    let promises_itself = holds(&passages[at].text, &PROMISING);
    let goes_on_with_promise = at > 0
        && passages[at - 1].source == passages[at].source
        && CONTINUING.contains(&first_word(&passages[at].text).as_str())
        && holds(&passages[at - 1].text, &PROMISING);
    if !promises_itself && !goes_on_with_promise {
        return None;
    }
    let delivered = (at + 1..passages.len())
        .take_while(|&i| passages[i].source == passages[at].source)
        .find(|&i| holds(&passages[i].text, &ANNOUNCING))
        .map(PassageId)?;
    // The question must be about what is promised. Either the sentence of the lead it matches best is the
    // promise itself, sharing two words (or expansions) with it besides those saying where in the video
    // ("near the end he lists a couple of moments… what were they?" matches "we'll also be telling you two
    // points at which hamstring strengthening is technically okay"), or the search finds the delivering
    // passage close behind. Not a question matching another sentence ("the second reason" matches "Reason number one…"
    // in the passage going on with the promise; "the rest of the time" its caveat), nor one sharing only
    // where and a word ("near the end he points at…").
    let (quote, sentence) = cx.prepared.best_quote(lead, &passages[at].text, query);
    let matches_promise = promises_itself
        && holds(&quote, &PROMISING)
        && sentence.is_some_and(|s| shared(cx, s, query, expansions, place_stems) >= 2);
    let top = cx.hits.first().map_or(0.0, |h| h.score);
    let found_close = || {
        cx.hits
            .iter()
            .any(|h| h.passage == delivered && h.score >= DELIVERED_WITHIN * top)
    };
    // A word of the question that only one other passage uses, found among the top hits, names that
    // passage instead ("what's the TFL muscle he points at near the end?"; not a word saying where in the
    // video, `place_stems`).
    let vocab = &cx.knowledge.vocabulary;
    let names_another = || {
        let naming: Vec<&str> = (query.stems.iter().copied())
            .filter(|s| !place_stems.contains(s) && !vocab.is_stop_word(s) && !vocab.is_generic(s))
            .collect();
        (cx.hits.iter().take(MAX_PASSAGES))
            .filter(|h| h.passage != lead && h.passage != delivered)
            .any(|h| holds_own_word(cx, h.passage, &naming))
    };
    ((matches_promise && !names_another()) || found_close()).then_some(delivered)
}

/// How close behind the first hit the search must find the passage delivering what it promises.
const DELIVERED_WITHIN: f32 = 0.5;

/// The top search hits as cited passages, the first followed by the passage after it in the same source
/// when that one goes on with the same thought ("…they stick to doing hamstring exercises indefinitely." /
/// "And they go to the gym and do weighted hamstring exercises…"): a question about what the material
/// says at that point is answered by both. A first hit that only promises what comes later gives way to
/// the passage that delivers it. Also returns the passage cited first, the one the answer leads with.
pub(super) fn retrieved_continued(
    cx: &Context,
    query: &Query,
    words: (&[&str], &[&str]),
) -> (Vec<CitedPassage>, Option<PassageId>) {
    let mut out = retrieved(cx, query);
    let mut lead = None;
    if let Some(top) = cx.hits.first() {
        let first = match delivering(cx, top.passage, query, words) {
            Some(delivered) => {
                let cited_delivered = quoted_passage(cx, delivered, query);
                out.retain(|p| p.id != cited_delivered.id);
                out.insert(0, cited_delivered);
                out.truncate(MAX_PASSAGES);
                delivered
            }
            None => top.passage,
        };
        continue_after(&mut out, cx, first, top.score, query);
        lead = Some(first);
    }
    (out, lead)
}

/// The first word of `text`, lower-cased.
fn first_word(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase()
}

/// Passage `id` as cited: quoted at its best sentence when the search found it, else at its first.
fn quoted_passage(cx: &Context, id: PassageId, query: &Query) -> CitedPassage {
    match cx.hits.iter().find(|h| h.passage == id) {
        Some(h) => quoted_hit(cx, h, query),
        None => {
            let sentence = cx.knowledge.passages[id]
                .text
                .split_inclusive(['.', '!', '?'])
                .next()
                .unwrap_or("");
            cited(
                cx,
                id,
                highlight(sentence.trim(), &query.stems, cx.stemmer),
                0.0,
            )
        }
    }
}

/// Puts the passage before `lead` (cited first in `out`) second, quoted at its last sentence, when the
/// sentence of `lead` the question matches best opens the passage pointing back ("That's what leads to
/// osteoarthritis in the knee over time."): what it points at ("…they pull the shin bone up into the thigh
/// bone") is part of the answer.
pub(super) fn with_pointed_back(
    out: &mut Vec<CitedPassage>,
    cx: &Context,
    lead: PassageId,
    query: &Query,
) {
    let k = cx.knowledge;
    let (quote, sentence) = cx.prepared.best_quote(lead, &k.passages[lead].text, query);
    // A passage's text is trimmed, so its first sentence starts it; it must share a word with the
    // question, not only come first among sentences sharing none.
    let opens = sentence.is_some_and(|s| s.start == 0 && shared(cx, s, query, &[], &[]) > 0)
        && k.vocabulary.opens_pointing_back(&quote);
    // The last sentence of the passage before, from the same source: what "that" points at.
    let Some(pointed_at) = opens
        .then(|| cx.prepared.sentence_before(k, lead, 0))
        .flatten()
    else {
        return;
    };
    let before = PassageId(lead.position() - 1);
    let score = cx
        .hits
        .iter()
        .find(|h| h.passage == before)
        .map_or(0.0, |h| h.score);
    let quote = highlight(pointed_at.trim(), &query.stems, cx.stemmer);
    let cited_before = cited(cx, before, quote, score);
    out.retain(|p| p.id != cited_before.id);
    out.insert(1.min(out.len()), cited_before);
    out.truncate(MAX_PASSAGES);
}

/// Puts the passage after `lead` (cited first in `out`, matching with `score`) second, when it goes on with
/// the same thought or with a list `lead` announces.
pub(super) fn continue_after(
    out: &mut Vec<CitedPassage>,
    cx: &Context,
    lead: PassageId,
    score: f32,
    query: &Query,
) {
    let passages = &cx.knowledge.passages;
    let next = PassageId(lead.position() + 1);
    let Some(after) = passages.get(next.position()) else {
        return;
    };
    let first_word = first_word(&after.text);
    // A list the lead passage announces runs on into the next one: that is part of the answer.
    let announced = {
        let lead_text = passages[lead].text.to_lowercase();
        ANNOUNCING.iter().any(|a| lead_text.contains(a))
    };
    // Otherwise it takes the place of a hit only when that hit matches the question much worse than the
    // passage it continues: a close third hit is an answer of its own.
    let room = announced
        || out.len() < MAX_PASSAGES
        || out
            .last()
            .is_some_and(|p| p.score < CONTINUATION_OUTRANKS * score);
    let continues = room
        && after.source == passages[lead].source
        && (announced || CONTINUING.contains(&first_word.as_str()));
    if continues && !out.iter().any(|p| p.id == after.id) {
        let cited_next = quoted_passage(cx, next, query);
        out.insert(1.min(out.len()), cited_next);
        out.truncate(MAX_PASSAGES);
    }
}

//! The rule engine: what was understood × the rules in `knowledge/` → verdict, guidance, reasons, cited
//! passages and, for `depends`, the follow-up question. Order matters and is fixed here: warning signs
//! first (no exercise advice at all), then playlists, timing and questions about the material, then rulings.

use crate::answer::{
    Answer, CitedPassage, FollowUp, FollowUpChoice, Phase, PlaylistLink, Understood, Verdict,
};
use crate::knowledge::{Knowledge, Reason};
use crate::retrieve::Hit;
use crate::understand::asking::Claim;
use crate::understand::normalize::{normalize, word_spans, Stemmer};
use crate::understand::{InfoKind, Intent, Understanding};
use std::collections::{HashMap, HashSet};

mod overview;

/// At most this many passages are cited.
pub const MAX_PASSAGES: usize = 3;
/// A quote longer than this is cut around its best sentence.
const MAX_QUOTE_CHARS: usize = 320;

/// Everything `decide` reads besides the understanding.
pub struct Context<'a> {
    pub knowledge: &'a Knowledge,
    pub stemmer: &'a Stemmer,
    /// Stems of each passage, to tell whether the material speaks to a question at all.
    pub passage_stems: &'a [HashSet<String>],
    /// In how many passages each stem appears: a word only one passage uses points straight at it.
    pub stem_passages: &'a HashMap<String, usize>,
    pub hits: &'a [Hit],
    /// The material's sentences and quotes, split and stemmed once when the engine was built.
    pub prepared: &'a Prepared,
    /// The follow-up answered up front.
    pub phase: Option<Phase>,
}

/// The phase the rules apply: a stated sign outweighs the calendar; with neither, `unknown`.
pub fn phase_of(u: &Understanding, knowledge: &Knowledge) -> Phase {
    if u.event.is_none() {
        return Phase::None;
    }
    if let Some(signal) = u.signal {
        return signal;
    }
    let policy = &knowledge.policy;
    match u.elapsed_days {
        Some(d) if d <= policy.early_max_days => Phase::Early,
        Some(d) if d >= policy.recovered_min_days => Phase::Recovered,
        _ => Phase::Unknown,
    }
}

pub fn decide(question: &str, u: &Understanding, cx: &Context) -> Answer {
    let k = cx.knowledge;
    let conditions: Vec<String> = u
        .conditions
        .iter()
        .map(|&c| k.conditions[c].id.clone())
        .collect();
    let playlists: Vec<PlaylistLink> = conditions
        .iter()
        .filter_map(|c| k.playlist(c))
        .map(|p| PlaylistLink {
            condition: p.condition.clone(),
            title: p.title.clone(),
            url: p.url.clone(),
        })
        .collect();
    let phase = cx.phase.unwrap_or_else(|| phase_of(u, k));
    let understood = Understood {
        intent: u.intent.map(|i| i.as_str().to_string()),
        event: u.event.map(|e| e.as_str().to_string()),
        elapsed_days: u.elapsed_days.map(|d| (d * 10.0).round() / 10.0),
        phase: Some(phase),
        signals: u.signals.clone(),
        red_flags: u
            .red_flags
            .iter()
            .map(|&i| k.vocabulary.red_flags[i].id.clone())
            .collect(),
        uncovered: u.uncovered.clone(),
        corrections: u
            .corrections
            .iter()
            .map(|(a, b)| format!("{a} -> {b}"))
            .collect(),
    };
    let mut answer = Answer {
        question: question.to_string(),
        verdict: Verdict::NotCovered,
        topic: u.topic.map(|t| k.topics[t].id.clone()),
        topic_name: u.topic.map(|t| k.topics[t].name.clone()),
        conditions,
        headline: String::new(),
        guidance: String::new(),
        reasons: Vec::new(),
        passages: Vec::new(),
        playlists,
        follow_up: None,
        overview: Vec::new(),
        understood,
        disclaimer: k.policy.disclaimer.clone(),
    };
    let query: HashSet<&str> = u.content_stems(&k.vocabulary).into_iter().collect();
    let query = Query::new(query, cx.prepared);

    if !u.red_flags.is_empty() {
        answer.verdict = Verdict::Urgent;
        answer.guidance = k.policy.urgent_guidance.clone();
        answer.reasons = u
            .red_flags
            .iter()
            .map(|&i| format!("You describe {}.", k.vocabulary.red_flags[i].says))
            .collect();
        // Exercise videos are the wrong thing to point to right now.
        answer.playlists.clear();
        return finish(answer);
    }

    // A problem that is not the knee's, with no knee problem named: the material is about knees.
    // ("shoulder surgery 12 days ago" is a surgery, which the material does speak to.)
    if !u.other_problems.is_empty() && u.conditions.is_empty() && u.event.is_none() {
        answer.verdict = Verdict::NotCovered;
        answer.guidance = format!(
            "The material is about knee problems; it doesn't cover {}. {}",
            join_words(&u.other_problems),
            k.policy.not_covered_guidance
        );
        return finish(answer);
    }

    match u.intent.unwrap_or(Intent::Advice) {
        Intent::Dose => {
            answer.verdict = Verdict::NotCovered;
            answer.guidance = k.policy.no_dose_guidance.clone();
        }
        Intent::Diagnosis => {
            answer.verdict = Verdict::NotCovered;
            answer.guidance = k.policy.no_diagnosis_guidance.clone();
        }
        Intent::Playlist => {
            answer.verdict = Verdict::Info;
            if answer.playlists.is_empty() {
                answer.playlists = k
                    .playlists
                    .iter()
                    .map(|p| PlaylistLink {
                        condition: p.condition.clone(),
                        title: p.title.clone(),
                        url: p.url.clone(),
                    })
                    .collect();
                answer.guidance = "The video points to playlists for these conditions:".to_string();
            } else {
                answer.guidance =
                    "Here is the channel's playlist for what you mentioned:".to_string();
            }
            answer.passages = retrieved(cx, &query);
        }
        Intent::Timing => match u.topic.and_then(|t| k.timing.iter().find(|x| x.topic == t)) {
            Some(timing) => {
                answer.verdict = Verdict::Info;
                answer.guidance = timing.guidance.clone();
                cite(&mut answer, &timing.reasons, cx, &query);
            }
            None => {
                answer.verdict = Verdict::NotCovered;
                answer.guidance = k.policy.no_timing_guidance.clone();
            }
        },
        Intent::Info(kind) => {
            // "Why does the video say to strengthen the hamstrings?": a claim the material does not make is
            // answered with what it does say, not with a passage that happens to share the words. The
            // ruling is the asker's phase's: the material does say to do leg curls right after surgery.
            let contradicted = u.claim.zip(u.topic).and_then(|(claim, t)| {
                let rule = k.rule(t, phase)?;
                let material_for = matches!(rule.verdict, Verdict::Recommended | Verdict::OkForNow);
                let material_against = matches!(rule.verdict, Verdict::Avoid | Verdict::Caution);
                match claim {
                    Claim::For if material_against => Some(rule),
                    Claim::Against if material_for => Some(rule),
                    _ => None,
                }
            });
            let why_rule = u
                .topic
                .filter(|_| kind == InfoKind::Why && u.asks_why_ruling)
                .and_then(|t| k.rule(t, Phase::None));
            if let Some(rule) = contradicted {
                answer.verdict = Verdict::Info;
                answer.guidance = format!(
                    "That isn't what the material says. On {}: {}",
                    k.topics[rule.topic].name,
                    without_yes_no(&rule.guidance)
                );
                cite(&mut answer, &rule.reasons, cx, &query);
            } else if let Some(rule) = why_rule {
                answer.verdict = Verdict::Info;
                answer.guidance =
                    format!("The material's reasons, for {}:", k.topics[rule.topic].name);
                // "Why does he compare curls to cake?": a word only one passage uses names the passage
                // the question is about; cite it before the general reasons.
                // "Why does he say…" quotes a claim: the passage that makes it comes first.
                let unique = |h: &&Hit| {
                    query
                        .stems
                        .iter()
                        .copied()
                        .chain(u.expansions.iter().map(String::as_str))
                        .any(|s| {
                            cx.stem_passages.get(s) == Some(&1)
                                && cx.passage_stems[h.passage].contains(s)
                        })
                };
                let pointed = cx
                    .hits
                    .iter()
                    .find(unique)
                    .or_else(|| cx.hits.first().filter(|_| u.quotes_material));
                cite(&mut answer, &rule.reasons, cx, &query);
                if let Some(hit) = pointed {
                    let first = retrieved(cx, &query)
                        .into_iter()
                        .find(|p| p.id == k.passages[hit.passage].id);
                    if let Some(first) = first {
                        answer.passages.retain(|p| p.id != first.id);
                        answer.passages.insert(0, first);
                        answer.passages.truncate(MAX_PASSAGES);
                    }
                }
            } else if u.uncovered.is_empty() && covered(u, cx) {
                answer.verdict = Verdict::Info;
                answer.passages = retrieved(cx, &query);
                // The first cited passage is the first hit (see `retrieved`).
                // The material's own words, said to be its words: a transcript line is not the bot's guidance.
                answer.guidance = cx
                    .hits
                    .first()
                    .map(|h| {
                        let text = &k.passages[h.passage].text;
                        let quote = cx.prepared.best_quote(h.passage, text, &query).0;
                        format!("The video says: “{}”", quote.replace("**", ""))
                    })
                    .unwrap_or_default();
            } else {
                not_covered(&mut answer, k);
            }
        }
        Intent::Overview(asked) => overview::answer(&mut answer, u, cx, &query, phase, asked),
        Intent::Outside => {
            answer.topic = None;
            answer.topic_name = None;
            not_covered(&mut answer, k);
        }
        Intent::Advice if u.asks_about_uncovered => not_covered(&mut answer, k),
        Intent::Advice if u.topic.is_some_and(|t| u.limited.contains(&t)) => {
            answer.verdict = Verdict::NotCovered;
            answer.guidance = k.policy.limited_guidance.clone();
        }
        Intent::Advice => {
            let topic = u
                .topic
                .or_else(|| u.asks_for_exercise.then_some(k.policy.default_topic));
            match topic.and_then(|t| k.rule(t, phase).map(|r| (t, r))) {
                Some((t, rule)) => {
                    answer.topic = Some(k.topics[t].id.clone());
                    answer.topic_name = Some(k.topics[t].name.clone());
                    answer.verdict = rule.verdict;
                    answer.guidance = rule.guidance.clone();
                    // "Yes:" answers "should I…?", not "what about squats?".
                    if u.wh_question {
                        answer.guidance = without_yes_no(&rule.guidance);
                    }
                    if u.topic_is_alternative || u.topic.is_none() {
                        answer.guidance = format!(
                            "The material's recommendation is {}. {}",
                            k.topics[t].name,
                            without_yes_no(&rule.guidance)
                        );
                    }
                    cite(&mut answer, &rule.reasons, cx, &query);
                    if rule.verdict == Verdict::Depends {
                        answer.follow_up = Some(follow_up(k, t));
                    }
                }
                None => not_covered(&mut answer, k),
            }
        }
    }
    finish(answer)
}

fn finish(mut answer: Answer) -> Answer {
    answer.headline = answer.verdict.headline().to_string();
    answer
}

fn not_covered(answer: &mut Answer, k: &Knowledge) {
    answer.verdict = Verdict::NotCovered;
    answer.guidance = if answer.understood.uncovered.is_empty() {
        k.policy.not_covered_guidance.clone()
    } else {
        format!(
            "The material doesn't talk about {}. {}",
            join_words(&answer.understood.uncovered),
            k.policy.not_covered_guidance
        )
    };
}

fn join_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

fn follow_up(k: &Knowledge, topic: usize) -> FollowUp {
    FollowUp {
        question: k.follow_up.question.clone(),
        choices: k
            .follow_up
            .choices
            .iter()
            .filter_map(|choice| {
                let rule = k.rule(topic, choice.phase)?;
                Some(FollowUpChoice {
                    phase: choice.phase,
                    label: choice.label.clone(),
                    button: choice.button.clone(),
                    verdict: rule.verdict,
                    outcome: first_sentence(&rule.guidance),
                })
            })
            .collect(),
    }
}

/// A rule's guidance answers a yes/no question ("Yes: strengthen your glutes."); in a list it reads
/// without the "Yes:", with its first letter up.
pub(super) fn without_yes_no(guidance: &str) -> String {
    let rest = ["Yes:", "No:"]
        .iter()
        .find_map(|w| guidance.strip_prefix(w))
        .unwrap_or(guidance)
        .trim_start();
    let mut chars = rest.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(i) => text[..=i].to_string(),
        None => text.to_string(),
    }
}

/// Cites the passages `reasons` rest on (at most three), scored by this question's search.
fn cite(answer: &mut Answer, reasons: &[Reason], cx: &Context, query: &Query) {
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

fn cited(cx: &Context, passage: usize, quote: String, score: f32) -> CitedPassage {
    let p = &cx.knowledge.passages[passage];
    let source = &cx.knowledge.sources[p.source];
    CitedPassage {
        source: source.id.clone(),
        source_title: source.title.clone(),
        id: p.id.clone(),
        text: p.text.clone(),
        quote,
        score,
    }
}

/// The top search hits as cited passages, each quoted at its best sentence.
fn retrieved(cx: &Context, query: &Query) -> Vec<CitedPassage> {
    cx.hits
        .iter()
        .take(MAX_PASSAGES)
        .map(|h| {
            let text = &cx.knowledge.passages[h.passage].text;
            let (quote, sentence) = cx.prepared.best_quote(h.passage, text, query);
            let quote = match sentence {
                Some(sentence) => highlight_prepared(&quote, &sentence.quote_stems, query),
                None => highlight(&quote, &query.stems, cx.stemmer),
            };
            cited(cx, h.passage, quote, h.score)
        })
        .collect()
}

/// Whether the material speaks to a question about itself: the top passages hold most of the question's
/// specific words (not "knee", "pain" or "exercise", which are everywhere).
fn covered(u: &Understanding, cx: &Context) -> bool {
    if cx.hits.is_empty() {
        return false;
    }
    let specific: Vec<&str> = u
        .tokens
        .iter()
        .filter(|t| {
            let vocab = &cx.knowledge.vocabulary;
            !vocab.is_stop_word(&t.text) && !vocab.is_generic(&t.text)
        })
        .map(|t| t.stem.as_str())
        .collect();
    let expanded = cx.hits.iter().take(MAX_PASSAGES).any(|h| {
        u.expansions
            .iter()
            .any(|s| cx.passage_stems[h.passage].contains(s))
    });
    if specific.is_empty() {
        return expanded;
    }
    let found = specific
        .iter()
        .filter(|s| {
            cx.hits
                .iter()
                .take(MAX_PASSAGES)
                .any(|h| cx.passage_stems[h.passage].contains(**s))
        })
        .count();
    // The vocabulary's expansions say which words answer a question of this shape; finding them is
    // evidence too.
    found * 2 > specific.len() || (expanded && found > 0)
}

/// The sentence of `text` sharing most stems with the query, cut to a quote's length. The plain form of
/// [`Prepared::best_quote`], kept to check that the prepared one gives the same quotes.
#[cfg(test)]
fn best_sentence(text: &str, query: &HashSet<&str>, stemmer: &Stemmer) -> (String, usize) {
    let mut best = ("", 0usize);
    for sentence in split_sentences(text) {
        // Speed: word spans and borrowed stems count the same words as tokenising, without allocating.
        let normalized = normalize(sentence);
        let n = word_spans(&normalized)
            .filter(|&(s, e, _)| query.contains(stemmer.stem_cow(&normalized[s..e]).as_ref()))
            .count();
        if n > best.1 || best.0.is_empty() {
            best = (sentence, n);
        }
    }
    (cut_chars(best.0.trim(), MAX_QUOTE_CHARS), best.1)
}

fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '?' | '!') {
            out.push(&text[start..=i]);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out.retain(|s| !s.trim().is_empty());
    out
}

fn cut_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}

/// Puts the words of `text` whose stem the question shares in `**bold**`.
pub fn highlight(text: &str, query: &HashSet<&str>, stemmer: &Stemmer) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let normalized = normalize(core);
        let stem = stemmer.stem_cow(&normalized);
        push_word(
            &mut out,
            word,
            !core.is_empty() && query.contains(stem.as_ref()),
        );
    }
    out
}

/// Appends `word`, its letters in `**bold**` (punctuation left outside) when `bold`.
fn push_word(out: &mut String, word: &str, bold: bool) {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    if !bold || core.is_empty() {
        out.push_str(word);
        return;
    }
    let start = word.find(core).unwrap_or(0);
    out.push_str(&word[..start]);
    out.push_str("**");
    out.push_str(core);
    out.push_str("**");
    out.push_str(&word[start + core.len()..]);
}

/// The question's content stems, and the numbers [`Prepared`] gave the ones the material uses.
pub struct Query<'q> {
    pub stems: HashSet<&'q str>,
    /// Few (a question's words), so a linear search beats hashing.
    ids: Vec<u32>,
}

impl<'q> Query<'q> {
    pub fn new(stems: HashSet<&'q str>, prepared: &Prepared) -> Query<'q> {
        let ids = stems
            .iter()
            .filter_map(|s| prepared.ids.get(*s).copied())
            .collect();
        Query { stems, ids }
    }

    fn has(&self, id: u32) -> bool {
        self.ids.contains(&id)
    }
}

/// Marks a word of a highlighted text with no letters or digits (never bolded).
const NO_WORD: u32 = u32::MAX;

/// What quoting needs from the material, worked out once when the engine is built. Speed only: every answer
/// used to split the cited passages into sentences, normalise and stem each sentence and each quoted word
/// again; now it compares numbered stems. The quotes and highlights are the same (a test checks every
/// passage and quote against the plain functions).
#[derive(Debug, Default)]
pub struct Prepared {
    /// Every stem met below, numbered.
    ids: HashMap<String, u32>,
    /// Per passage, its sentences in order.
    sentences: Vec<Vec<PreparedSentence>>,
    /// Per rule or timing quote: the stem number of each space-separated word ([`NO_WORD`] if none).
    reason_quotes: HashMap<String, Vec<u32>>,
}

#[derive(Debug)]
struct PreparedSentence {
    /// Byte range of the trimmed sentence in the passage's text.
    start: usize,
    end: usize,
    /// Stem numbers of the sentence's words, as `best_sentence` counts them.
    stems: Vec<u32>,
    /// Stem numbers of the words of the sentence's quote (cut to length), as `highlight` reads them.
    quote_stems: Vec<u32>,
}

impl Prepared {
    pub fn build(knowledge: &Knowledge, stemmer: &Stemmer) -> Prepared {
        let mut prepared = Prepared::default();
        for passage in &knowledge.passages {
            let text = passage.text.as_str();
            let mut sentences = Vec::new();
            for sentence in split_sentences(text) {
                let normalized = normalize(sentence);
                let stems = word_spans(&normalized)
                    .map(|(s, e, _)| prepared.intern(&stemmer.stem_cow(&normalized[s..e])))
                    .collect();
                let trimmed = sentence.trim();
                // `trimmed` is a slice of `text`, so its offset is the difference of the pointers.
                let start = trimmed.as_ptr() as usize - text.as_ptr() as usize;
                let quote = cut_chars(trimmed, MAX_QUOTE_CHARS);
                let quote_stems = prepared.word_stems(&quote, stemmer);
                sentences.push(PreparedSentence {
                    start,
                    end: start + trimmed.len(),
                    stems,
                    quote_stems,
                });
            }
            prepared.sentences.push(sentences);
        }
        let reasons = knowledge
            .rules
            .iter()
            .flat_map(|r| &r.reasons)
            .chain(knowledge.timing.iter().flat_map(|t| &t.reasons));
        for reason in reasons {
            if !prepared.reason_quotes.contains_key(&reason.quote) {
                let stems = prepared.word_stems(&reason.quote, stemmer);
                prepared.reason_quotes.insert(reason.quote.clone(), stems);
            }
        }
        prepared
    }

    fn intern(&mut self, stem: &str) -> u32 {
        if let Some(&id) = self.ids.get(stem) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(stem.to_string(), id);
        id
    }

    /// The stem number of each space-separated word of `text`, exactly as [`highlight`] stems it.
    fn word_stems(&mut self, text: &str, stemmer: &Stemmer) -> Vec<u32> {
        text.split(' ')
            .map(|word| {
                let core = word.trim_matches(|c: char| !c.is_alphanumeric());
                if core.is_empty() {
                    NO_WORD
                } else {
                    self.intern(&stemmer.stem_cow(&normalize(core)))
                }
            })
            .collect()
    }

    /// The quote of passage `passage`'s sentence sharing most stems with the query (the first of equals),
    /// with that sentence; an empty quote and `None` for a passage without sentences.
    fn best_quote(
        &self,
        passage: usize,
        text: &str,
        query: &Query,
    ) -> (String, Option<&PreparedSentence>) {
        let mut best: Option<(&PreparedSentence, usize)> = None;
        for sentence in self.sentences.get(passage).map_or(&[][..], Vec::as_slice) {
            let n = sentence.stems.iter().filter(|&&id| query.has(id)).count();
            if best.is_none_or(|(_, most)| n > most) {
                best = Some((sentence, n));
            }
        }
        match best {
            Some((sentence, _)) => (
                cut_chars(&text[sentence.start..sentence.end], MAX_QUOTE_CHARS),
                Some(sentence),
            ),
            None => (String::new(), None),
        }
    }
}

/// [`highlight`] with the words' stems already numbered by [`Prepared`].
fn highlight_prepared(text: &str, stems: &[u32], query: &Query) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, (word, &id)) in text.split(' ').zip(stems).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_word(&mut out, word, id != NO_WORD && query.has(id));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::shipped_knowledge as knowledge;
    use crate::understand::Event;

    /// Entities in, phase out: a stated sign outweighs the calendar; the calendar is the project's policy.
    #[test]
    fn phase_from_event_signal_and_calendar() {
        type Case = (Option<Event>, Option<f64>, Option<Phase>, Phase);
        let cases: &[Case] = &[
            (None, None, None, Phase::None),
            (None, Some(3.0), Some(Phase::Early), Phase::None),
            (Some(Event::Surgery), None, None, Phase::Unknown),
            (Some(Event::Surgery), Some(4.0), None, Phase::Early),
            (Some(Event::Surgery), Some(31.0), None, Phase::Early),
            (Some(Event::Surgery), Some(32.0), None, Phase::Unknown),
            (Some(Event::Surgery), Some(179.0), None, Phase::Unknown),
            (Some(Event::Surgery), Some(180.0), None, Phase::Recovered),
            (
                Some(Event::Surgery),
                Some(700.0),
                Some(Phase::Early),
                Phase::Early,
            ),
            (
                Some(Event::Trauma),
                Some(3.0),
                Some(Phase::Recovered),
                Phase::Recovered,
            ),
            (Some(Event::FreshInjury), Some(10.0), None, Phase::Early),
        ];
        for (event, days, signal, want) in cases {
            let u = Understanding {
                event: *event,
                elapsed_days: *days,
                signal: *signal,
                ..Understanding::default()
            };
            assert_eq!(
                phase_of(&u, knowledge()),
                *want,
                "{event:?} {days:?} {signal:?}"
            );
        }
    }

    /// Topic × phase in, verdict out, as rules.toml states it.
    #[test]
    fn verdict_per_topic_and_phase() {
        use Phase::*;
        use Verdict::*;
        let cases: &[(&str, Phase, Verdict)] = &[
            ("hamstring_strengthening", None, Avoid),
            ("hamstring_strengthening", Early, OkForNow),
            ("hamstring_strengthening", Rebuilding, OkForNow),
            ("hamstring_strengthening", Recovered, Avoid),
            ("hamstring_strengthening", Unknown, Depends),
            ("quad_isolation", None, Caution),
            ("quad_isolation", Early, OkForNow),
            ("glute_strengthening", Unknown, Recommended),
            ("squats", None, Recommended),
            ("squats", Early, Recommended),
            ("walking_running", Recovered, Recommended),
            ("walking_running", Early, NotCovered),
        ];
        let k = knowledge();
        for (topic, phase, verdict) in cases {
            let t = k.topic_index(topic).unwrap();
            assert_eq!(
                k.rule(t, *phase).map(|r| r.verdict),
                Some(*verdict),
                "{topic} {phase}"
            );
        }
    }

    /// The prepared quotes and highlights are the plain functions' own, for every passage and rule quote
    /// under queries made of each passage's words (and none).
    #[test]
    fn prepared_quotes_match_the_plain_functions() {
        let k = knowledge();
        let stemmer = Stemmer::default();
        let prepared = Prepared::build(k, &stemmer);
        let words: Vec<Vec<String>> = k
            .passages
            .iter()
            .map(|p| {
                crate::understand::normalize::tokenize(&normalize(&p.text), &stemmer)
                    .into_iter()
                    .map(|t| t.stem)
                    .collect()
            })
            .collect();
        let mut queries: Vec<HashSet<&str>> = vec![HashSet::new()];
        for stems in &words {
            for chunk in stems.chunks(6) {
                queries.push(chunk.iter().map(String::as_str).collect());
            }
        }
        let reasons: Vec<&Reason> = k
            .rules
            .iter()
            .flat_map(|r| &r.reasons)
            .chain(k.timing.iter().flat_map(|t| &t.reasons))
            .collect();
        for stems in &queries {
            let query = Query::new(stems.clone(), &prepared);
            for (i, p) in k.passages.iter().enumerate() {
                let plain = best_sentence(&p.text, stems, &stemmer).0;
                let (quote, sentence) = prepared.best_quote(i, &p.text, &query);
                assert_eq!(quote, plain, "passage {i}, query {stems:?}");
                let sentence = sentence.expect("every shipped passage has a sentence");
                assert_eq!(
                    highlight_prepared(&quote, &sentence.quote_stems, &query),
                    highlight(&plain, stems, &stemmer),
                    "passage {i}, query {stems:?}"
                );
            }
            for r in &reasons {
                assert_eq!(
                    highlight_prepared(&r.quote, &prepared.reason_quotes[&r.quote], &query),
                    highlight(&r.quote, stems, &stemmer),
                    "{}",
                    r.quote
                );
            }
        }
    }

    #[test]
    fn highlight_bolds_shared_stems_only() {
        let stemmer = Stemmer::default();
        let query: HashSet<&str> = ["compress", "knee"].into_iter().collect();
        assert_eq!(
            highlight(
                "adds to the compression at the knee joint.",
                &query,
                &stemmer
            ),
            "adds to the **compression** at the **knee** joint."
        );
    }
}

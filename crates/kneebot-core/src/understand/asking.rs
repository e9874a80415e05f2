//! Question and story. A post is a story with a question in it: this stage finds the sentences that ask
//! (a `?`, or with no `?` anywhere, a sentence with an asking cue, else the last sentence) and reads what
//! they ask: an open question (what to do, what to avoid) or a diagnosis. The limit cues the story puts on
//! exercises are read in `limits.rs`. The language lists live in `vocabulary.toml`'s `[asking]`; this file
//! only applies them.

use super::normalize::Token;
use crate::knowledge::vocabulary::Asking;
use crate::text::pattern::AnyOf;

/// What an open question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenAsk {
    /// What to do ("what exercises after a knee replacement?").
    Do,
    /// What to stay away from ("what should I avoid with a torn ACL?").
    Avoid,
    /// A bare request for advice after a story ("any tips?", "what do you guys think?"): every ruling,
    /// headed by the exercise the story tells of, if it tells of one.
    Request,
}

/// What a question says the material says about an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// "Why does he say to do leg curls?"
    For,
    /// "Why does the video say to avoid squats?"
    Against,
}

/// The asking part of a post.
#[derive(Debug, Clone, Default)]
pub struct Asked {
    /// Indices of the sentences that ask (as in [`Token::sentence`]).
    pub sentences: Vec<usize>,
    /// Those sentences' text, joined by " ; ".
    pub text: String,
    /// Byte spans of the clauses that ask: in a sentence that tells and then asks ("crashed my bike and
    /// broke my tibia, should i do curls?") only the clauses from the question on; otherwise the sentence.
    pub clauses: Vec<(usize, usize)>,
    /// What the asking part asks for, if it is an open question (read once: several stages need it).
    pub open: Option<OpenAsk>,
    /// The asking sentences that end in a question mark: the question itself, where a cue sentence after
    /// it ("…thought it would be good to get other opinions") only asks for views on it.
    pub marked: Vec<usize>,
    /// Byte spans of the lines listed after a question that points ahead to them: choices, not story.
    pub list_items: Vec<(usize, usize)>,
}

impl Asked {
    pub fn contains(&self, sentence: &usize) -> bool {
        self.sentences.contains(sentence)
    }

    /// True when byte `at` of the text is in a clause that asks.
    pub fn in_clause(&self, at: usize) -> bool {
        self.clauses.iter().any(|&(s, e)| s <= at && at < e)
    }
}

/// Byte span of each sentence (first word's start to last word's end), by sentence index.
pub(super) fn sentence_spans(tokens: &[Token]) -> Vec<Option<(usize, usize)>> {
    let count = tokens.last().map_or(0, |t| t.sentence + 1);
    let mut spans: Vec<Option<(usize, usize)>> = vec![None; count];
    for t in tokens {
        let span = &mut spans[t.sentence];
        *span = Some(span.map_or((t.start, t.end), |(s, _)| (s, t.end)));
    }
    spans
}

/// True when `clause` opens as a question ("so what should I…", "is it ok…"). Only its first words are
/// read: a long run of lead words ("but now but now…") would otherwise be read to its end once for every
/// clause of the sentence.
fn opens_question(clause: &str, asking: &Asking) -> bool {
    asking
        .question_starts
        .is_match(super::phrases::first_words(clause, OPENING_WORDS))
}

/// How many words `opens_question` reads: lead words ("so", "my question is:") and the longest opening
/// ("is the leg press machine ok").
const OPENING_WORDS: usize = 16;

/// A request this short ("thoughts?", "any advice?") has no words of its own to ask with.
const BARE_REQUEST_WORDS: usize = 2;

/// A last clause this short after a comma is a tag that asks ("…, ok?", "…, good idea?").
const TAG_QUESTION_WORDS: usize = 2;

/// A sentence with a "?" and more words than this must show a question in its wording to count as asking.
const LONG_SENTENCE_WORDS: usize = 12;

/// The sentences of `text` that ask: those ending in `?` and those worded as a question without one ("how
/// do i strengthen my knees, i have an old injury."), and asking-cue sentences after the last of them ("i
/// would love to know if…"); with neither, those with an asking cue ("i was wondering if…"); with none of
/// these, the last sentence.
pub fn find(text: &str, tokens: &[Token], asking: &Asking) -> Asked {
    let spans = sentence_spans(tokens);
    let ends_in_question_mark = |i: usize| {
        let Some((_, end)) = spans[i] else {
            return false;
        };
        let next = spans[i + 1..]
            .iter()
            .flatten()
            .next()
            .map_or(text.len(), |(s, _)| *s);
        text[end..next].contains('?')
    };
    let matches =
        |i: usize, patterns: &AnyOf| spans[i].is_some_and(|(s, e)| patterns.is_match(&text[s..e]));
    // A long sentence of the story that ends in a hedging "?" ("…sustained a knee injury, but maybe
    // overuse?") asks only if one of its clauses is worded as a question or its last clause is a tag
    // ("…, ok?"); otherwise it tells.
    let asks_in_words = |i: usize| {
        let Some((s, e)) = spans[i] else {
            return false;
        };
        let words = super::phrases::sentence_tokens(tokens, i).len();
        let sentence = &text[s..e];
        let clauses: Vec<&str> = super::clause_breaks::clause_breaks(sentence)
            .into_iter()
            .map(|at| sentence[at..].trim())
            .collect();
        // An open question in other words ("…: asking for recommendations as to the top 2 exercises?").
        words <= LONG_SENTENCE_WORDS
            || clauses.iter().any(|c| opens_question(c, asking))
            // "…the gym I've started going to - would leg curls help or hinder?": the last clause asks.
            || clauses.last().is_some_and(|c| super::phrases::opens_yes_no(c))
            // "…single leg extensions to even it up - decent plan or not?": a short last clause points
            // back at what the sentence told and asks for a verdict on it (not a claim told with "??":
            // "…the video reckons curls are fine??").
            // So does one that asks with its verb left out ("… from the app - good for my knees?").
            || clauses.last().is_some_and(|c| {
                c.split_whitespace().count() <= SHORT_QUESTION_WORDS
                    && (asking.refers_back.is_match(c) || asking.elliptical.is_match(c))
            })
            // "In the video which muscle does he say is the main one when you walk?": a question
            // worded after a short lead.
            || asking.question_inside.is_match(sentence)
            || asking.open_do.is_match(sentence)
            || asking.open_avoid.is_match(sentence)
            // "…so hamstring curls are basically fine yeah?": offered for agreement.
            || asking.agreement_tag.is_match(sentence)
            || sentence
                .rsplit([',', ';'])
                .next()
                .is_some_and(|c| c.split_whitespace().count() <= TAG_QUESTION_WORDS)
    };
    // A post with no "?" at all may ask after a label or a lead clause ("chondromalacia patella, what am i
    // supposed to do for it then. stairs kill me"): a later clause worded as a question (`[asking]
    // clause_question`) asks too.
    let no_question_mark = !text.contains('?');
    let clause_asks = |i: usize| {
        spans[i].is_some_and(|(s, e)| {
            let sentence = &text[s..e];
            (super::clause_breaks::clause_breaks(sentence)
                .into_iter()
                .skip(1))
            .any(|at| {
                let clause = sentence[at..].trim_start();
                asking
                    .clause_question
                    .is_match(super::phrases::first_words(clause, OPENING_WORDS))
            })
        })
    };
    let mut sentences: Vec<usize> = (0..spans.len())
        .filter(|&i| {
            if ends_in_question_mark(i) {
                asks_in_words(i)
            } else {
                (matches(i, &asking.question_starts) || (no_question_mark && clause_asks(i)))
                    && !matches(i, &asking.tells)
            }
        })
        .collect();
    if sentences.is_empty() {
        sentences = (0..spans.len())
            .filter(|&i| matches(i, &asking.cues))
            .collect();
    } else {
        // A post that ends by asking in words ("…does anyone have it? I would love to know if there were
        // exercises that…") asks that too: cue sentences after the last question.
        let last = sentences.iter().copied().max().unwrap_or(0);
        sentences.extend((last + 1..spans.len()).filter(|&i| matches(i, &asking.cues)));
        // "Not sure whether I should keep the curls. Also, what does he mean by the TFL?": a first question
        // that adds itself to another was not the first asked: a sentence before it that weighs doing
        // something asks too.
        let first = sentences.iter().copied().min().unwrap_or(0);
        if matches(first, &asking.adds_question) {
            sentences.extend((0..first).filter(|&i| matches(i, &asking.weighs_doing)));
        }
    }
    // "Not sure if I should avoid hamstring work after my ACL op.. thoughts?": a bare request of a word or
    // two asks about what the sentence just before it weighs doing (not about a story: "I tore my ACL
    // running. Thoughts?" asks what to do).
    if let [only] = sentences[..] {
        let bare = spans[only].is_some_and(|(s, e)| {
            text[s..e].split_whitespace().count() <= BARE_REQUEST_WORDS
                && asking.open_request.is_match(&text[s..e])
        });
        let before = (0..only)
            .rev()
            .find(|&i| spans[i].is_some())
            .filter(|_| bare);
        if let Some(before) = before.filter(|&i| matches(i, &asking.weighs_doing)) {
            sentences.insert(0, before);
        }
    }
    // "meniscus?? or just my OA": a sentence that opens with "or" right after one that asks offers the
    // question's other choice, so it asks too.
    let mut asks = vec![false; spans.len()];
    for &i in &sentences {
        asks[i] = true;
    }
    let mut i = 0;
    while i < sentences.len() {
        // The next sentence with words ("??" may leave an empty one between).
        let next = tokens.get(tokens.partition_point(|t| t.sentence <= sentences[i]));
        if let Some(next) = next.filter(|t| t.text == "or").map(|t| t.sentence) {
            if !asks[next] {
                asks[next] = true;
                sentences.push(next);
            }
        }
        i += 1;
    }
    // "Which of these should I be doing? - leg extensions - lying curls": the lines listed after it.
    let list_items = super::listed::items_after(&sentences, &spans, tokens, |i| {
        matches(i, &asking.points_to_list)
    });
    sentences.extend(list_items.iter().map(|&(i, _)| i));
    let list_items = list_items.into_iter().map(|(_, span)| span).collect();
    sentences.sort_unstable();
    sentences.dedup();
    // With nothing that asks, the last sentence of a few words ("…what to do. – Jenny" ends in a name).
    if sentences.is_empty() {
        let words = |i: usize| super::phrases::sentence_tokens(tokens, i).len();
        let last = (0..spans.len()).rev().find(|&i| words(i) > 2);
        sentences.extend(last.or_else(|| tokens.last().map(|t| t.sentence)));
    }
    let clauses = sentences
        .iter()
        .filter_map(|&i| spans[i])
        .map(|(s, e)| {
            // The first clause (after a comma or a "but") worded as a question starts the asking part of
            // the sentence, unless the sentence opens as a question ("does anyone ride after it, and any
            // tips?" asks all of it).
            let mut start = s;
            let opens_asking = opens_question(text[s..e].trim_start(), asking);
            let breaks = if opens_asking {
                Vec::new()
            } else {
                super::clause_breaks::clause_breaks(&text[s..e])
            };
            let last_break = breaks.last().copied().unwrap_or(0);
            for offset in breaks.into_iter().skip(1) {
                let clause = text[s + offset..e].trim_start();
                if opens_question(clause, asking)
                    || (offset == last_break && asking.elliptical.is_match(clause))
                {
                    // "Leg press or squats, which should I do?" chooses among what came before.
                    if !asking.choice.is_match(clause) {
                        start = e - clause.len();
                    }
                    break;
                }
            }
            (start, e)
        })
        .collect();
    let text = sentences
        .iter()
        .filter_map(|&i| spans[i].map(|(s, e)| &text[s..e]))
        .collect::<Vec<_>>()
        .join(" ; ");
    let open = read_open_question(&text, asking);
    let marked = sentences
        .iter()
        .copied()
        .filter(|&i| ends_in_question_mark(i))
        .collect();
    Asked {
        sentences,
        text,
        clauses,
        open,
        marked,
        list_items,
    }
}

/// What an open question asks for, if the asking sentences are one.
pub(super) fn read_open_question(text: &str, asking: &Asking) -> Option<OpenAsk> {
    let any = |patterns: &AnyOf| patterns.is_match(text);
    // "What exercises should I do, and what must I avoid?" asks for the whole picture: headed by what to
    // do, the overview shows what to avoid too.
    let asks_avoid = any(&asking.open_avoid);
    // "Physio gave me some exercises, but what should I not do?": exercises told as given ask for none.
    let asks_do_too = asks_avoid && {
        let rest = asking.open_avoid.blank_out(text, " ; ");
        asking
            .open_do
            .is_match(&asking.exercises_given.blank_out(&rest, " ; "))
    };
    if asks_avoid && !asks_do_too {
        Some(OpenAsk::Avoid)
    } else if any(&asking.open_do) {
        Some(OpenAsk::Do)
    } else if any(&asking.open_request) {
        Some(OpenAsk::Request)
    } else {
        None
    }
}

/// The last clause that asks ("…, why would that be?"): of several questions, the last one decides.
pub fn last_clause(asked: &Asked) -> &str {
    asked
        .text
        .rsplit([',', ';'])
        .map(str::trim)
        .find(|c| !c.is_empty())
        .unwrap_or("")
}

/// True when the asking part only asks what will happen or how it went for others ("will my meniscus
/// heal?", "am I ever going to squat again?"), with nothing asking whether to do something.
pub fn asks_prognosis_only(asked: &Asked, asking: &Asking) -> bool {
    asking.prognosis.is_match(&asked.text)
        && !asking.asks_whether.is_match(&asked.text)
        && asked.open.is_none()
}

/// True when the asking sentences point back at the story ("is that ok?", "should I stop?").
/// A question of a few words after a story ("Keep going?", "Right call?") points back at it too.
pub fn refers_back(asked: &Asked, asking: &Asking) -> bool {
    asked.text.split_whitespace().count() <= SHORT_QUESTION_WORDS
        || asking.refers_back.is_match(&asked.text)
}

/// True when the asking part asks how to do an exercise ("what's the proper form for a bridge?"). Good form
/// named as the condition of a question whether to do it ("are squats ok if I keep good form?") asks
/// nothing of form.
pub fn asks_technique(asked: &Asked, asking: &Asking) -> bool {
    asking.technique.is_match(&asked.text)
        && asking
            .technique
            .is_match(&asking.technique_condition.blank_out(&asked.text, " "))
}

/// A question this short after a story is about the story ("Should I?", "smart move?").
const SHORT_QUESTION_WORDS: usize = 6;

/// True when the story says the asker wants to exercise ("I want to exercise, but…", "I'm looking for
/// exercises to strengthen…"): a request after it asks what to do, not what is wrong.
pub fn wants_exercise(text: &str, asking: &Asking) -> bool {
    asking.wants.is_match(text)
}

/// True when the whole question is a bare "why?" ("Why?", "but why is that?") after a story.
pub fn asks_bare_why(asked: &Asked) -> bool {
    let words: Vec<&str> = asked
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    matches!(
        words.as_slice(),
        ["why"] | ["but" | "so", "why"] | ["why", "is" | "does" | "would", "that" | "this" | "it"]
    )
}

/// True when the asking sentences are a bare request for advice ("Thoughts?", "Any ideas", "any
/// suggestions?") rather than a question with words of its own. One that asks for the next step ("where
/// do I even start?") asks what to do, so it is not bare.
pub fn is_bare_request(asked: &Asked, asking: &Asking) -> bool {
    asked.open == Some(OpenAsk::Request) && !asking.asks_next_step.is_match(&asked.text)
}

/// What the question says the material says, if it says so.
pub fn claim(text: &str, asking: &Asking) -> Option<Claim> {
    if asking.claims_against.is_match(text) {
        Some(Claim::Against)
    } else if asking.claims_for.is_match(text) {
        Some(Claim::For)
    } else {
        None
    }
}

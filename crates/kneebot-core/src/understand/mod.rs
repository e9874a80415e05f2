//! Question understanding: turns a member's text into what the rules need, with regular expressions and the
//! vocabulary only (no I/O, no model). Spelling is corrected towards vocabulary words first, so every later
//! step sees "meniscus" where "menicus" was typed.
//!
//! This file owns [`Understanding`], the value read from one question, and [`Understanding::read`], which
//! runs the stages in order, each in its own file: `spelling.rs`, `phrases.rs`, `persons.rs` (whose story
//! each sentence tells), `sides.rs` (which knee), `events.rs`, `red_flags.rs` (with `sign_checked.rs` and
//! `others_sign.rs`: a sign checked and found fine, someone else's sign seen to), `signals.rs` (with
//! `signals_kept.rs`: which recovery signs are the asker's), `topic.rs` and `intent.rs`. The language they
//! read (intent cues, stop, generic and filler words, asking cues, person words, sides) is data, in
//! `knowledge/vocabulary.toml`.

/// Re-exported from [`crate::text`], where they live below the knowledge loader.
pub use crate::text::{normalize, pattern};

mod ages;
mod animal_asked;
mod anniversary;
pub mod asking;
mod between_events;
pub mod calendar;
mod calendar_pattern;
mod choice;
mod clause_breaks;
mod dating;
mod day_or_thing;
mod described;
mod diagnosis_asked;
mod events;
mod holidays;
mod injuries;
mod intent;
mod intent_facts;
mod kept;
mod kinds;
mod lengths;
mod limit_elided;
mod limit_ended;
mod limit_lifted;
mod limits;
mod listed;
mod material_aside;
pub(crate) mod material_words;
mod mention_roles;
mod mine;
mod others_sign;
mod person_mentions;
mod persons;
mod phrases;
mod pointers;
mod postures;
mod question_clauses;
mod quoted;
mod quotes_material;
mod red_flags;
mod search_words;
mod seasons;
mod set_aside;
mod sides;
mod sign_checked;
mod sign_dated;
mod sign_over;
mod signals;
mod signals_kept;
mod spelling;
mod split_words;
mod surgery_ahead;
mod symptoms;
mod thing_pointed_back;
mod time_ahead;
mod time_corrected;
pub mod timeline;
mod topic;
mod uncovered;
pub mod weighing;
mod year_told;

#[cfg(test)]
mod tests;

use crate::answer::Phase;
use crate::ids::{ConditionId, RedFlagId, TopicId};
use crate::knowledge::vocabulary::Meaning;
use crate::knowledge::{Knowledge, Vocabulary};
use normalize::{Stemmer, Token};

pub use kinds::{Event, InfoKind, Intent};

/// Everything read from one question.
#[derive(Debug, Clone, Default)]
pub struct Understanding {
    /// The normalised, spelling-corrected text.
    pub text: String,
    pub tokens: Vec<Token>,
    /// Conditions, in order of first mention.
    pub conditions: Vec<ConditionId>,
    /// Conditions named only where the post tells of someone else ("my dad had a knee replacement" beside
    /// the writer's own arthritis): the answer names them and links their playlists; no ruling rests on them.
    pub others_conditions: Vec<ConditionId>,
    /// The topic asked about, after "instead of" and recovery signals are taken into account.
    pub topic: Option<TopicId>,
    /// The question quotes or cites the video ("why does he say…").
    pub quotes_material: bool,
    /// Stems the vocabulary's search expansions add for this question's shape.
    pub expansions: Vec<String>,
    /// The asking sentence names something the material does not cover before any exercise ("should I
    /// ice my knee after monster walks?"): the question is about that thing.
    pub asks_about_uncovered: bool,
    /// A "why" question about what the material rules ("why are leg curls bad?"), not about a symptom.
    pub asks_why_ruling: bool,
    /// The topic came from "X instead of Y" with no X: the material's alternative to Y.
    pub topic_is_alternative: bool,
    /// The topic's exercise is named, not only its muscle, and no other topic's exercise is.
    pub only_exercise_named: bool,
    /// The uncovered things the asking part asks about (not ones named as when or where): what a
    /// `not_covered` answer names, when there are any.
    pub uncovered_asked: Vec<String>,
    /// The sentences that ask (indices as in each token's `sentence`), when they name the material ("what
    /// point is he making?"): such a question is covered by what they ask, not by the story around them.
    pub material_asked: Vec<usize>,
    pub uncovered: Vec<String>,
    /// Problems other than the knee's that the question names ("hamstring tendinopathy").
    pub other_problems: Vec<String>,
    pub event: Option<Event>,
    pub elapsed_days: Option<f64>,
    /// The strongest recovery signal, and what each signal found says.
    pub signal: Option<Phase>,
    pub signals: Vec<String>,
    /// The red flags found.
    pub red_flags: Vec<RedFlagId>,
    pub intent: Option<Intent>,
    /// Asks what exercise to do for a knee problem without naming one.
    pub asks_for_exercise: bool,
    /// Topics the asker says a clinician ruled out or they cannot do ("my surgeon said no squats").
    pub limited: Vec<TopicId>,
    /// Topics an overview leaves out: they hold a kind of movement ruled out ("no impact": running).
    pub left_out_of_overview: Vec<TopicId>,
    /// The last question asked is worded with what / which / how…: a "Yes:" is no answer to it.
    pub wh_question: bool,
    /// The question asks whether to avoid or stop something: a "Yes:" would read the wrong way round.
    pub asks_avoiding: bool,
    /// In a question about the material: what it says the material says about the topic.
    pub claim: Option<asking::Claim>,
    /// The exercises the question weighs against each other, if it asks which to keep or drop.
    pub weighed: Option<weighing::Weighed>,
    /// `typed -> meant` for each corrected word.
    pub corrections: Vec<(String, String)>,
}

impl Understanding {
    /// Reads `question`, asked on `today` (calendar references such as "back in March" count from it), with
    /// the vocabulary of `knowledge`.
    pub fn read(
        question: &str,
        today: calendar::Date,
        knowledge: &Knowledge,
        stemmer: &Stemmer,
    ) -> Understanding {
        // Every stage below reads at most what `normalize` keeps, so no input makes one of them slow.
        let question = normalize::cut_to(question, normalize::MAX_QUESTION_BYTES);
        let vocab = &knowledge.vocabulary;
        let mut spelled = spelling::read(question, knowledge, stemmer);
        // "ACLR 7 days ago… EDIT: 7 weeks not 7 days": read as corrected.
        if let Some(text) = time_corrected::apply(&spelled.text, &vocab.time) {
            spelled.tokens = normalize::tokenize(&text, stemmer);
            spelled.text = text;
        }
        let found = phrases::find_phrases(&spelled.tokens, vocab);
        // The facts come from the sentences that tell of the person asked about, once the clauses of the
        // writer's own are set apart ("mine was done 2 weeks ago").
        // Speed: most posts name no one but the writer, and then neither is read.
        let others = persons::names_someone_else(&spelled.tokens, &vocab.persons);
        let mine = others
            .then(|| mine::spell_out(&spelled.text, &spelled.tokens, &found, vocab, stemmer))
            .flatten();
        let mine_found = mine
            .as_ref()
            .map(|(_, tokens)| phrases::find_phrases(tokens, vocab));
        let (post_text, post_tokens) = mine.as_ref().map_or(
            (spelled.text.as_str(), spelled.tokens.as_slice()),
            |(text, tokens)| (text.as_str(), tokens.as_slice()),
        );
        let story = others
            .then(|| {
                persons::own_story(
                    post_text,
                    post_tokens,
                    mine_found.as_deref().unwrap_or(&found),
                    vocab,
                    stemmer,
                    today,
                )
            })
            .flatten();
        let (text, tokens) = story.as_ref().map_or(
            (spelled.text.as_str(), spelled.tokens.as_slice()),
            |(text, tokens)| (text.as_str(), tokens.as_slice()),
        );
        let whole_found = found;
        let story_found = story
            .as_ref()
            .map(|(_, tokens)| phrases::find_phrases(tokens, vocab));
        let found: &[phrases::Found] = story_found.as_deref().unwrap_or(&whole_found);
        // "ACL recon on my left… my question is about the RIGHT knee": the clock, the conditions ruled on
        // and the recovery signs come from the sentences about the knee asked about; limits, warning signs
        // and where a later trauma is told are read from the whole story.
        let side = sides::asked_side_story(text, tokens, found, vocab, stemmer);
        let side_found = side
            .as_ref()
            .map(|s| phrases::find_phrases(&s.tokens, vocab));
        let (knee_text, knee_tokens, knee_found) = match (&side, &side_found) {
            (Some(s), Some(f)) => (s.text.as_str(), s.tokens.as_slice(), f.as_slice()),
            _ => (text, tokens, found),
        };
        let named = phrases::named(knee_found, knee_text, knee_tokens, &vocab.asking);
        let others_conditions = if story.is_some() || side.is_some() {
            let whole = phrases::named(&whole_found, &spelled.text, &spelled.tokens, &vocab.asking);
            (whole.conditions.into_iter())
                .filter(|c| !named.conditions.contains(c) && !named.doubted.contains(c))
                .collect()
        } else {
            Vec::new()
        };
        let events = events::read(text, tokens, found, today, knowledge);
        let knee_events = side
            .as_ref()
            .map(|_| events::read(knee_text, knee_tokens, knee_found, today, knowledge));
        let clock = knee_events.as_ref().unwrap_or(&events);
        // Red flags first in importance, but they need the events above for their context. They are read
        // from the whole post, with its events: a sign wrongly taken for someone else's would be missed;
        // only lines quoted from another member are their story, not the asker's signs, limits or recovery
        // ("> if it's been a month you've lost strength").
        // Speed: asked only of a post naming someone else, once a sign owned by someone else is found.
        let writer_asks_once = std::cell::OnceCell::new();
        let writer_asks = || {
            *writer_asks_once.get_or_init(|| {
                others
                    && others_sign::writer_asks(&spelled.text, &spelled.tokens, &whole_found, vocab)
            })
        };
        let quoted = quoted::Quoted::read(question, |q| spelling::read(q, knowledge, stemmer).text);
        let quoted_spans = quoted.spans(text);
        let unquoted = crate::text::blanked(text, &quoted_spans);
        let own_text = quoted::own_words(text, &unquoted, vocab);
        let red_flags = if story.is_some() {
            let whole = events::read(
                &spelled.text,
                &spelled.tokens,
                &whole_found,
                today,
                knowledge,
            );
            let whole_unquoted = crate::text::blanked(&spelled.text, &quoted.spans(&spelled.text));
            let own = quoted::own_words(&spelled.text, &whole_unquoted, vocab);
            red_flags::find(own, &whole, today, vocab, &writer_asks)
        } else {
            red_flags::find(own_text, &events, today, vocab, &writer_asks)
        };
        let mut signals = signals::find(text, vocab);
        // Speed: whether the asker takes quoted lines as their own is asked only of a post that quotes.
        let around = signals_kept::Around {
            text,
            tokens,
            other_knee: side.as_ref().map_or(&[], |s| s.left_out.as_slice()),
            quoted: &quoted_spans,
            quote_taken_as_own: !quoted_spans.is_empty() && vocab.takes_quote_as_own(&unquoted),
            in_early_window: (clock.elapsed_days)
                .is_some_and(|d| d <= knowledge.policy.settings.early_max_days),
            since_surgery_at: events.since_surgery_at,
        };
        signals_kept::keep_the_askers(&mut signals, &around, vocab);
        // A limit's told length counts from the operation or injury, however long ago ("no running for 8
        // weeks after my MCL tear. That was 3 months ago"); after a later fall or twist the days since that
        // are no measure of it.
        // With both knees told, the shorter of the two clocks: a ban told of either knee is not taken
        // for over by the older operation on the other.
        let days = |e: &events::Events| e.elapsed_days.or(e.injury_days);
        let told_days = match (days(&events), knee_events.as_ref().and_then(days)) {
            (Some(whole), Some(knee)) => Some(whole.min(knee)),
            (whole, knee) => whole.or(knee),
        };
        let limit_clock = limit_ended::LimitClock {
            elapsed_days: told_days.filter(|_| events.since_surgery_at.is_none()),
            today,
        };
        let topic = topic::read(
            (text, own_text),
            tokens,
            found,
            knowledge,
            &mut signals,
            limit_clock,
        );
        let (signal, signal_says) = signals.summary();
        // ...nor of what the asker asks: "> watch the hamstring vid, it's good" before "can someone
        // explain the brakes thing?" is another member's advice. Blanked, not cut, so places still hold.
        let mut asks = intent::read(
            &intent::Facts {
                text: &unquoted,
                conditions: &named.conditions,
                event: clock.event,
                dated: clock.elapsed_days.is_some(),
                signal,
                limited: &topic.limited,
                topic_asked: topic.topic_asked,
                topic_named_asked: topic.topic_named_asked,
                exercises_only_in_symptoms: topic.exercises_only_in_symptoms,
                topic_is_alternative: topic.topic_is_alternative,
                asks_only_uncovered: topic.asks_only_uncovered,
                uncovered_goal: topic.uncovered_goal,
                names_uncovered_asked: !topic.uncovered_asked.is_empty(),
                has_topic: topic.topic.is_some(),
                topics_told: topic.topics_told,
                topic_limited: topic.topic.is_some_and(|t| topic.limited.contains(&t)),
                topic_has_windows: topic
                    .topic
                    .is_some_and(|t| knowledge.timing.iter().any(|w| w.topic == t)),
                topic_one_ruling: topic.topic.is_some_and(|t| knowledge.one_ruling(t)),
                asked: &topic.asked,
                quotes_passage: quotes_material::quotes_passage(question, knowledge),
            },
            vocab,
        );
        // "My dog tore his CCL… do the same rules apply to him?": the material is about people's knees.
        if animal_asked::asks_for_animal(text, tokens, vocab) {
            asks.intent = Intent::Outside;
        }
        let expansions = search_words::expansions(text, vocab);
        let claim = asks
            .quotes_material
            .then(|| asking::claim(text, &vocab.asking))
            .flatten();
        // A question about the material inside a story: what it asks, and the sentences pointing at the
        // video, are what the material must speak to; the story's other words need no passage.
        let material_asked = if matches!(asks.intent, Intent::Info(_))
            && (vocab.intent.about_material.is_match(text)
                || vocab.intent.names_material.is_match(text))
        {
            search_words::material_sentences(text, tokens, &topic.asked.sentences, vocab)
        } else {
            Vec::new()
        };
        let left_out_of_overview = limits::left_out_of_overview(text, asks.intent, vocab);
        let (text, tokens) = story.unwrap_or((spelled.text, spelled.tokens));
        Understanding {
            text,
            tokens,
            // "Pretty sure it's not a meniscus tear, but could it be?": what a diagnosis question doubts is
            // what it asks about, so its playlist is linked; no ruling rests on it.
            conditions: if matches!(asks.intent, Intent::Diagnosis) {
                named.conditions.into_iter().chain(named.doubted).collect()
            } else {
                named.conditions
            },
            others_conditions,
            // A question about the material that names a muscle ("why does he compare the hamstrings to
            // brakes?") is about that muscle's topic, trained or not.
            topic: topic.topic.or_else(|| match asks.intent {
                Intent::Info(_) => found.iter().find_map(|f| match f.entry.meaning {
                    Meaning::Muscle(t) => Some(t),
                    _ => None,
                }),
                _ => None,
            }),
            quotes_material: asks.quotes_material,
            expansions,
            asks_about_uncovered: topic.asks_about_uncovered,
            asks_why_ruling: asks.asks_why_ruling,
            topic_is_alternative: topic.topic_is_alternative,
            uncovered_asked: topic.uncovered_asked,
            material_asked,
            only_exercise_named: topic.only_exercise_named,
            uncovered: named.uncovered,
            other_problems: named.other_problems,
            event: clock.event,
            elapsed_days: clock.elapsed_days,
            signal,
            signals: signal_says,
            red_flags,
            intent: Some(asks.intent),
            asks_for_exercise: asks.asks_for_exercise,
            limited: topic.limited,
            left_out_of_overview,
            claim,
            weighed: topic.weighed,
            wh_question: asks.wh_question,
            asks_avoiding: asks.asks_avoiding,
            corrections: spelled.corrections,
        }
    }

    /// Stems of the words that carry meaning, for search.
    pub fn content_stems(&self, vocab: &Vocabulary) -> Vec<&str> {
        self.tokens
            .iter()
            .filter(|t| !vocab.is_stop_word(&t.text))
            .map(|t| t.stem.as_str())
            .collect()
    }
}

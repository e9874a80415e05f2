//! Stage 6 of reading a question: what it asks about. The topic (after "instead of" and recovery signals
//! are taken into account), whether the asking sentence is about something the material does not cover,
//! the topics the asker says are ruled out for them, and whether an exercise is named and asked about.

use super::asking::{self, Asked};
use super::mention_roles::{goal, inside_signal, told_of};
use super::normalize::Token;
use super::phrases::{contains_seq, word_before, Found};
use super::set_aside::excluded_before;
use super::signals::Signals;
use super::symptoms::only_in_symptoms;
use super::uncovered::{
    asks_about_training, asks_about_uncovered, open_beside, uncovered_asked, widened, Mention,
};
use crate::ids::TopicId;
use crate::knowledge::vocabulary::Meaning;
use crate::knowledge::{Knowledge, Vocabulary};

/// What the question asks about.
pub(super) struct Topic {
    /// The topic asked about.
    pub topic: Option<TopicId>,
    /// The topic came from "X instead of Y" with no X: the material's alternative to Y.
    pub topic_is_alternative: bool,
    /// The topic's exercise is named ("leg extensions"), not only its muscle ("my quad strength"), and no
    /// other topic's exercise is.
    pub only_exercise_named: bool,
    /// The asking sentence names something the material does not cover before any exercise.
    pub asks_about_uncovered: bool,
    /// The things the material does not cover that the asking clauses name (not as when or where).
    pub uncovered_asked: Vec<String>,
    /// The asking clauses name something the material does not cover, and the asking sentences no kind of
    /// training beside it ("what can I do to help him with the mental toll?", not "what exercises?").
    pub asks_only_uncovered: bool,
    /// The post names an uncovered activity as what the asker wants back ("get back to football").
    pub uncovered_goal: bool,
    /// Topics the asker says a clinician ruled out or they cannot do.
    pub limited: Vec<TopicId>,
    /// An exercise in the asking sentence is what is asked about (not back-story or a goal).
    pub topic_asked: bool,
    /// ...and it is named there, not only pointed at ("is that normal?" points at the story).
    pub topic_named_asked: bool,
    /// Every exercise named is only where a symptom shows ("it hurts when I run"), or none is named.
    pub exercises_only_in_symptoms: bool,
    /// The exercises the question weighs against each other.
    pub weighed: Option<super::weighing::Weighed>,
    /// How many topics the post names exercises or trained muscles of.
    pub topics_told: usize,
    /// The sentences and clauses that ask.
    pub asked: Asked,
}

/// Reads what `text` (with its `tokens` and the phrases `found` in it) asks about. A topic word inside a
/// recovery sign that is the question ("is walking good for me") takes that sign out of `signals`. Limits
/// are read from `own_text`: `text` with another member's quoted lines blanked.
pub(super) fn read(
    (text, own_text): (&str, &str),
    tokens: &[Token],
    found: &[Found],
    knowledge: &Knowledge,
    signals: &mut Signals,
    limit_clock: super::limit_ended::LimitClock,
) -> Topic {
    let vocab = &knowledge.vocabulary;
    let mentions = mentions(text, tokens, found, vocab);
    // Another member's quoted question is not the asker's.
    let asked = asking::find(own_text, tokens, &vocab.asking);
    // A choice listed after the question ("- walking to the end of the road and back") is no sign.
    for &(start, end) in &asked.list_items {
        signals.drop_overlapping(start, end);
    }
    let mention_in_sign: Vec<bool> = mentions
        .iter()
        .map(|&(_, f, l)| inside_signal(tokens, signals, f, l))
        .collect();
    let super::limits::Limits {
        topics: limited,
        told: limit_told,
    } = super::limits::read(
        own_text,
        tokens,
        found,
        &mentions,
        &mention_in_sign,
        &asked,
        limit_clock,
        vocab,
    );
    // "…lying leg curls, box jumps and back squats. Is the first one a good idea?": the one pointed at.
    let pointed = super::pointers::pointed(text, tokens, found, &mentions, &asked, vocab);
    let (topic, topic_is_alternative) = match &pointed {
        Some(p) => (p.topic, false),
        None => super::choice::choose(
            text,
            tokens,
            &mentions,
            &asked,
            (&limited, &limit_told),
            knowledge,
            signals,
        ),
    };
    // The exercises named all belong to the topic ("leg curls … the hamstring curl machine"), not a
    // muscle alone and not a list of several topics' exercises. One the asker cannot do ("can't manage a
    // single leg squat yet") is a limit told, and one inside a recovery sign ("she walks fine") a sign:
    // neither is an exercise put forward.
    let only_exercise_named = topic.is_some_and(|t| {
        let mut exercises = found
            .iter()
            .filter_map(|f| match f.entry.meaning {
                Meaning::Exercise(x)
                    if x == t
                        || !(limited.contains(&x)
                            || inside_signal(tokens, signals, f.first, f.last)) =>
                {
                    Some(x)
                }
                _ => None,
            })
            .peekable();
        exercises.peek().is_some() && exercises.all(|x| x == t)
    });
    let mut uncovered = uncovered_asked(tokens, found, &mentions, &asked, vocab);
    // "…squats, glute bridges and lunges. Is the last one ok?": the uncovered thing pointed at is asked
    // about as if named in the question.
    let pointed_uncovered = pointed.as_ref().and_then(|p| p.uncovered);
    if let Some(f) = pointed_uncovered.and_then(|at| found.iter().find(|f| f.first == at)) {
        if !uncovered.iter().any(|&(i, _)| i == f.first) {
            uncovered.insert(0, (f.first, f.entry));
        }
    }
    // "Dad says I should wear a knee sleeve when I run. Should I?": the thing done in the part told just
    // before a question that points back, where the exercise is only when it is done.
    if uncovered.is_empty() && pointed.is_none() {
        if let Some(thing) =
            super::thing_pointed_back::find(tokens, found, &mentions, &asked, vocab)
        {
            uncovered.push(thing);
        }
    }
    let asks_about_uncovered = pointed_uncovered.is_some()
        || asks_about_uncovered(text, tokens, &mentions, &asked, &uncovered, vocab);
    // Each thing asked about once, as the vocabulary writes it: what a `not_covered` answer names.
    let mut uncovered_named: Vec<String> = Vec::new();
    for (_, entry) in &uncovered {
        if !uncovered_named.contains(&entry.text) {
            uncovered_named.push(entry.text.clone());
        }
    }
    let asks_only_uncovered = asks_about_uncovered
        && !asks_about_training(text, tokens, &asked, &uncovered, found, vocab)
        && !widened(tokens, found, &uncovered, vocab)
        && !open_beside(text, tokens, &asked, &uncovered, vocab);
    // "Get back to football", "play football again": an uncovered activity the asker wants back.
    let uncovered_goal = found.iter().any(|f| {
        let again_after = tokens[f.last + 1..]
            .iter()
            .take(2)
            .any(|t| t.text == "again" && t.sentence == tokens[f.last].sentence);
        f.entry.meaning == Meaning::Uncovered
            && (word_before(tokens, f.first, 3, &vocab.activity_goal) || again_after)
    });
    // An exercise in the asking sentence that is only back-story ("pain from running") or the goal ("so
    // I can walk smoother", "continue to run") is not what is asked about.
    // In a sentence that tells and then asks an open question ("I enjoy running, but is there anything I
    // can do so I can keep going?"), only an exercise in the asking clause is asked about; a short question
    // after the telling clause ("…hates leg curls, should I drop them?") asks about the exercise told of.
    // One where a symptom shows ("hurts when I run") is the symptom's setting (`only_in_symptoms`).
    let in_symptom = super::symptoms::in_symptoms(
        text,
        tokens,
        mentions.iter().map(|&(_, first, _)| first),
        &vocab.asking,
        &vocab.sign_over.negations,
    );
    let open = asked.open.is_some();
    // A muscle named as the goal of an open question ("what can I do to build up my thigh muscle?") asks
    // what trains it, which every ruling answers; it is not a question about one exercise.
    // A muscle singled out ("exercises that focus especially on the hamstring") is the isolated work asked
    // about, not a goal.
    // So is one whose own exercises are asked for ("can I do exercises for my hamstrings?").
    let singled_out = |first: usize| {
        word_before(tokens, first, 4, &vocab.singling_out)
            || super::phrases::preceded_by(text, tokens[first].start, &vocab.muscle_exercises, 3)
    };
    let muscle = |first: usize| super::phrases::names_muscle(found, first) && !singled_out(first);
    // "Should I be walking…": the question's own "should I" a word or two before the exercise.
    let asks_whether_to = |first: usize| {
        let (start, _) = super::phrases::sentence_span(tokens, tokens[first].sentence);
        // Only the words just before it can hold the asking a word or two before it.
        let before =
            super::phrases::last_words(&text[start..tokens[first].start], ASKS_WHETHER_WORDS);
        vocab.asking.asks_whether.iter().any(|re| {
            re.find_iter(before)
                .last()
                .is_some_and(|m| before[m.end()..].split_whitespace().count() <= 2)
        })
    };
    // "…no running before 9 months - thoughts? Can I start some light jogging now?": beside a bare request,
    // a sentence asking yes or no about the exercise asks whether to do it.
    let asks_yes_no = |first: usize| {
        let (start, end) = super::phrases::sentence_span(tokens, tokens[first].sentence);
        asked.open == Some(asking::OpenAsk::Request)
            && super::phrases::opens_yes_no(&text[start..end])
    };
    let asked_about: Vec<bool> = mentions
        .iter()
        .zip(&in_symptom)
        .zip(&limit_told)
        .map(|((&(t, first, _), &symptom), &told_limited)| {
            // An open question asks what to do about a symptom, not about the exercise where it shows
            // ("how can you keep your knees from aching when you hike?").
            // Nor is one it puts aside ("how can I work my legs without squats?") or one ruled out for the
            // asker ("…exercises that work, and if stopping running really is a good idea"), unless the
            // question asks whether to do it ("…no brisk walking. Should I be walking for exercise for my
            // knees?"): then its ruling is the limit's.
            let in_asking = if open {
                asked.in_clause(tokens[first].start)
                    && !symptom
                    && !muscle(first)
                    && !excluded_before(tokens, first, vocab)
                    && (!limited.contains(&t)
                        || (!told_limited && (asks_whether_to(first) || asks_yes_no(first))))
            } else {
                asked.contains(&tokens[first].sentence)
            };
            let story = told_of(tokens, first, vocab)
                || goal(tokens, first, vocab)
                || (open && super::mention_roles::purpose_for(tokens, first, vocab));
            // "Am I allowed on the leg curl machine?": "on" there is the asking's, not back-story's.
            in_asking && (singled_out(first) || !story || asks_whether_to(first))
        })
        .collect();
    // "What should I be doing at the gym? Squats, bridges, lunges?": exercises of two kinds or more put
    // after an open question are the candidates it weighs, each of which the overview rules on; the
    // question stays open.
    let candidates = matches!(
        asked.open,
        Some(asking::OpenAsk::Do | asking::OpenAsk::Avoid)
    ) && {
        let mut kinds: Vec<TopicId> = mentions
            .iter()
            .zip(&asked_about)
            .filter(|(_, &about)| about)
            .map(|(&(t, _, _), _)| t)
            .collect();
        kinds.sort_unstable();
        kinds.dedup();
        kinds.len() >= 2
    };
    let topic_asked =
        (asked_about.iter().any(|&a| a) || pointed.is_some_and(|p| p.in_asking)) && !candidates;
    let mut told: Vec<TopicId> = mentions.iter().map(|&(t, _, _)| t).collect();
    told.sort_unstable();
    told.dedup();
    Topic {
        topic,
        topic_is_alternative,
        topics_told: told.len(),
        only_exercise_named,
        asks_about_uncovered,
        uncovered_asked: uncovered_named,
        asks_only_uncovered,
        uncovered_goal,
        exercises_only_in_symptoms: only_in_symptoms(
            tokens,
            &mentions,
            &in_symptom,
            &mention_in_sign,
            &limited,
        ),
        weighed: super::weighing::read(text, tokens, &mentions, &asked, signals, vocab),
        limited,
        topic_asked,
        topic_named_asked: topic_asked && asked_about.iter().any(|&a| a),
        asked,
    }
}

/// The exercises named, and the muscles named in a way that asks about training them.
fn mentions(text: &str, tokens: &[Token], found: &[Found], vocab: &Vocabulary) -> Vec<Mention> {
    let stems: Vec<&str> = tokens.iter().map(|t| t.stem.as_str()).collect();
    let has_training_word = vocab.training_words.iter().any(|w| contains_seq(&stems, w));
    // Read once, and only if a muscle is named.
    let why_value = std::cell::OnceCell::new();
    let why_value = || {
        *why_value.get_or_init(|| {
            vocab.intent.why.is_match(text) && vocab.intent.why_value.is_match(text)
        })
    };
    let mut mentions: Vec<Mention> = Vec::new();
    for f in found {
        match f.entry.meaning {
            // "My running career", "her walking group": the activity names something else; "join the
            // walking group" is taking part in it.
            Meaning::Exercise(_)
                if tokens
                    .get(f.last + 1)
                    .is_some_and(|n| n.is_one_of(&vocab.activity_nouns))
                    && !word_before(tokens, f.first, 3, &vocab.joining) => {}
            // "Running out of time", "ran into my surgeon", "the pool runs aqua aerobics", "the bloke who
            // runs the gym": another verb.
            Meaning::Exercise(_)
                if f.first == f.last
                    && tokens[f.first].stem == "run"
                    && (super::mention_roles::runs_another_verb(tokens, f.last, vocab)
                        || word_before(tokens, f.first, 1, &vocab.run_organisers)
                        || super::mention_roles::runs_a_place(tokens, f.last, vocab)) => {}
            // "Not asking about curls, I mean stretching": named only to say it is not the question.
            Meaning::Exercise(_) if super::set_aside::disclaimed(tokens, f.first, vocab) => {}
            Meaning::Exercise(t) => mentions.push((t, f.first, f.last)),
            Meaning::Muscle(t) => {
                let near_stretch = vocab.stretch_words.iter().any(|w| {
                    let lo = f.first.saturating_sub(3);
                    let hi = (f.last + 3).min(stems.len().saturating_sub(1));
                    stems.len() > lo && contains_seq(&stems[lo..=hi.max(lo)], w)
                });
                let excluded = excluded_before(tokens, f.first, vocab);
                if ((has_training_word
                    || why_value()
                    || compared(tokens, found, f, vocab)
                    || loaded(text, tokens, f.first, vocab))
                    && !near_stretch)
                    || excluded
                {
                    mentions.push((t, f.first, f.last));
                }
            }
            _ => {}
        }
    }
    // Exercises described rather than named, where no named one covers the same words.
    for d in super::described::mentions(text, tokens, vocab) {
        if !mentions.iter().any(|m| m.1 <= d.2 && d.1 <= m.2) {
            mentions.push(d);
        }
    }
    mentions.sort_by_key(|m| m.1);
    mentions
}

/// True when a word of how an exercise is loaded is joined to the muscle at token `first` ("nothing heavy
/// for the hammies", "no resisted work through the quads" told as "nothing resisted for the hamstrings"):
/// the muscle is named as something trained, as a training word would say.
fn loaded(text: &str, tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    let asking = &vocab.asking;
    let before = super::phrases::words_before(text, tokens, first).trim_end();
    let Some(link) =
        (asking.limit_links.iter()).find(|w| super::phrases::ends_with_word(before, w))
    else {
        return false;
    };
    let rest = before[..before.len() - link.len()].trim_end();
    (asking.limit_modifiers.iter())
        .any(|w| !w.contains(' ') && super::phrases::ends_with_word(rest, w))
}

/// True when the muscle `f` is weighed against another muscle named just before or after it, only words
/// of comparing between them ("glutes over hammies", "glutes vs hamstrings", "quads or glutes"): which
/// one to train is asked, as a training word would say.
fn compared(tokens: &[Token], found: &[Found], f: &Found, vocab: &Vocabulary) -> bool {
    let comparing = |from: usize, to: usize| {
        to > from
            && to - from <= MUSCLES_COMPARED_GAP
            && tokens[from..to].iter().all(|t| {
                t.is_one_of(&vocab.muscles_compared) && t.sentence == tokens[f.first].sentence
            })
    };
    found.iter().any(|other| {
        matches!(other.entry.meaning, Meaning::Muscle(t) if Meaning::Muscle(t) != f.entry.meaning)
            && (comparing(f.last + 1, other.first) || comparing(other.last + 1, f.first))
    })
}

/// How many words of comparing may stand between two muscles weighed ("and not", "rather than").
const MUSCLES_COMPARED_GAP: usize = 3;

/// How many words before an exercise `asks_whether_to` reads: two between, and the longest asking ("are
/// they really supposed to").
const ASKS_WHETHER_WORDS: usize = 8;

//! Stage of reading a question's topic: the exercises ruled out for the person, by a clinician ("my
//! surgeon said no squats", "he said no leg curls" once a clinician is named), by what they cannot do
//! ("I can't kneel") or by a limit on loading the knee ("non weight bearing"). The bot never recommends a
//! ruled-out exercise.

mod adviser;

use super::asking::Asked;
use super::normalize::Token;
use super::phrases::{sentence_span, Found};
use super::uncovered::Mention;
use crate::ids::TopicId;
use crate::knowledge::vocabulary::Asking;
use crate::knowledge::vocabulary::Meaning;
use crate::knowledge::Vocabulary;
use crate::text::pattern::AnyOf;

/// What limits a question tells.
pub(super) struct Limits {
    /// The topics ruled out for the asker among the exercises named (and every loaded topic when the knee
    /// may not be loaded).
    pub topics: Vec<TopicId>,
    /// For each mention, whether it is the exercise a limit is told about ("no squats"), as against the
    /// same exercise named again elsewhere ("…no brisk walking. Should I be walking for my knees?").
    pub told: Vec<bool>,
}

/// How many words after an exercise another of its topic may tell where it is done ("walks on the
/// treadmill").
const PLACE_WORDS: usize = 3;

/// The limits among the exercises `mentions` names.
///
/// A topic of several kinds of exercise (`[[topic]] kinds`) is ruled out only for the kind named so: "not
/// allowed to run till April, is walking ok?" asks about walking, which no limit touches.
// The post as read so far, each piece from a different stage; bundling them would only rename them.
#[allow(clippy::too_many_arguments)]
pub(super) fn read(
    text: &str,
    tokens: &[Token],
    found: &[Found],
    mentions: &[Mention],
    in_sign: &[bool],
    asked: &Asked,
    clock: super::limit_ended::LimitClock,
    vocab: &Vocabulary,
) -> Limits {
    // Found once: asked for every mention, a search of the whole post each time adds up on a long one.
    let first_clinician = vocab.intent.clinician.find(text).map(|m| m.start());
    let clinician_before = |at: usize| first_clinician.is_some_and(|start| start < at);
    // "She said no bridges for now": a "he", "she" or "they" telling the asker a limit stands for the
    // person named last before it: a clinician, or with no one named, the asker's clinician; not someone
    // else ("my sister… she said no squats") nor the video or its presenter ("in the video he said no leg
    // curls"). Read as a limit, the exercise gets "follow your clinician", never a go-ahead it may have
    // been ruled out from.
    // ("He said no leg curls in the video": the video named later in the sentence is whose view it is.)
    let pronoun_is_clinician = |at: usize| {
        let persons = &vocab.persons;
        let (before, after) = tokens.split_at(tokens.partition_point(|t| t.start < at));
        let sentence = after.first().map(|t| t.sentence);
        (before.iter())
            .rfind(|t| persons.is_clinician(&t.text) || persons.names_someone_else(&t.text))
            .is_none_or(|t| persons.is_clinician(&t.text))
            && !(after.iter())
                .take_while(|t| Some(t.sentence) == sentence)
                .any(|t| persons.names_someone_else(&t.text))
    };
    // A muscle inside a sign ("can't get the hamstring to contract") tells how it works, not an
    // exercise the asker cannot do; an exercise inside one ("not allowed to run again") stays limited.
    let mut limited_here: Vec<bool> = mentions
        .iter()
        .zip(in_sign)
        .map(|(&(_, first, last), &sign)| {
            !(sign && super::phrases::names_muscle(found, first))
                && is_limited(
                    text,
                    tokens,
                    (first, last),
                    clinician_before,
                    pronoun_is_clinician,
                    &vocab.asking,
                )
        })
        .collect();
    // "Can't do lunges or squats yet", "banned lunges and squats": the list opens with an exercise the
    // material does not cover (one or two words), and the limit before it holds for the next one too.
    for (k, &(_, first, last)) in mentions.iter().enumerate() {
        // "And" may start a new clause ("I can't do lunges and squats feel fine"): only a list that ends
        // with the exercise ("lunges and squats.", "…and squats yet") carries the limit over it.
        let ends_list = || {
            let rest = text[tokens[last].end..].trim_start();
            rest.is_empty()
                || rest.starts_with([',', '.', ';', '!', '?'])
                || tokens.get(last + 1).is_some_and(|t| {
                    t.sentence != tokens[last].sentence || t.is_one_of(&vocab.list_ends_with)
                })
        };
        // "…the leg press and the leg extension machine": a filler (`[words] list_fillers`) may stand
        // after the joining word.
        let skip = usize::from(
            first
                .checked_sub(1)
                .is_some_and(|d| tokens[d].is_one_of(&vocab.lists.fillers)),
        );
        let joined = first
            .checked_sub(1 + skip)
            .is_some_and(|j| match tokens[j].text.as_str() {
                "or" | "nor" => true,
                "and" => ends_list(),
                _ => false,
            });
        if limited_here[k] || !joined {
            continue;
        }
        limited_here[k] = (2 + skip..=3 + skip).any(|back| {
            first.checked_sub(back).is_some_and(|item| {
                tokens[item].sentence == tokens[first].sentence
                    && !mentions.iter().any(|&(_, f, l)| (f..=l).contains(&item))
                    && is_limited(
                        text,
                        tokens,
                        (item, last),
                        clinician_before,
                        pronoun_is_clinician,
                        &vocab.asking,
                    )
            })
        });
    }
    // "Everyone keeps saying 'just walk more'. I physically can't.": the verb left out points back.
    for k in super::limit_elided::pointed_back(text, tokens, mentions, &vocab.asking) {
        limited_here[k] = true;
    }
    // "No squats, lunges or leg curls": a limit on one exercise of a list is a limit on the next.
    for k in 1..mentions.len() {
        let (_, _, last) = mentions[k - 1];
        let (_, first, _) = mentions[k];
        let gap = || &text[tokens[last].end..tokens[first].start];
        // "No leg curls, squats or lunges": a comma, when the list goes on to "or" after this one.
        let goes_on = || {
            let (_, _, this_last) = mentions[k];
            vocab.asking.limit_list_comma.is_match(gap())
                && vocab
                    .asking
                    .limit_list_goes_on
                    .is_match(&text[tokens[this_last].end..])
        };
        if limited_here[k - 1]
            && tokens[last].sentence == tokens[first].sentence
            && tokens[last].end <= tokens[first].start
            && (vocab.asking.limit_list_gap.is_match(gap()) || goes_on())
        {
            limited_here[k] = true;
        }
    }
    // Whether the asking part asks about the writer ("can I keep doing my squats?"), read once if needed.
    let writer_asked = std::cell::OnceCell::new();
    let writer_asked = || {
        *writer_asked.get_or_init(|| {
            tokens.iter().any(|t| {
                asked.contains(&t.sentence)
                    && vocab.persons.of(&t.text) == Some(crate::knowledge::persons::Person::Me)
                    && !t.is_one_of(&vocab.persons.owning)
            })
        })
    };
    // "My personal trainer says I'm not allowed to run": someone who is not a clinician gives it, so it
    // is their opinion; the material's ruling stands ("my GP said squats are fine but my yoga teacher
    // says never squat": the nearer speaker gives the limit).
    for (k, &(_, first, _)) in mentions.iter().enumerate() {
        if limited_here[k] {
            let (start, end) = sentence_span(tokens, tokens[first].sentence);
            let at = tokens[first].start.saturating_sub(start);
            limited_here[k] = !adviser::gives(&text[start..end], at, writer_asked, vocab);
        }
    }
    // "No squats for 6 weeks after my meniscus repair" four months after it, "no running till April" in
    // July: a limit whose told length or last day has passed no longer rules the exercise out. `ended`
    // reads the words around the limited words at bytes `start..end`, in their sentence.
    let ended = |start: usize, end: usize| {
        let last_token = tokens.len().saturating_sub(1);
        let first = tokens.partition_point(|t| t.end <= start).min(last_token);
        let last =
            (tokens.partition_point(|t| t.start < end).saturating_sub(1)).clamp(first, last_token);
        let (from, to) = super::phrases::cue_span(tokens, first, last);
        let exercise_end = end.clamp(from, to) - from;
        super::limit_ended::has_run_out(&text[from..to], exercise_end, clock, &vocab.asking)
    };
    for (k, &(_, first, last)) in mentions.iter().enumerate() {
        if limited_here[k] && ended(tokens[first].start, tokens[last].end) {
            limited_here[k] = false;
        }
    }
    // "…had banned squats but at my last visit she said I can start them again": lifted later.
    for k in super::limit_lifted::lifted(text, tokens, mentions, &vocab.asking) {
        limited_here[k] = false;
    }
    // The kind of exercise a mention names (walking or running within one topic).
    let kind = |first: usize| {
        found
            .iter()
            .find(|f| f.first == first && matches!(f.entry.meaning, Meaning::Exercise(_)))
            .and_then(|f| vocab.exercise_kinds.get(&f.entry.text.to_lowercase()))
            .copied()
            .unwrap_or(0)
    };
    let mut limited = Vec::new();
    for (&(t, first, _), &is_limited) in mentions.iter().zip(&limited_here) {
        if !is_limited || limited.contains(&t) {
            continue;
        }
        // Asked about another kind only, not the one ruled out ("no running … can I go for a run or a
        // walk?" still asks about running).
        // "Brisk walks on the treadmill": a mention just after another of its topic tells where that one
        // is done, not a kind of its own.
        let describes_another = |f: usize| {
            mentions.iter().any(|&(u, g, h)| {
                u == t && h < f && f <= h + PLACE_WORDS && tokens[g].sentence == tokens[f].sentence
            })
        };
        let asked_kind = |same: bool| {
            mentions.iter().zip(&limited_here).any(|(&(u, f, _), &l)| {
                u == t
                    && !l
                    && !describes_another(f)
                    && asked.contains(&tokens[f].sentence)
                    && !super::mention_roles::goal(tokens, f, vocab)
                    && (kind(f) == kind(first)) == same
            })
        };
        if !asked_kind(false) || asked_kind(true) {
            limited.push(t);
        }
    }
    // "Walking only, nothing else", "my surgeon said nothing but walking": every other exercise is out.
    for (k, &(t, first, last)) in mentions.iter().enumerate() {
        if !limited_here[k]
            && allowed_alone(text, tokens, (first, last), &vocab.asking)
            && !ended(tokens[first].start, tokens[last].end)
        {
            rule_out(
                &mut limited,
                vocab.all_topics.iter().copied().filter(|&u| u != t),
            );
        }
    }
    // "GP said rest completely for 2 weeks", "surgeon said nothing but rest until my follow-up": every
    // exercise is out, until the order's told end.
    if adviser::rest_ordered(text, tokens, ended, writer_asked, vocab) {
        rule_out(&mut limited, vocab.all_topics.iter().copied());
    }
    // "I can't kneel": an exercise done kneeling is out, until the limit's told end.
    rule_out(
        &mut limited,
        super::postures::limited(text, tokens, mentions, &ended, vocab),
    );
    // "Non weight bearing", "told not to bend my knee": whatever loads the knee is out, named or not, until
    // the limit's told end; one told as past ("was non weight bearing for 6 weeks") is over.
    if vocab.asking.limit_loading.is_match(text) {
        let told_now = crate::text::blanked(text, &vocab.asking.limit_loading_past.spans(text));
        let spans = vocab.asking.limit_loading.spans(&told_now);
        if spans.iter().any(|&(start, end)| !ended(start, end)) {
            rule_out(&mut limited, vocab.loaded_topics.iter().copied());
        }
    }
    Limits {
        topics: limited,
        told: limited_here,
    }
}

/// Adds `topics` to the ruled-out `limited`, each once.
fn rule_out(limited: &mut Vec<TopicId>, topics: impl IntoIterator<Item = TopicId>) {
    for t in topics {
        if !limited.contains(&t) {
            limited.push(t);
        }
    }
}

/// The topics an overview leaves out: those holding exercises of a kind of movement the post rules out
/// ("no impact activities": walking or running). Only overviews need them.
pub(super) fn left_out_of_overview(
    text: &str,
    intent: super::Intent,
    vocab: &Vocabulary,
) -> Vec<TopicId> {
    let mut left_out = Vec::new();
    if !matches!(intent, super::Intent::Overview(_)) {
        return left_out;
    }
    for &(posture, _) in vocab.posture_cannot.matching(text) {
        for &topic in &vocab.postures[posture].topics {
            if !left_out.contains(&topic) {
                left_out.push(topic);
            }
        }
    }
    left_out
}

/// True when a limit cue sits just before the words `first..=last` in their sentence, or a limit just
/// after them ("squats are out of the question"). With `clinician_before`, the post named a clinician
/// before; with `pronoun_is_clinician`, "he said no squats" is the asker's clinician's limit.
pub fn is_limited(
    text: &str,
    tokens: &[Token],
    (first, last): (usize, usize),
    clinician_before: impl Fn(usize) -> bool,
    pronoun_is_clinician: impl Fn(usize) -> bool,
    asking: &Asking,
) -> bool {
    let (_, end) = sentence_span(tokens, tokens[first].sentence);
    let before = super::phrases::words_before(text, tokens, first);
    // The sentence's closing marks too, so a limit told ("… off limits for now.") is told apart from one
    // asked about ("… off limits?").
    let end = end.max(tokens[last].end);
    let closing = text[end..]
        .find(|c: char| c.is_alphanumeric())
        .map_or(text.len(), |i| end + i);
    let after = super::phrases::words_after(text, tokens, tokens[last].end, closing);
    // "No loaded squatting": how the exercise is done stands between the limit and the exercise.
    let mut bare = before.trim_end();
    // "Nothing heavy for the hammies": the muscle the limit bears on is joined to it by a link word.
    while let Some(word) = (asking.limit_modifiers.iter())
        .chain(&asking.limit_links)
        .find(|w| super::phrases::ends_with_word(bare, w))
    {
        bare = bare[..bare.len() - word.len()].trim_end();
    }
    // `bare` is `before` cut at a word's end: with the space after it, as the patterns expect.
    let bare_before = (bare.len() < before.trim_end().len()).then(|| &before[..bare.len() + 1]);
    let told_before = |p: &AnyOf| p.is_match(before) || bare_before.is_some_and(|b| p.is_match(b));
    // "Told not to stop my leg curls" (by a clinician or "she"): the limit is on stopping, so the exercise
    // goes on.
    (!told_before(&asking.limit_undone)
        && ((told_before(&asking.limit_before) && !asking.limit_only_how.is_match(after))
            || (told_before(&asking.limit_removed) && asking.limit_removed_from.is_match(after))
            || (asking.limit_by_pronoun.is_match(before) && pronoun_is_clinician(tokens[first].start))))
        // "Squat is forbidden for people like me?": a limit asked about in the clause that asks is no
        // limit told, unless a clinician was named before it.
        || asking.limit_after.find(after).is_some_and(|m| {
            !asked_in_clause(&after[m.end()..], asking) || clinician_before(tokens[first].start)
        })
        // "No heavy squats, said my physio."
        || (asking.limit_said_after.is_match(after) && asking.limit_opening.is_match(bare))
}

/// True when `rest` (the words after a limit told of an exercise, to its sentence's closing marks) is a
/// few words ending in "?" ("…forbidden for people like me?"): the limit is what is asked, not told. Not
/// where a question follows it ("if leg curls are out then what should I do?", "…out so what about…?":
/// the limit is its premise).
fn asked_in_clause(rest: &str, asking: &Asking) -> bool {
    rest.trim_end().ends_with('?')
        && !rest.contains([',', ';'])
        && rest.split_whitespace().count() <= ASKED_LIMIT_TAIL_WORDS
        && !rest
            .match_indices(' ')
            .any(|(at, _)| asking.question_starts.is_match(rest[at..].trim_start()))
}

/// How many words may follow a limit asked about ("for people like me?").
const ASKED_LIMIT_TAIL_WORDS: usize = 5;

/// True when the words `first..=last` are told as the one exercise allowed, in their sentence: "nothing
/// but walking", "only allowed to walk", or a clinician's word before them and "only, nothing else" after.
fn allowed_alone(
    text: &str,
    tokens: &[Token],
    (first, last): (usize, usize),
    asking: &Asking,
) -> bool {
    let (_, end) = sentence_span(tokens, tokens[first].sentence);
    let before = super::phrases::words_before(text, tokens, first);
    let after =
        super::phrases::words_after(text, tokens, tokens[last].end, end.max(tokens[last].end));
    asking.only_allowed_before.is_match(before)
        || (asking.only_allowed_told.is_match(before) && asking.only_allowed_after.is_match(after))
}

//! The rule engine: what was understood × the rules in `knowledge/` → verdict, guidance, reasons, cited
//! passages and, for `depends`, the follow-up question. Order matters and is fixed here: warning signs
//! first (no exercise advice at all), then playlists, timing and questions about the material, then rulings.

use crate::answer::{Answer, Phase, PlaylistLink, Understood, Verdict};
use crate::knowledge::Knowledge;
use crate::retrieve::Hit;
use crate::understand::asking::OpenAsk;
use crate::understand::normalize::Stemmer;
use crate::understand::{Intent, Understanding};
use rustc_hash::FxHashSet as HashSet;

mod cite;
mod covered;
mod follow_up;
mod info;
mod new_video;
mod overview;
mod quote;
mod ruled_out_named;
mod stems;
mod weighing;

pub use stems::PassageStems;

use cite::{cite, retrieved};
use follow_up::{first_sentence, follow_up, follow_up_leading_to};

pub use quote::{highlight, Prepared, Query};

/// At most this many passages are cited.
pub const MAX_PASSAGES: usize = 3;

/// Everything `decide` reads besides the understanding.
pub struct Context<'a> {
    pub knowledge: &'a Knowledge,
    pub stemmer: &'a Stemmer,
    /// Stems of each passage, to tell whether the material speaks to a question at all, and in how many
    /// passages each appears (a word only one passage uses points straight at it).
    pub passage_stems: &'a PassageStems,
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
    let policy = &knowledge.policy;
    let past_rehab = u
        .elapsed_days
        .is_some_and(|d| d >= policy.settings.past_rehab_min_days);
    match u.signal {
        // Still weak long after (`past_rehab_min_days`) is someone past rehab, not a muscle coming back;
        // a muscle that still won't fire is the material's early window whenever it is told.
        Some(Phase::Rebuilding) if past_rehab => return Phase::Recovered,
        Some(signal) => return signal,
        None => {}
    }
    match u.elapsed_days {
        Some(d) if d <= policy.settings.early_max_days => Phase::Early,
        Some(d) if d >= policy.settings.recovered_min_days => Phase::Recovered,
        _ => Phase::Unknown,
    }
}

pub fn decide(question: &str, u: &Understanding, cx: &Context) -> Answer {
    let k = cx.knowledge;
    let conditions: Vec<String> = (u.conditions.iter())
        .chain(&u.others_conditions)
        .map(|&c| k.conditions[c].id.clone())
        .collect();
    let playlists: Vec<PlaylistLink> = conditions
        .iter()
        .filter_map(|c| k.playlist(c))
        .map(|p| PlaylistLink {
            condition: p.condition.clone(),
            title: p.title.clone(),
            url: (!p.example).then(|| p.url.clone()),
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
        disclaimer: k.policy.settings.disclaimer.clone(),
    };
    let query: HashSet<&str> = u.content_stems(&k.vocabulary).into_iter().collect();
    let query = Query::new(query, cx.prepared);

    if !u.red_flags.is_empty() {
        answer.verdict = Verdict::Urgent;
        let settings = &k.policy.settings;
        let emergency = u
            .red_flags
            .iter()
            .any(|&i| k.vocabulary.red_flags[i].emergency);
        answer.guidance = if emergency && !settings.emergency_guidance.is_empty() {
            settings.emergency_guidance.clone()
        } else {
            settings.urgent_guidance.clone()
        };
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
    // ("shoulder surgery 12 days ago" is a surgery, which the material does speak to; "squats are unsafe
    // for your knees and lower back" asks about the knees too.)
    if !u.other_problems.is_empty()
        && u.conditions.is_empty()
        && u.event.is_none()
        && !k.vocabulary.intent.knee.is_match(&u.text)
    {
        answer.verdict = Verdict::NotCovered;
        answer.guidance = format!(
            "The material is about knee problems; it doesn't cover {}. {}",
            join_words(&u.other_problems),
            k.policy.settings.not_covered_guidance
        );
        return finish(answer);
    }

    // "How many sets of leg curls should I do?": the material gives no numbers, but it does say whether to
    // do the exercise at all. The question takes doing it for granted; where the ruling says to back off,
    // go carefully, only for now, or that it depends, that ruling is the answer (after a line saying no
    // numbers are given): "for now" is a go-ahead that ends, and when it ends is what the asker needs. Where
    // the ruling agrees without a limit, what is left is the number: not covered, with the ruling beside.
    let dose_on_topic =
        u.intent == Some(Intent::Dose) && u.topic.is_some() && !u.asks_about_uncovered;
    let answered_as = match u.intent.unwrap_or(Intent::Advice) {
        Intent::Dose if dose_on_topic => Intent::Advice,
        intent => intent,
    };
    // The exercise asked about is one the asker's clinician ruled out or they cannot do.
    let limited = u.topic.is_some_and(|t| u.limited.contains(&t));
    match answered_as {
        Intent::Dose => {
            answer.verdict = Verdict::NotCovered;
            answer.guidance = k.policy.settings.no_dose_guidance.clone();
        }
        Intent::Diagnosis => {
            answer.verdict = Verdict::NotCovered;
            answer.guidance = k.policy.settings.no_diagnosis_guidance.clone();
        }
        // "Does anyone have a video like this one for lower back pain?": the channel's playlists are for
        // knee problems; another problem has none.
        Intent::Playlist if answer.playlists.is_empty() && !u.other_problems.is_empty() => {
            not_covered(&mut answer, k, u)
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
                        url: (!p.example).then(|| p.url.clone()),
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
                answer.guidance = k.policy.settings.no_timing_guidance.clone();
            }
        },
        // "Which one do I keep, the curls or the bridges?": the options' rulings decide. A "which one"
        // after a sentence naming the options reads as asking about nothing named, and one opening with
        // "which" as asking about the material, unless it points at the material. An open question about
        // a list told before it ("It's got leg press, leg curl… Which of these should I be using and
        // which should I leave alone?") is answered whole, as an overview.
        Intent::Advice | Intent::Overview(_) | Intent::Outside | Intent::Info(_)
            if !u.asks_about_uncovered
                && (!matches!(u.intent, Some(Intent::Info(_)))
                    || (!u.quotes_material
                        && u.material_asked.is_empty()
                        && u.claim.is_none()))
                && u.weighed.as_ref().is_some_and(|w| {
                    !(w.named_before && matches!(u.intent, Some(Intent::Overview(_))))
                        && weighing::answer(&mut answer, u, cx, &query, phase, w)
                }) => {}
        Intent::Info(kind) => info::answer(&mut answer, u, cx, &query, phase, kind),
        Intent::Overview(asked) => {
            // "Which of these should I drop or avoid?" about a list told before it asks what to avoid.
            let asked = match &u.weighed {
                Some(w) if w.drop => OpenAsk::Avoid,
                _ => asked,
            };
            overview::answer(&mut answer, u, cx, &query, phase, asked)
        }
        // "My doctor banned leg extensions. Ok to do a few light sets anyway?": a question past the
        // exercise the asker's clinician ruled out still gets the clinician first, never an offer to
        // answer about that exercise.
        Intent::Outside if !u.asks_about_uncovered && limited => {
            answer.verdict = Verdict::NotCovered;
            answer.headline = Verdict::CLINICIAN_FIRST.to_string();
            answer.guidance = k.policy.settings.limited_guidance.clone();
        }
        Intent::Outside => {
            answer.topic = None;
            answer.topic_name = None;
            not_covered(&mut answer, k, u);
        }
        Intent::Advice if u.asks_about_uncovered => not_covered(&mut answer, k, u),
        Intent::Advice if limited => {
            answer.verdict = Verdict::NotCovered;
            answer.headline = Verdict::CLINICIAN_FIRST.to_string();
            answer.guidance = k.policy.settings.limited_guidance.clone();
        }
        Intent::Advice => {
            let topic = u
                .topic
                .or_else(|| u.asks_for_exercise.then_some(k.policy.default_topic));
            match topic.and_then(|t| k.rule_for(t, phase, &u.conditions).map(|r| (t, r))) {
                Some((t, rule)) => {
                    answer.topic = Some(k.topics[t].id.clone());
                    answer.topic_name = Some(k.topics[t].name.clone());
                    answer.verdict = rule.verdict;
                    answer.guidance = rule.guidance.clone();
                    // "Yes:" answers "should I…?", not "what about squats?" nor "should I avoid squats?".
                    if u.wh_question || u.asks_avoiding {
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
                        answer.follow_up = Some(follow_up(k, t, &u.conditions));
                    }
                }
                None => not_covered(&mut answer, k, u),
            }
        }
    }
    if dose_on_topic {
        let settings = &k.policy.settings;
        if answer.verdict == Verdict::Recommended {
            answer.verdict = Verdict::NotCovered;
            answer.guidance = format!("{} {}", settings.no_dose_agreed_guidance, answer.guidance);
        } else if answer.verdict != Verdict::NotCovered {
            answer.guidance = format!("{} {}", settings.no_dose_ruling_guidance, answer.guidance);
        } else if !limited {
            // No ruling, and no clinician's limit: only that no numbers are given.
            answer.guidance = settings.no_dose_guidance.clone();
        }
    }
    // Nothing to rule on, but a video no rule covers yet may speak to it. Not for a limit the asker was
    // given (that is theirs to follow), nor for dose, timing or diagnosis questions.
    let intent = u.intent.unwrap_or(Intent::Advice);
    if answer.verdict == Verdict::NotCovered
        && !limited
        && matches!(intent, Intent::Advice | Intent::Info(_) | Intent::Outside)
    {
        new_video::answer(&mut answer, u, cx, &query, intent == Intent::Advice);
    }
    ruled_out_named::mark(&mut answer, &u.limited, k, |word| {
        let stem = cx.stemmer.stem(word);
        u.tokens.iter().any(|t| t.stem == stem)
    });
    finish(answer)
}

/// Gives the answer its verdict's headline, unless a branch gave it its own.
fn finish(mut answer: Answer) -> Answer {
    if answer.headline.is_empty() {
        answer.headline = answer.verdict.headline().to_string();
    }
    answer
}

/// A `not_covered` answer, naming the uncovered things the question asks about (or, with none asked
/// about, every one it names).
fn not_covered(answer: &mut Answer, k: &Knowledge, u: &Understanding) {
    answer.verdict = Verdict::NotCovered;
    let named = if u.uncovered_asked.is_empty() {
        &u.uncovered
    } else {
        &u.uncovered_asked
    };
    let settings = &k.policy.settings;
    // "How do I get a refund?": the channel's own business is for its moderators, not a clinician.
    let business = !named.is_empty()
        && (named.iter())
            .all(|n| (k.vocabulary.channel_business.iter()).any(|b| b.eq_ignore_ascii_case(n)));
    answer.guidance = if named.is_empty() {
        settings.not_covered_guidance.clone()
    } else if business && settings.not_covered_business_guidance.contains("{named}") {
        settings
            .not_covered_business_guidance
            .replace("{named}", &join_words(named))
    } else if settings.not_covered_named_guidance.contains("{named}") {
        settings
            .not_covered_named_guidance
            .replace("{named}", &join_words(named))
    } else {
        format!(
            "The material doesn't talk about {}. {}",
            join_words(named),
            k.policy.settings.not_covered_guidance
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

#[cfg(test)]
mod tests;

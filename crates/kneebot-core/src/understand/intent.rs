//! Stage 7 of reading a question: its intent (advice, info, timing, playlist, dose, diagnosis or an open
//! question), decided with the regular expressions here from the text and what the earlier stages found.

use super::asking;
use super::{InfoKind, Intent};
use crate::knowledge::vocabulary::OnWhole;
use crate::knowledge::Vocabulary;

pub(super) use super::intent_facts::Facts;

/// The intent, and the other readings of how the question is worded.
pub(super) struct Asks {
    pub intent: Intent,
    /// Asks what exercise to do for a knee problem without naming one.
    pub asks_for_exercise: bool,
    /// A "why" question about what the material rules, not about a symptom.
    pub asks_why_ruling: bool,
    /// The question quotes or cites the video.
    pub quotes_material: bool,
    /// The last question asked is worded with what / which / how…, so "Yes:" is no answer to it.
    pub wh_question: bool,
    /// The question asks whether to avoid or stop something ("should I avoid squats?"), so a "Yes:" before
    /// a go-ahead would read the wrong way round.
    pub asks_avoiding: bool,
}

/// A plan judged as a whole ("good plan?") names at least this many kinds of exercise to get a ruling on
/// each; with fewer, "good plan?" asks about the one being added.
const PLAN_TOPICS: usize = 3;

/// A "why" question of this many words or fewer names only what it asks about ("why squats tho??").
const BARE_WHY_WORDS: usize = 4;

/// Decides what the question asks for.
pub(super) fn read(facts: &Facts, vocab: &Vocabulary) -> Asks {
    let text = facts.text;
    let asked = facts.asked;
    let p = &vocab.intent;
    let whole = p.on_whole.matches(text);
    let on_whole = |pattern: OnWhole| whole.matched(pattern as usize);
    // A clinician's limit on an exercise ("my surgeon said no squats") puts the question among the
    // exercises as much as a knee word does.
    let knee_context = !facts.conditions.is_empty()
        || on_whole(OnWhole::Knee)
        || facts.event.is_some()
        || !facts.limited.is_empty();
    // Asked, not told: "my home program of exercises for my knee… can I stop now?" asks no exercise.
    let asks_for_exercise = knee_context && p.exercise_ask.is_match(&asked.text);
    let last_sentence_start = text
        .trim_end_matches(['?', '!', '.', ' '])
        .rfind(['.', '!', '?', ';'])
        .map(|i| i + 1)
        .unwrap_or(0);
    // A limit the asker was given ("my physio told me not to do bridges yet") is a fact of their own
    // case, as an operation or a condition is.
    // "My surgeon said no hamstring work for 6 weeks… would band curls be ok anyway, since the video
    // says…?": asking about an exercise ruled out for oneself is asking about one's own case, whatever
    // the video is quoted for.
    // "Physio stopped my curls. In the video, what does he say are the signs…?": a question that opens
    // as one about the material and names it asks what the material says, whatever limit the story tells.
    // "So why does the video say…?": a leading connective does not change what is asked.
    let opens_wh = |part: &str| {
        let part = part.trim_start();
        p.info_start.is_match(part)
            || p.info_start
                .is_match(&p.leading_connectives.replace(part, ""))
    };
    let asks_what_material_says = || {
        p.names_material.is_match(&asked.text)
            && (asked.text.split(" ; ").any(opens_wh)
                || asked.clauses.iter().any(|&(s, e)| opens_wh(&text[s..e])))
    };
    let personal = (on_whole(OnWhole::Personal)
        && (facts.event.is_some()
            || !facts.conditions.is_empty()
            || facts.signal.is_some()
            || !facts.limited.is_empty()))
        || (facts.topic_asked && facts.topic_limited && !asks_what_material_says());
    // "He said I don't need surgery" after "my doctor…" is the doctor speaking, not the video.
    // "Does he give a reason why squats are good? My dad thinks they wreck knees": a "he" asked before
    // anyone else is named is the video's.
    let named_before_asking = || {
        let asking_ends = asked.clauses.iter().map(|&(_, end)| end).min();
        p.third_person
            .find(text)
            .is_some_and(|m| asking_ends.is_none_or(|end| m.start() < end))
    };
    // "My dad… he says it aches" is the dad speaking, unless the question names the video.
    // Speed: read only when the text speaks of the material at all.
    let someone_else = || {
        (on_whole(OnWhole::Clinician) && !on_whole(OnWhole::NamesMaterial))
            || (on_whole(OnWhole::ThirdPerson)
                && !p.names_material.is_match(&asked.text)
                && named_before_asking())
    };
    // "'if its been more than a week youve lost strength' - more than a week since WHAT?": the video's
    // own words quoted point at it as "he says" does.
    let about_material = (on_whole(OnWhole::AboutMaterial) || facts.quotes_passage)
        && !personal
        && !someone_else()
        && !super::material_aside::only_beside(
            text,
            asked,
            (facts.topic_asked, facts.has_topic),
            vocab,
        );
    // "How do I…" asks how something works or is done, not whether to do it.
    // Speed: these three are only needed for the last choice of intent below, so they run only there.
    let how_to_removed = || p.how_to.replace_all(text, " ");
    // "but why…", "ok so what…": a leading connective does not change what is asked.
    // Speed: worked out only when a later choice reads it.
    let lead_once = std::cell::OnceCell::new();
    let lead = || -> &str {
        lead_once.get_or_init(|| p.leading_connectives.replace(text, "").into_owned())
    };
    // A sentence that opens as a question about the material: a wh- word, or a request to explain.
    let opens_info = |s: &str| p.info_start.is_match(s) || p.explain_request.is_match(s);
    let first_sentence_info = || opens_info(lead()) || on_whole(OnWhole::InfoAny);
    // The last sentence, or a sentence of the asking part ("…Could someone put into plain words how
    // hamstrings squeeze the knee? I'm not asking for myself…"), worded as a question about the material.
    let last_sentence_info = || {
        opens_info(text[last_sentence_start..].trim_start())
            || asked
                .text
                .split(" ; ")
                .any(|sentence| opens_info(sentence.trim_start()))
            // "The gas pedal analogy went over my head, can someone explain what he's getting at?":
            // a request to explain in the asking clause of a sentence that tells first. Not where a
            // clinician's limit or words are what is to be explained ("my doctor told me to stop
            // running, could someone explain why?"): that asks about the asker's own case.
            || (facts.limited.is_empty()
                && asked
                    .clauses
                    .iter()
                    .any(|&(s, e)| p.explain_request.is_match(text[s..e].trim_start()))
                && !someone_else())
    };
    // "Why would that be?" after a clinician's limit asks why the exercise is ruled out.
    // "Why squats tho??": a bare "why" and the exercise asks why the material rules on it.
    let bare_why_of_topic = || {
        facts.has_topic
            && asked.text.split(" ; ").any(|sentence| {
                let sentence = sentence.trim_start();
                sentence.starts_with("why ")
                    && sentence.split_whitespace().count() <= BARE_WHY_WORDS
            })
    };
    let asks_why_ruling = on_whole(OnWhole::Why)
        && (on_whole(OnWhole::WhyValue) || !facts.limited.is_empty() || bare_why_of_topic());
    let open_asked = !about_material && !facts.topic_asked && knee_context;
    let open_do_or_avoid = open_asked
        && matches!(
            asked.open,
            Some(asking::OpenAsk::Do | asking::OpenAsk::Avoid)
        );
    // "Is swimming a good exercise for me?" asks whether about one activity, one the material does not
    // cover: no list of rulings answers it.
    let asks_whether_uncovered =
        facts.names_uncovered_asked && super::phrases::opens_yes_no(asking::last_clause(asked));
    // A sentence asking whether the asker should do something ("should I…", "is it ok to…").
    let asks_advice = |sentence: &str| {
        p.advice.is_match(sentence) || vocab.asking.asks_whether.is_match(sentence)
    };
    let besides = || super::question_clauses::Besides::of(&asked.text, vocab);
    // "Is walking a good idea with my knees? And is there a playlist for arthritis?": the ruling answers
    // the first question, and every answer lists the playlists of the conditions named.
    let asks_exercise_besides =
        || (facts.topic_asked || asks_whether_uncovered) && besides().asks_exercise(asks_advice);
    // "Which exercises should I focus on? Also is there a playlist for meniscus stuff?": the overview
    // answers the open question, and lists the playlists.
    let asks_open_besides = || open_do_or_avoid && besides().asks_open();
    let ongoing = facts.event.is_none() && !facts.conditions.is_empty();
    let intent = if (p.playlist.is_match(&asked.text)
        || (p.where_pointed.is_match(&asked.text) && on_whole(OnWhole::Playlist)))
        && !asks_exercise_besides()
        && !asks_open_besides()
    {
        Intent::Playlist
    } else if (on_whole(OnWhole::SetsReps) || (!about_material && asks_dose(&asked.text, p)))
        // "What exercises should I work on, and how often?": the rulings answer the first part; the
        // material gives no dose either way.
        && !open_do_or_avoid
        // "Is this exercise good for my problem? Also how many times daily?", "Good plan? How heavy would
        // you go?": the ruling answers the first.
        && !{
            let first = asked.text.split(" ; ").next().unwrap_or("").trim_start();
            (facts.topic_asked || (facts.has_topic && asking::refers_back(asked, &vocab.asking)))
                // A question of its own: it opens as one, or points back ("Good plan? How heavy?").
                && (vocab.asking.question_starts.is_match(first)
                    || vocab.asking.refers_back.is_match(first))
                && !p.sets_reps.is_match(first)
                && !asks_dose(first, p)
        }
    {
        Intent::Dose
    } else if (!about_material
        // "…a soft bulge behind my knee, worse in the evenings. Could that be one of those Baker's cysts
        // he mentions?": a symptom of one's own, asked about, is a diagnosis question whoever named the
        // condition.
        || (super::symptoms::names_symptom(text, &vocab.asking)
            && super::diagnosis_asked::asks_diagnosis(text, asked, &vocab.asking)))
        && (on_whole(OnWhole::Diagnosis)
            // "…burns on downhill runs, could it be IT band syndrome?": an exercise named only where
            // the symptom shows does not make a diagnosis question one about the exercise.
            // "Did a 15km hill walk and my knee has been puffy since. Is that normal?": the pointer is at
            // the symptom; an exercise named in the question asks about it.
            || ((!facts.topic_named_asked || facts.exercises_only_in_symptoms)
                && super::diagnosis_asked::asks_diagnosis(text, asked, &vocab.asking))
            // "Could it be a meniscus tear? Are squats ok?": no ruling fits a problem not yet known.
            || super::diagnosis_asked::asked_first(text, asked, &vocab.asking, &vocab.lists, asks_advice)
            // A story of symptoms, no condition named, and a bare "Thoughts?": what is wrong? Unless the
            // story says the asker wants to exercise: then the request asks what to do.
            // "…since I began doing them, my knee hurts on the front. Why?": what is wrong.
            || (!facts.topic_asked
                && facts.limited.is_empty()
                && asking::asks_bare_why(asked)
                && super::symptoms::names_symptom(text, &vocab.asking))
            || (!facts.topic_asked
                && !asking::wants_exercise(text, &vocab.asking)
                && facts.conditions.is_empty()
                && facts.exercises_only_in_symptoms
                && super::symptoms::names_symptom(text, &vocab.asking)
                && asking::is_bare_request(asked, &vocab.asking)))
    {
        Intent::Diagnosis
    } else if ((p.timing.is_match(&asked.text)
        // "Is that legit or is she behind the times?": a saying's time words ask no time.
        && p.timing.is_match(&p.timeless_sayings.replace_all(&asked.text, " "))
        && !(about_material && on_whole(OnWhole::HowLong)))
        // "Both my knees were operated on. When exactly does he say…?": the asking sentence opens so.
        || (about_material
            && (opens_with_when(lead(), &opens_info) || opens_with_when(&asked.text, &opens_info))))
        // "What should I do for exercise, and how long / how often?": the rulings answer the first part;
        // the material gives no timing either way.
        && !open_do_or_avoid
        // "Ankle surgery 3 weeks ago… is this one of the times hamstring curls are ok?": whether the
        // asker's own case is one of the windows, which the ruling for where they are answers.
        && !((facts.event.is_some() || facts.signal.is_some())
            && p.own_window.is_match(&asked.text))
        // "Should I keep doing nordics, and when can I go back to netball?": the ruling answers the first
        // part; the material gives no timing for what it does not cover.
        && !(facts.topic_asked
            && facts.names_uncovered_asked
            && vocab.asking.asks_whether.is_match(&asked.text))
        // "ACL reconstruction on 20 April, when can I start leg curls?": when to start or stop an exercise
        // (named, or pointed back at: "…still doing leg curls. When should I stop?") asked of the asker's own
        // recovery, told by a dated operation or injury or by a sign, is answered by the ruling for where
        // they are, where the material gives windows for it.
        // Where the material gives no window ("running when the time's right"), a recovery sign the asker
        // tells ("full range both ways, I walk 5k without a limp. When can I start running again?") is
        // what the ruling for where they are rests on; a date alone is not. A knee problem with no
        // operation or injury told is the ongoing one, whose ruling holds now ("IT band syndrome for 3
        // months, when can I go back to running?"), and an exercise with one ruling in every phase has it
        // whenever ("arthroscopy 10 days ago, how long before I can go back to bridges?").
        && !((facts.topic_asked || asking::refers_back(asked, &vocab.asking))
            && (facts.signal.is_some()
                || ongoing
                || facts.topic_one_ruling
                || (facts.topic_has_windows && facts.event.is_some() && facts.dated))
            // Not when the video is quoted or cited ("he says stop once you walk decently…"), nor where
            // a hold is told or a clinician ties the exercise to a time or a sign ("surgeon said curls from
            // week 8", "not until my 6 week check", "physio said once the swelling settles"): when is theirs
            // to say then, beside the material's windows. A clinician only named ("the curls from my PT")
            // holds nothing back.
            && !on_whole(OnWhole::AboutMaterial)
            && !p.timing_held.is_match(text)
            && !facts.names_uncovered_asked
            && p.timing_own.is_match(&asked.text))
    {
        Intent::Timing
    } else if !about_material
        && (asking::asks_prognosis_only(asked, &vocab.asking)
            || vocab.asking.persuade.is_match(&asked.text)
            || asking::asks_technique(asked, &vocab.asking)
            || vocab.asking.range_of_motion.is_match(&asked.text)
            // "…losing valuable time to regain ROM. Any advice or tips?": a bare request after a story
            // about getting range of motion back asks about that.
            || (asking::is_bare_request(asked, &vocab.asking)
                && vocab.asking.range_of_motion.is_match(text))
            || vocab.asking.defines.is_match(&asked.text))
    {
        // "Will my meniscus heal?", "am I ever going to squat again?": no video can tell.
        Intent::Outside
    } else if vocab.asking.operation_choice_asked.is_match(&asked.text)
        || (asking::is_bare_request(asked, &vocab.asking)
            && (vocab.asking.operation_choice_asked.is_match(text)
            // An operation dated in the past is done: "physio first" then is no choice about operating.
            || (!(facts.event == Some(super::Event::Surgery) && facts.dated)
                && vocab.asking.operation_choice.is_match(text))))
    {
        // "Surgeon #1 wants to tidy it up, surgeon #2 says try 3 months of physio first… What would
        // you do?": the choice asked about is whether to operate.
        Intent::Outside
    } else if asked.open.is_some() && open_asked && facts.asks_only_uncovered {
        // "What can I do to help him with the mental toll?": an open question about something the
        // material does not speak to; every exercise ruling would answer another question.
        Intent::Outside
    } else if asked.open == Some(asking::OpenAsk::Request)
        && open_asked
        && facts.uncovered_goal
        && !facts.has_topic
    {
        // "…I miss training aikido. Any advice?": the advice asked for is about getting back to it.
        Intent::Outside
    } else if let Some(open) = asked.open.filter(|_| {
        // "My plan is heavy curls 3x a week. Is that a good idea, or is there a better way?": the plan is
        // ruled on, and the ruling says what to do instead.
        open_asked
            && !(facts.has_topic
                && vocab.asking.or_better_way.is_match(&asked.text)
                && asking::refers_back(asked, &vocab.asking))
    }) {
        Intent::Overview(open)
    } else if !about_material
        && facts.topics_told >= PLAN_TOPICS
        && vocab.asking.judges_whole.is_match(&asked.text)
    {
        // "Plan is squats, glute bridges and a walk every day. Good plan?": a plan of several kinds of
        // exercise judged as a whole gets a ruling on each.
        Intent::Overview(asking::OpenAsk::Do)
    } else if !about_material
        && asks_for_exercise
        && !facts.has_topic
        && !asks_whether_uncovered
        && !facts.asks_only_uncovered
    {
        // "What exercise should I do for my knee?" in words the open-question lists do not have: it names
        // no exercise, so every ruling is the answer. ("What about ice after training?" asks about ice.)
        Intent::Overview(asking::OpenAsk::Do)
    } else if !about_material && facts.topic_is_alternative {
        // "What can I do instead of leg curls?", "alternatives to squats": what else there is to do.
        Intent::Overview(asking::OpenAsk::Do)
    } else if (about_material
        // "Are hip thrusts ok with it? Also you mentioned playlists, is there one for bakers cysts?": the
        // ruling answers the exercise question, and every answer lists the playlists.
        && !(p.playlist.is_match(&asked.text) && asks_exercise_besides()))
        // "Why does he say…? And does that mean I should drop curls for my knee?": the last question
        // asks what the asker should do, which a ruling answers.
        || (lead().starts_with("why ")
            && !(personal && p.personal.is_match(asking::last_clause(asked))))
        // "My physio said no leg extensions, why would that be?": the last asking clause starts with why.
        || asking::last_clause(asked).starts_with("why ")
        || (!personal
            && (first_sentence_info() || last_sentence_info())
            && !p.advice.is_match(&how_to_removed()))
    {
        if on_whole(OnWhole::Why) {
            Intent::Info(InfoKind::Why)
        } else {
            Intent::Info(InfoKind::Other)
        }
    } else if facts.has_topic
        && !facts.topic_asked
        && !asks_for_exercise
        && !asking::refers_back(asked, &vocab.asking)
    {
        // The story names an exercise, but the question asks something else ("will my meniscus heal?",
        // "do I hold off for a spring race?"): that is not a question about the exercise.
        Intent::Outside
    } else {
        Intent::Advice
    };
    Asks {
        intent,
        asks_for_exercise,
        asks_why_ruling,
        quotes_material: about_material,
        // Speed: only a ruling answers "yes" or "no", so other questions skip the pass.
        asks_avoiding: matches!(intent, Intent::Advice)
            && vocab.asking.asks_avoiding.is_match(&asked.text),
        wh_question: asking::last_clause(asked)
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                matches!(
                    w,
                    "what" | "which" | "how" | "why" | "where" | "when" | "who"
                )
            }),
    }
}

/// True when `text` asks how much, how often or how hard, leaving out how much something helps.
fn asks_dose(text: &str, p: &crate::knowledge::vocabulary::IntentPatterns) -> bool {
    p.dose.is_match(text)
        && (!p.effect.is_match(text) || p.dose.is_match(&p.effect.replace_all(text, " ")))
}

/// True when `text` opens with "when" as its question ("When exactly does he say…?"), not as a clause
/// setting the scene for another question after a comma ("When he talks about the accelerator, what does
/// he mean by the brakes?").
fn opens_with_when(text: &str, opens_info: &dyn Fn(&str) -> bool) -> bool {
    let text = text.trim_start();
    text.starts_with("when")
        && !text
            .split_once(',')
            .is_some_and(|(_, rest)| opens_info(rest.trim_start()))
}

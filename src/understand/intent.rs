//! Stage 7 of reading a question: its intent (advice, info, timing, playlist, dose, diagnosis or an open
//! question), decided with the regular expressions here from the text and what the earlier stages found.

use super::asking::{self, Asked};
use super::{InfoKind, Intent};
use crate::knowledge::Vocabulary;
use regex::Regex;
use std::sync::LazyLock;

static PLAYLIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\bplaylists?\b|\b(where|find|any|more|other|link|links|send|share|recommend|watch|have|got|is there|are there)\b[^.?!]{0,40}\b(videos?|vids?)\b|\b(videos|vids)\b( \w+){0,2} (about|on|for|covering)\b")
        .expect("valid")
});
static TIMING: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\bhow (long|soon|many (days|weeks|months|years))\b|\bwhen (can|could|should|do|will|would|am|is it|shall) (i|it be)\b( \w+){0,2} (start|begin|return|go back|resume|get back|stop|quit|be able|ok|okay|safe|allowed|fine|run|walk|jog|squat|do)\b|\bwhen is (it|\w+( \w+){0,3}) (ok|okay|safe|fine|good|right|allowed|appropriate|the time)\b|\bwhen (to|should i) (start|stop|begin|do)\b|\b(at what|which) (point|stage|time)\b|\b(which|what) (situations?|times?|cases?|circumstances?)\b|\bexceptions?\b|\bthe (two |2 )?(times|points|windows)\b|\b(a|the) (two |2 |first |second )?(times?|points?|windows?)\b( \w+){0,7} (ok|okay|fine|allowed|safe)\b").expect("valid")
});
static INFO_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"^(why|how|what|whats|where|which|who|explain|describe|tell me|is it true|does|do (the|hamstrings|glutes|quads|squats|muscles)|(can|could) (you|someone|anyone|somebody) (explain|describe|clarify|tell me))\b")
        .expect("valid")
});
static ABOUT_MATERIAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\baccording (to )?(the|this|that|your|him|his) ?(video|material|transcript|channel)?\b|\bin (the|this|that|your) video\b|\b(does|did) (he|she|the video|the guy|the therapist)( \w+)? (say|mean|mention|talk|compare|explain|use|recommend|reckon|think)|\bper (the video|him|the material)\b|\b(first|second|third|three|two) (reason|reasons)\b|\bthe reasons?\b|\b(is|does|did) (the video|he|the guy|she)( \w+)? (saying|say|claim|claiming|suggesting)\b|\bfrom the video\b|\bin his (view|words|opinion)\b|\b(he|she|the video|you) (says|said|mentions|mentioned|talks about|talked about|means|meant|explains|explained|compares|compared)\b")
        .expect("valid")
});
/// Asks about the asker's own case even while quoting the video ("does that include me?").
static PERSONAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(should|can|could|may|must|do) i\b|\bi (should|can|could|need to|must|have to)\b|\b(for|include|includes|apply to|applies to|mean for) me\b|\bin my case\b|\bam i\b|\bdoes (that|this|it) (apply|include|mean|count)\b")
        .expect("valid")
});
static DOSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(
        r"\bhow (many|much|often|heavy|far|fast|hard)\b|\bwhat (weight|weights|resistance|incline|speed|pace|setting|settings|level)\b",
    )
    .expect("valid")
});
/// A question word anywhere ("tensor fascia lata, what is it"), not only at the start.
static INFO_ANY: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(
        r"\b(what|why|how|where|which|who) (is|are|does|do|did|s)\b",
    )
    .expect("valid")
});
/// Asks what the person has, which no video can tell.
static DIAGNOSIS: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\bwhat (is|s) (my|wrong with my|wrong with me)\b( \w+){0,2}|\bdo i have (a |an )?\w+|\b(diagnose|diagnosis for) (me|my|it|this)\b|\bis it (a |an |my )?\w+( \w+)? or (a |an )?\w+\b|\bwhat (do|could) i have\b|\bwhat (kind of |type of )?injury (is|do)\b")
        .expect("valid")
});
/// "How long does he say…" asks what the video says about a duration, not when the asker may start.
static HOW_LONG: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\bhow (long|soon|many|fast|quickly)\b").expect("valid")
});
static LEADING_CONNECTIVES: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"^((but|and|so|ok|okay|well|hmm|thanks|thank you|also|then|right|alright|yeah|yes|no)[ ,;]+)+")
        .expect("valid")
});
/// Sets and reps: the material gives none, whoever is said to recommend them.
static SETS_REPS: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(what|which|how many) (reps|repetitions)\b|\b(what|which|how many) sets\b(\s*$|\s*[?.!,;]| (of|and|or|should|would|do|does|per|for|a|each|is|are|x|times|i|you|on|with|in|to)\b)|\b(sets and reps|reps and sets|sets or reps)\b")
        .expect("valid")
});
static HOW_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(how|where|why|when) (do|does|can|could) i\b")
        .expect("valid")
});
/// In a "why" question, words that ask what a muscle is worth, so the muscle alone names the topic.
pub(super) static WHY_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(important|importance|matter|matters|key|good|bad|better|worse|helps?|need|needed|focus|strong|stronger|weak|should|avoid|recommend|recommended|instead|harmful|okay|ok|wrong|problem|worth|point)\b")
        .expect("valid")
});
pub(super) static WHY: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(
        r"^(why|how come|what is the reason|what is wrong with)\b|\bwhy\b",
    )
    .expect("valid")
});
static ADVICE: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(should|shall|can|could|may|must|ought to|would|do|am|will) i\b|\bis it (ok|okay|safe|good|bad|fine|wise|alright|all right|smart|right|a good idea|a bad idea|worth|too early|too soon|normal|helpful)\b|\b(ok|okay|safe|good|bad|fine|allowed|helpful|harmful|recommended|advisable|dangerous|worth it|a good idea|a bad idea|good idea|bad idea)\b|\bkeep doing\b|\bwhat if\b|\b(what|how) about\b|\byes or no\b|\bwhich (is |one is |one )?(better|best|safer|worse)\b|\binstead of\b|\bwhat (exercise|exercises|workout|workouts|to do)\b|\bis that (right|ok|okay|good|bad|fine)\b|\brecommend\b|\bneed to\b").expect("valid")
});
static EXERCISE_ASK: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(what|which|any|best|good|recommend\w*|suggest\w*)\b( \w+){0,3} (exercises?|workouts?|moves|strengthening|training)\b|\bwhat (should|can|could) i (do|strengthen|train|work on|focus on)\b|\bexercises? (for|to help|to fix)\b|\b(strengthen|work on|focus on) instead\b").expect("valid")
});
static KNEE: LazyLock<Regex> =
    LazyLock::new(|| crate::understand::pattern::compile(r"\bknees?\b|\bkneecap").expect("valid"));

/// What the intent decision needs from the earlier stages.
pub(super) struct Facts<'a> {
    /// The normalised, spelling-corrected text.
    pub text: &'a str,
    /// Condition indices named.
    pub conditions: &'a [usize],
    pub event: Option<super::Event>,
    /// The strongest recovery signal.
    pub signal: Option<crate::answer::Phase>,
    /// Topics the asker says are ruled out for them.
    pub limited: &'a [usize],
    /// An exercise in the asking sentence is what is asked about.
    pub topic_asked: bool,
    /// An exercise is named that is neither ruled out nor inside a recovery sign.
    pub names_exercise: bool,
    /// Every exercise named is only where a symptom shows, or none is named.
    pub exercises_only_in_symptoms: bool,
    /// The sentences and clauses that ask.
    pub asked: &'a Asked,
}

/// The intent, and the other readings of how the question is worded.
pub(super) struct Asks {
    pub intent: Intent,
    /// Asks what exercise to do for a knee problem without naming one.
    pub asks_for_exercise: bool,
    /// A "why" question about what the material rules, not about a symptom.
    pub asks_why_ruling: bool,
    /// The question quotes or cites the video.
    pub quotes_material: bool,
}

/// Decides what the question asks for.
pub(super) fn read(facts: &Facts, vocab: &Vocabulary) -> Asks {
    let text = facts.text;
    let asked = facts.asked;
    let knee_context = !facts.conditions.is_empty() || KNEE.is_match(text) || facts.event.is_some();
    let asks_for_exercise = knee_context && EXERCISE_ASK.is_match(text);
    let last_sentence_start = text
        .trim_end_matches(['?', '!', '.', ' '])
        .rfind(['.', '!', '?', ';'])
        .map(|i| i + 1)
        .unwrap_or(0);
    let personal = PERSONAL.is_match(text)
        && (facts.event.is_some() || !facts.conditions.is_empty() || facts.signal.is_some());
    let about_material = ABOUT_MATERIAL.is_match(text) && !personal;
    // "How do I…" asks how something works or is done, not whether to do it.
    // Speed: these three are only needed for the last choice of intent below, so they run only there.
    let how_to_removed = || HOW_TO.replace_all(text, " ");
    // "but why…", "ok so what…": a leading connective does not change what is asked.
    let lead = LEADING_CONNECTIVES.replace(text, "").into_owned();
    let first_sentence_info = || INFO_START.is_match(&lead) || INFO_ANY.is_match(text);
    let last_sentence_info = || INFO_START.is_match(text[last_sentence_start..].trim_start());
    // "Why would that be?" after a clinician's limit asks why the exercise is ruled out.
    let asks_why_ruling =
        WHY.is_match(text) && (WHY_VALUE.is_match(text) || !facts.limited.is_empty());
    let intent = if PLAYLIST.is_match(text) {
        Intent::Playlist
    } else if SETS_REPS.is_match(text) || (!about_material && DOSE.is_match(text)) {
        Intent::Dose
    } else if !about_material
        && (DIAGNOSIS.is_match(text)
            || (!facts.topic_asked && asking::asks_diagnosis(asked, &vocab.asking))
            // A story of symptoms, no condition named, and a bare "Thoughts?": what is wrong?
            || (!facts.topic_asked
                && facts.conditions.is_empty()
                && facts.exercises_only_in_symptoms
                && asking::names_symptom(text, &vocab.asking)
                && asking::is_bare_request(asked, &vocab.asking)))
    {
        Intent::Diagnosis
    } else if (TIMING.is_match(text) && !(about_material && HOW_LONG.is_match(text)))
        || (about_material && lead.starts_with("when"))
    {
        Intent::Timing
    } else if let Some(open) = (!about_material && !facts.topic_asked && knee_context)
        .then(|| asking::open_question(asked, &vocab.asking, facts.names_exercise))
        .flatten()
    {
        Intent::Overview(open)
    } else if about_material
        || lead.starts_with("why ")
        // "My physio said no leg extensions, why would that be?": the last asking clause starts with why.
        || asking::last_clause(asked).starts_with("why ")
        || (!personal
            && (first_sentence_info() || last_sentence_info())
            && !ADVICE.is_match(&how_to_removed()))
    {
        if WHY.is_match(text) {
            Intent::Info(InfoKind::Why)
        } else {
            Intent::Info(InfoKind::Other)
        }
    } else {
        Intent::Advice
    };
    Asks {
        intent,
        asks_for_exercise,
        asks_why_ruling,
        quotes_material: about_material,
    }
}

//! The compiled shapes of `vocabulary.toml`'s pattern and word sections: what a question asks for
//! (`[intent]`), how people ask (`[asking]`) and the small lists about time (`[words]`). Built by
//! `vocabulary.rs` with the functions at the end, read by the understanding stages.

use crate::text::pattern::AnyOf;
use regex::Regex;

/// What a question asks for (compiled from `[intent]`).
#[derive(Debug, Clone)]
pub struct IntentPatterns {
    pub playlist: Regex,
    pub where_pointed: Regex,
    pub sets_reps: Regex,
    pub dose: Regex,
    /// "How much they will help": a question of whether, which is no dose.
    pub effect: Regex,
    pub diagnosis: Regex,
    pub timing: Regex,
    /// Sayings whose words of time tell none ("behind the times").
    pub timeless_sayings: Regex,
    /// Asks whether the asker's own case is one of the material's windows.
    pub own_window: Regex,
    /// Asks when the asker may do something themselves.
    pub timing_own: Regex,
    /// A hold on an exercise until a time or a sign.
    pub timing_held: Regex,
    /// Weighs exercises against each other.
    pub weighs: Regex,
    /// A word that weighs, with options joined by "or".
    pub weighs_comparing: Regex,
    /// A comparison with "than".
    pub weighs_against: Regex,
    /// Asks which to keep.
    pub weighs_keeping: Regex,
    /// Weighs the ones named in the sentence before.
    pub weighs_named_before: Regex,
    /// Weighs which to let go.
    pub weighs_dropping: Regex,
    pub how_long: Regex,
    pub info_start: Regex,
    pub explain_request: Regex,
    pub info_any: Regex,
    pub about_material: Regex,
    pub names_material: Regex,
    /// Names the material as the source of a ruling asked for.
    pub material_as_source: Regex,
    /// A wh- word anywhere in a question.
    pub wh_word: Regex,
    pub clinician: Regex,
    /// Someone the post is about or quotes ("my dad"): "he says" may be them, not the video.
    pub third_person: Regex,
    pub personal: Regex,
    pub leading_connectives: Regex,
    pub how_to: Regex,
    pub why: Regex,
    pub why_value: Regex,
    pub advice: Regex,
    pub exercise_ask: Regex,
    pub knee: Regex,
    pub asks_instead: Regex,
    pub other_side: Regex,
    /// Speed: the patterns read over the whole post, as one set in the order of [`OnWhole`], so one pass
    /// says which of them match.
    pub on_whole: regex::RegexSet,
}

/// The patterns of [`IntentPatterns::on_whole`], by position.
#[derive(Debug, Clone, Copy)]
pub enum OnWhole {
    Knee,
    Personal,
    Clinician,
    NamesMaterial,
    ThirdPerson,
    AboutMaterial,
    InfoAny,
    Why,
    WhyValue,
    SetsReps,
    Playlist,
    Diagnosis,
    HowLong,
}

/// How people ask (compiled from `[asking]`).
#[derive(Debug, Default)]
pub struct Asking {
    pub question_starts: AnyOf,
    pub question_inside: AnyOf,
    pub cues: AnyOf,
    pub open_do: AnyOf,
    pub open_request: AnyOf,
    pub open_avoid: AnyOf,
    pub exercises_given: AnyOf,
    pub points_to_list: AnyOf,
    pub material_speech: AnyOf,
    pub diagnosis: AnyOf,
    pub names_the_problem: AnyOf,
    pub condition_alone: AnyOf,
    pub guess_told: AnyOf,
    pub guess_checked: AnyOf,
    pub tells: AnyOf,
    pub choice: AnyOf,
    pub elliptical: AnyOf,
    pub prognosis: AnyOf,
    pub asks_whether: AnyOf,
    pub refers_back: AnyOf,
    pub points_at: AnyOf,
    pub symptom: AnyOf,
    pub wants: AnyOf,
    pub claims_for: AnyOf,
    pub claims_against: AnyOf,
    pub limit_before: AnyOf,
    pub limit_modifiers: Vec<String>,
    pub limit_links: Vec<String>,
    pub limit_undone: AnyOf,
    pub limit_only_how: AnyOf,
    pub limit_after: AnyOf,
    pub limit_removed: AnyOf,
    pub limit_removed_from: AnyOf,
    pub limit_said_after: AnyOf,
    pub only_allowed_before: AnyOf,
    pub only_allowed_told: AnyOf,
    pub only_allowed_after: AnyOf,
    pub rest_order: AnyOf,
    pub limit_opening: AnyOf,
    pub limit_list_gap: AnyOf,
    pub adviser_speaks: AnyOf,
    pub adviser_relays: AnyOf,
    pub limit_list_comma: AnyOf,
    pub limit_list_goes_on: AnyOf,
    pub limit_by_pronoun: AnyOf,
    pub limit_runs_for: AnyOf,
    pub limit_runs_until: AnyOf,
    pub limit_runs_until_numbered: AnyOf,
    pub limit_lifted: AnyOf,
    /// Where in the material a question points ("near the end").
    pub place_in_material: AnyOf,
    pub limit_lifted_naming: AnyOf,
    pub limit_lifted_naming_unless: AnyOf,
    pub limit_lifted_points_back: AnyOf,
    /// A limit told over in words that point back at it themselves.
    pub limit_lifted_whole: AnyOf,
    pub limit_runs_to_day: AnyOf,
    pub clause_question: AnyOf,
    pub limit_elided: AnyOf,
    pub limit_from_later: AnyOf,
    pub limit_loading: AnyOf,
    pub limit_loading_past: AnyOf,
    pub which_is_correct: AnyOf,
    pub advice_told: AnyOf,
    pub condition_denied: AnyOf,
    pub condition_doubted: AnyOf,
    pub clearance_dated: AnyOf,
    pub healing_step_dated: AnyOf,
    pub persuade: AnyOf,
    /// Asks how to perform an exercise ("high bar or low bar?", "proper form"): no video here teaches it.
    pub technique: AnyOf,
    /// What a question says the material allows ("why does he say they're fine…").
    pub claims_allowed: AnyOf,
    /// A word of agreement ending a sentence as a tag ("…fine yeah?").
    pub agreement_tag: AnyOf,
    /// Good form named as a condition ("ok with good form?"): set aside before `technique` is read.
    pub technique_condition: AnyOf,
    /// A story whose choice is whether to operate.
    pub operation_choice: AnyOf,
    /// The choice whether to operate told outright.
    pub operation_choice_asked: AnyOf,
    /// Asks how to regain range of motion ("tips to improve my extension?").
    pub range_of_motion: AnyOf,
    /// Asks what a condition is ("what is a Baker's cyst?").
    pub defines: AnyOf,
    pub still_present: AnyOf,
    /// A request that asks what to do next ("where do I start?"), not for views on what is wrong.
    pub asks_next_step: AnyOf,
    /// A sentence that weighs doing something ("not sure if I should avoid hamstring work").
    pub weighs_doing: AnyOf,
    /// Words opening a question that add it to one asked before ("also…", "oh and…").
    pub adds_question: AnyOf,
    /// A plan or set of exercises judged as a whole.
    pub judges_whole: AnyOf,
    /// A better way asked for as the other choice to a plan just judged.
    pub or_better_way: AnyOf,
    /// A question whether to avoid or stop something ("should I avoid squats?").
    pub asks_avoiding: AnyOf,
    /// Words that open a clause of purpose ("so", "in order").
    pub purpose_openers: Vec<String>,
}

/// Every name of a knee condition in the vocabulary (names, aliases, surgeries' names), as one regular
/// expression group: `{condition}` in an `[asking]` pattern stands for it, so a pattern about conditions
/// ("meniscus or just my OA?") knows each name the vocabulary knows, however it is spelled there.
pub(super) fn condition_names(vocab: &super::files::VocabularyFile) -> String {
    let mut names: Vec<String> = vocab
        .condition
        .iter()
        .flat_map(|c| {
            std::iter::once(c.name.as_str())
                .chain(c.aliases.iter().map(|a| a.get_ref().as_str()))
                .chain(c.surgery_aliases.iter().map(|a| a.get_ref().as_str()))
        })
        .map(|name| regex::escape(crate::text::normalize::normalize(name).trim()))
        .filter(|name| !name.is_empty())
        .collect();
    // Longest first, so "it band syndrome" is taken whole before "it band".
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    names.dedup();
    format!("(?:{})", names.join("|"))
}

/// Compiles `[asking]`, one set per list (`compile_all` reports a pattern that does not compile).
pub(super) fn asking(
    def: &super::files::AskingDef,
    compile_all: &mut impl FnMut(&[toml::Spanned<String>]) -> AnyOf,
) -> Asking {
    Asking {
        question_starts: compile_all(&def.question_starts),
        question_inside: compile_all(&def.question_inside),
        cues: compile_all(&def.cues),
        open_do: compile_all(&def.open_do),
        open_request: compile_all(&def.open_request),
        open_avoid: compile_all(&def.open_avoid),
        exercises_given: compile_all(&def.exercises_given),
        points_to_list: compile_all(&def.points_to_list),
        material_speech: compile_all(&def.material_speech),
        diagnosis: compile_all(&def.diagnosis),
        names_the_problem: compile_all(&def.names_the_problem),
        condition_alone: compile_all(&def.condition_alone),
        guess_told: compile_all(&def.guess_told),
        guess_checked: compile_all(&def.guess_checked),
        tells: compile_all(&def.tells),
        choice: compile_all(&def.choice),
        elliptical: compile_all(&def.elliptical),
        prognosis: compile_all(&def.prognosis),
        asks_whether: compile_all(&def.asks_whether),
        refers_back: compile_all(&def.refers_back),
        points_at: compile_all(&def.points_at),
        symptom: compile_all(&def.symptom),
        wants: compile_all(&def.wants),
        claims_for: compile_all(&def.claims_for),
        claims_against: compile_all(&def.claims_against),
        limit_before: compile_all(&def.limit_before),
        limit_modifiers: def.limit_modifiers.clone(),
        limit_links: def.limit_links.clone(),
        limit_undone: compile_all(&def.limit_undone),
        limit_only_how: compile_all(&def.limit_only_how),
        limit_after: compile_all(&def.limit_after),
        limit_removed: compile_all(&def.limit_removed),
        limit_removed_from: compile_all(&def.limit_removed_from),
        limit_said_after: compile_all(&def.limit_said_after),
        only_allowed_before: compile_all(&def.only_allowed_before),
        only_allowed_told: compile_all(&def.only_allowed_told),
        only_allowed_after: compile_all(&def.only_allowed_after),
        rest_order: compile_all(&def.rest_order),
        limit_opening: compile_all(&def.limit_opening),
        limit_list_gap: compile_all(&def.limit_list_gap),
        adviser_speaks: compile_all(&def.adviser_speaks),
        adviser_relays: compile_all(&def.adviser_relays),
        limit_list_comma: compile_all(&def.limit_list_comma),
        limit_list_goes_on: compile_all(&def.limit_list_goes_on),
        limit_by_pronoun: compile_all(&def.limit_by_pronoun),
        limit_runs_for: compile_all(&def.limit_runs_for),
        limit_runs_until: compile_all(&def.limit_runs_until),
        limit_runs_until_numbered: compile_all(&def.limit_runs_until_numbered),
        limit_lifted: compile_all(&def.limit_lifted),
        place_in_material: compile_all(&def.place_in_material),
        limit_lifted_naming: compile_all(&def.limit_lifted_naming),
        limit_lifted_naming_unless: compile_all(&def.limit_lifted_naming_unless),
        limit_lifted_points_back: compile_all(&def.limit_lifted_points_back),
        limit_lifted_whole: compile_all(&def.limit_lifted_whole),
        limit_runs_to_day: compile_all(&def.limit_runs_to_day),
        clause_question: compile_all(&def.clause_question),
        limit_elided: compile_all(&def.limit_elided),
        limit_from_later: compile_all(&def.limit_from_later),
        limit_loading: compile_all(&def.limit_loading),
        limit_loading_past: compile_all(&def.limit_loading_past),
        which_is_correct: compile_all(&def.which_is_correct),
        advice_told: compile_all(&def.advice_told),
        condition_denied: compile_all(&def.condition_denied),
        condition_doubted: compile_all(&def.condition_doubted),
        clearance_dated: compile_all(&def.clearance_dated),
        healing_step_dated: compile_all(&def.healing_step_dated),
        persuade: compile_all(&def.persuade),
        technique: compile_all(&def.technique),
        technique_condition: compile_all(&def.technique_condition),
        agreement_tag: compile_all(&def.agreement_tag),
        claims_allowed: compile_all(&def.claims_allowed),
        operation_choice: compile_all(&def.operation_choice),
        operation_choice_asked: compile_all(&def.operation_choice_asked),
        range_of_motion: compile_all(&def.range_of_motion),
        defines: compile_all(&def.defines),
        still_present: compile_all(&def.still_present),
        asks_next_step: compile_all(&def.asks_next_step),
        weighs_doing: compile_all(&def.weighs_doing),
        adds_question: compile_all(&def.adds_question),
        judges_whole: compile_all(&def.judges_whole),
        or_better_way: compile_all(&def.or_better_way),
        asks_avoiding: compile_all(&def.asks_avoiding),
        purpose_openers: def.purpose_openers.clone(),
    }
}

/// Compiles `[intent]`, one regular expression each (`one` reports a pattern that does not compile).
pub(super) fn intent(
    def: &super::files::IntentDef,
    one: &mut impl FnMut(&toml::Spanned<String>) -> Regex,
) -> IntentPatterns {
    let mut patterns = IntentPatterns {
        on_whole: regex::RegexSet::empty(),
        playlist: one(&def.playlist),
        where_pointed: one(&def.where_pointed),
        sets_reps: one(&def.sets_reps),
        dose: one(&def.dose),
        effect: one(&def.effect),
        diagnosis: one(&def.diagnosis),
        timing: one(&def.timing),
        timeless_sayings: one(&def.timeless_sayings),
        own_window: one(&def.own_window),
        timing_own: one(&def.timing_own),
        timing_held: one(&def.timing_held),
        weighs: one(&def.weighs),
        weighs_comparing: one(&def.weighs_comparing),
        weighs_against: one(&def.weighs_against),
        weighs_keeping: one(&def.weighs_keeping),
        weighs_named_before: one(&def.weighs_named_before),
        weighs_dropping: one(&def.weighs_dropping),
        how_long: one(&def.how_long),
        info_start: one(&def.info_start),
        explain_request: one(&def.explain_request),
        info_any: one(&def.info_any),
        about_material: one(&def.about_material),
        names_material: one(&def.names_material),
        material_as_source: one(&def.material_as_source),
        wh_word: one(&def.wh_word),
        clinician: one(&def.clinician),
        third_person: one(&def.third_person),
        personal: one(&def.personal),
        leading_connectives: one(&def.leading_connectives),
        how_to: one(&def.how_to),
        why: one(&def.why),
        why_value: one(&def.why_value),
        advice: one(&def.advice),
        exercise_ask: one(&def.exercise_ask),
        knee: one(&def.knee),
        asks_instead: one(&def.asks_instead),
        other_side: one(&def.other_side),
    };
    let p = &patterns;
    // In the order of `OnWhole`.
    let whole = [
        &p.knee,
        &p.personal,
        &p.clinician,
        &p.names_material,
        &p.third_person,
        &p.about_material,
        &p.info_any,
        &p.why,
        &p.why_value,
        &p.sets_reps,
        &p.playlist,
        &p.diagnosis,
        &p.how_long,
    ];
    patterns.on_whole = regex::RegexSet::new(whole.iter().map(|r| r.as_str()))
        .expect("patterns that compiled one by one compile as a set");
    patterns
}

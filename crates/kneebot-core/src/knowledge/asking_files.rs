//! The shapes of the language lists in `knowledge/vocabulary.toml` that say what a question asks: `[intent]`
//! (advice, info, timing, dose…) and `[asking]` (the asking part of a post, open questions, limits). Like every
//! knowledge file, unknown fields are errors and `Spanned` values let the checker point at the line.

use serde::Deserialize;
use toml::Spanned;

/// What a question asks for: one regular expression each (see `vocabulary.toml`'s `[intent]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntentDef {
    pub playlist: Spanned<String>,
    /// Asks where to find something the post named before ("…playlists for meniscus tears. Where are
    /// they?"): with `playlist` anywhere in the post, a playlist question.
    pub where_pointed: Spanned<String>,
    pub sets_reps: Spanned<String>,
    pub dose: Spanned<String>,
    /// How much something helps: whether to do it, not how much of it to do.
    pub effect: Spanned<String>,
    pub diagnosis: Spanned<String>,
    pub timing: Spanned<String>,
    /// Sayings whose words of time tell none ("behind the times", "from time to time"): set aside before
    /// `timing` is read.
    pub timeless_sayings: Spanned<String>,
    /// Asks whether the asker's own case is one of the material's windows ("is this one of the times…?").
    pub own_window: Spanned<String>,
    /// Asks when the asker may start or stop doing something ("when can I start", "how soon can I do"), not
    /// what the material says about when.
    pub timing_own: Spanned<String>,
    /// A hold on an exercise until a time or a sign ("not until my 6 week check").
    pub timing_held: Spanned<String>,
    /// A question that weighs exercises against each other ("which is better", "curls vs bridges").
    pub weighs: Spanned<String>,
    /// "Is it better to do curls or bridges?": a word that weighs, with options joined by "or".
    pub weighs_comparing: Spanned<String>,
    /// A comparison with "than": a question about its subject, not a choice.
    pub weighs_against: Spanned<String>,
    /// Words asking which to keep; they outweigh a word of letting go.
    pub weighs_keeping: Spanned<String>,
    /// Weighing the ones named in the sentence before ("which one should it be?").
    pub weighs_named_before: Spanned<String>,
    /// Weighing which to let go ("which should I drop?", "which is worse?").
    pub weighs_dropping: Spanned<String>,
    pub how_long: Spanned<String>,
    pub info_start: Spanned<String>,
    pub explain_request: Spanned<String>,
    pub info_any: Spanned<String>,
    pub about_material: Spanned<String>,
    /// Names the material itself (video, transcript, channel), not only "he says".
    pub names_material: Spanned<String>,
    /// Names the material as the source of a ruling asked for ("good or bad according to the vid?").
    pub material_as_source: Spanned<String>,
    /// A wh- word anywhere in a question: with the material named, it asks about the material.
    pub wh_word: Spanned<String>,
    /// Names a clinician or coach: then "he said" is that person, unless the material is named too.
    pub clinician: Spanned<String>,
    /// Someone the post is about or quotes ("my dad", "her coach"): "he says" may be them.
    pub third_person: Spanned<String>,
    pub personal: Spanned<String>,
    pub leading_connectives: Spanned<String>,
    pub how_to: Spanned<String>,
    pub why: Spanned<String>,
    pub why_value: Spanned<String>,
    pub advice: Spanned<String>,
    pub exercise_ask: Spanned<String>,
    pub knee: Spanned<String>,
    pub asks_instead: Spanned<String>,
    pub other_side: Spanned<String>,
}

/// How people ask, as regular expressions over the normalised text (see `vocabulary.toml`'s `[asking]`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AskingDef {
    /// A sentence worded as a question though typed without a question mark.
    #[serde(default)]
    pub question_starts: Vec<Spanned<String>>,
    /// A question worded inside a long sentence after a lead ("in the video which muscle does he say…").
    #[serde(default)]
    pub question_inside: Vec<Spanned<String>>,
    /// A sentence that asks in other words ("I was wondering if…", "any advice"), when nothing else asks.
    #[serde(default)]
    pub cues: Vec<Spanned<String>>,
    /// An open question for what to do, naming no exercise ("what can I do", "how do I strengthen").
    #[serde(default)]
    pub open_do: Vec<Spanned<String>>,
    /// A request for advice with nothing else asked; open only when the post names no exercise.
    #[serde(default)]
    pub open_request: Vec<Spanned<String>>,
    /// An open question for what to stay away from ("what should I avoid").
    #[serde(default)]
    pub open_avoid: Vec<Spanned<String>>,
    /// Tells what the material said ("he said…", "does he mention…"): a sentence asking about its words.
    #[serde(default)]
    pub material_speech: Vec<Spanned<String>>,
    /// A question pointing ahead to a list of choices on the lines after it ("which of these?").
    #[serde(default)]
    pub points_to_list: Vec<Spanned<String>>,
    /// Exercises told as already given ("my physio gave me some exercises"): beside a question for what
    /// to avoid, they ask for nothing more.
    #[serde(default)]
    pub exercises_given: Vec<Spanned<String>>,
    /// A clause asking to choose among what its sentence named before it ("leg press or squats, which
    /// should I do?"): the asking part keeps the whole sentence.
    #[serde(default)]
    pub choice: Vec<Spanned<String>>,
    /// A last clause that asks with the verb left out ("…, icing it daily, leg curls ok?"): it starts the
    /// asking part of its sentence.
    #[serde(default)]
    pub elliptical: Vec<Spanned<String>>,
    /// A sentence that opens like a question but tells ("Which makes me happy!"): asks only with a "?".
    #[serde(default)]
    pub tells: Vec<Spanned<String>>,
    /// Asks what the person has or whether a symptom is normal: no video can tell.
    #[serde(default)]
    pub diagnosis: Vec<Spanned<String>>,
    /// A diagnosis question that asks what the problem is ("could it be a tear?") or whether it is normal,
    /// not one offered for agreement: asked on its own, it comes before any exercise asked about.
    #[serde(default)]
    pub names_the_problem: Vec<Spanned<String>>,
    /// A condition's name asked alone ("…when I squat. chondromalacia?"): a diagnosis question when the
    /// post tells of a symptom.
    #[serde(default)]
    pub condition_alone: Vec<Spanned<String>>,
    /// Someone naming the problem in the post ("my trainer reckons it's IT band syndrome", "MRI says a
    /// 3cm baker's cyst")...
    #[serde(default)]
    pub guess_told: Vec<Spanned<String>>,
    /// ...and a sentence that only checks it ("Is he right?", "Could it be that?", "Is that big?"): a
    /// diagnosis question.
    #[serde(default)]
    pub guess_checked: Vec<Spanned<String>>,
    /// Asks what will happen, or about others' experience.
    #[serde(default)]
    pub prognosis: Vec<Spanned<String>>,
    /// Asks whether to do something.
    #[serde(default)]
    pub asks_whether: Vec<Spanned<String>>,
    /// A question that points back at the exercise the story tells of.
    #[serde(default)]
    pub refers_back: Vec<Spanned<String>>,
    /// Points at one exercise of a list by its place (named groups `first`, `second`, `middle`, `last`)
    /// or as the one added lately (`new`).
    #[serde(default)]
    pub points_at: Vec<Spanned<String>>,
    /// Words of a symptom.
    #[serde(default)]
    pub symptom: Vec<Spanned<String>>,
    /// The story says the asker wants to exercise ("I want to exercise", "looking for exercises to…").
    #[serde(default)]
    pub wants: Vec<Spanned<String>>,
    /// Says the material speaks for an exercise.
    #[serde(default)]
    pub claims_for: Vec<Spanned<String>>,
    /// Says the material speaks against an exercise.
    #[serde(default)]
    pub claims_against: Vec<Spanned<String>>,
    /// A clinician's limit or the asker's inability just before an exercise ("told not to", "can't").
    #[serde(default)]
    pub limit_before: Vec<Spanned<String>>,
    /// Words that say how an exercise is done, read past between a limit and the exercise ("no loaded
    /// squatting", "told not to do heavy leg curls").
    #[serde(default)]
    pub limit_modifiers: Vec<String>,
    /// Words that join a limit to the muscle or exercise it bears on, read past as modifiers are ("nothing
    /// heavy for the hammies", "no loading on the quads").
    #[serde(default)]
    pub limit_links: Vec<String>,
    /// A limit on stopping, just before the exercise ("told not to stop my leg curls", "never to skip
    /// squats"): two negatives keep the exercise, so no limit before it holds.
    #[serde(default)]
    pub limit_undone: Vec<Spanned<String>>,
    /// Words just after an exercise a limit is told before that make it how well it goes ("I still can't
    /// walk properly"): a recovery state, not the exercise ruled out.
    #[serde(default)]
    pub limit_only_how: Vec<Spanned<String>>,
    /// The same, just after the exercise ("squats are out of the question").
    #[serde(default)]
    pub limit_after: Vec<Spanned<String>>,
    /// An exercise taken out of the plan ("took leg extensions off my program"): the words just before the
    /// exercise (`limit_removed`) and just after it (`limit_removed_from`), both read.
    #[serde(default)]
    pub limit_removed: Vec<Spanned<String>>,
    #[serde(default)]
    pub limit_removed_from: Vec<Spanned<String>>,
    /// A limit told before the clinician who gave it ("No squats, said my physio"): the words after the
    /// exercise, read when the words before it open with a bare limit (`limit_opening`).
    #[serde(default)]
    pub limit_said_after: Vec<Spanned<String>>,
    /// An exercise told as the only one allowed ("my surgeon said nothing but walking", "consultant told me
    /// walking only, nothing else"): every other exercise is ruled out. The words just before it
    /// (`only_allowed_before`), or a clinician's word before it (`only_allowed_told`) with the words just
    /// after it (`only_allowed_after`).
    #[serde(default)]
    pub only_allowed_before: Vec<Spanned<String>>,
    #[serde(default)]
    pub only_allowed_told: Vec<Spanned<String>>,
    #[serde(default)]
    pub only_allowed_after: Vec<Spanned<String>>,
    /// A clinician's order to rest ("GP said rest completely for 2 weeks", "surgeon said nothing but rest
    /// until my follow-up"): every exercise is ruled out until its told end.
    #[serde(default)]
    pub rest_order: Vec<Spanned<String>>,
    #[serde(default)]
    pub limit_opening: Vec<Spanned<String>>,
    /// The words between two exercises of one list ("no squats, lunges or leg curls"): a limit on the
    /// first is a limit on the next.
    #[serde(default)]
    pub limit_list_gap: Vec<Spanned<String>>,
    /// Someone who is not a clinician speaking ("my personal trainer says", "my yoga teacher reckons",
    /// "my dad keeps saying"): a limit they give after it, with no clinician speaking nearer, is their
    /// opinion, not a clinician's instruction.
    #[serde(default)]
    pub adviser_speaks: Vec<Spanned<String>>,
    /// Words between an adviser's verb and a limit that make it an order the adviser passes on ("my wife
    /// says we were told complete rest"): then it is the clinician's.
    #[serde(default)]
    pub adviser_relays: Vec<Spanned<String>>,
    /// A comma between two exercises, when the list goes on to "or" or "and" after the second.
    #[serde(default)]
    pub limit_list_comma: Vec<Spanned<String>>,
    #[serde(default)]
    pub limit_list_goes_on: Vec<Spanned<String>>,
    /// The length a limit is told with ("no squats for 6 weeks", "for the first 8 weeks"): it holds
    /// through that time after the operation or injury.
    #[serde(default)]
    pub limit_runs_for: Vec<Spanned<String>>,
    /// ...or told as the time it lasts until ("no running before 12 weeks post op"): it ends as that begins.
    #[serde(default)]
    pub limit_runs_until: Vec<Spanned<String>>,
    /// The same, told by the week or month of recovery it lasts until ("no squats until week 6"): the
    /// span's number and unit are read as that length.
    #[serde(default)]
    pub limit_runs_until_numbered: Vec<Spanned<String>>,
    /// Where in the material a question points ("near the end", "at the start of the video"): its words
    /// say where, not what, so none of them names a passage.
    #[serde(default)]
    pub place_in_material: Vec<Spanned<String>>,
    /// A limit lifted later in the post ("she said I can start them again", "PT cleared me for
    /// running"): the words just before the exercise lifted or the pointer back at it.
    #[serde(default)]
    pub limit_lifted: Vec<Spanned<String>>,
    /// A limit lifted in words that name the exercise inside them ("the new physio says squats are
    /// fine"): only an exercise named inside the match is lifted.
    #[serde(default)]
    pub limit_lifted_naming: Vec<Spanned<String>>,
    /// What, just after `limit_lifted_naming`, makes it a lifting only later or for others ("fine from
    /// week 12", "fine for most people but not for me"): no lifting.
    #[serde(default)]
    pub limit_lifted_naming_unless: Vec<Spanned<String>>,
    /// The words just after `limit_lifted` that point back at what was limited ("them again").
    #[serde(default)]
    pub limit_lifted_points_back: Vec<Spanned<String>>,
    /// A limit told over in words that point back at it themselves ("he said they're fine now", "that's
    /// over now", "that ran out in May"): every limit told before ends.
    #[serde(default)]
    pub limit_lifted_whole: Vec<Spanned<String>>,
    /// ...or told by its last day ("no running till March"), matched on the words just before that day.
    #[serde(default)]
    pub limit_runs_to_day: Vec<Spanned<String>>,
    /// A clause after a label or a lead clause that asks, in a post with no "?" ("chondromalacia patella,
    /// what am i supposed to do for it").
    #[serde(default)]
    pub clause_question: Vec<Spanned<String>>,
    /// A sentence of its own telling an inability with its verb left out ("I physically can't."): a limit
    /// on the exercise named last before it.
    #[serde(default)]
    pub limit_elided: Vec<Spanned<String>>,
    /// Words that may count a limit's length from a later day ("at my check he said no squats for another
    /// 6 weeks") or make it only a least ("at least 3 months"): such a limit is not read as run out.
    #[serde(default)]
    pub limit_from_later: Vec<Spanned<String>>,
    /// A limit told by "he" or "she" ("He said no squats"), read when the post names a clinician first.
    #[serde(default)]
    pub limit_by_pronoun: Vec<Spanned<String>>,
    /// A limit on bearing weight or bending the knee ("non weight bearing", "not to bend my knee"): every
    /// `loaded` topic is ruled out for the asker.
    #[serde(default)]
    pub limit_loading: Vec<Spanned<String>>,
    /// A limit on bearing weight told as past ("was non weight bearing for 6 weeks"): over.
    #[serde(default)]
    pub limit_loading_past: Vec<Spanned<String>>,
    /// "Which one is correct?": which naming holds, unless the post tells advice given (`advice_told`).
    #[serde(default)]
    pub which_is_correct: Vec<Spanned<String>>,
    #[serde(default)]
    pub advice_told: Vec<Spanned<String>>,
    /// Words just before a condition that deny it ("ruled out a meniscus tear", "it's not the ACL"): the
    /// condition is not the asker's.
    #[serde(default)]
    pub condition_denied: Vec<Spanned<String>>,
    /// Words just before a condition that doubt it ("I don't think it is my cartilage", "pretty sure it's
    /// not a meniscus tear"): not the asker's for a ruling, but what a diagnosis question asks about.
    #[serde(default)]
    pub condition_doubted: Vec<Spanned<String>>,
    /// Words just before a span of time that make it the day of a clearance ("cleared me to run last
    /// week"): not the operation's date.
    #[serde(default)]
    pub clearance_dated: Vec<Spanned<String>>,
    /// A step of healing just before a time ("the cast came off last week"): that time is the step's own,
    /// and dates neither the injury nor the operation, which came before it.
    #[serde(default)]
    pub healing_step_dated: Vec<Spanned<String>>,
    /// Asks how to get someone else to do something: outside the material.
    #[serde(default)]
    pub persuade: Vec<Spanned<String>>,
    /// Asks how to perform an exercise (form, technique, bar position): the material does not teach it.
    #[serde(default)]
    pub technique: Vec<Spanned<String>>,
    /// What a question about the material says the material allows ("why does the vid say they're fine
    /// right after surgery?").
    #[serde(default)]
    pub claims_allowed: Vec<Spanned<String>>,
    /// A word of agreement that ends a sentence as a tag ("…basically fine yeah?"): the sentence asks,
    /// however long.
    #[serde(default)]
    pub agreement_tag: Vec<Spanned<String>>,
    /// Good form named as the condition of a yes or no question ("ok if I keep good form?"), not asked for.
    #[serde(default)]
    pub technique_condition: Vec<Spanned<String>>,
    /// A story whose choice is whether to operate ("surgeon #1 wants to scope it, surgeon #2 says physio
    /// first"): a bare request after it asks about that choice, the surgeon's to make.
    #[serde(default)]
    pub operation_choice: Vec<Spanned<String>>,
    /// The choice whether to operate told outright ("surgery or physio?"): it holds after an earlier
    /// operation too.
    #[serde(default)]
    pub operation_choice_asked: Vec<Spanned<String>>,
    /// Asks how to regain range of motion (bend, straightening): the material says when it marks the end
    /// of hamstring work, not how to get it back.
    #[serde(default)]
    pub range_of_motion: Vec<Spanned<String>>,
    /// Asks what a condition is ("what is a Baker's cyst?"): the material names conditions, it does not
    /// describe them.
    #[serde(default)]
    pub defines: Vec<Spanned<String>>,
    /// Words that put a sentence in the present ("still", "this whole time"): a warning sign told so after
    /// an older injury is current.
    #[serde(default)]
    pub still_present: Vec<Spanned<String>>,
    /// A request that asks what to do next ("where do I even start?"), not for views on what is wrong.
    #[serde(default)]
    pub asks_next_step: Vec<Spanned<String>>,
    /// A sentence that weighs doing something without asking in words ("not sure if I should avoid
    /// hamstring work", "thinking of adding squats"): a bare request after it asks about that.
    #[serde(default)]
    pub weighs_doing: Vec<Spanned<String>>,
    /// Words opening a question that add it to one asked before ("also", "oh and"): a sentence before it
    /// that weighs doing something asks too.
    #[serde(default)]
    pub adds_question: Vec<Spanned<String>>,
    /// A plan or set of exercises judged as a whole ("that combo should all be fine right?").
    #[serde(default)]
    pub judges_whole: Vec<Spanned<String>>,
    /// A better way asked for as the other choice to a plan just judged ("is that a good idea, or is
    /// there a better way?").
    #[serde(default)]
    pub or_better_way: Vec<Spanned<String>>,
    /// A question whether to avoid or stop something ("should I avoid squats?"): a "Yes:" would answer it
    /// the wrong way round.
    #[serde(default)]
    pub asks_avoiding: Vec<Spanned<String>>,
    /// Words that open a clause of purpose ("so I don't have pain when I run"): a symptom denied after
    /// them is the one to be rid of, not one denied.
    #[serde(default)]
    pub purpose_openers: Vec<String>,
}

//! The shape of vocabulary.toml's `[words]` table, exactly as a moderator writes it: the word lists that are
//! not phrases of one meaning (stop words, the words that tell a sign over, time words, …). Unknown fields
//! are errors, as in every knowledge file.

use serde::Deserialize;
use toml::Spanned;

/// Word lists that are not phrases of one meaning.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordsDef {
    /// Words that carry no meaning for search or coverage.
    pub stop: Vec<String>,
    /// Words too general to show that the material covers a question.
    pub generic: Vec<String>,
    /// Filler words a vocabulary phrase may skip over.
    pub filler: Vec<String>,
    /// Prefixes that make a real word of a real word ("unweighted"): such a word is never a typo.
    #[serde(default)]
    pub word_prefixes: Vec<String>,
    /// Real words the English word list lacks: never corrected.
    #[serde(default)]
    pub known: Vec<String>,
    /// Words before "on the <exercise>" that make it the plan or its load, not where something happened.
    #[serde(default)]
    pub plan_before_on: Vec<String>,
    /// Words just before an exercise that make it back-story ("after running", "from walking").
    #[serde(default)]
    pub backstory_before: Vec<String>,
    /// Words before "from" that make it keeping away, not back-story ("stay away from leg curls").
    #[serde(default)]
    pub keeping_from: Vec<String>,
    /// Words that may stand between such a word and the exercise ("after a long walk").
    #[serde(default)]
    pub backstory_sized: Vec<String>,
    /// The words before those that still make it back-story ("a", "after", "from", "on").
    #[serde(default)]
    pub backstory_sized_after: Vec<String>,
    /// Words before "a walk" or "a run" that make it the plan ("go for a short walk").
    #[serde(default)]
    pub plan_taken_before: Vec<String>,
    /// Words before "to <exercise>" that make it a goal ("continue to run", "able to run").
    #[serde(default)]
    pub goal_to: Vec<String>,
    /// Words before "I can <exercise>" that make it what is waited for ("till I can run").
    #[serde(default)]
    pub goal_waited_for: Vec<String>,
    /// Words shortly before "for <exercise>" that make it the purpose ("stronger for hiking").
    #[serde(default)]
    pub goal_for_after: Vec<String>,
    pub training: Vec<String>,
    pub stretch: Vec<String>,
    pub uncovered: Vec<Spanned<String>>,
    /// Uncovered things matched on their words as written, whose stems other words share ("lunges" and "lung").
    #[serde(default)]
    pub uncovered_words: Vec<Spanned<String>>,
    /// Uncovered things that are the channel's business ("refund"): the reply points at the moderators.
    #[serde(default)]
    pub channel_business: Vec<String>,
    /// Uncovered things told in words that are not their name ("when can I drive again?"): the name the
    /// reply uses, then the words.
    #[serde(default)]
    pub uncovered_told: std::collections::BTreeMap<String, Vec<Spanned<String>>>,
    #[serde(default)]
    pub other_problems: Vec<Spanned<String>>,
    pub sign_negations: Vec<String>,
    /// Words before a recovery sign that make it a goal rather than a state.
    #[serde(default)]
    pub sign_goals: Vec<String>,
    /// Words before a recovery sign that make it the skin's or a brace's, not the knee's ("the scar healed up",
    /// "brace locked in full extension").
    #[serde(default)]
    pub sign_of_other_things: Vec<String>,
    /// Words that say a goal word's sign is reached after all ("able to get full extension").
    #[serde(default)]
    pub sign_reached: Vec<String>,
    /// Words up to three before a sign of weakness, or opening it, that tell it in the past ("I was on
    /// crutches", "it wouldn't fire")...
    #[serde(default)]
    pub sign_told_past: Vec<String>,
    /// ...and patterns just after it that bound it ("for the first 2 weeks", "for 6 weeks after"): a state
    /// told so is over.
    #[serde(default)]
    pub sign_lasted: Vec<Spanned<String>>,
    /// Words that open a clause asking about a recovery sign rather than stating it.
    #[serde(default)]
    pub sign_asked: Vec<String>,
    pub warning_negations: Vec<String>,
    /// Sayings that hold a warning sign's word and are not the sign ("cabin fever").
    #[serde(default)]
    pub warning_sayings: Vec<String>,
    /// Words that, after a warning sign told as over, say it came back ("it unlocked but it's locked again").
    #[serde(default)]
    pub warning_returns: Vec<String>,
    /// Words that, after a warning sign told as over, say it got worse ("today it's never been worse"): a
    /// denial before them does not deny the sign, as it does a return.
    #[serde(default)]
    pub warning_worse: Vec<String>,
    /// Words of `warning_returns` that tell of anything done again ("start jogging again"): in the sentence
    /// after the words of over, they tell the sign back only when that sentence is about the sign.
    #[serde(default)]
    pub warning_returns_loose: Vec<String>,
    /// Pronouns that point back at something named a sentence before ("the incision oozed… it's weeping").
    #[serde(default)]
    pub pointing_back: Vec<String>,
    /// Words after one of `pointing_back` that make it part of a name ("IT band"), not a pronoun.
    #[serde(default)]
    pub pointing_named_by: Vec<String>,
    /// Words just after the last exercise of a list that end the list ("lunges and squats yet").
    #[serde(default)]
    pub list_ends_with: Vec<String>,
    /// Words between a limit and an exercise that say the limit is for it ("…when squatting").
    #[serde(default)]
    pub limit_for_joins: Vec<String>,
    /// Words between a limit and an exercise that part them ("…so I do squats").
    #[serde(default)]
    pub limit_for_breaks: Vec<String>,
    /// Positions an exercise may be moved to, after it in its sentence ("lying curls… can I do them
    /// standing instead?"): the position the asker cannot take is then not the one asked about.
    #[serde(default)]
    pub position_moved_to: Vec<String>,
    /// Words that tell an exercise done in spite of a limit ("…said no leg curls, but I still do them").
    #[serde(default)]
    pub limit_defied: Vec<String>,
    /// Words that make a bend pattern's match a cap ("no", "capped").
    #[serde(default)]
    pub cap_words: Vec<String>,
    /// Words that make it a cap on bending ("degrees", "bend").
    #[serde(default)]
    pub bend_words: Vec<String>,
    /// Words that, up to three words before an injury word, deny it ("never injured them", "no injury").
    #[serde(default)]
    pub injury_negations: Vec<String>,
    /// Words that, up to three words before an uncovered thing, say when or where rather than what is
    /// asked ("before an MRI", "playing soccer").
    #[serde(default)]
    pub setting: Vec<String>,
    /// Words just before an exercise (up to two words) that make it the scene of a question about
    /// something else ("should I be wearing one on my runs?").
    #[serde(default)]
    pub exercise_scene: Vec<String>,
    /// Words of time just before a training word (up to two words) that make the training the time of
    /// a question about something else ("ice after training?", "before my workout").
    #[serde(default)]
    pub training_scene: Vec<String>,
    /// Sayings that hold the word of a thing the material does not cover but name no such thing ("worth
    /// a shot", "skating on thin ice").
    #[serde(default)]
    pub uncovered_sayings: Vec<String>,
    /// Words by which a post takes the lines it quotes from another member as its own story too ("same
    /// here", "mine too"): their warning signs and limits are then the asker's.
    #[serde(default)]
    pub quote_taken_as_own: Vec<String>,
    /// Words that open a sentence of the material pointing back at the one before it ("That's what leads
    /// to…"): quoted alone, it needs that sentence first.
    #[serde(default)]
    pub quote_points_back: Vec<String>,
    /// Words that, up to four words before a muscle in an open question, single it out ("focus especially
    /// on the hamstring"): the isolated work is what is asked.
    #[serde(default)]
    pub singling_out: Vec<String>,
    /// Words that, up to three words before a muscle, ask for its own exercises ("exercises for my hamstrings").
    #[serde(default)]
    pub muscle_exercises: Vec<String>,
    /// Words that, alone between two muscles, weigh one against the other ("glutes over hammies").
    #[serde(default)]
    pub muscles_compared: Vec<String>,
    /// Uncovered things that are the asker's state, not a thing done ("pregnant", "trimester"): named in
    /// the asking clause, even as when ("through the third trimester"), the question is about exercise in
    /// that state, which the material does not speak to.
    #[serde(default)]
    pub uncovered_states: Vec<String>,
    /// Words that, up to three words before an uncovered thing in the asking part, make the question about
    /// its aftercare ("squats after a cortisone injection?"), whatever exercise comes first.
    #[serde(default)]
    pub aftercare: Vec<String>,
    /// Verbs that, up to three words before an uncovered thing in the asking part, make it what the question
    /// is about ("should I wear a knee brace when I go hiking?"), whatever exercise comes first.
    #[serde(default)]
    pub worn_or_used: Vec<String>,
    /// Verbs that, up to four words before an uncovered thing told just before a short question pointing
    /// back, make it the thing done ("I take ibuprofen before the gym… ok to keep doing that?").
    #[serde(default)]
    pub done_with: Vec<String>,
    /// Nouns just after an exercise word that make it name something else ("running career").
    #[serde(default)]
    pub activity_nouns: Vec<String>,
    /// Words just before an exercise that put it aside or keep it as it is ("instead of", "alongside").
    #[serde(default)]
    pub setting_aside: Vec<String>,
    /// Words before "except", "other than" that make the exercise after them the only one done
    /// ("nothing but leg curls", "refuses to do anything except his curls").
    #[serde(default)]
    pub only_one_done: Vec<String>,
    /// Words just before an exercise named only to say it is not the question ("not asking about").
    #[serde(default)]
    pub disclaimed: Vec<String>,
    /// The same, only when the question goes on to ask for something "instead" ("ditch", "drop").
    #[serde(default)]
    pub setting_aside_with_instead: Vec<String>,
    /// Words before "instead" that point back at the exercise dropped ("ok to do them at home instead?").
    #[serde(default)]
    pub instead_points_back: Vec<String>,
    /// Words of replacing, up to three words before "for" just before an exercise ("a substitute for").
    #[serde(default)]
    pub replacing: Vec<String>,
    /// Words read past between those words and the exercise ("instead of my leg curls").
    #[serde(default)]
    pub setting_aside_skip: Vec<String>,
    /// Words of a clause that waits for a date, of one that tells what happened, of `ahead` with no tense,
    /// asking for another in a thing's place, of injuring before its activity: described in vocabulary.toml.
    #[serde(default)]
    pub ahead: Vec<String>,
    #[serde(default)]
    pub behind: Vec<String>,
    #[serde(default)]
    pub ahead_untensed: Vec<String>,
    #[serde(default)]
    pub alternative_asked: Vec<String>,
    #[serde(default)]
    pub injury_scene: Vec<String>,
    /// Words before a span of time that make it aside, only a length; words after it that make it a date.
    #[serde(default)]
    pub time_aside: Vec<String>,
    #[serde(default)]
    pub time_length: Vec<String>,
    #[serde(default)]
    pub time_dated: Vec<String>,
    #[serde(default)]
    pub time_lasted: Vec<String>,
    #[serde(default)]
    pub time_post_op: Vec<String>,
    /// Words after a span that date it from an operation named just after them ("5 weeks after my ACL surgery").
    #[serde(default)]
    pub time_post_event: Vec<String>,
    /// Words just before a span that make it when a symptom is felt ("sore today", "swollen this
    /// morning"): it dates no operation or injury.
    #[serde(default)]
    pub time_of_symptom: Vec<String>,
    /// Words just before such a span that tell it as now ("now is 5 weeks after…", "I'm 5 weeks after…").
    #[serde(default)]
    pub time_post_event_now: Vec<String>,
    /// Words just before a span that put it ahead ("in 3 weeks"), words just after that make it how
    /// often ("a week"), and words after "a day out" that make it time after an event ("out from").
    #[serde(default)]
    pub time_future: Vec<String>,
    /// Words just before a span that make it a bound ("no running until 6 months after", "not before 12
    /// weeks post op"): a time something waits for, never the time since an event, even told "post op".
    #[serde(default)]
    pub time_bound: Vec<String>,
    #[serde(default)]
    pub time_frequency: Vec<String>,
    #[serde(default)]
    pub time_not_outing: Vec<String>,
    /// Words right after "day 2" or "week 3" that make it a day of a training plan ("Day 2: Legs").
    #[serde(default)]
    pub time_plan_day: Vec<String>,
    /// What "day 3 of…" may be a day of and still count from the operation ("day 3 of my recovery").
    #[serde(default)]
    pub time_day_of_recovery: Vec<String>,
    /// Words that correct a time told before ("wait no, 3 months ago", "I meant Nov 20 last year").
    #[serde(default)]
    pub time_corrected_by: Vec<String>,
    /// Words that open an update, which corrects the time told before only as a time since ("Update:
    /// it's now been 7 months").
    #[serde(default)]
    pub time_updated_by: Vec<String>,
    /// Words before a number of years that make it an age ("aged 58 years"); person nouns count too.
    #[serde(default)]
    pub time_age_of: Vec<String>,
    /// Words after a number of years that make it a time, not an age ("2 years post TKR").
    #[serde(default)]
    pub time_not_age: Vec<String>,
    /// Words after a span that count it from an event told next ("two weeks after my operation").
    #[serde(default)]
    pub time_counted_from: Vec<String>,
    /// Words just after a span that place what it dates that long after the event told next ("my repair
    /// was two weeks after my fall in August"), or before when the clause ends at the word.
    #[serde(default)]
    pub time_after_other: Vec<String>,
    /// ...or that long before it ("three weeks before my holiday in August").
    #[serde(default)]
    pub time_before_other: Vec<String>,
    /// Words just after a span that date its event that long after the event told before ("six weeks later").
    #[serde(default)]
    pub time_later: Vec<String>,
    /// ...or that long before it ("a month earlier").
    #[serde(default)]
    pub time_earlier: Vec<String>,
    /// Words just before a tear that tell it as what one has ("I have a torn meniscus").
    #[serde(default)]
    pub time_injury_state: Vec<String>,
    #[serde(default)]
    pub time_finding: Vec<String>,
    #[serde(default)]
    pub time_earlier_surgery: Vec<String>,
    #[serde(default)]
    pub time_later_surgery: Vec<String>,
    #[serde(default)]
    pub time_lasted_not_doing: Vec<String>,
    #[serde(default)]
    pub time_anniversary: Vec<String>,
    /// Words between a training word and an uncovered thing that break the link.
    #[serde(default)]
    pub not_aimed: Vec<String>,
    /// Equipment: an uncovered word for gear before a training word says how, not what ("barbell exercises").
    #[serde(default)]
    pub gear: Vec<String>,
    /// Words that make the rest of their sentence what others say ("people say no deep squats").
    #[serde(default)]
    pub hearsay: Vec<String>,
    /// Verbs before "walking group", "running club" that make it the activity itself ("join the walking group").
    #[serde(default)]
    pub joining: Vec<String>,
    /// Words after "run" that make it another verb ("run by a physio", "ran out of time").
    #[serde(default)]
    pub run_particles: Vec<String>,
    /// Places just before "runs" that make it "organises" ("the pool runs aqua aerobics").
    #[serde(default)]
    pub run_organisers: Vec<String>,
    /// Words between "runs" and a place that make it "organises" ("who runs the gym").
    #[serde(default)]
    pub run_determiners: Vec<String>,
    /// Words after such a place that end its name ("runs the gym at the centre", not "ran the charity race").
    #[serde(default)]
    pub run_place_ends: Vec<String>,
    /// Words after "or" that widen an uncovered thing to anything at all ("cardio or anything").
    #[serde(default)]
    pub widening: Vec<String>,
    /// Words just before "the other one" that compare the two knees rather than speak of the other.
    #[serde(default)]
    pub comparing: Vec<String>,
    /// Words before an uncovered activity that make it what the asker wants back.
    #[serde(default)]
    pub activity_goal: Vec<String>,
    /// Words just before an exercise that tell it was added lately ("last week I added glute bridges").
    #[serde(default)]
    pub novelty: Vec<String>,
    /// Words a numbered item of a pasted list is labelled with ("Ex 4: standing hamstring curl").
    #[serde(default)]
    pub item_labels: Vec<String>,
    /// Words that join the things of a list ("and", "or", "then").
    #[serde(default)]
    pub list_joiners: Vec<String>,
    /// Words that may stand between two things of a list without being one ("the", "some").
    #[serde(default)]
    pub list_fillers: Vec<String>,
    /// Words that open a short clause asking about the exercise after them (", are hamstring curls ok?").
    #[serde(default)]
    pub asks_about: Vec<String>,
    #[serde(default)]
    pub slang: std::collections::BTreeMap<String, String>,
    /// Words voice typing mishears, each in the words around it: a pattern whose named group is what was
    /// heard, named by the word meant ("my (?P<knee>need) replacement").
    #[serde(default)]
    pub misheard: Vec<Spanned<String>>,
}

//! The vocabulary compiled for matching: a phrase table keyed by word stems (each phrase with one meaning),
//! the regular expressions for not-past surgeries and the asking and intent patterns (signals and red
//! flags in `signs.rs`), and the word lists the typo tolerance needs (what to correct towards, and which
//! real words never to "correct"). Built from vocabulary.toml in `vocabulary_build.rs`.

pub use super::phrases::{Meaning, PhraseEntry};
use crate::ids::TopicId;
use crate::text::pattern::{AnyOf, Tagged};
use regex::Regex;
// Speed: the word tables are looked up for every word of every question. Fx hashing is several times
// cheaper than SipHash; its weakness (crafted keys that collide) needs inserts, and these tables are only
// filled from the knowledge files, never from questions.
use rustc_hash::{FxHashMap, FxHashSet};

pub use super::patterns::{Asking, IntentPatterns, OnWhole};
pub use super::word_lists::{ListWords, TimeWords};

pub use super::signs::{RedFlag, Signal};

/// The words that tell a warning sign over (`[sign_over]` in vocabulary.toml).
#[derive(Debug, Default)]
pub struct SignOver {
    /// Words that tell a sign over by themselves ("no clot", "signed it off").
    pub told: Vec<Vec<String>>,
    /// Words that do so only of a subject just before them ("it cleared up", "the swelling went away").
    pub of_subject: Vec<Vec<String>>,
    /// Words that point back at the sign as that subject ("it", "they").
    pub subjects: Vec<String>,
    /// States ("fine now") that tell a sign over of a person as subject too ("he's fine now"): not every
    /// word of over does ("I went down hard" is a fall).
    pub person_states: Vec<Vec<String>>,
    /// Words that may be that person ("i", "he", "she").
    pub persons: Vec<String>,
    /// Words that tell a sign seen to by clinicians ("turned out", "ended up in hospital"): of someone
    /// else's sign, in a post the writer asks for themselves, the sign is not the asker's.
    pub seen_to: Vec<Vec<String>>,
    /// Words that may stand between someone and their sign ("my sister got a fever", "my mum's calf").
    pub owner_between: Vec<String>,
    /// Words that tell a sign checked by a clinician ("checked", "looked at"), and those that tell it found
    /// fine ("said it's fine", "no infection"): of a sign told as past, both together make it history.
    pub checked: Vec<Vec<String>>,
    pub found_fine: Vec<Vec<String>>,
    /// Words just after a finding of fine or the words of over that make them something else ("it was
    /// clear that I need a scan").
    pub not_before: Vec<String>,
    /// Words that tell a sign as present ("is", "still"): a person's state then says nothing of it.
    pub present: Vec<Vec<String>>,
    /// Words that, just before a warning-sign word or before the words of "over", negate it ("no fever",
    /// "has not cleared up"; `[words] warning_negations`).
    pub negations: Vec<Vec<String>>,
    /// Words just before that make it a hope or expectation ("hopefully", "should have").
    pub unsure: Vec<Vec<String>>,
    /// Words just before an unsure word that make it a date ("in May").
    pub unsure_dated: Vec<Vec<String>>,
    /// Words just after that make it partial or about something else ("a bit", "for exercise").
    pub partial: Vec<Vec<String>>,
    /// Words later in its sentence that end the state the words tell ("fine since my op, until today").
    pub ended: Vec<String>,
    /// Other troubles: named before the words, they are what is over ("the bruising went away").
    pub other: Vec<String>,
    /// Medicines that only hide a sign: named just before the words, the sign is not over ("paracetamol
    /// sorted it").
    pub masked_by: Vec<String>,
    /// Words of one sign that stand for each other as what is over ("swollen", "swelling"; "calf", "clot").
    pub kin: Vec<Vec<String>>,
    /// Words just before a word of the sign, after the words of over, that tell what it turned out to be
    /// ("it was clear, just post-op swelling"): not the sign told again.
    pub explained: Vec<Vec<String>>,
    /// Words just after a denial that widen it, not deny ("red and hot, not just swelling").
    pub widened: Vec<String>,
    /// Words read past between what is over and the words that say so ("it has completely cleared up").
    pub between: Vec<String>,
    /// Words that open a phrase after what is over, before the words that say so ("the fever from week 1
    /// is gone", "the swelling in my calf went down").
    pub subject_phrase: Vec<String>,
    /// Words that start a new clause just after the words ("healed and the surgeon signed me off").
    pub clause_goes_on: Vec<String>,
    /// Parts of the body that, just after the words, say what is over is there ("went down in my knee").
    pub elsewhere: Vec<String>,
}

#[derive(Debug)]
pub struct Vocabulary {
    /// Phrases by their first stem, longest first.
    pub phrases: FxHashMap<String, Vec<PhraseEntry>>,
    /// Stem sequences of training words ("work on" -> ["work", "on"]).
    pub training_words: Vec<Vec<String>>,
    pub stretch_words: Vec<Vec<String>>,
    pub signals: Vec<Signal>,
    /// Speed: every signal's patterns in one set, in order (signal by signal), so one pass over a question
    /// tells which patterns can match at all.
    pub signal_set: AnyOf,
    /// Word sequences that negate a recovered-sign when they come just before it.
    pub negations: Vec<Vec<String>>,
    /// Words that open a clause asking about a recovery sign ("is walking ok?").
    pub sign_asked: Vec<String>,
    /// Words before a recovery sign that make it a goal ("to get this leg strong again").
    pub sign_goals: Vec<Vec<String>>,
    /// Words before a recovery sign that make it the skin's or a brace's ("the scar healed up nicely").
    pub sign_of_other_things: Vec<Vec<String>>,
    /// Words that say a goal is reached ("able to get full extension").
    pub sign_reached: Vec<Vec<String>>,
    /// Words that tell a sign of weakness in the past ("I was on crutches")...
    pub sign_told_past: Vec<Vec<String>>,
    /// ...and what bounds it just after ("for the first 2 weeks"): over.
    pub sign_lasted: Vec<Regex>,
    pub red_flags: Vec<RedFlag>,
    /// Speed: every red flag's `all` patterns in one set, in order (flag by flag).
    pub red_flag_set: AnyOf,
    /// Sayings blanked before warning signs are looked for (`[words] warning_sayings`), as one pattern:
    /// every question is searched for them.
    pub red_flag_sayings: Option<regex::Regex>,
    /// Words that say a warning sign told as over came back (`[words] warning_returns`).
    pub red_flag_returns: Vec<Vec<String>>,
    /// `red_flag_returns` without the loose ones (`[words] warning_returns_loose`: "again").
    pub red_flag_returns_firm: Vec<Vec<String>>,
    /// Words that say a warning sign got worse (`[words] warning_worse`).
    pub red_flag_worse: Vec<Vec<String>>,
    /// Words that say any warning sign is over, told after it (`[sign_over]`).
    pub sign_over: SignOver,
    /// Pronouns that point back at something named a sentence before (`[words] pointing_back`).
    pub pointing_back: Vec<String>,
    /// Words after one of `pointing_back` that make it part of a name, not a pronoun ("IT band").
    pub pointing_named_by: Vec<String>,
    /// Words just after the last exercise of a list that end the list (`[words] list_ends_with`).
    pub list_ends_with: Vec<String>,
    /// Words joining a limit to the exercise it is for, and words parting them (`[words] limit_for_joins`,
    /// `limit_for_breaks`).
    pub limit_for_joins: Vec<String>,
    pub limit_for_breaks: Vec<String>,
    /// Positions an exercise may be moved to (`[words] position_moved_to`).
    pub position_moved_to: Vec<String>,
    /// Words that tell an exercise done in spite of a limit (`[words] limit_defied`).
    pub limit_defied: Vec<String>,
    /// Words that make a bend limit a cap on bending (`[words] cap_words`, `bend_words`).
    pub cap_words: Vec<String>,
    pub bend_words: Vec<String>,
    pub injury_negations: Vec<Vec<String>>,
    /// Words that say when or where before an uncovered thing ("before", "playing").
    pub setting_words: Vec<String>,
    /// Words that ask what to do in another's place (`[words] alternative_asked`).
    pub alternative_asked: Vec<String>,
    /// Words of injuring that make an activity in -ing after them how it happened (`[words] injury_scene`).
    pub injury_scene: Vec<String>,
    /// Words that make an exercise the scene of a question about something else ("on my runs").
    pub exercise_scene: Vec<String>,
    /// Words that make a training word the time of a question about something else ("after training").
    pub training_scene: Vec<String>,
    /// Sayings holding an uncovered thing's word that name no such thing ("worth a shot").
    pub uncovered_sayings: Vec<Vec<String>>,
    /// Uncovered things that are the channel's own business ("refund"), as named in replies.
    pub channel_business: Vec<String>,
    /// Words that open a sentence pointing back at the one before it ("that's", "this is").
    pub quote_points_back: Vec<String>,
    /// Words by which a post takes another member's quoted lines as its own story
    /// (`[words] quote_taken_as_own`), as one pattern.
    pub quote_taken_as_own: Option<regex::Regex>,
    /// Words that single out a muscle in an open question ("focus", "especially").
    pub singling_out: Vec<String>,
    /// Word sequences that, just before a muscle, ask for its own exercises ("exercises for my hamstrings").
    pub muscle_exercises: Vec<Vec<String>>,
    /// Words that, alone between two muscles, weigh one against the other.
    pub muscles_compared: Vec<String>,
    /// Uncovered things that are the asker's state ("pregnant"): asked about wherever the asking clause
    /// names them.
    pub uncovered_states: Vec<String>,
    /// Words that make a question about an uncovered thing's aftercare ("after", "following").
    pub aftercare: Vec<String>,
    /// Verbs that make an uncovered thing the object of the question ("wear", "use").
    pub worn_or_used: Vec<String>,
    /// Verbs that make an uncovered thing told before a short question the thing done ("I take ibuprofen…").
    pub done_with: Vec<String>,
    /// Words that make an uncovered activity the asker's goal ("get back to football").
    pub activity_goal: Vec<String>,
    /// Words that tell an exercise was added lately ("added", "since").
    pub novelty: Vec<String>,
    /// Words a numbered list item is labelled with ("ex 4", "number 2").
    pub item_labels: Vec<String>,
    pub lists: ListWords,
    /// Time words (`[words] ahead`, `behind`, `time_aside`, `time_length`, `time_dated`).
    pub time: TimeWords,
    /// Words between a training word and an uncovered thing that break the link ("fit to ride").
    pub not_aimed: Vec<String>,
    /// Gear words: before a training word they say how it is done ("barbell exercises"), not what.
    pub gear: Vec<String>,
    /// Words that make what follows in their sentence what others say, not the asker's limit
    /// (`[words] hearsay`: "I keep seeing people say no deep squats").
    pub hearsay: Vec<String>,
    /// Verbs that make "the walking group" the activity: "join the walking group" is walking.
    pub joining: Vec<String>,
    /// Words after "run" that make it another verb ("run by a physio").
    pub run_particles: Vec<String>,
    /// Places just before "runs" that make it "organises" ("the pool runs aqua aerobics").
    pub run_organisers: Vec<String>,
    /// Words between "runs" and a place that make it "organises" ("who runs the gym").
    pub run_determiners: Vec<String>,
    /// Words after such a place that end its name ("runs the gym at the centre").
    pub run_place_ends: Vec<String>,
    /// Words after "or" that widen an uncovered thing to anything ("cardio or anything I can do").
    pub widening: Vec<String>,
    /// Nouns after an exercise word that make it name something else ("running career").
    pub activity_nouns: Vec<String>,
    /// Words that put an exercise aside (`[words] setting_aside`, `setting_aside_with_instead`,
    /// `replacing`, `setting_aside_skip`).
    pub setting_aside: Vec<Vec<String>>,
    /// Words before an exercise named only to say it is not the question (`[words] disclaimed`).
    pub disclaimed: Vec<Vec<String>>,
    /// Words before "except" that make the exercise after it the only one done (`[words] only_one_done`).
    pub only_one_done: Vec<Vec<String>>,
    pub setting_aside_with_instead: Vec<Vec<String>>,
    /// Words before "instead" that make it how to do the exercise dropped, not another one
    /// (`[words] instead_points_back`).
    pub instead_points_back: Vec<Vec<String>>,
    pub replacing: Vec<String>,
    pub setting_aside_skip: Vec<String>,
    /// Words just before "the other one" that compare the two knees.
    pub comparing: Vec<String>,
    pub not_past: AnyOf,
    /// Sayings that hold an injury word but tell no injury (`[events] not_injury`).
    pub not_injury: AnyOf,
    /// A time ahead, which puts a surgery in its sentence ahead (`[events] ahead`).
    pub ahead: AnyOf,
    /// Words that tell a surgery as done, read before `not_past` (`[events] told_done`).
    pub told_done: Vec<Regex>,
    /// Exercises described rather than named (`[[topic]] described`), with their topic.
    pub described: Tagged<TopicId>,
    /// Positions someone may say they cannot take (`[[posture]]`).
    pub postures: Vec<super::postures::Posture>,
    /// The patterns saying someone cannot take a position, each with its place in `postures`.
    pub posture_cannot: Tagged<usize>,
    /// Words that name a person, to tell whose story a sentence tells.
    pub persons: super::persons::Persons,
    /// Words that tell which knee or leg a sentence is about.
    pub sides: super::sides::Sides,
    /// Ask, in a question sentence, about the time after a surgery not yet past ("tips for after a knee
    /// replacement?").
    pub asks_after: Vec<Regex>,
    pub asking: Asking,
    pub intent: IntentPatterns,
    /// Words that carry no meaning for search or coverage.
    pub stop_words: FxHashSet<String>,
    /// Words too general to show that the material covers a question ("knee", "pain").
    pub generic_words: FxHashSet<String>,
    /// Filler words a vocabulary phrase may skip over ("had my knee replaced").
    pub filler: FxHashSet<String>,
    /// Injuries told in other words (`[events] injury_patterns`), run as one set first.
    pub injury_patterns: Tagged<()>,
    pub trauma_patterns: Vec<Regex>,
    /// Soft tissues, as typed: a trauma word beside one tells a tear (`[events] soft_tissue`).
    pub soft_tissue: Vec<String>,
    /// Forms of a surgery word, as typed, that tell no operation done (`[events] not_done_forms`).
    pub not_done_forms: Vec<String>,
    /// Topics that are back-story beside another exercise (walking and running).
    pub background_topics: Vec<TopicId>,
    /// Topics that put weight through a bending knee (ruled out by a limit on bearing weight or bending).
    pub loaded_topics: Vec<TopicId>,
    /// Every topic, in order: those an exercise allowed alone rules out are all the others.
    pub all_topics: Vec<TopicId>,
    /// Exercise phrases (as written) that belong to a kind of their own within their topic, with the
    /// kind's number (`[[topic]] kinds`); phrases in no group share the topic's other kind.
    pub exercise_kinds: FxHashMap<String, usize>,
    /// Operations told in other words (`[events] surgery_patterns`), run as one set first.
    pub surgery_patterns: Tagged<()>,
    /// Search expansions: pattern -> extra stems.
    /// Speed: every expansion's pattern in one set, and what each adds, in the same order.
    pub expansion_when: AnyOf,
    pub expansion_add: Vec<Vec<String>>,
    /// Chat spellings and what they stand for ("wat" -> "what").
    pub slang: FxHashMap<String, String>,
    /// Words voice typing mishears, in context: each pattern's named group is replaced by its name.
    pub misheard: Vec<Regex>,
    /// Speed: the same patterns as one set; most questions hold no misheard word, and one pass says so.
    pub misheard_any: regex::RegexSet,
    /// Words (5+ letters) a typo may be corrected to, sorted (the first of equally near words wins).
    pub lexicon: Vec<String>,
    /// Speed: the lexicon by word length, as (position in `lexicon`, letter set from
    /// `normalize::letter_mask`), so a typo is compared only with words within two letters of its length
    /// and most of those are ruled out without looking at their letters again.
    pub lexicon_by_length: Vec<Vec<(usize, u32)>>,
    /// Real words never corrected: common English, the material's own words, the lexicon.
    pub known_words: crate::text::word_set::WordSet,
    /// Prefixes that make a real word of a real word ("un" + "weighted").
    pub word_prefixes: Vec<String>,
    /// Words before "on the <exercise>" that make it the plan or its load ("getting back on the leg curl
    /// machine", "go heavier on the leg extension machine"), not where something happened.
    pub plan_before_on: Vec<String>,
    /// The word lists that place an exercise in back-story or make it a goal (`understand/mention_roles.rs`).
    pub roles: RoleWords,
}

/// The words that place an exercise mention in the post (`[words] backstory_…`, `plan_taken_before`, `goal_…`
/// in vocabulary.toml).
#[derive(Debug, Default)]
pub struct RoleWords {
    pub backstory_before: Vec<String>,
    pub keeping_from: Vec<String>,
    pub backstory_sized: Vec<String>,
    pub backstory_sized_after: Vec<String>,
    pub plan_taken_before: Vec<String>,
    pub goal_to: Vec<String>,
    pub goal_waited_for: Vec<String>,
    pub goal_for_after: Vec<String>,
}

impl Vocabulary {
    /// Whether a sentence of the material opens pointing back at the one before it ("That's what leads
    /// to…", `[words] quote_points_back`).
    pub fn opens_pointing_back(&self, sentence: &str) -> bool {
        let head: String = sentence
            .trim_start_matches(['*', ' '])
            .chars()
            .take(40)
            .collect();
        let head = crate::text::normalize::normalize(&head);
        self.quote_points_back.iter().any(|w| {
            head.strip_prefix(w.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
        })
    }

    /// Whether the asker's own words (`own`, the post without the lines it quotes) take another member's
    /// quoted lines as their story too ("same here", "mine too").
    pub fn takes_quote_as_own(&self, own: &str) -> bool {
        self.quote_taken_as_own
            .as_ref()
            .is_some_and(|words| words.is_match(own))
    }

    /// Whether `word` is a real word: known as it is, or a known word of four letters or more behind one of
    /// the word prefixes ("unweighted", "reinjured"), which no typo search should turn into its opposite.
    pub fn is_known_word(&self, word: &str) -> bool {
        self.known_words.contains(word)
            || self.word_prefixes.iter().any(|p| {
                word.strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.len() >= 4 && self.known_words.contains(rest))
            })
    }

    /// Whether `word` is one of the stop words (no meaning for search or coverage).
    pub fn is_stop_word(&self, word: &str) -> bool {
        self.stop_words.contains(word)
    }

    /// Whether `word` is too general to show the material covers a question.
    pub fn is_generic(&self, word: &str) -> bool {
        self.generic_words.contains(word)
    }
}

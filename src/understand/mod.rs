//! Question understanding: turns a member's text into what the rules need, with regular expressions and the
//! vocabulary only (no I/O, no model). Spelling is corrected towards vocabulary words first, so every later
//! step sees "meniscus" where "menicus" was typed.

pub mod asking;
pub mod calendar;
pub mod normalize;
pub mod pattern;
pub mod timeline;

use crate::answer::Phase;
use crate::knowledge::files::RedFlagContext;
use crate::knowledge::vocabulary::{Meaning, PhraseEntry};
use crate::knowledge::Knowledge;
use normalize::{
    edit_distance_within, letter_bound_of_masks, letter_mask, normalize, tokenize, typo_budget,
    Stemmer, Token,
};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// What the person wants from the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// Whether, or what, they should do: gets a ruling.
    Advice,
    /// A question about the material itself (why, how, what...).
    Info(InfoKind),
    /// When something is right or how long until it is.
    Timing,
    /// Where the playlists or videos are.
    Playlist,
    /// How many sets, reps, how much weight or how often: the material gives no doses.
    Dose,
    /// What the person has: no video can tell.
    Diagnosis,
    /// An open question (what to do, what to avoid) naming no exercise: a ruling for every topic.
    Overview(asking::OpenAsk),
}

impl Intent {
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Advice => "advice",
            Intent::Info(InfoKind::Why) => "info (why)",
            Intent::Info(InfoKind::Other) => "info",
            Intent::Timing => "timing",
            Intent::Playlist => "playlist",
            Intent::Dose => "dose",
            Intent::Diagnosis => "diagnosis",
            Intent::Overview(asking::OpenAsk::Do) => "overview (what to do)",
            Intent::Overview(asking::OpenAsk::Avoid) => "overview (what to avoid)",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InfoKind {
    Why,
    Other,
}

/// The surgery or trauma the question places in the past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Surgery,
    Trauma,
    /// A tear or sprain placed within the fresh-injury window.
    FreshInjury,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Surgery => "surgery",
            Event::Trauma => "trauma",
            Event::FreshInjury => "fresh injury",
        }
    }
}

/// Everything read from one question.
#[derive(Debug, Clone, Default)]
pub struct Understanding {
    /// The normalised, spelling-corrected text.
    pub text: String,
    pub tokens: Vec<Token>,
    /// Condition indices, in order of first mention.
    pub conditions: Vec<usize>,
    /// The topic asked about (index), after "instead of" and recovery signals are taken into account.
    pub topic: Option<usize>,
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
    pub uncovered: Vec<String>,
    /// Problems other than the knee's that the question names ("hamstring tendinopathy").
    pub other_problems: Vec<String>,
    pub event: Option<Event>,
    pub elapsed_days: Option<f64>,
    /// The strongest recovery signal, and what each signal found says.
    pub signal: Option<Phase>,
    pub signals: Vec<String>,
    /// Indices of red flags found.
    pub red_flags: Vec<usize>,
    pub intent: Option<Intent>,
    /// Asks what exercise to do for a knee problem without naming one.
    pub asks_for_exercise: bool,
    /// Topics the asker says a clinician ruled out or they cannot do ("my surgeon said no squats").
    pub limited: Vec<usize>,
    /// `typed -> meant` for each corrected word.
    pub corrections: Vec<(String, String)>,
}

/// Words that carry no meaning for search or coverage.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "actually",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "for",
    "from",
    "get",
    "got",
    "had",
    "has",
    "have",
    "having",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "me",
    "my",
    "myself",
    "no",
    "not",
    "now",
    "of",
    "on",
    "or",
    "our",
    "out",
    "should",
    "so",
    "some",
    "still",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "too",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "really",
    "ok",
    "okay",
    "good",
    "bad",
    "best",
    "better",
    "thing",
    "things",
    "know",
    "want",
    "need",
    "tell",
    "please",
    "thanks",
    "thank",
    "hi",
    "hello",
    "hey",
    "guys",
    "anyone",
    "someone",
    "go",
    "going",
    "make",
    "makes",
    "one",
    "ever",
    "much",
    "many",
    "more",
    "most",
    "way",
    "like",
    "lol",
    "idea",
    "right",
    "mean",
    "means",
    "meant",
    "said",
    "say",
    "says",
    "he",
    "she",
    "him",
    "her",
    "his",
    "video",
    "vid",
    "mention",
    "mentions",
    "mentioned",
    "talk",
    "talks",
    "according",
    "explain",
    "describe",
    "reckon",
    "think",
    "thinks",
    "view",
    "per",
    "opinion",
    "basically",
    "exactly",
    "simply",
    "simple",
    "terms",
];

/// Whether `word` is one of [`STOP_WORDS`]. Speed: a hash lookup, where a scan of the list compared the
/// word with dozens of entries of the same length, several times per question.
pub fn is_stop_word(word: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// Words too general to show that the material covers a question ("knee", "pain", "exercise").
pub const GENERIC_WORDS: &[&str] = &[
    "knee",
    "knees",
    "pain",
    "painful",
    "hurt",
    "hurts",
    "leg",
    "legs",
    "exercise",
    "exercises",
    "muscle",
    "muscles",
    "workout",
    "workouts",
    "gym",
    "video",
    "videos",
    "help",
    "work",
    "do",
    "top",
    "great",
    "nice",
];

/// Filler words a vocabulary phrase may skip over ("had my knee replaced").
const FILLER: &[&str] = &[
    "my", "the", "a", "an", "was", "is", "were", "got", "had", "have", "been", "both", "left",
    "right", "his", "her", "their", "your", "being", "get", "getting", "one", "of",
];

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
static ASKS_INSTEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(do|try|use|strengthen|train|work on|focus on|switch to) instead\s*[?.!]*\s*$|\b(what|which|anything|something)( else)?( i| we| you| he| she)?( should| could| can| would| do| shall| to| might)?( i| we| you| he| she)?( be)?( do| doing| try| use| strengthen| strengthening| train| work on| focus on)? instead\b|\b(what|which)( \w+){0,3} (replace|replaces|swap|alternative|alternatives)\b")
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
static OTHER_SIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(
        r"\b(the )?(good|other|healthy|opposite|non operated|uninjured) (one|leg|knee|side)\b",
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
static WHY_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(important|importance|matter|matters|key|good|bad|better|worse|helps?|need|needed|focus|strong|stronger|weak|should|avoid|recommend|recommended|instead|harmful|okay|ok|wrong|problem|worth|point)\b")
        .expect("valid")
});
static WHY: LazyLock<Regex> = LazyLock::new(|| {
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
static EXCLUDING: &[&[&str]] = &[
    &["instead", "of"],
    &["rather", "than"],
    &["than"],
    &["if", "not"],
    &["in", "place", "of"],
    &["replace"],
    &["replacing"],
    &["swap"],
    &["swapping"],
    &["swapping"],
    &["change"],
    &["changing"],
    &["switch"],
    &["switching"],
    &["besides"],
];

/// One phrase found in the question.
#[derive(Debug, Clone)]
struct Found<'k> {
    entry: &'k PhraseEntry,
    /// Token range.
    first: usize,
    last: usize,
}

impl Understanding {
    /// Reads `question` with the vocabulary of `knowledge`.
    /// Reads `question`, asked on `today` (calendar references such as "back in March" count from it).
    pub fn read(
        question: &str,
        today: calendar::Date,
        knowledge: &Knowledge,
        stemmer: &Stemmer,
    ) -> Understanding {
        let vocab = &knowledge.vocabulary;
        let mut u = Understanding::default();
        let normalized = normalize(question);
        let typed = tokenize(&normalized, stemmer);
        let corrections = correct_spelling(&normalized, &typed, knowledge);
        // Most questions need no correction: their words are already tokenised.
        let tokens = if corrections.is_empty() {
            u.text = normalized;
            typed
        } else {
            u.text = corrected_text(&normalized, &typed, &corrections);
            tokenize(&u.text, stemmer)
        };
        u.corrections = corrections;

        // Phrases: longest match at each position, within one sentence, skipping filler words.
        let found = find_phrases(&tokens, vocab);
        for f in &found {
            match f.entry.meaning {
                Meaning::Condition(c) | Meaning::ConditionSurgery(c)
                    if !u.conditions.contains(&c) =>
                {
                    u.conditions.push(c);
                }
                Meaning::Uncovered if !u.uncovered.contains(&f.entry.text) => {
                    u.uncovered.push(f.entry.text.clone());
                }
                Meaning::OtherProblem if !u.other_problems.contains(&f.entry.text) => {
                    u.other_problems.push(f.entry.text.clone());
                }
                _ => {}
            }
        }

        // Surgery, trauma, injury and time.
        let not_past = vocab.not_past.iter().any(|r| r.is_match(&u.text));
        let surgery_at = found
            .iter()
            .find(|f| {
                matches!(
                    f.entry.meaning,
                    Meaning::Surgery | Meaning::ConditionSurgery(_)
                )
            })
            .map(|f| tokens[f.first].start)
            .or_else(|| {
                vocab
                    .surgery_patterns
                    .iter()
                    .filter_map(|r| r.find(&u.text).map(|m| m.start()))
                    .min()
            })
            .filter(|_| !not_past);
        let trauma_at = found
            .iter()
            .find(|f| f.entry.meaning == Meaning::Trauma)
            .map(|f| tokens[f.first].start)
            .or_else(|| {
                vocab
                    .trauma_patterns
                    .iter()
                    .filter_map(|r| r.find(&u.text).map(|m| m.start()))
                    .min()
            });
        // An injury: a vocabulary word ("tore") or a pattern ("did my ACL"); kept as a byte position.
        let injury_at = found
            .iter()
            .find(|f| {
                f.entry.meaning == Meaning::Injury
                    || (matches!(f.entry.meaning, Meaning::Condition(_))
                        && tokens[f.first..=f.last]
                            .iter()
                            .any(|t| is_injury_word(vocab, &t.stem)))
            })
            .map(|f| tokens[f.first].start)
            .or_else(|| {
                vocab
                    .injury_patterns
                    .iter()
                    .filter_map(|r| r.find(&u.text).map(|m| m.start()))
                    .min()
            });
        let durations = timeline::find(&u.text, today);
        // "no weight on it for 6 weeks", "pain since this morning": a span that is an instruction or a
        // symptom's onset yields to one that dates the event.
        let nearest = |at: usize| {
            durations
                .iter()
                .min_by_key(|d| {
                    let before = u.text[..d.start].trim_end();
                    let aside = ["for", "since", "next", "within", "over"]
                        .iter()
                        .any(|w| before.ends_with(&format!(" {w}")) || before == *w);
                    (aside, d.start.abs_diff(at).min(d.end.abs_diff(at)))
                })
                .map(|d| d.days)
        };
        if let Some(at) = surgery_at {
            u.event = Some(Event::Surgery);
            u.elapsed_days = nearest(at);
        } else if let Some(at) = trauma_at {
            u.event = Some(Event::Trauma);
            u.elapsed_days = nearest(at);
        } else if let Some(at) = injury_at {
            if let Some(days) = nearest(at) {
                if days <= knowledge.policy.fresh_injury_max_days {
                    u.event = Some(Event::FreshInjury);
                    u.elapsed_days = Some(days);
                }
            }
        }
        // A warning sign after an injury is current only when the injury is: "twisted it 3 months ago,
        // couldn't put weight on it for a day" tells of the past.
        let injury_days = trauma_at.or(injury_at).and_then(nearest);
        let injury_named = (trauma_at.is_some() || injury_at.is_some())
            && injury_days.is_none_or(|d| d <= knowledge.policy.fresh_injury_max_days);

        // Red flags first in importance, but they need the events above for their context.
        let many_sentences = u
            .text
            .bytes()
            .filter(|b| matches!(b, b'.' | b'!' | b'?' | b';'))
            .count()
            > 2;
        for (i, flag) in vocab.red_flags.iter().enumerate() {
            let context_ok = match flag.context {
                RedFlagContext::Any => true,
                RedFlagContext::Surgery => surgery_at.is_some() || u.event == Some(Event::Surgery),
                RedFlagContext::Injury => injury_named,
            };
            let passed = flag.unless.iter().any(|r| r.is_match(&u.text));
            if context_ok
                && !passed
                && all_in_one_sentence(
                    &u.text,
                    many_sentences,
                    &flag.all,
                    &vocab.red_flag_negations,
                )
            {
                u.red_flags.push(i);
            }
        }

        // Recovery signals, with their spans so a topic word inside one ("walking well") is not the topic.
        let mut signal_spans = Vec::new();
        let mut phases = Vec::new();
        for s in &vocab.signals {
            for r in &s.patterns {
                for m in r.find_iter(&u.text) {
                    if about_other_side(&u.text, m.start()) {
                        continue;
                    }
                    let mut phase = s.phase;
                    let mut says = s.says.clone();
                    let negated = preceded_by(&u.text, m.start(), &vocab.negations, 4);
                    if phase == Phase::Recovered && negated {
                        phase = Phase::Rebuilding;
                        says = format!("not yet: {says}");
                    } else if negated {
                        // "no weakness left": the sign is denied, not stated.
                        continue;
                    }
                    signal_spans.push((m.start(), m.end(), phase, says));
                    phases.push(phase);
                }
            }
        }

        // Topic.
        let stems: Vec<&str> = tokens.iter().map(|t| t.stem.as_str()).collect();
        let has_training_word = vocab.training_words.iter().any(|w| contains_seq(&stems, w));
        let mut mentions: Vec<(usize, usize, usize)> = Vec::new(); // (topic, first, last)
        for f in &found {
            match f.entry.meaning {
                Meaning::Exercise(t) => mentions.push((t, f.first, f.last)),
                Meaning::Muscle(t) => {
                    let near_stretch = vocab.stretch_words.iter().any(|w| {
                        let lo = f.first.saturating_sub(3);
                        let hi = (f.last + 3).min(stems.len().saturating_sub(1));
                        stems.len() > lo && contains_seq(&stems[lo..=hi.max(lo)], w)
                    });
                    let excluded = excluded_before(&tokens, f.first);
                    let why_value = WHY.is_match(&u.text) && WHY_VALUE.is_match(&u.text);
                    if ((has_training_word || why_value) && !near_stretch) || excluded {
                        mentions.push((t, f.first, f.last));
                    }
                }
                _ => {}
            }
        }
        let inside_signal = |first: usize, last: usize| {
            signal_spans
                .iter()
                .any(|(s, e, _, _)| tokens[first].start < *e && *s < tokens[last].end)
        };
        let mention_in_sign: Vec<bool> = mentions
            .iter()
            .map(|&(_, f, l)| inside_signal(f, l))
            .collect();
        // "…drop the ham curls. What should I do instead?": everything named is what to replace.
        let asks_instead = ASKS_INSTEAD.is_match(&u.text);
        let candidates: Vec<&(usize, usize, usize)> = mentions
            .iter()
            .filter(|(_, first, _)| !asks_instead && !excluded_before(&tokens, *first))
            .collect();
        // Rank: the sentence that asks the question first, then mentions that are not a recovery sign or
        // back-story ("after a long walk", "from running"), then order of mention.
        let asked = asking::find(&u.text, &tokens, &vocab.asking);
        let backstory = |first: usize| {
            first > 0
                && matches!(
                    tokens[first - 1].text.as_str(),
                    "from" | "after" | "during" | "while" | "since" | "when" | "with"
                )
                || (first > 1
                    && matches!(
                        tokens[first - 1].text.as_str(),
                        "long" | "short" | "the" | "a"
                    )
                    && matches!(
                        tokens[first - 2].text.as_str(),
                        "a" | "after" | "from" | "on"
                    ))
        };
        let in_signal_sentence = |first: usize| {
            signal_spans.iter().any(|(s, _, _, _)| {
                tokens
                    .iter()
                    .find(|t| t.start >= *s || t.end > *s)
                    .is_some_and(|t| t.sentence == tokens[first].sentence)
            })
        };
        let clean = candidates
            .iter()
            .filter(|(_, f, l)| !inside_signal(*f, *l))
            .max_by_key(|(t, f, _)| {
                let in_question = asked.contains(&tokens[*f].sentence);
                let weak = backstory(*f) || in_signal_sentence(*f);
                // Walking and running are everyday activities: beside another exercise they are
                // back-story ("on my long runs", "my running coach").
                let background = vocab.background_topics.contains(t);
                (in_question, !weak, !background, std::cmp::Reverse(*f))
            });
        if let Some((t, _, _)) = clean {
            u.topic = Some(*t);
        } else if let Some((t, f, l)) = candidates.first() {
            // The topic word sits inside a recovery sign ("is walking good for me"): it is the question,
            // not a sign.
            u.topic = Some(*t);
            let (start, end) = (tokens[*f].start, tokens[*l].end);
            let mut kept = Vec::new();
            let mut kept_phases = Vec::new();
            for (s, e, p, says) in signal_spans.drain(..) {
                if !(start < e && s < end) {
                    kept_phases.push(p);
                    kept.push((s, e, p, says));
                }
            }
            signal_spans = kept;
            phases = kept_phases;
        } else if let Some((t, _, _)) = mentions.first() {
            if let Some(alt) = knowledge.topics[*t].alternative {
                u.topic = Some(alt);
                u.topic_is_alternative = true;
            }
        }
        let first_uncovered = found
            .iter()
            .filter(|f| f.entry.meaning == Meaning::Uncovered)
            // "resistance band glute bridges": the thing describes the exercise that follows it.
            .filter(|f| !mentions.iter().any(|(_, first, _)| *first == f.last + 1))
            .map(|f| f.first)
            .find(|&i| asked.in_clause(tokens[i].start));
        let first_topic = mentions
            .iter()
            .map(|(_, first, _)| *first)
            .filter(|&i| asked.contains(&tokens[i].sentence))
            .min();
        u.asks_about_uncovered = match (first_uncovered, first_topic) {
            (Some(unc), Some(top)) => unc < top,
            (Some(_), None) => true,
            _ => false,
        };
        for &(t, first, last) in &mentions {
            if !u.limited.contains(&t)
                && asking::is_limited(&u.text, &tokens, first, last, &vocab.asking)
            {
                u.limited.push(t);
            }
        }
        // An exercise in the asking sentence that is only back-story ("pain from running") or the goal ("so
        // I can walk smoother", "continue to run") is not what is asked about.
        let goal = |first: usize| {
            let lo = first.saturating_sub(4);
            let before: Vec<&str> = tokens[lo..first]
                .iter()
                .filter(|t| t.sentence == tokens[first].sentence)
                .map(|t| t.text.as_str())
                .collect();
            let so_can = before.iter().position(|w| *w == "so").is_some_and(|i| {
                before[i..]
                    .iter()
                    .any(|w| matches!(*w, "can" | "could" | "able"))
            });
            so_can || matches!(before.as_slice(), [.., "continue" | "back" | "able", "to"])
        };
        let topic_asked = mentions.iter().any(|&(_, first, _)| {
            asked.contains(&tokens[first].sentence) && !backstory(first) && !goal(first)
        });
        // An exercise inside a recovery sign ("I walk quite well now") is the sign, not an exercise named.
        let names_exercise = mentions
            .iter()
            .zip(&mention_in_sign)
            .any(|(&(t, _, _), &in_sign)| !u.limited.contains(&t) && !in_sign);
        u.signal = [Phase::Recovered, Phase::Early, Phase::Rebuilding]
            .into_iter()
            .find(|p| phases.contains(p));
        for (_, _, _, says) in &signal_spans {
            if !u.signals.contains(says) {
                u.signals.push(says.clone());
            }
        }

        // Intent.
        let knee_context = !u.conditions.is_empty() || KNEE.is_match(&u.text) || u.event.is_some();
        u.asks_for_exercise = knee_context && EXERCISE_ASK.is_match(&u.text);
        let last_sentence_start = u
            .text
            .trim_end_matches(['?', '!', '.', ' '])
            .rfind(['.', '!', '?', ';'])
            .map(|i| i + 1)
            .unwrap_or(0);
        let personal = PERSONAL.is_match(&u.text)
            && (u.event.is_some() || !u.conditions.is_empty() || u.signal.is_some());
        let about_material = ABOUT_MATERIAL.is_match(&u.text) && !personal;
        // "How do I…" asks how something works or is done, not whether to do it.
        // Speed: these three are only needed for the last choice of intent below, so they run only there.
        let how_to_removed = || HOW_TO.replace_all(&u.text, " ");
        // "but why…", "ok so what…": a leading connective does not change what is asked.
        let lead = LEADING_CONNECTIVES.replace(&u.text, "").into_owned();
        let first_sentence_info = || INFO_START.is_match(&lead) || INFO_ANY.is_match(&u.text);
        let last_sentence_info = || INFO_START.is_match(u.text[last_sentence_start..].trim_start());
        // "Why would that be?" after a clinician's limit asks why the exercise is ruled out.
        u.asks_why_ruling =
            WHY.is_match(&u.text) && (WHY_VALUE.is_match(&u.text) || !u.limited.is_empty());
        u.quotes_material = about_material;
        for (when, add) in &vocab.expansions {
            if when.is_match(&u.text) {
                u.expansions.extend(add.iter().cloned());
            }
        }
        u.intent = Some(if PLAYLIST.is_match(&u.text) {
            Intent::Playlist
        } else if SETS_REPS.is_match(&u.text) || (!about_material && DOSE.is_match(&u.text)) {
            Intent::Dose
        } else if !about_material
            && (DIAGNOSIS.is_match(&u.text)
                || (!topic_asked && asking::asks_diagnosis(&asked, &vocab.asking)))
        {
            Intent::Diagnosis
        } else if (TIMING.is_match(&u.text) && !(about_material && HOW_LONG.is_match(&u.text)))
            || (about_material && lead.starts_with("when"))
        {
            Intent::Timing
        } else if let Some(open) = (!about_material && !topic_asked && knee_context)
            .then(|| asking::open_question(&asked, &vocab.asking, names_exercise))
            .flatten()
        {
            Intent::Overview(open)
        } else if about_material
            || lead.starts_with("why ")
            // "My physio said no leg extensions, why would that be?": the last asking clause starts with why.
            || asking::last_clause(&asked).starts_with("why ")
            || (!personal
                && (first_sentence_info() || last_sentence_info())
                && !ADVICE.is_match(&how_to_removed()))
        {
            if WHY.is_match(&u.text) {
                Intent::Info(InfoKind::Why)
            } else {
                Intent::Info(InfoKind::Other)
            }
        } else {
            Intent::Advice
        });
        u.tokens = tokens;
        u
    }

    /// Stems of the words that carry meaning, for search.
    pub fn content_stems(&self) -> Vec<&str> {
        self.tokens
            .iter()
            .filter(|t| !is_stop_word(&t.text))
            .map(|t| t.stem.as_str())
            .collect()
    }
}

/// True when the sentence around byte `at` is about the other, healthy leg ("my left knee, the good one,
/// bends fully"): a sign there says nothing about the one that was operated on.
fn about_other_side(text: &str, at: usize) -> bool {
    let start = text[..at]
        .rfind(['.', '!', '?', ';'])
        .map(|i| i + 1)
        .unwrap_or(0);
    let end = text[at..]
        .find(['.', '!', '?', ';'])
        .map(|i| at + i)
        .unwrap_or(text.len());
    OTHER_SIDE.is_match(&text[start..end])
}

/// A one-word injury in the vocabulary ("tear", "sprain"), also when it sits inside a condition's name.
fn is_injury_word(vocab: &crate::knowledge::Vocabulary, stem: &str) -> bool {
    vocab.phrases.get(stem).is_some_and(|entries| {
        entries
            .iter()
            .any(|e| e.meaning == Meaning::Injury && e.stems.len() == 1)
    })
}

/// The corrections for words (5+ letters) that are not real words: each typed word (in `tokens` order) with
/// the nearest vocabulary word, or its slang meaning.
fn correct_spelling(text: &str, tokens: &[Token], knowledge: &Knowledge) -> Vec<(String, String)> {
    let vocab = &knowledge.vocabulary;
    let mut corrections = Vec::new();
    for t in tokens {
        let word = &text[t.start..t.end];
        if let Some(meant) = vocab.slang.get(word) {
            corrections.push((word.to_string(), meant.clone()));
            continue;
        }
        if word.len() < 5
            || !word.chars().all(|c| c.is_ascii_alphabetic())
            || vocab.known_words.contains(word)
        {
            continue;
        }
        // The word as typed first; then its stem, so "sqauts" finds "squat" though the lexicon has no
        // "squats" (but "extentions" stays "extensions", not the stem's neighbour "extend").
        // The nearest word; of equally near ones, the first in the (sorted) lexicon.
        let mut best: Option<(usize, usize)> = None;
        for form in [word, t.stem.as_str()] {
            let form_mask = letter_mask(form.as_bytes());
            // At most 2 typos, so only words within two letters of the length can match (the lexicon is
            // ASCII, so bytes are letters).
            let lengths = form.len().saturating_sub(2)..=form.len() + 2;
            for bucket in lengths.filter_map(|l| vocab.lexicon_by_length.get(l)) {
                for &(i, mask) in bucket {
                    let candidate = vocab.lexicon[i].as_str();
                    let budget = typo_budget(form.len().min(candidate.len()));
                    // A word with more letters the other lacks than the budget cannot be near.
                    if budget == 0 || letter_bound_of_masks(form_mask, mask) > budget {
                        continue;
                    }
                    if let Some(d) = edit_distance_within(form, candidate, budget) {
                        if best.is_none_or(|b| (d, i) < b) {
                            best = Some((d, i));
                        }
                    }
                }
            }
            if best.is_some() {
                break;
            }
        }
        if let Some((_, i)) = best {
            corrections.push((word.to_string(), vocab.lexicon[i].clone()));
        }
    }
    corrections
}

/// `text` with each corrected word replaced (the corrections are in `tokens` order, one per changed word).
fn corrected_text(text: &str, tokens: &[Token], corrections: &[(String, String)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    let mut pending = corrections.iter().peekable();
    for t in tokens {
        let Some((typed, meant)) = pending.peek() else {
            break;
        };
        if &text[t.start..t.end] == typed.as_str() {
            out.push_str(&text[last..t.start]);
            out.push_str(meant);
            last = t.end;
            pending.next();
        }
    }
    out.push_str(&text[last..]);
    out
}

fn find_phrases<'k>(tokens: &[Token], vocab: &'k crate::knowledge::Vocabulary) -> Vec<Found<'k>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut matched = None;
        if let Some(entries) = vocab.phrases.get(&tokens[i].stem) {
            for entry in entries {
                if let Some(last) = match_at(tokens, i, &entry.stems) {
                    matched = Some(Found {
                        entry,
                        first: i,
                        last,
                    });
                    break;
                }
            }
        }
        match matched {
            Some(f) => {
                i = f.last + 1;
                found.push(f);
            }
            None => i += 1,
        }
    }
    found
}

/// Matches `stems` starting at token `i`, letting up to two filler words sit between phrase words.
fn match_at(tokens: &[Token], i: usize, stems: &[String]) -> Option<usize> {
    let sentence = tokens[i].sentence;
    let mut at = i;
    let mut skips = 0;
    for (k, stem) in stems.iter().enumerate() {
        loop {
            let t = tokens.get(at)?;
            if t.sentence != sentence {
                return None;
            }
            if &t.stem == stem {
                break;
            }
            if k > 0 && skips < 2 && FILLER.contains(&t.text.as_str()) {
                skips += 1;
                at += 1;
                continue;
            }
            return None;
        }
        at += 1;
    }
    Some(at - 1)
}

fn contains_seq(stems: &[&str], seq: &[String]) -> bool {
    !seq.is_empty()
        && stems.len() >= seq.len()
        && stems
            .windows(seq.len())
            .any(|w| w.iter().zip(seq).all(|(a, b)| *a == b))
}

/// Words that put an exercise aside only when the question goes on to ask for something "instead"
/// ("ditch the leg curls, can I walk instead?"); alone ("should I ditch leg curls?") they ask about it.
const EXCLUDING_WITH_INSTEAD: &[&[&str]] = &[
    &["ditch"],
    &["ditching"],
    &["drop"],
    &["dropping"],
    &["stop"],
    &["stopping"],
    &["quit"],
    &["quitting"],
    &["give", "up"],
    &["rid", "of"],
];

/// True when "instead of", "rather than" and the like come just before token `first`.
fn excluded_before(tokens: &[Token], first: usize) -> bool {
    let lo = first.saturating_sub(5);
    let words: Vec<&str> = tokens[lo..first]
        .iter()
        .filter(|t| tokens[first].sentence == t.sentence)
        .map(|t| t.text.as_str())
        .filter(|w| {
            !matches!(
                *w,
                "my" | "the" | "your" | "doing" | "do" | "with" | "those" | "these"
            )
        })
        .collect();
    let instead = tokens.iter().any(|t| t.text == "instead");
    EXCLUDING
        .iter()
        .chain(EXCLUDING_WITH_INSTEAD.iter().filter(|_| instead))
        .any(|seq| words.len() >= seq.len() && words[words.len() - seq.len()..] == **seq)
}

/// True when one of `negations` ends within `window` words before byte `at`, in the same sentence.
fn preceded_by(text: &str, at: usize, negations: &[Vec<String>], window: usize) -> bool {
    let before = &text[..at];
    let sentence_start = before
        .rfind(['.', '!', '?', ';', ','])
        .map(|i| i + 1)
        .unwrap_or(0);
    let words: Vec<&str> = before[sentence_start..].split_whitespace().collect();
    let lo = words.len().saturating_sub(window);
    let recent = &words[lo..];
    negations.iter().any(|n| {
        recent
            .windows(n.len())
            .any(|w| w.iter().zip(n).all(|(a, b)| *a == b))
    })
}

/// True when every pattern matches, un-negated, inside one sentence.
fn all_in_one_sentence(
    text: &str,
    many_sentences: bool,
    patterns: &[Regex],
    negations: &[Vec<String>],
) -> bool {
    if patterns.is_empty() {
        return false;
    }
    // Speed, for long stories: a pattern that matches nowhere in the text matches in no sentence of it (a
    // sentence's edges are punctuation, which `\b` treats as the text's edges), so one pass over the text
    // rules most flags out instead of one pass per sentence. Not worth it for a sentence or two. Patterns
    // with anchors are left to the sentence loop.
    if many_sentences
        && patterns
            .iter()
            .any(|p| !p.as_str().contains(['^', '$']) && !p.is_match(text))
    {
        return false;
    }
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '.')))
    {
        // "38.9" is a number, not the end of a sentence.
        let decimal = c == '.'
            && text[..i].ends_with(|p: char| p.is_ascii_digit())
            && text
                .get(i + 1..)
                .is_some_and(|rest| rest.starts_with(|n: char| n.is_ascii_digit()));
        if matches!(c, '.' | '!' | '?' | ';') && !decimal {
            let sentence = &text[start..i];
            let ok = patterns.iter().all(|p| {
                p.find_iter(sentence)
                    .any(|m| !preceded_by(sentence, m.start(), negations, 3))
            });
            if ok {
                return true;
            }
            start = (i + 1).min(text.len());
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::shipped_knowledge as knowledge;

    const TODAY: calendar::Date = jiff::civil::date(2026, 11, 25);

    fn read(q: &str) -> Understanding {
        Understanding::read(q, TODAY, knowledge(), &Stemmer::default())
    }

    fn ids(u: &Understanding) -> Vec<&str> {
        u.conditions
            .iter()
            .map(|&c| knowledge().conditions[c].id.as_str())
            .collect()
    }

    fn topic(u: &Understanding) -> Option<&str> {
        u.topic.map(|t| knowledge().topics[t].id.as_str())
    }

    #[test]
    fn conditions_with_aliases_abbreviations_and_typos() {
        let cases: &[(&str, &[&str])] = &[
            ("torn menicus", &["meniscus_tear"]),
            ("my miniscus", &["meniscus_tear"]),
            (
                "knee OA and a bakers cist",
                &["knee_osteoarthritis", "bakers_cyst"],
            ),
            ("arthritic knees", &["knee_osteoarthritis"]),
            ("ACLR last year", &["acl_tear"]),
            ("had my left knee replaced", &["knee_replacement"]),
            ("TKA", &["knee_replacement"]),
            ("chondromalacia patella", &["cartilage_injury"]),
            ("ITB issues", &["it_band_syndrome"]),
            ("medial collateral ligament sprain", &["mcl_tear"]),
            ("hip replacement", &[]),
            ("pizza", &[]),
        ];
        for (q, want) in cases {
            assert_eq!(ids(&read(q)), *want, "{q}");
        }
    }

    #[test]
    fn topics_instead_of_and_signals() {
        let cases: &[(&str, Option<&str>)] = &[
            ("leg curls?", Some("hamstring_strengthening")),
            (
                "should i strengthen my hamstrings",
                Some("hamstring_strengthening"),
            ),
            ("my hamstrings are tight", None),
            ("hamstring stretches", None),
            ("bicep curls", None),
            (
                "hip thrusts instead of leg curls",
                Some("glute_strengthening"),
            ),
            ("instead of leg curls should I do squats", Some("squats")),
            (
                "what should I do instead of leg extensions",
                Some("glute_strengthening"),
            ),
            (
                "I'm walking well, should I keep doing nordics?",
                Some("hamstring_strengthening"),
            ),
            (
                "is walking good for me after a knee replacement",
                Some("walking_running"),
            ),
            ("can I go jogging", Some("walking_running")),
            ("sqauts with arthritis", Some("squats")),
        ];
        for (q, want) in cases {
            assert_eq!(topic(&read(q)), *want, "{q}");
        }
    }

    #[test]
    fn events_time_and_signals() {
        type Case<'a> = (&'a str, Option<Event>, Option<f64>, Option<Phase>);
        let cases: &[Case] = &[
            (
                "acl surgery 6 wks ago",
                Some(Event::Surgery),
                Some(42.0),
                None,
            ),
            (
                "broke my ankle last month",
                Some(Event::Trauma),
                Some(30.4),
                None,
            ),
            (
                "tore my meniscus 10 days ago",
                Some(Event::FreshInjury),
                Some(10.0),
                None,
            ),
            ("tore my meniscus 2 years ago", None, None, None),
            ("never had surgery on my knee", None, None, None),
            ("surgery is scheduled for next month", None, None, None),
            (
                "after my hip surgery my hamstring won't fire",
                Some(Event::Surgery),
                None,
                Some(Phase::Early),
            ),
            (
                "3 weeks post op and still weak",
                Some(Event::Surgery),
                Some(21.0),
                Some(Phase::Rebuilding),
            ),
            (
                "full range of motion after my TKR",
                Some(Event::Surgery),
                None,
                Some(Phase::Recovered),
            ),
            (
                "I don't have full ROM yet after surgery",
                Some(Event::Surgery),
                None,
                Some(Phase::Rebuilding),
            ),
            (
                "off the crutches since my ACL reconstruction",
                Some(Event::Surgery),
                None,
                Some(Phase::Recovered),
            ),
        ];
        for (q, event, days, signal) in cases {
            let u = read(q);
            assert_eq!(u.event, *event, "{q}");
            assert_eq!(
                u.elapsed_days.map(|d| (d * 10.0).round() / 10.0),
                *days,
                "{q}"
            );
            assert_eq!(u.signal, *signal, "{q}");
        }
    }

    #[test]
    fn limits_come_from_what_the_asker_was_told_or_cannot_do() {
        let limited = |q: &str| -> Vec<&str> {
            let u = read(q);
            u.limited
                .iter()
                .map(|&t| knowledge().topics[t].id.as_str())
                .collect()
        };
        let cases: &[(&str, &[&str])] = &[
            (
                "my surgeon said no squats for now, are glute bridges ok?",
                &["squats"],
            ),
            (
                "I was advised to stop leg curls. what else can I do?",
                &["hamstring_strengthening"],
            ),
            (
                "leg extensions are out of the question for me, what now?",
                &["quad_isolation"],
            ),
            (
                "I can't run since the injury, are squats ok?",
                &["walking_running"],
            ),
            // A recovery sign is not a limit, and an exercise prescribed is not one either.
            ("I can't get my hamstring to contract, leg curls ok?", &[]),
            ("my physio told me to keep doing squats, fine?", &[]),
        ];
        for (q, want) in cases {
            assert_eq!(limited(q), *want, "{q}");
        }
    }

    #[test]
    fn intent() {
        let cases: &[(&str, Intent)] = &[
            (
                "why do hamstring curls hurt my knee?",
                Intent::Info(InfoKind::Why),
            ),
            ("what do the glutes do?", Intent::Info(InfoKind::Other)),
            (
                "what should I do for my knee?",
                Intent::Overview(asking::OpenAsk::Do),
            ),
            (
                "torn ACL, no surgery. which exercises should I stay away from?",
                Intent::Overview(asking::OpenAsk::Avoid),
            ),
            // A story with a question at the end: the running in the story is not what is asked.
            (
                "I hurt my knee while running last year and was told not to run. What should I do now?",
                Intent::Overview(asking::OpenAsk::Do),
            ),
            ("what exercises should I do instead of leg curls for my knee?", Intent::Advice),
            ("leg curls with OA?", Intent::Advice),
            ("my knee clicks on the stairs, could it be a meniscus tear?", Intent::Diagnosis),
            ("is it normal to still limp 3 weeks after my knee scope?", Intent::Diagnosis),
            (
                "how long until I can run after ACL surgery?",
                Intent::Timing,
            ),
            ("when is it ok to do leg curls", Intent::Timing),
            ("where's the ACL playlist", Intent::Playlist),
            ("any videos on meniscus tears?", Intent::Playlist),
        ];
        for (q, want) in cases {
            assert_eq!(read(q).intent, Some(*want), "{q}");
        }
    }

    #[test]
    fn red_flags_and_their_negations() {
        let cases: &[(&str, bool)] = &[
            ("calf is red and swollen after surgery", true),
            ("my calf is not swollen", false),
            ("I have a fever after surgery", true),
            ("no fever", false),
            ("I fell and can't put any weight on my knee", true),
            ("chest pain since the operation", true),
            ("calf raises are hard", false),
            (
                "twisted my knee and it suddenly swelled up like a balloon",
                true,
            ),
            ("my meniscus tear makes it swell a bit", false),
        ];
        for (q, urgent) in cases {
            assert_eq!(!read(q).red_flags.is_empty(), *urgent, "{q}");
        }
    }

    #[test]
    fn real_words_are_not_corrected() {
        let u = read("the round wound on my walker");
        assert!(u.corrections.is_empty(), "{:?}", u.corrections);
        let u = read("hamstirng");
        assert_eq!(
            u.corrections,
            [("hamstirng".to_string(), "hamstring".to_string())]
        );
    }
}

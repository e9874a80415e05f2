//! Stage 3a of reading a question: where it tells an injury ("tore", "did my ACL") or a trauma (a fall, a
//! break), and which of those it denies or only says in a saying ("knock it on the head"). The event and
//! its date are worked out from these by `events`.

use super::normalize::Token;
use super::phrases::Found;
use crate::knowledge::vocabulary::Meaning;
use crate::knowledge::Vocabulary;

/// The injuries and traumas a question tells, as byte positions.
pub(super) struct Injuries {
    /// The first trauma word or pattern not of a soft tissue and not in a saying.
    pub trauma_at: Option<usize>,
    /// Every trauma word not of a soft tissue and not denied ("x-ray showed no fracture" is none).
    pub traumas: Vec<usize>,
    /// Every injury told and not denied, vocabulary words first.
    pub all: Vec<usize>,
    /// The injuries of `all` told as a condition one has ("ACL tear", "torn meniscus"), not as a happening.
    pub of_condition: Vec<usize>,
    /// The injury that is the post's event: the first vocabulary word, else the earliest pattern.
    pub first: Option<usize>,
}

/// Finds the injuries and traumas in `text` (with its `tokens` and the phrases `found` in it); `in_saying`
/// tells whether a byte position lies in a saying that names no injury.
pub(super) fn find(
    text: &str,
    tokens: &[Token],
    found: &[Found],
    vocab: &Vocabulary,
    in_saying: &dyn Fn(&usize) -> bool,
) -> Injuries {
    // "Meniscus broken", "broke my ACL": a soft tissue beside the trauma word is torn, an injury.
    let of_soft_tissue = |f: &&Found| {
        let lo = f.first.saturating_sub(SOFT_TISSUE_REACH);
        let hi = (f.last + SOFT_TISSUE_REACH).min(tokens.len() - 1);
        tokens[lo..=hi]
            .iter()
            .any(|t| t.sentence == tokens[f.first].sentence && t.is_one_of(&vocab.soft_tissue))
    };
    // "Knees ache after leg day (never injured them)": an injury denied is none.
    let denied = |at: &usize| {
        super::phrases::preceded_by(text, *at, &vocab.injury_negations, 3) || in_saying(at)
    };
    let trauma_words = || {
        found
            .iter()
            .filter(|f| f.entry.meaning == Meaning::Trauma)
            .filter(|f| !of_soft_tissue(f))
            .map(|f| tokens[f.first].start)
    };
    // "Crack on with the physio": a saying, no broken bone. (A negation before it may deny something
    // else: "no surgery for the fracture".)
    let trauma_at = trauma_words().find(|at| !in_saying(at)).or_else(|| {
        vocab
            .trauma_patterns
            .iter()
            .filter_map(|r| r.find(text).map(|m| m.start()))
            .filter(|at| !in_saying(at))
            .min()
    });
    let traumas = trauma_words().filter(|at| !denied(at)).collect();
    // Injuries: a vocabulary word ("tore") or a pattern ("did my ACL"). The first one is the event; any
    // one can be the recent injury a warning sign follows ("a tear years ago … tonight I felt my knee
    // twist").
    // "ACL tear" tells a tear; "wear and tear arthritis" does not.
    let condition_torn = |f: &&Found| {
        matches!(f.entry.meaning, Meaning::Condition(_))
            && tokens[f.first..=f.last].iter().any(|t| {
                crate::knowledge::is_injury_word(&vocab.phrases, &t.stem) && !denied(&t.start)
            })
    };
    let mut all: Vec<usize> = found
        .iter()
        .filter(|f| {
            f.entry.meaning == Meaning::Injury
                || (f.entry.meaning == Meaning::Trauma && of_soft_tissue(f))
                || condition_torn(f)
        })
        .map(|f| tokens[f.first].start)
        .collect();
    all.retain(|at| !denied(at));
    // "Torn my ACL" tells the tearing, a happening; "a torn meniscus" names what one has.
    let owned_inside =
        |f: &&Found| (tokens[f.first..=f.last].iter()).any(|t| t.is_one_of(&vocab.persons.owning));
    let of_condition = (found.iter().filter(condition_torn))
        .filter(|f| !owned_inside(f))
        .map(|f| tokens[f.first].start)
        .filter(|at| all.contains(at))
        .collect();
    let from_vocabulary = !all.is_empty();
    all.extend(
        vocab
            .injury_patterns
            .matching(text)
            .map(|(_, r)| r)
            // A pattern may say where in its match the injury is told (a group named `injury`): "won't
            // straighten since it locked" tells the lock after a negation that is not of the lock.
            .flat_map(|r| {
                crate::text::pattern::captures_found(r, text)
                    .filter_map(|c| c.name("injury").or_else(|| c.get(0)).map(|m| m.start()))
            })
            .filter(|at| !denied(at)),
    );
    let first = if from_vocabulary {
        all.first().copied()
    } else {
        all.iter().copied().min()
    };
    Injuries {
        trauma_at,
        traumas,
        all,
        of_condition,
        first,
    }
}

/// How many words either side of a trauma word a soft tissue may be ("broke my left ACL").
const SOFT_TISSUE_REACH: usize = 3;

//! Recovery signals and red flags as the vocabulary file gives them, compiled: what a person says about
//! where they are in recovery, and the warning signs that come before any exercise advice.

use super::files::{RedFlagContext, VocabularyFile};
use super::problems::{Loaded, Problems};
use crate::model::Phase;
use crate::text::pattern::AnyOf;
use regex::Regex;
use toml::Spanned;

#[derive(Debug)]
pub struct Signal {
    pub phase: Phase,
    pub says: String,
    pub patterns: Vec<Regex>,
    /// Tells that rehab is over (`ends_rehab` in the file).
    pub ends_rehab: bool,
    /// Tells the walking is not normal: undoes a recovered sign it is told inside (`undoes_walking`).
    pub undoes_walking: bool,
    /// Tells that walking is back (`of_walking`): a limp told after it in its sentence undoes it.
    pub of_walking: bool,
}

#[derive(Debug)]
pub struct RedFlag {
    pub id: String,
    pub says: String,
    pub context: RedFlagContext,
    /// The sign told as over or as something else, in its sentence or one of the two after it.
    pub unless: Vec<Regex>,
    pub all: Vec<Regex>,
    /// What set the sign off, told in its sentence or one of the two before it.
    pub cause: Vec<Regex>,
    /// Whether words that tell any sign over may tell this one over.
    pub may_be_over: bool,
    /// Whether the sign calls for emergency services now.
    pub emergency: bool,
}

crate::index_by_id!(RedFlag, crate::ids::RedFlagId);

/// The signals and red flags of `vocab`, each with one set of all its patterns (a fast first pass); a
/// pattern that does not compile is reported through `compile` and left out.
pub(super) fn compile(
    vocab: &VocabularyFile,
    file: &Loaded,
    problems: &mut Problems,
    compile: &dyn Fn(&Spanned<String>, &mut Problems) -> Option<Regex>,
) -> (Vec<Signal>, AnyOf, Vec<RedFlag>, AnyOf) {
    let signals = vocab
        .signal
        .iter()
        .map(|s| {
            if matches!(s.phase.get_ref(), Phase::None | Phase::Unknown) {
                problems.add(
                    &file.path,
                    &file.text,
                    Some(s.phase.span().start),
                    "a signal's phase must be early, rebuilding or recovered",
                );
            }
            Signal {
                phase: *s.phase.get_ref(),
                says: s.says.clone(),
                ends_rehab: s.ends_rehab,
                undoes_walking: s.undoes_walking,
                of_walking: s.of_walking,
                patterns: s
                    .patterns
                    .iter()
                    .filter_map(|p| compile(p, problems))
                    .collect(),
            }
        })
        .collect();
    // A pattern that does not compile is reported with its signal or flag; the set is then left empty
    // (the load fails anyway).
    let set_of = |patterns: Vec<&Spanned<String>>| {
        let texts: Vec<&str> = patterns.iter().map(|p| p.get_ref().as_str()).collect();
        AnyOf::new(&texts).unwrap_or_default()
    };
    let signal_set = set_of(vocab.signal.iter().flat_map(|s| &s.patterns).collect());
    let red_flag_set = set_of(vocab.red_flag.iter().flat_map(|f| &f.all).collect());
    let red_flags = vocab
        .red_flag
        .iter()
        .map(|f| RedFlag {
            id: f.id.clone(),
            says: f.says.clone(),
            context: f.context,
            unless: f
                .unless
                .iter()
                .filter_map(|p| compile(p, problems))
                .collect(),
            all: f.all.iter().filter_map(|p| compile(p, problems)).collect(),
            cause: f
                .cause
                .iter()
                .filter_map(|p| compile(p, problems))
                .collect(),
            may_be_over: f.may_be_over,
            emergency: f.emergency,
        })
        .collect();
    (signals, signal_set, red_flags, red_flag_set)
}

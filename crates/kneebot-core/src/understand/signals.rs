//! Stage 5 of reading a question: recovery signals ("walking well", "still weak"), with their spans so a
//! topic word inside one is not taken for the topic, and the strongest phase they tell of.

use super::phrases::preceded_by;
use crate::answer::Phase;
use crate::knowledge::Vocabulary;
use crate::text::marks::Marks;

/// The recovery signals found in a question.
pub(super) struct Signals {
    /// `(start, end, phase, says)` of each signal: its byte span, the phase it tells of and what it says.
    pub spans: Vec<(usize, usize, Phase, String)>,
}

/// Finds the recovery signals of `vocab` in `text`.
pub(super) fn find(text: &str, vocab: &Vocabulary) -> Signals {
    // Recovery signals, with their spans so a topic word inside one ("walking well") is not the topic.
    let mut signal_spans = Vec::new();
    let mut limps = Vec::new();
    let mut walking = Vec::new();
    // Range told reached, and range told not reached, each by where it starts.
    let mut range_told = Vec::new();
    let mut range_denied = Vec::new();
    // Speed: one pass over the text says which patterns match at all; only those are searched for spans.
    let matching = vocab.signal_set.which(text);
    // Where sentences and clauses break, found once, and whether each sentence is about the other leg,
    // read once: a long post can hold a signal's words hundreds of times.
    // Built at the first signal found: most posts hold none.
    let marks = std::cell::OnceCell::new();
    let marks = || marks.get_or_init(|| SignMarks::of(text));
    let mut other_side: rustc_hash::FxHashMap<usize, bool> = rustc_hash::FxHashMap::default();
    let mut index = 0;
    for s in &vocab.signals {
        for r in &s.patterns {
            index += 1;
            if index <= matching.len() && !matching.matched(index - 1) {
                continue;
            }
            for m in r.find_iter(text) {
                let (start, end) = marks().sentence_around(m.start(), text.len());
                let other = *other_side
                    .entry(start)
                    .or_insert_with(|| about_other_side(&text[start..end], vocab));
                if other {
                    continue;
                }
                // A recovered sign asked about ("is walking ok?") or worked towards ("to get this leg
                // strong again") is not where the person is; weakness told either way still is.
                if s.phase == Phase::Recovered
                    && (asked_about(text, m.start(), marks(), vocab)
                        || preceded_by(text, m.start(), &vocab.sign_of_other_things, 3)
                        || (preceded_by(text, m.start(), &vocab.sign_goals, 4)
                            && !preceded_by(text, m.start(), &vocab.sign_reached, 5)))
                {
                    continue;
                }
                // "I was on crutches for 6 weeks after", "it wouldn't fire for the first 2 weeks": a
                // sign of weakness told in the past and bounded is over.
                // The bound is looked for first: most signs have none, and the past words are then not
                // read (nor a phrase joined per word to compare with the sign's opening).
                let opens_with = |w: &Vec<String>| {
                    let mut opening = m.as_str().split_whitespace();
                    w.iter().all(|word| opening.next() == Some(word.as_str()))
                };
                if s.phase != Phase::Recovered
                    && vocab
                        .sign_lasted
                        .iter()
                        .any(|r| r.is_match(&text[m.end()..]))
                    && (preceded_by(text, m.start(), &vocab.sign_told_past, 3)
                        || vocab.sign_told_past.iter().any(opens_with))
                {
                    continue;
                }
                let mut phase = s.phase;
                let mut says = s.says.clone();
                let negated = preceded_by(text, m.start(), &vocab.negations, 4);
                // "Haven't finished my physio yet": rehab not over tells nothing of range or walking.
                if negated && s.ends_rehab {
                    continue;
                }
                let of_range = s.phase == Phase::Recovered && !s.of_walking;
                if of_range && negated {
                    range_denied.push(m.start());
                } else if of_range {
                    range_told.push((m.start(), m.end()));
                }
                if phase == Phase::Recovered && negated {
                    phase = Phase::Rebuilding;
                    says = format!("not yet: {says}");
                } else if negated {
                    // "no weakness left": the sign is denied, not stated.
                    continue;
                }
                if s.undoes_walking && !negated {
                    limps.push((m.start(), m.end()));
                }
                if s.of_walking && phase == Phase::Recovered {
                    walking.push((m.start(), m.end()));
                }
                signal_spans.push((m.start(), m.end(), phase, says));
            }
        }
    }
    // "Walking (limping) comfortably without crutches": walking told with a limp inside it is not back to
    // normal; the limp stays. A cane or walker inside it changes nothing ("walking with a cane more and
    // more").
    // "Off crutches but still limping pretty badly": a limp told after walking in its sentence undoes it too.
    // "Full bend now but can't straighten fully": one direction's range told, then the other's denied in
    // the same sentence, is not full range of motion. Walking told beside it still counts.
    let told_after = |s: usize, e: usize, later: &[usize]| {
        let (_, sentence_end) = marks().sentence_around(s, text.len());
        later.iter().any(|&l| e <= l && l < sentence_end)
    };
    let limp_starts: Vec<usize> = limps.iter().map(|&(ls, _)| ls).collect();
    signal_spans.retain(|&(s, e, phase, _)| {
        phase != Phase::Recovered
            || !(limps.iter().any(|&(ls, le)| s <= ls && le <= e)
                || (walking.contains(&(s, e)) && told_after(s, e, &limp_starts))
                || (range_told.contains(&(s, e)) && told_after(s, e, &range_denied)))
    });
    Signals {
        spans: signal_spans,
    }
}

impl Signals {
    /// Drops the signals that overlap the byte span `start..end`.
    pub fn drop_overlapping(&mut self, start: usize, end: usize) {
        self.spans.retain(|&(s, e, _, _)| !(start < e && s < end));
    }

    /// Drops the signals that say `says` ("rehab is over" where the calendar is still in the early window).
    pub fn drop_saying(&mut self, says: &str) {
        self.spans.retain(|(_, _, _, said)| said != says);
    }

    /// The strongest recovery signal, and what each signal found says (each once).
    pub fn summary(&self) -> (Option<Phase>, Vec<String>) {
        let signal = [Phase::Recovered, Phase::Early, Phase::Rebuilding]
            .into_iter()
            .find(|p| self.spans.iter().any(|(_, _, phase, _)| phase == p));
        let mut signals: Vec<String> = Vec::new();
        for (_, _, _, says) in &self.spans {
            if !signals.contains(says) {
                signals.push(says.clone());
            }
        }
        (signal, signals)
    }
}

/// The breaks a sign's surroundings are read by.
struct SignMarks {
    sentence_ends: Marks,
    clause_breaks: Marks,
    asking_ends: Marks,
}

impl SignMarks {
    fn of(text: &str) -> Self {
        SignMarks {
            sentence_ends: Marks::of(text, b".!?;"),
            clause_breaks: Marks::of(text, b".!?;,\n"),
            asking_ends: Marks::of(text, b".!?\n"),
        }
    }

    /// The byte span of the sentence around byte `at` of a text `len` bytes long.
    fn sentence_around(&self, at: usize, len: usize) -> (usize, usize) {
        let start = self.sentence_ends.last_before(at).map_or(0, |i| i + 1);
        let end = self.sentence_ends.first_from(at).unwrap_or(len);
        (start, end)
    }
}

/// True when `sentence` is about the other, healthy leg ("my left knee, the good one, bends fully"): a
/// sign there says nothing about the one that was operated on. A comparison with it ("bends fully like
/// the other one") is not about it.
fn about_other_side(sentence: &str, vocab: &Vocabulary) -> bool {
    // "I can bend it fully, like the other one" compares the two: it tells of the operated knee.
    vocab.intent.other_side.find_iter(sentence).any(|m| {
        // The word before the phrase, past an owner ("as my other knee").
        let last = sentence[..m.start()]
            .split_whitespace()
            .rev()
            .find(|w| !matches!(*w, "my" | "the" | "his" | "her" | "their"))
            .unwrap_or("");
        !vocab.comparing.iter().any(|w| w == last)
    })
}

/// True when the sign at byte `at` sits in a clause that asks about it ("is walking ok in the meantime?"):
/// the clause opens with a question word and its sentence ends in a question mark.
fn asked_about(text: &str, at: usize, marks: &SignMarks, vocab: &Vocabulary) -> bool {
    let clause_start = marks.clause_breaks.last_before(at).map_or(0, |i| i + 1);
    let Some(first) = text[clause_start..at].split_whitespace().next() else {
        return false;
    };
    let asks = marks
        .asking_ends
        .first_from(at)
        .is_some_and(|i| text[i..].starts_with('?'));
    asks && vocab.sign_asked.iter().any(|w| w == first)
}

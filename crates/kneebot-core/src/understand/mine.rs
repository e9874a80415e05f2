//! Stage 1a of reading a question: clauses of the writer's own beside someone else's. "Mine" points back at
//! someone else's knee ("my sister had her ACL reconstruction last March, mine was done 2 weeks ago"): the
//! writer had the same thing at a time of their own, so the clause holding "mine" is set apart as a sentence
//! of its own and, when it names no knee problem or operation itself, "mine" is spelled out as the one it
//! points at ("my acl reconstruction was done 2 weeks ago"). A clause opening with the writer ("mom has knee
//! arthritis, I had my meniscectomy 3 weeks ago") is set apart too, and so is one opening with someone named
//! before it, after the writer's words ("I care for my husband, his knee replacement was on the 8th"). It
//! also tells whether a clause is the writer's alone. Whose-story reading (`persons`) then
//! keeps each person's dates and signs to them.

use super::normalize::{tokenize, Stemmer, Token};
use super::person_mentions::may_be_same;
use super::phrases::{tells_knee, Found};
use crate::knowledge::persons::{Person, Persons};
use crate::knowledge::Vocabulary;

/// One change to the post.
struct Edit {
    /// Where a new sentence starts (the clause holding "mine"), when it is not already one.
    split: Option<usize>,
    /// Where "mine" stands.
    mine: (usize, usize),
    /// What "mine" is spelled out as, when its clause names no knee problem or operation itself.
    spelled: Option<String>,
}

/// The post with each clause of the writer's own set apart (and "mine" spelled out), and its words; `None`
/// when the post has none beside someone else's.
pub(super) fn spell_out(
    text: &str,
    tokens: &[Token],
    found: &[Found],
    vocab: &Vocabulary,
    stemmer: &Stemmer,
) -> Option<(String, Vec<Token>)> {
    let persons = &vocab.persons;
    let other = |t: &Token| persons.of(&t.text).is_some_and(|p| p != Person::Me);
    let mut edits: Vec<Edit> = Vec::new();
    // "Mom has knee arthritis, I had my meniscectomy 3 weeks ago": a clause of the writer's own after one
    // naming someone else, in one sentence, is set apart as a sentence of its own.
    for k in 1..tokens.len() {
        let t = &tokens[k];
        if !starts_own_clause(tokens, k, &persons.own_clause_starts) {
            continue;
        }
        let Some(start) = clause_opened_at(text, tokens, k, &persons.clause_openers) else {
            continue;
        };
        let named_before = tokens[..start]
            .iter()
            .rev()
            .take_while(|u| u.sentence == t.sentence)
            .any(|u| other(u) && !persons.is_pronoun(&u.text));
        if start > 0 && tokens[start - 1].sentence == t.sentence && named_before {
            let at = tokens[start].start;
            edits.push(Edit {
                split: Some(at),
                mine: (at, at),
                spelled: None,
            });
        }
    }
    // "I care for my husband, his knee replacement was on the 8th, and I'm doing his exercises with him": a
    // clause opening with someone else named before in the sentence, after the writer's own words, is
    // set apart too, so the operation stays his.
    for k in 1..tokens.len() {
        let t = &tokens[k];
        if !other(t) {
            continue;
        }
        let Some(start) = clause_opened_at(text, tokens, k, &persons.clause_openers) else {
            continue;
        };
        let before = || {
            tokens[..start]
                .iter()
                .rev()
                .take_while(|u| u.sentence == t.sentence)
        };
        let person = persons.of(&t.text);
        let named_before = before().any(|u| {
            other(u)
                && !persons.is_pronoun(&u.text)
                && person
                    .zip(persons.of(&u.text))
                    .is_some_and(|(p, q)| may_be_same(p, q))
        });
        // Any word of the writer's, the "my" of "my dad" too: the sentence is theirs to tell.
        let writer_before = before().any(|u| persons.of(&u.text) == Some(Person::Me));
        if named_before && writer_before {
            let at = tokens[start].start;
            edits.push(Edit {
                split: Some(at),
                mine: (at, at),
                spelled: None,
            });
        }
    }
    for (m, mine) in tokens.iter().enumerate() {
        if !mine.is_one_of(&persons.refers_back) {
            continue;
        }
        let clause = clause_start(text, tokens, m, &persons.clause_openers);
        // Someone else is named before "mine" in its sentence, or in the sentence before it.
        let named_before = tokens[..clause]
            .iter()
            .rev()
            .take_while(|t| t.sentence + 1 >= mine.sentence)
            .any(other);
        if !named_before {
            continue;
        }
        let split = (tokens[clause].sentence == mine.sentence
            && clause > 0
            && tokens[clause - 1].sentence == mine.sentence)
            .then_some(tokens[clause].start);
        // "mine (partial meniscectomy) was in may" names it; "mine was done 2 weeks ago" points back.
        let names_own = found
            .iter()
            .any(|f| f.first > m && tokens[f.first].sentence == mine.sentence && tells_knee(f));
        let spelled = if names_own {
            None
        } else {
            referent(text, tokens, found, clause).map(|r| format!("my {r}"))
        };
        if split.is_some() || spelled.is_some() {
            edits.push(Edit {
                split,
                mine: (mine.start, mine.end),
                spelled,
            });
        }
    }
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|e| (e.split.unwrap_or(e.mine.0), e.mine.0));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    let mut last_split = None;
    for Edit {
        split,
        mine: (start, end),
        spelled,
    } in edits
    {
        // A clause set apart twice (a "mine" clause that is also the writer's own) is split once.
        if let Some(split) = split.filter(|&s| last_split != Some(s)) {
            out.push_str(&text[at..split]);
            out.push_str(". ");
            at = split;
            last_split = Some(split);
        }
        if let Some(spelled) = spelled {
            out.push_str(&text[at..start]);
            out.push_str(&spelled);
            at = end;
        }
    }
    out.push_str(&text[at..]);
    let tokens = tokenize(&out, stemmer);
    Some((out, tokens))
}

/// Whether word `k` opens a clause of the writer's own (`starts`: "i", "my own", "me").
fn starts_own_clause(tokens: &[Token], k: usize, starts: &[Vec<String>]) -> bool {
    starts.iter().any(|words| {
        tokens.len() >= k + words.len()
            && words
                .iter()
                .zip(&tokens[k..])
                .all(|(w, t)| *w == *t.text && t.sentence == tokens[k].sentence)
    })
}

/// The first word of the clause that holds word `m`: just after a comma, bracket or colon, or at one of
/// `openers` ("and mine", "but i had mine"), within its sentence.
pub(super) fn clause_start(text: &str, tokens: &[Token], m: usize, openers: &[String]) -> usize {
    let mut k = m;
    while k > 0 && tokens[k - 1].sentence == tokens[m].sentence {
        if let Some(start) = clause_opened_at(text, tokens, k, openers) {
            return start;
        }
        k -= 1;
    }
    k
}

/// Where the clause starts when word `k` opens one within its sentence: `k` just after a comma, bracket or
/// colon, or the word before it when that is one of `openers` ("and", "but").
pub(super) fn clause_opened_at(
    text: &str,
    tokens: &[Token],
    k: usize,
    openers: &[String],
) -> Option<usize> {
    let before = tokens.get(k.checked_sub(1)?)?;
    if before.sentence != tokens[k].sentence {
        None
    } else if text[before.end..tokens[k].start].contains([',', '(', ')', ':']) {
        Some(k)
    } else {
        before.is_one_of(openers).then(|| k - 1)
    }
}

/// The knee problem or operation told last before word `clause` ("acl reconstruction", "acl op"), as typed.
fn referent<'t>(
    text: &'t str,
    tokens: &[Token],
    found: &[Found],
    clause: usize,
) -> Option<&'t str> {
    let last = found.iter().rfind(|f| f.last < clause && tells_knee(f))?;
    let mut first = last.first;
    // The phrase just before it names the same problem: "acl" before "op".
    while let Some(f) = found.iter().find(|f| {
        f.last + 1 == first && tells_knee(f) && tokens[f.first].sentence == tokens[first].sentence
    }) {
        first = f.first;
    }
    Some(&text[tokens[first].start..tokens[last.last].end])
}

/// Whether the clause holding word `at` names the writer and no one else ("here is my confession, my own
/// knee is arthritic" in "…and I copy his curls next to him").
pub(super) fn in_writers_clause(
    text: &str,
    tokens: &[Token],
    at: usize,
    persons: &Persons,
) -> bool {
    clause_persons(text, tokens, at, persons) == (true, false)
}

/// Whether the clause holding word `at` names no one but the writer, if anyone ("ACL reconstruction 5 weeks
/// ago, can I start bridges?"): told of the writer's own knee.
pub(super) fn in_no_one_elses_clause(
    text: &str,
    tokens: &[Token],
    at: usize,
    persons: &Persons,
) -> bool {
    !clause_persons(text, tokens, at, persons).1
}

/// Whether the clause holding word `at` names the writer, and whether it names anyone else.
fn clause_persons(text: &str, tokens: &[Token], at: usize, persons: &Persons) -> (bool, bool) {
    let openers = &persons.clause_openers;
    let start = clause_start(text, tokens, at, openers);
    let end = (at + 1..tokens.len())
        .find_map(|k| {
            if tokens[k].sentence != tokens[at].sentence {
                Some(k)
            } else {
                clause_opened_at(text, tokens, k, openers)
            }
        })
        .unwrap_or(tokens.len());
    let words = &tokens[start..end.max(start)];
    let writer = words
        .iter()
        .any(|w| persons.of(&w.text) == Some(Person::Me));
    let other = words
        .iter()
        .any(|w| persons.of(&w.text).is_some_and(|p| p != Person::Me));
    (writer, other)
}

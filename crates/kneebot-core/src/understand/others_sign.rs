//! Stage 4c of reading a question: a warning sign told of someone else and seen to by clinicians ("my
//! husband had a hot swollen calf after his hip op and it turned out to be a clot", "my brother's knee locked
//! after he fell, he went to A&E"), in a post whose question the writer asks for themselves, is theirs and
//! in other hands: not the asker's sign.
//!
//! Careful by design, since a sign wrongly set aside would be missed:
//! - the writer asks for themselves: the asking clauses name the writer and no one else (but as what is
//!   theirs, "his exercises", or as company);
//! - the last person named before the sign in its sentence is someone else ("my mum's calf", "my sister got
//!   a fever"; a bare "her" only after someone named in the sentence);
//! - the sign is seen to (`[words] warning_seen_to`) in its sentence, or in the next when that one names
//!   no one of the writer's; someone else's sign told without that ("my dad's calf went hot yesterday")
//!   still makes the answer urgent.

use super::normalize::Token;
use super::person_mentions::only_object;
use crate::knowledge::persons::{Person, Persons};
use crate::knowledge::vocabulary::SignOver;
use crate::knowledge::Vocabulary;

/// Whether the writer asks for themselves: the asking clauses name the writer and no one else, but as what
/// is someone else's or as company ("should I copy his exercises?", "can I do them with her?").
pub(super) fn writer_asks(text: &str, tokens: &[Token], vocab: &Vocabulary) -> bool {
    let persons = &vocab.persons;
    let asked = super::asking::find(text, tokens, &vocab.asking);
    let mut writer = false;
    for (i, t) in tokens.iter().enumerate() {
        if !asked.in_clause(t.start) {
            continue;
        }
        match persons.of(&t.text) {
            None => {}
            Some(Person::Me) => writer = true,
            Some(_) => {
                let company = i > 0 && tokens[i - 1].is_one_of(&persons.company);
                if !company && !only_object(tokens, i, persons) {
                    return false;
                }
            }
        }
    }
    writer
}

/// Whether the sign whose words start at byte `at` of `sentence` is someone else's and seen to, in
/// `sentence` or in `next` (the sentence after it, "" if none).
pub(super) fn seen_to_of_someone_else(
    sentence: &str,
    at: usize,
    next: &str,
    persons: &Persons,
    over: &SignOver,
) -> bool {
    let before = words(&sentence[..at]);
    let Some(i) = before.iter().rposition(|w| persons.of(w).is_some()) else {
        return false;
    };
    let whose = before[i];
    if persons.of(whose) == Some(Person::Me)
        || (persons.is_pronoun(whose)
            && !before[..i]
                .iter()
                .any(|w| persons.of(w).is_some_and(|p| p != Person::Me) && !persons.is_pronoun(w)))
    {
        return false;
    }
    let seen = |piece: &[&str]| {
        (0..piece.len()).any(|k| {
            over.seen_to
                .iter()
                .any(|s| super::sign_over::words_at(piece, k, s))
        })
    };
    let next = words(next);
    seen(&words(sentence))
        || (!next.iter().any(|w| persons.of(w) == Some(Person::Me)) && seen(&next))
}

/// The words of `text`, as the vocabulary's word lists spell them.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

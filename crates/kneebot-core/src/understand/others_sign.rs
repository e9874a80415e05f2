//! Stage 4c of reading a question: a warning sign told of someone else and seen to by clinicians ("my
//! husband had a hot swollen calf after his hip op and it was a clot", "my brother's knee locked… he went
//! to A&E"), in a post where the writer asks about their own knee, is theirs and in other hands: not the
//! asker's sign.
//!
//! Careful by design, since a sign wrongly set aside would be missed:
//! - the writer asks for themselves (the asking clauses name the writer and no one else, not even as
//!   "his calf") and tells a knee problem or operation in a clause naming no one else;
//! - the sign is owned by someone else just before it: their word, then at most a few words of having
//!   (`[words] warning_owner_between`: "my mum's calf", "my sister got a fever", "her calf"), or the
//!   part of the body right after a possessive ("my friend's knee locked"), so "my husband thinks the calf
//!   looks swollen" is not his, nor is a sign told beside company ("playing with my son, knee blew up");
//! - it is seen to (`warning_seen_to`: "turned out", "ended up in hospital") after the sign in its
//!   sentence, or in the next sentence when that names no one of the writer's; someone else's sign told
//!   without that ("my dad's calf went hot yesterday") still makes the answer urgent.

use super::normalize::Token;
use super::phrases::{tells_knee, Found};
use super::sign_over::{any_words_at, plain_words};
use crate::knowledge::persons::{Person, Persons};
use crate::knowledge::vocabulary::SignOver;
use crate::knowledge::Vocabulary;

/// Whether the writer asks about their own knee: the asking clauses name the writer and no one else (but
/// as company: "can I do them with her?"), and a clause naming no one else names a knee problem or an
/// operation ("ACL reconstruction 5 weeks ago, can I start bridges?").
pub(super) fn writer_asks(
    text: &str,
    tokens: &[Token],
    found: &[Found],
    vocab: &Vocabulary,
) -> bool {
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
            // Company ("can I do them with her?") asks for no one else.
            Some(_) if i > 0 && tokens[i - 1].is_one_of(&persons.company) => {}
            Some(_) => return false,
        }
    }
    writer
        && found.iter().any(|f| {
            tells_knee(f) && super::mine::in_no_one_elses_clause(text, tokens, f.first, persons)
        })
}

/// Whether the sign whose words start at byte `at` of `sentence` is someone else's and seen to, after it
/// in `sentence` or in `next` (the sentence after it, "" if none).
pub(super) fn seen_to_of_someone_else(
    sentence: &str,
    at: usize,
    next: &str,
    persons: &Persons,
    over: &SignOver,
) -> bool {
    let before = plain_words(&sentence[..at]);
    let Some(i) = before.iter().rposition(|w| persons.of(w).is_some()) else {
        return false;
    };
    let owner = before[i];
    let between = &before[i + 1..];
    // "My friend's knee locked", "his leg blew up": the part of the body the sign is in, right after a
    // possessive ("playing with my son, knee blew up after I fell" is the writer's knee).
    let body_after_possessive = |k: usize, w: &str| {
        persons.object_not_before.iter().any(|b| b == w)
            && if k == 0 {
                persons.is_pronoun(owner) && persons.owning.iter().any(|o| o == owner)
            } else {
                k == 1 && between[0] == "s"
            }
    };
    let with_someone = i > 0 && persons.company.iter().any(|c| c == before[i - 1])
        || i > 1 && persons.company.iter().any(|c| c == before[i - 2]);
    let owned = persons.of(owner).is_some_and(|p| p != Person::Me)
        && !with_someone
        && between.len() <= OWNER_REACH
        && between.iter().enumerate().all(|(k, w)| {
            over.owner_between.iter().any(|b| b == w) || body_after_possessive(k, w)
        })
        // A bare "her" stands for someone named before it in the sentence ("our neighbour, her calf…").
        && (!persons.is_pronoun(owner)
            || before[..i].iter().any(|w| {
                persons.of(w).is_some_and(|p| p != Person::Me) && !persons.is_pronoun(w)
            }));
    if !owned {
        return false;
    }
    let seen = |plain: &[&str]| any_words_at(plain, &over.seen_to, 0..plain.len());
    let next = plain_words(next);
    seen(&plain_words(&sentence[at..]))
        || (!next.iter().any(|w| persons.of(w) == Some(Person::Me)) && seen(&next))
}

/// How many words may stand between someone's word and their sign ("my sister got a fever").
const OWNER_REACH: usize = 3;

//! Who each sentence of a post mentions (the writer, a he, a she, someone whose sex it does not tell), and
//! how those mentions are compared: part of reading whose story each sentence tells (`persons.rs`).

use super::normalize::Token;
use crate::knowledge::persons::{Person, Persons};

/// Every kind of person a post may tell of.
pub(super) const EVERYONE: [Person; 4] = [Person::Me, Person::He, Person::She, Person::Someone];

/// Who one sentence mentions.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Mentions {
    pub(super) me: bool,
    pub(super) he: bool,
    pub(super) she: bool,
    /// Someone whose sex the sentence does not tell.
    pub(super) someone: bool,
    /// Names someone other than by a bare he or she.
    pub(super) outright: [bool; 4],
}

impl Mentions {
    /// Counts a mention of `p`; one by a bare he or she names no one outright.
    pub(super) fn mention(&mut self, p: Person, bare_pronoun: bool) {
        match p {
            Person::Me => self.me = true,
            Person::He => self.he = true,
            Person::She => self.she = true,
            Person::Someone => self.someone = true,
        }
        if !bare_pronoun {
            self.outright[p as usize] = true;
        }
    }

    pub(super) fn has(&self, p: Person) -> bool {
        match p {
            Person::Me => self.me,
            Person::He => self.he,
            Person::She => self.she,
            Person::Someone => self.someone,
        }
    }

    /// Mentions `p`, or someone who may be `p` (a friend may be a he).
    pub(super) fn may_be(&self, p: Person) -> bool {
        match p {
            Person::Me => self.me,
            Person::He | Person::She => self.has(p) || self.someone,
            Person::Someone => self.someone || self.he || self.she,
        }
    }

    /// Names outright someone who cannot be `p`.
    pub(super) fn names_other_than(&self, p: Person) -> bool {
        EVERYONE
            .into_iter()
            .any(|q| self.outright[q as usize] && !may_be_same(p, q))
    }
}

/// "Our neighbour… her calf": someone a sentence then calls he or she is that.
pub(super) fn settle_someone(mentions: &mut [Mentions]) {
    for m in mentions {
        if m.someone && m.he != m.she {
            m.someone = false;
            m.outright[Person::Someone as usize] = false;
            let p = if m.he { Person::He } else { Person::She };
            m.outright[p as usize] = true;
        }
    }
}

/// Whether a mention of `q` may be of `p` ("a friend" may be the "he" asked about).
pub(super) fn may_be_same(p: Person, q: Person) -> bool {
    p == q || (p != Person::Me && q != Person::Me && (p == Person::Someone || q == Person::Someone))
}

/// The one person these sentences mention, if they mention exactly one.
pub(super) fn only_person<'m>(mentions: impl Iterator<Item = &'m Mentions>) -> Option<Person> {
    let mut named = [false; 4];
    for m in mentions {
        for p in EVERYONE {
            named[p as usize] |= m.has(p);
        }
    }
    let mut people = EVERYONE.into_iter().filter(|&p| named[p as usize]);
    let first = people.next()?;
    people.next().is_none().then_some(first)
}

/// Whether the person word at `i`, in a question, names only what is someone else's or what is done to them
/// ("should I copy his exercises?", "or should I just cheer her on?"): no second person asked about. Not
/// after a word that makes them the doer or the one asked about ("should I let him…", "fine for her?"), nor
/// before their body or operation ("his calf").
pub(super) fn only_object(tokens: &[Token], i: usize, persons: &Persons) -> bool {
    let same = |t: &Token| t.sentence == tokens[i].sentence;
    tokens[i].is_one_of(&persons.object_forms)
        && !(i > 0
            && same(&tokens[i - 1])
            && (tokens[i - 1].is_one_of(&persons.doer_after)
                || tokens[i - 1].is_one_of(&persons.asked_after)))
        // "Should I massage his calf?": his body is what is asked about.
        && !tokens
            .get(i + 1)
            .is_some_and(|n| same(n) && n.is_one_of(&persons.object_not_before))
}

//! A question asked for an animal ("my dog tore his CCL… do the same rules about hamstring exercises apply
//! to him?", "same q but for my dog, can he do the hamstring stuff?"): the material is about people's
//! knees, so the question is outside it.

use super::normalize::Token;
use crate::knowledge::persons::Person;
use crate::knowledge::Vocabulary;

/// True when the post names an animal and no one but the writer, and its asking clauses ask for the animal
/// ("for my dog", or "he" or "she") and not for the writer ("I walk my dog, can I do squats?" is the
/// writer's question).
pub(super) fn asks_for_animal(text: &str, tokens: &[Token], vocab: &Vocabulary) -> bool {
    let persons = &vocab.persons;
    // Speed: most posts name no animal, and then the asking part is not read here.
    if !tokens.iter().any(|t| t.is_one_of(&persons.animals)) {
        return false;
    }
    // "My son's dog…", "my husband walks the dog": someone named may be the one asked about.
    if tokens.iter().any(|t| {
        persons.of(&t.text).is_some_and(|p| p != Person::Me) && !persons.is_pronoun(&t.text)
    }) {
        return false;
    }
    let asked = super::asking::find(text, tokens, &vocab.asking);
    let mut for_animal = false;
    // "Thrown off a horse… why does he say in the video…": a "he" or "she" in a sentence telling what the
    // material says is the presenter, not the animal.
    let sentence_of = |t: &Token| {
        let (start, end) = super::phrases::sentence_span(tokens, t.sentence);
        &text[start..end]
    };
    for (i, t) in tokens.iter().enumerate() {
        if !asked.in_clause(t.start) {
            continue;
        }
        // "My" in "for my dog" names the dog; "I" asks for the writer.
        let owns_animal = tokens
            .get(i + 1)
            .is_some_and(|n| n.is_one_of(&persons.animals));
        if persons.of(&t.text) == Some(Person::Me) && !owns_animal {
            return false;
        }
        // The animal asked for ("is that ok for my dog?"), not walked or played with ("is it ok to keep
        // walking the dog?").
        let asked_for = t.is_one_of(&persons.animals)
            && i >= 2
            && matches!(tokens[i - 2].text.as_str(), "for" | "to")
            && tokens[i - 1].is_one_of(&persons.owning);
        let stands_for_animal =
            persons.is_pronoun(&t.text) && !vocab.asking.material_speech.is_match(sentence_of(t));
        for_animal |= asked_for || stands_for_animal;
    }
    for_animal
}

//! Words a post writes as names: capitalised inside a sentence ("we flew to Spain", "my son Walter"). Typo
//! tolerance leaves them as typed, so a place or a person is never "corrected" into a vocabulary word
//! ("Spain" into "sprain", "Leeds" into "bleeds").

/// The longest word read as a name.
const NAME_MAX_LETTERS: usize = 6;

/// The words of `text` written as names, lower-cased: a capital and then only small letters, not opening a
/// sentence. A post that capitalises most of its words ("Can I Do Leg Curls After My Menicus Repair")
/// shows no names that way, so it gives none.
pub fn names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let (mut words, mut capitalised) = (0usize, 0usize);
    // Whether the next word opens a sentence: at the start, and after . ! ? : a new line or a quote mark.
    let mut opens = true;
    for piece in text.split_inclusive(|c: char| c.is_whitespace()) {
        let word = piece.trim_end();
        let letters = word.trim_matches(|c: char| !c.is_alphanumeric());
        let starts_upper = letters.chars().next().is_some_and(|c| c.is_uppercase());
        if !letters.is_empty() {
            words += 1;
            capitalised += usize::from(starts_upper);
        }
        // Longer words are kept out: a long capitalised word is more often a medical word typed with a
        // capital and a typo ("I had a Menicus tear", "F/S/O Osteoarthiritis") than a name near a
        // vocabulary word; the names that become other words are short ("Spain", "Leeds", "Walter").
        let name_shaped = starts_upper
            && (2..=NAME_MAX_LETTERS).contains(&letters.chars().count())
            && letters.chars().skip(1).all(|c| c.is_lowercase());
        if name_shaped && !opens && !word.starts_with(['"', '\'', '(', '>', '*']) {
            names.push(letters.to_lowercase());
        }
        if !word.is_empty() {
            opens = word.ends_with(['.', '!', '?', ':', '>', '"']) || piece.ends_with('\n');
        } else if piece.contains('\n') {
            opens = true;
        }
    }
    if capitalised * 2 > words {
        names.clear();
    }
    names
}

#[cfg(test)]
mod tests {
    use super::names;

    #[test]
    fn capitalised_words_inside_a_sentence_are_names() {
        assert_eq!(
            names("Flew to Spain on Friday. Knee is sore, my son Walter says rest."),
            ["spain", "friday", "walter"]
        );
        // Opening a sentence, in capitals, or after a quote mark, a capital says nothing.
        assert!(names("Meniscus repair. Spain was fun. ACL too.\nLeeds next").is_empty());
        assert!(names("he said \"Rest it\" and left").is_empty());
        assert!(names("right knee: F/S/O Osteoarthiritis").is_empty());
        assert!(names("I had a Menicus tear").is_empty());
    }

    #[test]
    fn a_post_in_title_case_has_no_names() {
        assert!(names("Can I Do Leg Curls After My Menicus Repair").is_empty());
    }
}

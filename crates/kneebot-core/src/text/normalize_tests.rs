//! Unit tests of `normalize`: what the text looks like after normalising, and which inputs have words.
use super::*;

#[test]
fn normalizes_case_quotes_contractions_and_markup() {
    let cases = [
        ("My hamstring WON’T fire!", "my hamstring will not fire!"),
        ("I can't put weight on it", "i can not put weight on it"),
        ("I cannae squat", "i can not squat"),
        ("mi knee cyaan straighten", "mi knee can not straighten"),
        (
            "train quads w/o squats b/c of pain",
            "train quads without squats because of pain",
        ),
        ("Baker’s cyst", "baker s cyst"),
        ("doesn't contract", "does not contract"),
        ("<@123> @everyone leg curls?? 🦵🔥", "leg curls??"),
        (
            "never dance again 😭 what exercises",
            "never dance again ; what exercises",
        ),
        ("Café   ACL   https://x.y/z repair", "cafe acl repair"),
        ("post-op day 5", "post-op day 5"),
        ("Dr. says no squats. Why?", "dr says no squats. why?"),
        ("theyre red, thats new", "they are red, that is new"),
        ("its fine, shouldve asked", "its fine, should have asked"),
        (
            "gimme a routine, wanna start",
            "give me a routine, want to start",
        ),
        ("the 3 reasons, tl;dr pls", "the 3 reasons, tldr pls"),
        (
            "anything i oughta skip? gonna ask my pt",
            "anything i ought to skip? going to ask my pt",
        ),
    ];
    for (input, want) in cases {
        assert_eq!(normalize(input), want, "input: {input}");
    }
}

#[test]
fn mentions_emoji_and_links_alone_have_no_words() {
    for nothing in ["@everyone", "<@123> 🦵🔥😭", "https://x.y/z", " ... ?? "] {
        assert!(!has_words(nothing), "{nothing}");
    }
    for something in ["🦵 squats?", "@everyone leg curls", "ACL"] {
        assert!(has_words(something), "{something}");
    }
}

#[test]
fn tokenizes_with_sentences_and_decimals() {
    let stemmer = Stemmer::default();
    let tokens = tokenize("1.5 years ago. post-op curls", &stemmer);
    let words: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(words, ["1.5", "years", "ago", "post", "op", "curls"]);
    assert_eq!(tokens[3].sentence, 1);
    assert_eq!(tokens[5].stem, "curl");
}

#[test]
fn the_fast_path_characters_are_their_own_nfkd_form() {
    let special = [
        '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2013}', '\u{2014}',
    ];
    for c in (0u8..128).map(char::from).chain(special) {
        assert!(is_own_nfkd(c));
        assert_eq!(c.nfkd().collect::<String>(), c.to_string(), "{c:?}");
        assert!(!is_combining_mark(c), "{c:?}");
    }
    assert!(!is_own_nfkd('\u{2026}') && !is_own_nfkd('é'));
    assert_eq!(edit_distance_within("kneé", "knee", 1), Some(1));
    assert_eq!(
        edit_distance_within(&"a".repeat(60), &"a".repeat(59), 2),
        Some(1)
    );
}

#[test]
fn huge_input_is_cut_on_a_char_boundary() {
    let text = "é".repeat(10_000);
    assert!(normalize(&text).len() <= MAX_QUESTION_BYTES);
}

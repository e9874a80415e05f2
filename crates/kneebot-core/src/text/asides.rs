//! Marks of emphasis inside an aside: "my right calf (the good leg!) is red" is one sentence, so the
//! calf and what is wrong with it are read together. An exclamation mark or full stop that closes a
//! bracketed aside, with the sentence going on in lower case after it, is emphasis or an abbreviation,
//! not the sentence's end; it becomes a comma, a clause break, so "(zero pain!) calf is hot" does not read
//! "zero" as denying the calf. A question mark there is kept: "(is that normal?)" still asks.

use std::borrow::Cow;

/// `text` (as typed) with the `!` and `.` marks that close an aside made one comma where the sentence goes
/// on after the bracket in lower case; "(ACL in May.) Now my calf…" keeps its full stop.
pub fn without_aside_ends(text: &str) -> Cow<'_, str> {
    // Speed: most texts have no mark right before a closing bracket; one pass says so.
    if !text.contains("!)") && !text.contains(".)") {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut drop = vec![false; bytes.len()];
    for (close, _) in text.match_indices(')') {
        let goes_on = text[close + 1..]
            .trim_start_matches(' ')
            .starts_with(|c: char| c.is_ascii_lowercase());
        if !goes_on {
            continue;
        }
        let mut i = close;
        while i > 0 && matches!(bytes[i - 1], b'!' | b'.') {
            i -= 1;
            drop[i] = true;
        }
    }
    if !drop.contains(&true) {
        return Cow::Borrowed(text);
    }
    let mut kept = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if !drop[i] {
            kept.push(c);
        } else if !drop.get(i + 1).copied().unwrap_or(false) {
            kept.push(',');
        }
    }
    Cow::Owned(kept)
}

#[cfg(test)]
mod tests {
    use super::without_aside_ends;

    #[test]
    fn an_aside_closed_with_emphasis_does_not_end_its_sentence() {
        assert_eq!(
            without_aside_ends("my calf (the good leg!!) is red"),
            "my calf (the good leg,) is red"
        );
        assert_eq!(
            without_aside_ends("my physio (Dr. Patel.) said no"),
            "my physio (Dr. Patel,) said no"
        );
    }

    #[test]
    fn a_sentence_that_ends_after_the_aside_and_a_question_keep_their_marks() {
        for text in [
            "ACL in May (left knee.) Now my calf is red",
            "my calf is red (the good leg!)",
            "it clicks (is that normal?) and I want to squat",
            "no aside here. none!",
        ] {
            assert_eq!(without_aside_ends(text), text);
        }
    }
}

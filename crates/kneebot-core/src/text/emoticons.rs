//! Text emoticons (":(", ":-)", ";)") read like the emoji they stand for: the end of a thought, so "my
//! insurance won't pay :( My question: are bridges ok?" asks its question in a sentence of its own.

use std::borrow::Cow;

/// The emoticons people type, each turned into a sentence break.
const EMOTICONS: &[&str] = &[
    ":-(", ":-)", ":'(", ":(", ":)", ":/", ":-/", ":D", ":P", ":p", ";)", ";-)", "=(", "=)", ":|",
    ":-|", ":O",
];

/// `text` (as typed) with every emoticon that stands alone (space or start before it, space, end or
/// punctuation after) replaced by " ; ".
pub fn as_breaks(text: &str) -> Cow<'_, str> {
    // Speed: most texts have no eye (":", ";", "=") followed by what comes second in an emoticon; one
    // pass says so.
    let bytes = text.as_bytes();
    if !text.match_indices([':', ';', '=']).any(|(i, _)| {
        bytes
            .get(i + 1)
            .is_some_and(|b| EMOTICONS.iter().any(|e| e.as_bytes()[1] == *b))
    }) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    let mut changed = false;
    while !rest.is_empty() {
        let alone_before = out.is_empty() || out.ends_with(char::is_whitespace);
        let found = alone_before
            .then(|| {
                EMOTICONS.iter().find(|e| {
                    rest.starts_with(**e)
                        && rest[e.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| c.is_whitespace() || matches!(c, '.' | '!' | '?' | ','))
                })
            })
            .flatten();
        if let Some(e) = found {
            out.push_str(" ; ");
            rest = &rest[e.len()..];
            changed = true;
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::as_breaks;

    #[test]
    fn emoticons_standing_alone_end_a_sentence() {
        assert_eq!(
            as_breaks("won't pay :( my question: ok?"),
            "won't pay  ;  my question: ok?"
        );
        assert_eq!(as_breaks("fine now :D thanks"), "fine now  ;  thanks");
        // Not inside words, times or labels.
        for text in [
            "at 3:15 today",
            "Note:Do squats",
            "ratio 1:2",
            "q: ok?",
            "x :Dan",
        ] {
            assert_eq!(as_breaks(text), text);
        }
    }
}

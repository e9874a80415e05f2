//! Where the clauses of a sentence start: after a comma, a semicolon, a colon or a dash, before "but", a
//! "so" that opens a yes/no question, and a yes/no opener run on after the story with no stop. The asking
//! stage reads a question from the clause it starts in.

/// Where each clause of `sentence` starts (byte offsets, the first 0): after a comma, a semicolon, a dash,
/// a colon, a "but" or a "so" ("…can cycle without any problems but should I run?").
pub(super) fn clause_breaks(sentence: &str) -> Vec<usize> {
    // Speed: one pass over the bytes; each break is decided by the word after a space (or the word
    // before it), so a long sentence is read once, not once per kind of break.
    let bytes = sentence.as_bytes();
    let mut breaks = vec![0];
    // Where the word ending at the current space starts.
    let mut word_start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b',' | b';' => breaks.push(i + 1),
            // A label before a colon ("knee OA: is it bad…").
            b':' if bytes.get(i + 1) == Some(&b' ') => breaks.push(i + 2),
            b' ' => {
                let rest = &sentence[i + 1..];
                // The next word, when a space follows it.
                let next = rest.find(' ').map(|len| &rest[..len]);
                match next {
                    // A label before a dash ("knee OA - is it bad to keep walking?").
                    Some("-") => breaks.push(i + 3),
                    Some("but") => breaks.push(i + 5),
                    // Dictated posts run their clauses together with "so": "…till my six week check so
                    // are glute bridges okay?" asks whether. "…but the video says no so what do i do"
                    // points back at the whole sentence: no break before a wh-question.
                    Some("so") => {
                        let at = i + 4;
                        let after = sentence[at..].split_whitespace().next().unwrap_or("");
                        if super::phrases::YES_NO_OPENERS.contains(&after) {
                            breaks.push(at);
                        }
                    }
                    // A post typed with no stops runs its story into the question: "…dr said no surgery
                    // needed can i start leg curls" asks from "can i" on. Not inside a wh-question ("what
                    // exercises can i do").
                    Some("i" | "we" | "he" | "she")
                        if word_start > 0
                            && super::phrases::YES_NO_OPENERS
                                .contains(&&sentence[word_start..i])
                            && !asks_with_wh_word(&sentence[..word_start]) =>
                    {
                        breaks.push(word_start)
                    }
                    _ => {}
                }
                word_start = i + 1;
            }
            _ => {}
        }
    }
    breaks.sort_unstable();
    breaks
}

/// True when one of the last four words of `before` opens a wh-question or an "if": a yes/no opener after
/// it is inside that question.
fn asks_with_wh_word(before: &str) -> bool {
    before.split_whitespace().rev().take(4).any(|w| {
        matches!(
            w,
            "what" | "which" | "how" | "where" | "when" | "why" | "if"
        )
    })
}

//! Where the marks of one kind (sentence ends, clause breaks) stand in a text, found once: a long post asks
//! "where does this sentence start?" for many words in it, and reading back through the text for each
//! one would cost the square of its length.

/// The byte positions of the marks of one kind in a text, in order.
pub struct Marks {
    at: Vec<usize>,
}

impl Marks {
    /// The marks in `text` that are one of `marks` (ASCII punctuation or whitespace: a byte of a longer
    /// UTF-8 character is never ASCII, so the text is read byte by byte).
    pub fn of(text: &str, marks: &[u8]) -> Self {
        debug_assert!(marks.is_ascii());
        let mut is_mark = [false; 128];
        for &m in marks {
            is_mark[usize::from(m & 0x7f)] = true;
        }
        Marks {
            at: text
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b < 128 && is_mark[usize::from(b)])
                .map(|(i, _)| i)
                .collect(),
        }
    }

    /// The last mark before byte `at`: what `text[..at].rfind(marks)` gives.
    pub fn last_before(&self, at: usize) -> Option<usize> {
        let i = self.at.partition_point(|&m| m < at);
        i.checked_sub(1).map(|i| self.at[i])
    }

    /// The first mark at byte `at` or after it: what `text[at..].find(marks)` gives, counted from the
    /// start of the text.
    pub fn first_from(&self, at: usize) -> Option<usize> {
        self.at.get(self.at.partition_point(|&m| m < at)).copied()
    }

    /// True when `text[from..to]` holds a mark.
    pub fn any_within(&self, from: usize, to: usize) -> bool {
        self.first_from(from).is_some_and(|m| m < to)
    }
}

#[cfg(test)]
mod tests {
    use super::Marks;

    /// Each answer is the one reading the text itself gives, at every position.
    #[test]
    fn agrees_with_reading_the_text() {
        let text = "Had my op. Walking ok, bends fine; but is it safe?! x café, né.";
        let set = ['.', '!', '?', ';', ','];
        let marks = Marks::of(text, b".!?;,");
        let boundaries = || (0..=text.len()).filter(|&i| text.is_char_boundary(i));
        for at in boundaries() {
            assert_eq!(marks.last_before(at), text[..at].rfind(set), "before {at}");
            assert_eq!(
                marks.first_from(at),
                text[at..].find(set).map(|i| at + i),
                "from {at}"
            );
            for to in boundaries().filter(|&to| to >= at) {
                assert_eq!(
                    marks.any_within(at, to),
                    text[at..to].contains(set),
                    "{at}..{to}"
                );
            }
        }
    }
}

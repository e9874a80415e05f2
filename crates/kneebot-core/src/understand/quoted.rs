//! Lines a Discord post quotes with "> " (another member's message, a line of the video): where they stand
//! in the read question, so they can be blanked (`text::blanked`) and words quoted are not read as the
//! asker's own.

use crate::knowledge::Vocabulary;

/// The lines a post quotes with Discord's "> ", each read as the question is (normalised and spelled, so
/// "PT" is written out in both).
pub(super) struct Quoted(Vec<String>);

impl Quoted {
    /// Speed: most questions quote nothing, and are not read again.
    pub(super) fn read(question: &str, read: impl Fn(&str) -> String) -> Quoted {
        if !question.contains('>') {
            return Quoted(Vec::new());
        }
        Quoted(
            question
                .lines()
                .filter_map(|line| line.trim_start().strip_prefix('>'))
                .map(|quoted| read(quoted).trim_matches([' ', ';']).to_string())
                .filter(|quoted| !quoted.is_empty())
                .collect(),
        )
    }

    /// Byte spans in `text` (the read question, or the part of it telling of the asker) of the lines.
    pub(super) fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        self.0
            .iter()
            .filter_map(|quoted| {
                // Found by its opening words at the start of a line, to the line's end: a word further
                // on may have been read differently in the whole post.
                let head_end = quoted
                    .match_indices(' ')
                    .nth(1)
                    .map_or(quoted.len(), |(i, _)| i);
                let head = &quoted[..head_end];
                text.match_indices(head)
                    .map(|(at, _)| at)
                    .find(|&at| {
                        let before = text[..at].trim_end_matches(' ');
                        before.is_empty() || before.ends_with(';')
                    })
                    .map(|at| {
                        let end = text[at..].find(" ; ").map_or(text.len(), |e| at + e);
                        (at, end.max(at + head.len()))
                    })
            })
            .collect()
    }
}

/// The asker's own words: `unquoted` (`text` with its quoted lines blanked), since a quoted line tells
/// another member's story ("> my calf went hot and swollen after my op"), unless the asker takes it as
/// their own ("same here", "mine too"): then `text`.
pub(super) fn own_words<'t>(text: &'t str, unquoted: &'t str, vocab: &Vocabulary) -> &'t str {
    if vocab.takes_quote_as_own(unquoted) {
        text
    } else {
        unquoted
    }
}

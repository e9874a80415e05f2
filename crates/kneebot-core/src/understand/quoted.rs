//! Lines a Discord post quotes with "> " (another member's message, a line of the video): where they stand
//! in the normalised question, so they can be blanked (`text::blanked`) and words quoted are not read as
//! the asker's own.

/// Byte spans in `text` (the normalised question) of the lines `question` quotes with Discord's "> ".
pub(super) fn quoted_spans(question: &str, text: &str) -> Vec<(usize, usize)> {
    // Speed: most questions quote nothing.
    if !question.contains('>') {
        return Vec::new();
    }
    question
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix('>'))
        .filter_map(|quoted| {
            let quoted = super::normalize::normalize(quoted);
            let quoted = quoted.trim_matches([' ', ';']);
            if quoted.is_empty() {
                return None;
            }
            // Found by its opening words at the start of a line, to the line's end: spelling may have
            // changed a word further on ("vid" -> "video").
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

//! Quoting the material: the material's sentences and rule quotes split and stemmed once when the engine
//! is built ([`Prepared`]), the best sentence of a passage for a question, and the question's words in
//! **bold** within a quote.

use crate::knowledge::Knowledge;
use crate::understand::normalize::{normalize, word_spans, Stemmer};
// Speed: the query's words and the prepared sentences' words are looked up on every answer.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A quote longer than this is cut around its best sentence.
const MAX_QUOTE_CHARS: usize = 320;

/// The sentence of `text` sharing most stems with the query, cut to a quote's length. The plain form of
/// [`Prepared::best_quote`], kept to check that the prepared one gives the same quotes.
#[cfg(test)]
fn best_sentence(text: &str, query: &HashSet<&str>, stemmer: &Stemmer) -> (String, usize) {
    let mut best = ("", 0usize);
    for sentence in split_sentences(text) {
        // Speed: word spans and borrowed stems count the same words as tokenising, without allocating.
        let normalized = normalize(sentence);
        let n = word_spans(&normalized)
            .filter(|&(s, e, _)| query.contains(stemmer.stem_cow(&normalized[s..e]).as_ref()))
            .count();
        if n > best.1 || best.0.is_empty() {
            best = (sentence, n);
        }
    }
    (cut_chars(best.0.trim(), MAX_QUOTE_CHARS), best.1)
}

fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '?' | '!') {
            out.push(&text[start..=i]);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out.retain(|s| !s.trim().is_empty());
    out
}

fn cut_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}

/// Puts the words of `text` whose stem the question shares in `**bold**`.
pub fn highlight(text: &str, query: &HashSet<&str>, stemmer: &Stemmer) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let normalized = normalize(core);
        let stem = stemmer.stem_cow(&normalized);
        push_word(
            &mut out,
            word,
            !core.is_empty() && query.contains(stem.as_ref()),
        );
    }
    out
}

/// Appends `word`, its letters in `**bold**` (punctuation left outside) when `bold`.
fn push_word(out: &mut String, word: &str, bold: bool) {
    // Speed: most words are not bold, and need no trimming.
    if !bold {
        out.push_str(word);
        return;
    }
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    if core.is_empty() {
        out.push_str(word);
        return;
    }
    let start = word.find(core).unwrap_or(0);
    out.push_str(&word[..start]);
    out.push_str("**");
    out.push_str(core);
    out.push_str("**");
    out.push_str(&word[start + core.len()..]);
}

/// The question's content stems, and the numbers [`Prepared`] gave the ones the material uses.
pub struct Query<'q> {
    pub stems: HashSet<&'q str>,
    /// Few (a question's words), so a linear search beats hashing.
    ids: Vec<u32>,
}

impl<'q> Query<'q> {
    pub fn new(stems: HashSet<&'q str>, prepared: &Prepared) -> Query<'q> {
        let ids = stems
            .iter()
            .filter_map(|s| prepared.ids.get(*s).copied())
            .collect();
        Query { stems, ids }
    }

    pub(super) fn has(&self, id: u32) -> bool {
        self.ids.contains(&id)
    }
}

/// Marks a word of a highlighted text with no letters or digits (never bolded).
const NO_WORD: u32 = u32::MAX;

/// What quoting needs from the material, worked out once when the engine is built. Speed only: every answer
/// used to split the cited passages into sentences, normalise and stem each sentence and each quoted word
/// again; now it compares numbered stems. The quotes and highlights are the same (a test checks every
/// passage and quote against the plain functions).
#[derive(Debug, Default)]
pub struct Prepared {
    /// Every stem met below, numbered.
    pub(super) ids: HashMap<String, u32>,
    /// Per passage, its sentences in order.
    sentences: Vec<Vec<PreparedSentence>>,
    /// Per rule or timing quote: its words ([`QuoteWord`]).
    pub(super) reason_quotes: HashMap<String, Vec<QuoteWord>>,
    /// Per reason's `says` line: its distinct stems, sorted
    /// ([`super::info::says_stems`]).
    pub(super) reason_says: HashMap<String, Vec<String>>,
    /// While building: the stem number of each word as written, so a word the material repeats is
    /// normalised and stemmed once (the material repeats most of its words).
    words: HashMap<String, u32>,
}

#[derive(Debug)]
pub(super) struct PreparedSentence {
    /// Byte range of the trimmed sentence in the passage's text.
    pub(super) start: usize,
    end: usize,
    /// Stem numbers of the sentence's words, as `best_sentence` counts them.
    pub(super) stems: Vec<u32>,
    /// The words of the sentence's quote (cut to length), as `highlight` reads them.
    pub(super) quote_stems: Vec<QuoteWord>,
}

/// A word of a quote as [`highlight`] reads it: the stem number of its letters and digits ([`NO_WORD`] if
/// none), and where they stand in the quote (the part `**` would go round).
#[derive(Debug, Clone, Copy)]
pub(super) struct QuoteWord {
    id: u32,
    start: u32,
    end: u32,
}

impl Prepared {
    pub fn build(knowledge: &Knowledge, stemmer: &Stemmer) -> Prepared {
        let mut prepared = Prepared::default();
        for passage in &knowledge.passages {
            let text = passage.text.as_str();
            let mut sentences = Vec::new();
            for sentence in split_sentences(text) {
                let normalized = normalize(sentence);
                let stems = word_spans(&normalized)
                    .map(|(s, e, _)| prepared.intern(&stemmer.stem_cow(&normalized[s..e])))
                    .collect();
                let trimmed = sentence.trim();
                // `trimmed` is a slice of `text`, so its offset is the difference of the pointers.
                let start = trimmed.as_ptr() as usize - text.as_ptr() as usize;
                let quote = cut_chars(trimmed, MAX_QUOTE_CHARS);
                let quote_stems = prepared.word_stems(&quote, stemmer);
                sentences.push(PreparedSentence {
                    start,
                    end: start + trimmed.len(),
                    stems,
                    quote_stems,
                });
            }
            prepared.sentences.push(sentences);
        }
        prepared.words = HashMap::default();
        let reasons = knowledge
            .rules
            .iter()
            .flat_map(|r| &r.reasons)
            .chain(knowledge.timing.iter().flat_map(|t| &t.reasons));
        for reason in reasons {
            if !prepared.reason_quotes.contains_key(&reason.quote) {
                let stems = prepared.word_stems(&reason.quote, stemmer);
                prepared.reason_quotes.insert(reason.quote.clone(), stems);
            }
            if !prepared.reason_says.contains_key(&reason.says) {
                let stems = super::info::says_stems(&reason.says, stemmer);
                prepared.reason_says.insert(reason.says.clone(), stems);
            }
        }
        prepared
    }

    fn intern(&mut self, stem: &str) -> u32 {
        if let Some(&id) = self.ids.get(stem) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(stem.to_string(), id);
        id
    }

    /// Each space-separated word of `text` with its stem number and the span [`highlight`] would bold,
    /// exactly as it stems and trims it.
    fn word_stems(&mut self, text: &str, stemmer: &Stemmer) -> Vec<QuoteWord> {
        let mut out = Vec::new();
        let mut at = 0;
        for word in text.split(' ') {
            let word_start = at;
            at += word.len() + 1;
            let core = word.trim_matches(|c: char| !c.is_alphanumeric());
            if core.is_empty() {
                out.push(QuoteWord {
                    id: NO_WORD,
                    start: 0,
                    end: 0,
                });
                continue;
            }
            let id = match self.words.get(core) {
                Some(&id) => id,
                None => {
                    let id = self.intern(&stemmer.stem_cow(&normalize(core)));
                    self.words.insert(core.to_string(), id);
                    id
                }
            };
            let start = word_start + word.find(core).unwrap_or(0);
            out.push(QuoteWord {
                id,
                start: start as u32,
                end: (start + core.len()) as u32,
            });
        }
        out
    }

    /// The sentence said just before `passage`'s sentence starting at byte `start`: the one before it in the
    /// passage, or the last of the passage before it when that comes from the same source. `None` when
    /// the passage opens its source.
    pub(super) fn sentence_before(
        &self,
        k: &crate::knowledge::Knowledge,
        passage: crate::ids::PassageId,
        start: usize,
    ) -> Option<String> {
        let at = passage.position();
        let own = self.sentences.get(at)?;
        if let Some(before) = own.iter().take_while(|s| s.start < start).last() {
            return Some(k.passages[passage].text[before.start..before.end].to_string());
        }
        let previous = at.checked_sub(1)?;
        let (here, there) = (&k.passages[passage], k.passages.get(previous)?);
        let last = self.sentences.get(previous)?.last()?;
        (here.source == there.source).then(|| there.text[last.start..last.end].to_string())
    }

    /// The quote of passage `passage`'s sentence sharing most stems with the query (the first of equals),
    /// with that sentence; an empty quote and `None` for a passage without sentences.
    pub(super) fn best_quote(
        &self,
        passage: crate::ids::PassageId,
        text: &str,
        query: &Query,
    ) -> (String, Option<&PreparedSentence>) {
        let mut best: Option<(&PreparedSentence, usize)> = None;
        for sentence in self
            .sentences
            .get(passage.position())
            .map_or(&[][..], Vec::as_slice)
        {
            let n = sentence.stems.iter().filter(|&&id| query.has(id)).count();
            if best.is_none_or(|(_, most)| n > most) {
                best = Some((sentence, n));
            }
        }
        match best {
            Some((sentence, _)) => (
                cut_chars(&text[sentence.start..sentence.end], MAX_QUOTE_CHARS),
                Some(sentence),
            ),
            None => (String::new(), None),
        }
    }
}

/// [`highlight`] with the words' stems already numbered by [`Prepared`]. Speed: the text between bold
/// words is copied in one piece.
pub(super) fn highlight_prepared(text: &str, words: &[QuoteWord], query: &Query) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut copied = 0;
    for w in words {
        if w.id == NO_WORD || !query.has(w.id) {
            continue;
        }
        let (start, end) = (w.start as usize, w.end as usize);
        out.push_str(&text[copied..start]);
        out.push_str("**");
        out.push_str(&text[start..end]);
        out.push_str("**");
        copied = end;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::PassageId;
    use crate::knowledge::Reason;
    use crate::test_support::shipped_knowledge as knowledge;

    /// The prepared quotes and highlights are the plain functions' own, for every passage and rule quote
    /// under queries made of each passage's words (and none).
    #[test]
    fn prepared_quotes_match_the_plain_functions() {
        let k = knowledge();
        let stemmer = Stemmer::default();
        let prepared = Prepared::build(k, &stemmer);
        let words: Vec<Vec<String>> = k
            .passages
            .iter()
            .map(|p| {
                crate::understand::normalize::tokenize(&normalize(&p.text), &stemmer)
                    .into_iter()
                    .map(|t| t.stem.to_string())
                    .collect()
            })
            .collect();
        let mut queries: Vec<HashSet<&str>> = vec![HashSet::default()];
        for stems in &words {
            for chunk in stems.chunks(6) {
                queries.push(chunk.iter().map(String::as_str).collect());
            }
        }
        let reasons: Vec<&Reason> = k
            .rules
            .iter()
            .flat_map(|r| &r.reasons)
            .chain(k.timing.iter().flat_map(|t| &t.reasons))
            .collect();
        for stems in &queries {
            let query = Query::new(stems.clone(), &prepared);
            for (i, p) in k.passages.iter().enumerate() {
                let plain = best_sentence(&p.text, stems, &stemmer).0;
                let (quote, sentence) = prepared.best_quote(PassageId(i), &p.text, &query);
                assert_eq!(quote, plain, "passage {i}, query {stems:?}");
                let sentence = sentence.expect("every shipped passage has a sentence");
                assert_eq!(
                    highlight_prepared(&quote, &sentence.quote_stems, &query),
                    highlight(&plain, stems, &stemmer),
                    "passage {i}, query {stems:?}"
                );
            }
            for r in &reasons {
                assert_eq!(
                    highlight_prepared(&r.quote, &prepared.reason_quotes[&r.quote], &query),
                    highlight(&r.quote, stems, &stemmer),
                    "{}",
                    r.quote
                );
            }
        }
    }

    #[test]
    fn highlight_bolds_shared_stems_only() {
        let stemmer = Stemmer::default();
        let query: HashSet<&str> = ["compress", "knee"].into_iter().collect();
        assert_eq!(
            highlight(
                "adds to the compression at the knee joint.",
                &query,
                &stemmer
            ),
            "adds to the **compression** at the **knee** joint."
        );
    }
}

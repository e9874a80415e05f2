//! The understanding's regular expressions, compiled with ASCII word classes.
//!
//! Why: `\b`, `\w`, `\d` and `\s` are Unicode-aware by default, which makes every pattern's automaton many
//! times larger. Compiling them took most of a cold start, and the lazy DFA kept rebuilding states for them
//! on warm answers. Questions are normalised to lower-case ASCII almost always (accents folded, quotes and
//! dashes made plain), and on ASCII text the ASCII classes match exactly what the Unicode ones do. Letters
//! outside ASCII (Cyrillic, CJK) count as non-word characters here, which only matters next to them.

use regex::{Regex, RegexSet};

/// A list of patterns asked one question, "does any of them match?", in one pass over the text (a
/// `RegexSet`) rather than one pass per pattern. The patterns are compiled one by one only if a caller
/// wants the matches themselves, so loading pays for one compilation, not two.
#[derive(Debug)]
pub struct AnyOf {
    set: RegexSet,
    each: std::sync::OnceLock<Vec<Regex>>,
}

impl AnyOf {
    /// The set of `patterns`, or each pattern that does not compile (by position) with its error.
    pub fn new(patterns: &[&str]) -> Result<AnyOf, Vec<(usize, regex::Error)>> {
        let converted: Vec<String> = patterns.iter().map(|p| ascii_classes(p)).collect();
        match RegexSet::new(&converted) {
            Ok(set) => Ok(AnyOf {
                set,
                each: std::sync::OnceLock::new(),
            }),
            Err(set_error) => {
                let each: Vec<(usize, regex::Error)> = converted
                    .iter()
                    .enumerate()
                    .filter_map(|(i, p)| Regex::new(p).err().map(|e| (i, e)))
                    .collect();
                // Every pattern compiles alone but not together (the set is over a size limit): the list
                // as a whole is the problem, reported at its first pattern.
                Err(if each.is_empty() {
                    vec![(0, set_error)]
                } else {
                    each
                })
            }
        }
    }

    /// Whether any pattern matches `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.set.is_match(text)
    }

    /// Which patterns (by position) match somewhere in `text`. Speed: most texts match none, and a pass that
    /// stops at the first match is several times cheaper than the pass that finds every pattern matching.
    pub fn which(&self, text: &str) -> Which {
        Which {
            matches: self.set.is_match(text).then(|| self.set.matches(text)),
            len: self.set.len(),
        }
    }

    /// Where each pattern matches in `text`, as byte ranges (pattern by pattern, not in text order).
    /// Speed: the set's one pass says which patterns can match (most texts match none), so only those
    /// search the text again for where.
    pub fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        let each = self.matching(text);
        each.into_iter()
            .flat_map(|r| r.find_iter(text).map(|m| (m.start(), m.end())))
            .collect()
    }

    /// The patterns that match somewhere in `text`, in list order.
    fn matching(&self, text: &str) -> Vec<&Regex> {
        if !self.set.is_match(text) {
            return Vec::new();
        }
        let all = self.iter().as_slice();
        self.set.matches(text).iter().map(|i| &all[i]).collect()
    }

    /// The earliest match of any pattern in `text` (of those starting there, the longest).
    pub fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.matching(text)
            .into_iter()
            .filter_map(|r| r.find(text))
            .min_by_key(|m| (m.start(), std::cmp::Reverse(m.end())))
    }

    /// `text` with what each pattern matches (pattern by pattern) replaced by `with`: what is left once
    /// these words are set aside.
    pub fn blank_out(&self, text: &str, with: &str) -> String {
        let mut rest = text.to_string();
        // Each pattern runs on what the ones before it left, where a new match can appear, so only the
        // common case of no match at all is cut short.
        if !self.set.is_match(text) {
            return rest;
        }
        for r in self.iter() {
            if let std::borrow::Cow::Owned(replaced) = r.replace_all(&rest, with) {
                rest = replaced;
            }
        }
        rest
    }

    /// The patterns one by one, compiled on first use.
    pub fn iter(&self) -> std::slice::Iter<'_, Regex> {
        self.each
            .get_or_init(|| {
                self.set
                    .patterns()
                    .iter()
                    .map(|p| Regex::new(p).expect("a pattern of a compiled set compiles"))
                    .collect()
            })
            .iter()
    }
}

/// Which patterns of an [`AnyOf`] match a text.
#[derive(Debug)]
pub struct Which {
    /// `None` when none matches.
    matches: Option<regex::SetMatches>,
    len: usize,
}

impl Which {
    /// Whether pattern `i` matches.
    pub fn matched(&self, i: usize) -> bool {
        self.matches.as_ref().is_some_and(|m| m.matched(i))
    }

    /// Whether any pattern matches.
    pub fn matched_any(&self) -> bool {
        self.matches.is_some()
    }

    /// How many patterns the set has.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the set has no patterns.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The positions of the patterns that match, in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.matches.iter().flat_map(|m| m.iter())
    }
}

impl Default for AnyOf {
    fn default() -> AnyOf {
        AnyOf::new(&[]).expect("the empty set compiles")
    }
}

/// The same matches as `re.captures_iter(text)`, found first without groups (the fast engines) and then
/// read with their groups only where there is a match. Speed: a pattern that can start at every "a" or
/// "an" ("a week", "an hour") would otherwise run the slower group-reading engine over the whole text.
pub fn captures_found<'r, 't>(
    re: &'r Regex,
    text: &'t str,
) -> impl Iterator<Item = regex::Captures<'t>> + use<'r, 't> {
    re.find_iter(text)
        .filter_map(move |m| re.captures_at(text, m.start()))
}

/// Compiles `pattern` with `\b \B \w \W \d \D \s \S` outside character classes made ASCII-only.
pub fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&ascii_classes(pattern))
}

/// Patterns already compiled one by one, as one set: a single pass says which of them can match.
pub fn set_of(patterns: &[Regex]) -> RegexSet {
    RegexSet::new(patterns.iter().map(Regex::as_str))
        .expect("patterns that compiled one by one compile as a set")
}

/// Patterns each with a tag (the topic an exercise description names, the position a limit is about),
/// and the same patterns as one set. Speed: most questions match none of them, and one pass over the text
/// says which can match, where a pass per pattern would scan the text once for each.
#[derive(Debug)]
pub struct Tagged<T> {
    each: Vec<(T, Regex)>,
    /// `None` when the patterns are too many to compile as one set: then each pattern is tried on its own,
    /// rather than the knowledge failing to load.
    set: Option<RegexSet>,
}

impl<T> Tagged<T> {
    /// The list of `each`, with its set.
    pub fn new(each: Vec<(T, Regex)>) -> Tagged<T> {
        let set = RegexSet::new(each.iter().map(|(_, r)| r.as_str())).ok();
        Tagged { each, set }
    }

    /// The tagged patterns that match somewhere in `text`, in list order.
    pub fn matching<'a>(&'a self, text: &'a str) -> Box<dyn Iterator<Item = &'a (T, Regex)> + 'a> {
        match &self.set {
            // Speed: most texts match none of the patterns, and a pass that stops at the first match is
            // several times cheaper than the pass that finds every pattern that matches.
            Some(set) if !set.is_match(text) => Box::new(std::iter::empty()),
            Some(set) => {
                let hits = set.matches(text);
                Box::new(hits.into_iter().map(move |i| &self.each[i]))
            }
            None => Box::new(self.each.iter().filter(move |(_, r)| r.is_match(text))),
        }
    }
}

/// `pattern` with the Perl classes and word boundaries outside `[...]` wrapped as `(?-u:…)`. Inside a
/// bracket class they stay as written (a class cannot hold a group).
fn ascii_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut class_depth = 0usize;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(next) = chars.next() else {
                    out.push(c);
                    break;
                };
                if class_depth == 0 && matches!(next, 'b' | 'B' | 'w' | 'W' | 'd' | 'D' | 's' | 'S')
                {
                    out.push_str("(?-u:\\");
                    out.push(next);
                    out.push(')');
                } else {
                    out.push(c);
                    out.push(next);
                }
            }
            '[' => {
                class_depth += 1;
                out.push(c);
                // A `]` (or `^]`) right after the opening bracket is a literal, not the end of the class.
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap_or('^'));
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap_or(']'));
                }
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// `phrases` lower-cased, escaped and joined as alternatives (blank ones left out); `None` for none.
fn alternation_of(phrases: &[String]) -> Option<String> {
    let alternatives: Vec<String> = phrases
        .iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| regex::escape(&p.to_lowercase()))
        .collect();
    (!alternatives.is_empty()).then(|| alternatives.join("|"))
}

/// One pattern matching any of `phrases` as whole words (none for an empty list).
pub fn whole_words_of(phrases: &[String]) -> Option<regex::Regex> {
    regex::Regex::new(&format!(r"\b(?:{})\b", alternation_of(phrases)?)).ok()
}

/// One pattern matching any of `phrases` wherever it stands, inside a word or not (none for an empty
/// list): a quick first check that can only say yes too often, never no wrongly.
pub fn anywhere_of(phrases: &[String]) -> Option<regex::Regex> {
    regex::Regex::new(&alternation_of(phrases)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick first check says yes wherever a phrase stands, inside a word too, and treats the
    /// phrases as plain text, not as patterns.
    #[test]
    fn anywhere_of_finds_phrases_inside_words_and_as_plain_text() {
        let any = anywhere_of(&["wait no".to_string(), "edit".to_string(), "a.b".to_string()])
            .expect("phrases compile");
        assert!(any.is_match("ok wait no it was 3 months"));
        assert!(any.is_match("(edited)"));
        assert!(any.is_match("creditor"));
        assert!(!any.is_match("axb"));
        assert!(!any.is_match("3 weeks ago"));
        assert!(anywhere_of(&[]).is_none());
        assert!(anywhere_of(&[String::new()]).is_none());
    }

    #[test]
    fn rewrites_classes_outside_brackets_only() {
        assert_eq!(ascii_classes(r"\bknee\b"), r"(?-u:\b)knee(?-u:\b)");
        assert_eq!(ascii_classes(r"( \w+){0,2}"), r"( (?-u:\w)+){0,2}");
        assert_eq!(ascii_classes(r"[^.?!\s]\d"), r"[^.?!\s](?-u:\d)");
        assert_eq!(ascii_classes(r"[]\w]x\\b"), r"[]\w]x\\b");
        assert_eq!(ascii_classes(r"a\.b"), r"a\.b");
    }

    /// The tagged patterns that match, in list order, with the set and without it (patterns too many for
    /// one set are tried one by one).
    #[test]
    fn tagged_patterns_that_match_are_found_with_or_without_the_set() {
        let each = || -> Vec<(usize, Regex)> {
            [
                r"\bkneel",
                r"\bon all fours\b",
                r"\blie flat\b",
                r"\bkneeling\b",
            ]
            .iter()
            .enumerate()
            .map(|(i, p)| (i, compile(p).unwrap()))
            .collect()
        };
        let with_set = Tagged::new(each());
        let without = Tagged {
            each: each(),
            set: None,
        };
        for (text, want) in [
            ("i can not kneel or get on all fours", vec![0, 1]),
            ("kneeling hurts", vec![0, 3]),
            ("nothing here", vec![]),
        ] {
            for tagged in [&with_set, &without] {
                let got: Vec<usize> = tagged.matching(text).map(|&(i, _)| i).collect();
                assert_eq!(got, want, "{text}");
            }
        }
    }

    #[test]
    fn matches_as_the_unicode_pattern_does_on_ascii_text() {
        let patterns = [
            r"\b(can not|unable to)\b( \w+){0,2} (put|bear) weight\b",
            r"\b(?P<n>\d{1,2}) ?/ ?(?P<of>52|12|7)\b",
            r"\bplaylists?\b|\b(where|find)\b[^.?!]{0,40}\b(videos?)\b",
            r"instead\s*[?.!]*\s*$",
        ];
        let texts = [
            "i can not even put weight on it",
            "week 3/12 after surgery, 10/52",
            "where can i find more videos? playlist",
            "what should i do instead ?!",
            "unable_to put weight",
        ];
        for p in patterns {
            let (unicode, ascii) = (Regex::new(p).unwrap(), compile(p).unwrap());
            for t in texts {
                let a: Vec<_> = unicode.find_iter(t).map(|m| m.range()).collect();
                let b: Vec<_> = ascii.find_iter(t).map(|m| m.range()).collect();
                assert_eq!(a, b, "{p} on {t}");
            }
        }
    }
}

//! A video's transcript, as YouTube gives it (plain text, `.srt` or `.vtt`), into the text of a source file:
//! front matter, then passages of a few sentences each, split at natural breaks (the transcript's own
//! paragraphs where it has any), each opening with the moment it is said when the transcript has times.
//! Pure: the door (`add_source`) reads and writes the files.

use super::sources::{clock_seconds, moment_label};

/// How the transcript is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Srt,
    Vtt,
}

impl Format {
    /// From a file name's extension; anything else is plain text.
    pub fn of(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".srt") {
            Format::Srt
        } else if lower.ends_with(".vtt") {
            Format::Vtt
        } else {
            Format::Text
        }
    }
}

/// A stretch of the transcript and when it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub start: Option<u32>,
    pub text: String,
    /// A paragraph break in the transcript follows this cue.
    pub ends_paragraph: bool,
}

/// A passage aims at this many words and never passes the upper bound unless one sentence does.
const PASSAGE_WORDS: usize = 70;
const PASSAGE_MAX_WORDS: usize = 120;
/// Cues starting this long after the previous one begin a new passage.
const PAUSE_SECONDS: u32 = 30;

pub fn cues(text: &str, format: Format) -> Vec<Cue> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim_start_matches('\u{feff}');
    match format {
        Format::Text => text_cues(text),
        Format::Srt | Format::Vtt => timed_cues(text),
    }
}

/// Plain text: YouTube's "Show transcript" copy (a time line, then the words said from then), or the
/// text's paragraphs when it has blank lines, else its lines, else one wall of text.
fn text_cues(text: &str) -> Vec<Cue> {
    let timed = youtube_panel_cues(text);
    if !timed.is_empty() {
        return timed;
    }
    let has_paragraphs = text.contains("\n\n");
    text.split(if has_paragraphs { "\n\n" } else { "\n" })
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|p| Cue {
            start: None,
            text: p,
            ends_paragraph: has_paragraphs,
        })
        .collect()
}

/// Lines that are only a time (`0:00`, `1:23`, `1:02:03`), or start with one, date the words after them.
/// Empty unless most of the text is dated that way: a transcript that merely mentions "at 1:23" is not.
fn youtube_panel_cues(text: &str) -> Vec<Cue> {
    let mut cues: Vec<Cue> = Vec::new();
    let mut dated_lines = 0;
    let mut lines = 0;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        let (stamp, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        match clock_seconds(stamp) {
            Some(start) => {
                dated_lines += 1;
                cues.push(Cue {
                    start: Some(start),
                    text: rest.trim().to_string(),
                    ends_paragraph: false,
                });
            }
            None => match cues.last_mut() {
                Some(cue) => {
                    if !cue.text.is_empty() {
                        cue.text.push(' ');
                    }
                    cue.text.push_str(line);
                }
                None => cues.push(Cue {
                    start: None,
                    text: line.to_string(),
                    ends_paragraph: false,
                }),
            },
        }
    }
    // Every cue a time line and its words: about half the lines are times, or every line starts with one.
    if lines == 0 || dated_lines * 3 < lines {
        return Vec::new();
    }
    cues.retain(|c| !c.text.is_empty());
    cues
}

/// `.srt` and `.vtt`: blocks with a `start --> end` line; numbers, ids, headers, notes and styling dropped.
/// Auto-generated captions repeat each line as the next one scrolls in: a line equal to the previous
/// cue's last line is dropped.
fn timed_cues(text: &str) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    let mut last_line = String::new();
    for block in text.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let Some(timing) = lines.iter().position(|l| l.contains("-->")) else {
            continue;
        };
        let start = lines[timing]
            .split("-->")
            .next()
            .and_then(|s| seconds_of(s.trim()));
        let mut words = Vec::new();
        for line in &lines[timing + 1..] {
            let line = strip_tags(line);
            if line.is_empty() || line == last_line {
                continue;
            }
            words.push(line.clone());
            last_line = line;
        }
        if words.is_empty() {
            continue;
        }
        out.push(Cue {
            start,
            text: words.join(" "),
            ends_paragraph: false,
        });
    }
    out
}

/// `00:01:23,456`, `01:23.456` or `1:23` → 83.
fn seconds_of(stamp: &str) -> Option<u32> {
    let stamp = stamp.split_whitespace().next()?;
    clock_seconds(stamp.split([',', '.']).next()?)
}

/// Caption markup (`<c>`, `<00:00:01.000>`, `<i>`) and `[Music]`-style sound notes out.
fn strip_tags(line: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '<' => depth += 1,
            '>' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if out.starts_with('[') && out.ends_with(']') {
        String::new()
    } else {
        out
    }
}

/// Passages of a few sentences, each with the moment its first words are said.
pub fn passages(cues: &[Cue]) -> Vec<(Option<u32>, String)> {
    let mut out = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut start: Option<u32> = None;
    let mut previous_start: Option<u32> = None;
    for cue in cues {
        // A long silence (or a cut in the video) between two cues is a natural break.
        let pause =
            matches!((previous_start, cue.start), (Some(a), Some(b)) if b >= a + PAUSE_SECONDS);
        if pause && !current.is_empty() {
            out.push((start, current.join(" ")));
            current.clear();
        }
        previous_start = cue.start.or(previous_start);
        for sentence in sentences(&cue.text) {
            let words: Vec<String> = sentence.split_whitespace().map(str::to_string).collect();
            let would_be = current.len() + words.len();
            if !current.is_empty()
                && (current.len() >= PASSAGE_WORDS || would_be > PASSAGE_MAX_WORDS)
            {
                out.push((start, current.join(" ")));
                current.clear();
            }
            if current.is_empty() {
                // A passage starting mid-cue is dated by its cue: within a few seconds.
                start = cue.start;
            }
            current.extend(words);
        }
        if cue.ends_paragraph && !current.is_empty() {
            out.push((start, current.join(" ")));
            current.clear();
        }
    }
    if !current.is_empty() {
        out.push((start, current.join(" ")));
    }
    out
}

/// Sentences end at `.`, `!` or `?` before a space; text without any is one sentence, cut at
/// [`PASSAGE_MAX_WORDS`] words (auto captions have no punctuation).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let next_is_space = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if matches!(c, '.' | '!' | '?') && next_is_space {
            out.push(current.trim().to_string());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out.into_iter()
        .flat_map(|s| {
            let words: Vec<&str> = s.split_whitespace().collect();
            words
                .chunks(PASSAGE_MAX_WORDS)
                .map(|c| c.join(" "))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A source id from a title: lower case, words joined by `-`, at most 60 characters.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in title
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.len() + word.len() + 1 > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

/// What `add-source` writes: the front matter and the passages.
pub struct NewSource<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub url: &'a str,
    pub conditions: &'a [String],
}

pub fn source_file(source: &NewSource, passages: &[(Option<u32>, String)]) -> String {
    let quoted = |s: &str| toml::Value::String(s.to_string()).to_string();
    let conditions: Vec<String> = source.conditions.iter().map(|c| quoted(c)).collect();
    let mut out = format!(
        "+++\nid = {}\ntitle = {}\nkind = \"video transcript\"\nurl = {}\nconditions = [{}]\n+++\n",
        quoted(source.id),
        quoted(source.title),
        quoted(source.url),
        conditions.join(", ")
    );
    for (start, text) in passages {
        out.push('\n');
        if let Some(seconds) = start {
            out.push_str(&moment_label(*seconds));
            out.push(' ');
        }
        out.push_str(text);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::sources::paragraphs;

    const SRT: &str = "1\r\n00:00:01,000 --> 00:00:04,000\r\nStep-ups are a great exercise.\r\n\r\n2\r\n00:01:23,500 --> 00:01:27,000\r\nStart with a four to six inch step.\r\n";
    const VTT: &str = "WEBVTT\nKind: captions\n\nNOTE made by hand\n\n00:00:01.000 --> 00:00:03.000 align:start\n<c>so today</c> we do step ups\n\n00:00:03.000 --> 00:00:05.000\nso today we do step ups\nstart low <00:00:04.100><c>and slow</c>\n\n00:00:05.000 --> 00:00:06.000\n[Music]\n";

    #[test]
    fn srt_and_vtt_keep_their_times_and_drop_their_markup() {
        let srt = cues(SRT, Format::Srt);
        assert_eq!(srt.len(), 2);
        assert_eq!(
            (srt[1].start, srt[1].text.as_str()),
            (Some(83), "Start with a four to six inch step.")
        );
        let vtt = cues(VTT, Format::Vtt);
        let text: Vec<&str> = vtt.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            text,
            ["so today we do step ups", "start low and slow"],
            "rolling captions once, no [Music]"
        );
        assert_eq!(vtt[1].start, Some(3));
    }

    #[test]
    fn plain_text_splits_at_its_paragraphs_or_into_passages_of_a_few_sentences() {
        let with_paragraphs = cues("First idea here.\n\nSecond idea.", Format::Text);
        assert_eq!(passages(&with_paragraphs).len(), 2);
        let sentence = "This is one sentence of about ten words in total. ";
        let wall = sentence.repeat(40);
        let split = passages(&cues(&wall, Format::Text));
        assert!(split.len() >= 4, "{}", split.len());
        for (start, text) in &split {
            assert_eq!(*start, None);
            let words = text.split_whitespace().count();
            assert!(
                (PASSAGE_WORDS..=PASSAGE_MAX_WORDS).contains(&words)
                    || text == &split.last().unwrap().1
            );
            assert!(text.ends_with('.'), "passages end at a sentence: {text}");
        }
        let captions = "word ".repeat(500);
        assert!(passages(&cues(&captions, Format::Text))
            .iter()
            .all(|(_, t)| t.split_whitespace().count() <= PASSAGE_MAX_WORDS));
    }

    #[test]
    fn youtubes_transcript_panel_keeps_its_times() {
        let panel = "0:00\nso today we're doing step ups\n0:05\nfor your knees\n1:23\nstart with a low step\nfour to six inches\n";
        let got = cues(panel, Format::Text);
        let starts: Vec<Option<u32>> = got.iter().map(|c| c.start).collect();
        assert_eq!(starts, [Some(0), Some(5), Some(83)]);
        assert_eq!(got[2].text, "start with a low step four to six inches");
        let same_line = cues("0:00 so today\n0:05 for your knees", Format::Text);
        assert_eq!(
            same_line[1],
            Cue {
                start: Some(5),
                text: "for your knees".into(),
                ends_paragraph: false
            }
        );
        let prose = cues(
            "Start at 1:23 on the clock.\nThen rest.\nThen go again.",
            Format::Text,
        );
        assert!(
            prose.iter().all(|c| c.start.is_none()),
            "a time inside prose dates nothing"
        );
    }

    #[test]
    fn the_source_file_reads_back_as_the_same_passages() {
        let parts = passages(&cues(SRT, Format::Srt));
        let file = source_file(
            &NewSource {
                id: "step-ups",
                title: "How To Do \"Step-Ups\"",
                url: "https://www.youtube.com/watch?v=x",
                conditions: &["knee_osteoarthritis".into()],
            },
            &parts,
        );
        let body = file.splitn(3, "+++\n").nth(2).unwrap();
        assert_eq!(paragraphs(body), parts);
        let front: crate::knowledge::files::SourceFrontMatter =
            toml::from_str(file.split("+++\n").nth(1).unwrap()).unwrap();
        assert_eq!(front.title, "How To Do \"Step-Ups\"");
        assert_eq!(
            front.url.as_deref(),
            Some("https://www.youtube.com/watch?v=x")
        );
        assert_eq!(
            slug("How To Do Step-Ups For Knee Pain!"),
            "how-to-do-step-ups-for-knee-pain"
        );
    }
}

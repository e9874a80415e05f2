//! `knowledge/sources/*.md`: one file per video or article, front matter between `+++` lines (id, title,
//! url, conditions), then the text, one passage per paragraph. A passage may start with the moment it is
//! said in the video, `[1:23]` or `[1:02:03]`, so a citation can open the video there.

use super::files::SourceFrontMatter;
use super::problems::Problems;
use super::Passage;
use crate::error::KnowledgeError;
use crate::text::normalize::normalize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// One source file as read: its path and text (for line numbers) and its front matter.
pub(crate) type SourceFile = ((PathBuf, String), SourceFrontMatter);

/// Reads every `*.md` in `sources/`, sorted by name so passage ids are stable. Other files are warned about:
/// a transcript saved as `.txt` is otherwise silently left out.
pub(crate) fn load_sources(dir: &Path, problems: &mut Problems) -> (Vec<SourceFile>, Vec<Passage>) {
    let entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            problems.errors.push(KnowledgeError::new(
                dir,
                None,
                format!("cannot read the sources folder ({e})"),
            ));
            return (vec![], vec![]);
        }
    };
    let (mut paths, others): (Vec<PathBuf>, Vec<PathBuf>) = entries
        .into_iter()
        .partition(|p| p.extension().is_some_and(|e| e == "md"));
    for other in others.iter().filter(|p| p.is_file()) {
        problems.warn(
            other,
            "",
            None,
            "not a source: only `.md` files here are read. For a transcript, run `kneebot add-source` on it \
             (it writes the .md), then remove this file",
        );
    }
    paths.sort();
    if paths.is_empty() {
        problems.errors.push(KnowledgeError::new(
            dir,
            None,
            "no source files (*.md) here: add the material first",
        ));
    }
    let mut sources: Vec<SourceFile> = Vec::new();
    let mut passages = Vec::new();
    let mut ids = HashSet::new();
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.errors.push(KnowledgeError::new(
                    &path,
                    None,
                    format!("cannot read it ({e})"),
                ));
                continue;
            }
        };
        let Some((front, body)) = front_matter(&path, &text, problems) else {
            continue;
        };
        if !ids.insert(front.id.clone()) {
            problems.add(
                &path,
                &text,
                Some(4),
                format!("source id `{}` is used twice", front.id),
            );
        }
        if let Some(url) = &front.url {
            if !crate::links::is_plain_link(url) {
                problems.add(
                    &path,
                    &text,
                    Some(4),
                    "url must be one https:// link with no spaces, quotes, brackets or parentheses",
                );
            }
        }
        let source = crate::ids::SourceId(sources.len());
        let before = passages.len();
        for (n, (start_seconds, para)) in paragraphs(body).into_iter().enumerate() {
            passages.push(Passage {
                id: format!("{}#{}", front.id, n + 1),
                source,
                text: para,
                start_seconds,
            });
        }
        if passages.len() == before {
            problems.add(
                &path,
                &text,
                None,
                "the source has no text after its front matter",
            );
        }
        sources.push(((path, text), front));
    }
    (sources, passages)
}

/// The front matter and the body after it; a problem reported when the file does not have that shape.
fn front_matter<'t>(
    path: &Path,
    text: &'t str,
    problems: &mut Problems,
) -> Option<(SourceFrontMatter, &'t str)> {
    let Some(rest) = text.strip_prefix("+++\n") else {
        problems.add(
            path,
            text,
            Some(0),
            "a source starts with front matter between `+++` lines (id, title, conditions)",
        );
        return None;
    };
    let Some(end) = rest.find("\n+++\n").or_else(|| rest.find("\n+++")) else {
        problems.add(
            path,
            text,
            Some(0),
            "the front matter has no closing `+++` line",
        );
        return None;
    };
    let front: SourceFrontMatter = match toml::from_str(&rest[..end]) {
        Ok(f) => f,
        Err(e) => {
            let offset = e.span().map(|s| s.start + 4).unwrap_or(0);
            problems.add(path, text, Some(offset), e.message().trim().to_string());
            return None;
        }
    };
    let body = rest[end..]
        .trim_start_matches('\n')
        .trim_start_matches("+++");
    Some((front, body))
}

/// Paragraphs (blank-line separated), spacing folded, each with the moment it starts when it opens with one.
pub(crate) fn paragraphs(body: &str) -> Vec<(Option<u32>, String)> {
    body.split("\n\n")
        .filter_map(|para| {
            let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
            let (start, text) = match split_moment(&para) {
                Some((seconds, rest)) => (Some(seconds), rest.trim().to_string()),
                None => (None, para),
            };
            (!text.is_empty()).then_some((start, text))
        })
        .collect()
}

/// `[1:23] text` → (83, "text"); `[1:02:03]` is hours too.
fn split_moment(para: &str) -> Option<(u32, &str)> {
    let inner = para.strip_prefix('[')?;
    let (stamp, rest) = inner.split_once(']')?;
    Some((clock_seconds(stamp)?, rest))
}

/// `1:23` → 83, `1:02:03` → 3723: digits and colons only, minutes and seconds under 60 after the first.
pub(crate) fn clock_seconds(stamp: &str) -> Option<u32> {
    if !stamp.contains(':') || !stamp.chars().all(|c| c.is_ascii_digit() || c == ':') {
        return None;
    }
    let parts: Vec<u32> = stamp
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [m, s] if *s < 60 => Some(m * 60 + s),
        [h, m, s] if *m < 60 && *s < 60 => Some(h * 3600 + m * 60 + s),
        _ => None,
    }
}

/// `[m:ss]` or `[h:mm:ss]`, the form [`paragraphs`] reads back.
pub fn moment_label(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("[{h}:{m:02}:{s:02}]")
    } else {
        format!("[{m}:{s:02}]")
    }
}

/// Folds text for quote matching: case, curly quotes and spacing do not matter.
pub(crate) fn fold(text: &str) -> String {
    let kept: String = normalize(text)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect();
    crate::text::single_spaced(&kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_quotes_and_spacing() {
        assert_eq!(fold("You’re  Probably\nOut"), fold("you're probably out"));
    }

    #[test]
    fn paragraphs_keep_their_moment() {
        let body =
            "[1:23] Start with a low step.\n\nNo moment here.\n\n[1:02:03]   Later on.\n\n[x] kept";
        assert_eq!(
            paragraphs(body),
            vec![
                (Some(83), "Start with a low step.".to_string()),
                (None, "No moment here.".to_string()),
                (Some(3723), "Later on.".to_string()),
                (None, "[x] kept".to_string()),
            ]
        );
        for seconds in [0, 59, 83, 3599, 3723] {
            let label = moment_label(seconds);
            assert_eq!(
                paragraphs(&format!("{label} a")),
                vec![(Some(seconds), "a".into())]
            );
        }
    }
}

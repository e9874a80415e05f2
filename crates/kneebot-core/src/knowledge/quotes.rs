//! The words a rule rests on: each reason's quote found, word for word (case, punctuation and spacing
//! folded), in a passage of the source it names; when it is not, the nearest span in that source and the
//! first word that differs, so a moderator can fix it.

use super::files::ReasonDef;
use super::problems::{nearest_span, Loaded, Problems};
use super::sources::fold;
use super::{Passage, Reason, Source};
use crate::ids::{PassageId, SourceId};

/// Finds each quote in its source's passages.
pub(crate) struct Quotes<'a> {
    pub sources: &'a [Source],
    pub passages: &'a [Passage],
    pub folded: Vec<String>,
    /// False when a source file failed to load: quotes citing it would only repeat that problem.
    pub sources_loaded: bool,
}

impl<'a> Quotes<'a> {
    pub fn new(sources: &'a [Source], passages: &'a [Passage], sources_loaded: bool) -> Quotes<'a> {
        Quotes {
            sources,
            passages,
            folded: passages.iter().map(|p| fold(&p.text)).collect(),
            sources_loaded,
        }
    }

    pub fn resolve(
        &self,
        reasons: &[ReasonDef],
        rfile: &Loaded,
        problems: &mut Problems,
    ) -> Vec<Reason> {
        let mut out = Vec::new();
        for r in reasons {
            let Some(source) = self
                .sources
                .iter()
                .position(|s| &s.id == r.source.get_ref())
                .map(SourceId)
            else {
                if self.sources_loaded {
                    let known: Vec<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
                    problems.add(
                        &rfile.path,
                        &rfile.text,
                        Some(r.source.span().start),
                        format!(
                            "source `{}` is not a file in sources/ (known: {})",
                            r.source.get_ref(),
                            known.join(", ")
                        ),
                    );
                }
                continue;
            };
            let quote = fold(r.quote.get_ref());
            // An empty quote is "in" every passage and proves nothing.
            if quote.is_empty() {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    Some(r.quote.span().start),
                    "the quote is empty: quote the words of the material this reason rests on",
                );
                continue;
            }
            let in_source = |i: &usize| self.passages[*i].source == source;
            match (0..self.passages.len())
                .find(|i| in_source(i) && self.folded[*i].contains(&quote))
            {
                Some(i) => out.push(Reason {
                    says: r.says.clone(),
                    passage: PassageId(i),
                    quote: r.quote.get_ref().clone(),
                }),
                None => {
                    let texts: Vec<&str> = (0..self.passages.len())
                        .filter(in_source)
                        .map(|i| self.folded[i].as_str())
                        .collect();
                    let hint = match nearest_span(&quote, &texts) {
                        Some((span, differs)) => {
                            format!(". Nearest in the source: \"{span}\" ({differs})")
                        }
                        None => String::new(),
                    };
                    problems.add(
                        &rfile.path,
                        &rfile.text,
                        Some(r.quote.span().start),
                        format!(
                            "the quote is not in source `{}`: quote the material word for word{hint}",
                            r.source.get_ref()
                        ),
                    );
                }
            }
        }
        out
    }
}

//! Retrieval: a tantivy index (stemmed English, BM25) over the passages, built once in memory at start-up
//! and read into each stem's postings; a question's search looks its stems up in them. The query is built
//! from the words that carry meaning plus the synonyms of what was understood, scored term at a time with
//! tantivy's BM25 over tantivy's own posting lists and field lengths (`scoring.rs`): no query parser, so no
//! user text can make a search fail, and stop words never match every passage.

mod scoring;

use crate::ids::PassageId;
use crate::knowledge::Knowledge;
use crate::text::normalize::normalize;
use scoring::{top_scores, Bm25, Impacts};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy};
use thiserror::Error;

#[derive(Debug, Error)]
#[error("could not build the search index: {0}")]
pub struct IndexError(#[from] tantivy::TantivyError);

/// A passage that matched, by index into `Knowledge::passages`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub passage: PassageId,
    pub score: f32,
}

/// The in-memory index, read once into what a search needs.
pub struct PassageIndex {
    /// Passage index of every document of the (one) segment, read from the `position` fast field once.
    positions: Vec<Option<usize>>,
    /// Speed: each stem of tantivy's dictionary with its postings, read from tantivy's postings and field
    /// lengths once at build time, so a question's search is a hash lookup per stem and one multiply-add
    /// per posting. The index is never written again, so they stay true.
    impacts: rustc_hash::FxHashMap<Box<str>, Impacts>,
    bm25: Bm25,
}

impl PassageIndex {
    /// Indexes every passage of `knowledge`.
    pub fn build(knowledge: &Knowledge) -> Result<PassageIndex, IndexError> {
        Self::build_from(knowledge.passages.iter().map(|p| p.text.as_str()))
    }

    /// Indexes arbitrary passage texts (the benchmarks use this for large generated corpora).
    pub fn build_from<'a>(
        passages: impl Iterator<Item = &'a str>,
    ) -> Result<PassageIndex, IndexError> {
        Self::build_committing_every(passages, usize::MAX).map(|(index, _, _)| index)
    }

    /// [`PassageIndex::build_from`], committing every `every` passages: each commit is a segment, as a
    /// large catalogue makes when it outgrows the writer's memory budget, so the merge path is tested.
    /// Also gives tantivy's reader and the text field (the tests compare rankings with tantivy's own); the
    /// engine drops them, and the index's memory with them, once the postings are read.
    fn build_committing_every<'a>(
        passages: impl Iterator<Item = &'a str>,
        every: usize,
    ) -> Result<(PassageIndex, IndexReader, Field), IndexError> {
        let mut schema = Schema::builder();
        let indexing = TextFieldIndexing::default()
            .set_tokenizer("en_stem")
            .set_index_option(IndexRecordOption::WithFreqs);
        let text = schema.add_text_field(
            "text",
            TextOptions::default().set_indexing_options(indexing),
        );
        let position = schema.add_u64_field("position", NumericOptions::default().set_fast());
        let index = Index::create_in_ram(schema.build());
        // One thread, and one segment (merged if the writer's memory budget split it): a single segment
        // searches fastest and keeps one term dictionary.
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
        // Segments are merged once, below, on purpose: the default policy would start merging them in the
        // background too, and the explicit merge then fails to find segments it already took.
        writer.set_merge_policy(Box::new(tantivy::merge_policy::NoMergePolicy));
        for (i, passage) in passages.enumerate() {
            writer.add_document(doc!(text => normalize(passage), position => i as u64))?;
            if (i + 1) % every == 0 {
                writer.commit()?;
            }
        }
        writer.commit()?;
        let segments = index.searchable_segment_ids()?;
        if segments.len() > 1 {
            writer.merge(&segments).wait()?;
        }
        writer.wait_merging_threads()?;
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let bm25 = Bm25::for_searcher(&searcher, text)?;
        let (positions, impacts) = match searcher.segment_readers() {
            [] => (Vec::new(), rustc_hash::FxHashMap::default()),
            [segment] => {
                let column = segment.fast_fields().u64("position")?;
                let positions = (0..segment.max_doc())
                    .map(|doc| column.first(doc).map(|p| p as usize))
                    .collect();
                (positions, bm25.impacts(segment, text)?)
            }
            more => {
                return Err(IndexError(tantivy::TantivyError::InternalError(format!(
                    "the index has {} segments after merging into one",
                    more.len()
                ))))
            }
        };
        let index = PassageIndex {
            positions,
            impacts,
            bm25,
        };
        Ok((index, reader, text))
    }

    /// BM25 search for weighted stems (already stemmed the way the index stems). Never fails on user input:
    /// an index error yields no hits.
    ///
    /// Scores are tantivy's own BM25 (as `Bm25Weight` computes it, boosted by each stem's weight as a
    /// `BoostQuery` of a `TermQuery` would be), summed term at a time into one score per document, then the
    /// best `limit` taken with ties to the lower document, as `TopDocs` does. Why not `BooleanQuery` +
    /// `TopDocs`: every passage of a large corpus made of one channel's words shares the common stems, so
    /// block-max WAND can skip almost nothing and pays its bookkeeping on every document; adding up
    /// precomputed postings straight through costs a tenth of that.
    pub fn search(&self, terms: &[(&str, f32)], limit: usize) -> Vec<Hit> {
        if terms.is_empty() || limit == 0 {
            return Vec::new();
        }
        // Ordered by word, so the scores are summed in the same order every run; a word given twice counts
        // once, with its highest weight. A weight that is not positive would only lower scores; the engine
        // never sends one.
        let mut weights: Vec<(&str, f32)> =
            terms.iter().copied().filter(|&(_, w)| w > 0.0).collect();
        weights.sort_unstable_by(|a, b| a.0.cmp(b.0).then(b.1.total_cmp(&a.1)));
        weights.dedup_by(|later, kept| later.0 == kept.0);
        let mut scores = vec![0.0f32; self.positions.len()];
        for (stem, weight) in weights {
            let Some(postings) = self.impacts.get(stem) else {
                continue;
            };
            postings.add_to(
                &mut scores,
                self.bm25.term_weight(postings.doc_freq(), weight),
            );
        }
        top_scores(&scores, limit)
            .into_iter()
            .filter_map(|(score, doc)| {
                let passage = self.positions.get(doc as usize).copied()??;
                Some(Hit {
                    passage: PassageId(passage),
                    score,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_passage_with_the_words() {
        let passages = [
            "Strengthening your hamstrings adds to the compression at the knee joint.",
            "Squats are another very functional exercise.",
            "Glute strength is of utmost importance.",
        ];
        let index = PassageIndex::build_from(passages.iter().copied()).unwrap();
        let hits = index.search(&[("squat", 1.0)], 3);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].passage, PassageId(1));
        let hits = index.search(&[("compress", 1.0), ("glute", 0.5)], 3);
        assert_eq!(hits[0].passage, PassageId(0));
        assert!(index.search(&[("pizza", 1.0)], 3).is_empty());
        assert!(index.search(&[], 3).is_empty());
    }

    /// A catalogue big enough to be written in several segments is merged into one and found alike.
    #[test]
    fn an_index_written_in_several_segments_loads_as_one() {
        let passages: Vec<String> = (0..500)
            .map(|i| format!("passage number {i} talks about exercise{i} and the knee"))
            .collect();
        let whole = PassageIndex::build_from(passages.iter().map(String::as_str)).unwrap();
        let split = PassageIndex::build_committing_every(passages.iter().map(String::as_str), 60)
            .unwrap()
            .0;
        for i in [0, 59, 60, 250, 499] {
            let stem = format!("exercise{i}");
            let (a, b) = (
                whole.search(&[(&stem, 1.0)], 3),
                split.search(&[(&stem, 1.0)], 3),
            );
            assert_eq!(b.len(), 1, "{stem}");
            assert_eq!(b[0].passage, PassageId(i));
            assert_eq!(a[0].passage, b[0].passage);
        }
    }

    /// The term-at-a-time search must rank and score exactly as tantivy's own `BooleanQuery` of boosted
    /// `TermQuery`s collected with `TopDocs` does (scores may differ in the last bits: the sums are added in
    /// another order).
    /// The block-skipping scan keeps what a plain scan keeps: the best, ties to the lower document, no
    /// score of zero, across block edges and with fewer positive scores than asked for.
    #[test]
    fn ranks_as_tantivys_boolean_query() {
        use tantivy::collector::TopDocs;
        use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
        use tantivy::Term;
        let sentences = [
            "Strengthening your hamstrings adds to the compression at the knee joint.",
            "Squats are another very functional exercise for the knee.",
            "Glute strength is of utmost importance for knee pain.",
            "Hamstring curls after an ACL reconstruction need the surgeon's say.",
            "Walk, then squat, then curl: the knee likes a slow start.",
        ];
        // Many passages with repeated words, so scores tie and lengths vary.
        let passages: Vec<String> = (0..300)
            .map(|i| {
                (0..1 + i % 4)
                    .map(|j| sentences[(i * 7 + j * 3) % sentences.len()])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let (index, reader, text) =
            PassageIndex::build_committing_every(passages.iter().map(String::as_str), usize::MAX)
                .unwrap();
        let queries: [&[(&str, f32)]; 4] = [
            &[("knee", 1.0)],
            &[("hamstr", 1.0), ("curl", 0.5), ("acl", 1.0)],
            &[
                ("squat", 0.5),
                ("glute", 1.0),
                ("pizza", 1.0),
                ("knee", 0.5),
            ],
            &[("compress", 1.0), ("walk", 1.0), ("start", 0.5)],
        ];
        for terms in queries {
            let clauses: Vec<(Occur, Box<dyn Query>)> = terms
                .iter()
                .map(|(t, w)| {
                    let q = TermQuery::new(
                        Term::from_field_text(text, t),
                        IndexRecordOption::WithFreqs,
                    );
                    let q: Box<dyn Query> = Box::new(BoostQuery::new(Box::new(q), *w));
                    (Occur::Should, q)
                })
                .collect();
            let searcher = reader.searcher();
            let expected = searcher
                .search(
                    &BooleanQuery::new(clauses),
                    &TopDocs::with_limit(8).order_by_score(),
                )
                .unwrap();
            let got = index.search(terms, 8);
            assert_eq!(got.len(), expected.len(), "{terms:?}");
            for (hit, (score, address)) in got.iter().zip(&expected) {
                assert!(
                    (hit.score - score).abs() < 1e-4,
                    "{terms:?}: {hit:?} vs {score}"
                );
                // Equal scores may come in either order only if they are equal to the last bits.
                if hit.passage != PassageId(address.doc_id as usize) {
                    assert!(
                        (hit.score - score).abs() < 1e-5,
                        "{terms:?}: {hit:?} vs {address:?}"
                    );
                }
            }
        }
    }
}

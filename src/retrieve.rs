//! Retrieval: a tantivy index (stemmed English, BM25) over the passages, built once in memory at start-up,
//! and a search that takes a searcher per question. The query is built from the words that carry meaning
//! plus the synonyms of what was understood, as term queries: no query parser, so no user text can make a
//! search fail, and stop words never match every passage.

use crate::knowledge::Knowledge;
use crate::understand::normalize::normalize;
use std::collections::HashMap;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{doc, Index, IndexReader, ReloadPolicy, Term};
use thiserror::Error;

#[derive(Debug, Error)]
#[error("could not build the search index: {0}")]
pub struct IndexError(#[from] tantivy::TantivyError);

/// A passage that matched, by index into `Knowledge::passages`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub passage: usize,
    pub score: f32,
}

/// The in-memory index and the one reader kept for the program's life.
pub struct PassageIndex {
    reader: IndexReader,
    text: Field,
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
        // One thread and one segment: the corpus is small and a single segment searches fastest.
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for (i, passage) in passages.enumerate() {
            writer.add_document(doc!(text => normalize(passage), position => i as u64))?;
        }
        writer.commit()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(PassageIndex { reader, text })
    }

    /// BM25 search for weighted stems (already stemmed the way the index stems). Never fails on user input:
    /// an index error yields no hits.
    pub fn search(&self, terms: &[(&str, f32)], limit: usize) -> Vec<Hit> {
        if terms.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut weights: HashMap<&str, f32> = HashMap::new();
        for (t, w) in terms {
            let e = weights.entry(t).or_insert(0.0);
            *e = e.max(*w);
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::with_capacity(weights.len());
        for (term, weight) in weights {
            let q: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(self.text, term),
                IndexRecordOption::WithFreqs,
            ));
            let q: Box<dyn Query> = if (weight - 1.0).abs() > f32::EPSILON {
                Box::new(BoostQuery::new(q, weight))
            } else {
                q
            };
            clauses.push((Occur::Should, q));
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let Ok(top) = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score()) else {
            return Vec::new();
        };
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let segment = searcher.segment_reader(address.segment_ord);
            let Ok(column) = segment.fast_fields().u64("position") else {
                continue;
            };
            if let Some(position) = column.first(address.doc_id) {
                hits.push(Hit {
                    passage: position as usize,
                    score,
                });
            }
        }
        hits
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
        assert_eq!(hits[0].passage, 1);
        let hits = index.search(&[("compress", 1.0), ("glute", 0.5)], 3);
        assert_eq!(hits[0].passage, 0);
        assert!(index.search(&[("pizza", 1.0)], 3).is_empty());
        assert!(index.search(&[], 3).is_empty());
    }
}

//! Scoring for retrieval: BM25 as tantivy computes it, each stem's postings read once into what a search
//! adds up (a list of documents, or one value per document for a stem most documents hold), and the best
//! scores picked from all of them.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::Postings;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocSet, TERMINATED};

/// One stem's postings: each document's BM25 length part `tf / (tf + k1 * (1 - b + b * length / average))`.
pub(super) enum Impacts {
    /// (document, length part) for the documents that hold the stem.
    Sparse(Vec<(u32, f32)>),
    /// The length part of every document, 0 where the stem is absent: for a stem in at least an eighth of
    /// them (the common words most questions share), which adds up in one pass the processor does several
    /// lanes at a time, for at most four times its list's memory. Adding `weight * 0.0` leaves a score as
    /// it was, so scores come out the same to the bit.
    Dense { parts: Vec<f32>, doc_freq: u64 },
}

impl Impacts {
    pub(super) fn doc_freq(&self) -> u64 {
        match self {
            Impacts::Sparse(list) => list.len() as u64,
            Impacts::Dense { doc_freq, .. } => *doc_freq,
        }
    }

    /// Adds `weight` times each length part to its document's score.
    pub(super) fn add_to(&self, scores: &mut [f32], weight: f32) {
        match self {
            Impacts::Sparse(list) => {
                for &(doc, length_part) in list {
                    if let Some(score) = scores.get_mut(doc as usize) {
                        *score += weight * length_part;
                    }
                }
            }
            Impacts::Dense { parts, .. } => {
                for (score, &length_part) in scores.iter_mut().zip(parts) {
                    *score += weight * length_part;
                }
            }
        }
    }
}

/// Tantivy's BM25 (`tantivy::query::Bm25Weight`: k1 = 1.2, b = 0.75, the same operations in the same
/// order, so the same bits), with the length table computed once per index rather than once per term of
/// every question.
pub(super) struct Bm25 {
    doc_count: u64,
    /// `k1 * (1 - b + b * length / average length)` for each of tantivy's 256 encoded field lengths.
    length_part: [f32; 256],
}

impl Bm25 {
    const K1: f32 = 1.2;
    const B: f32 = 0.75;

    pub(super) fn for_searcher(
        searcher: &tantivy::Searcher,
        field: Field,
    ) -> tantivy::Result<Bm25> {
        let mut tokens = 0u64;
        let mut doc_count = 0u64;
        for segment in searcher.segment_readers() {
            tokens += segment.inverted_index(field)?.total_num_tokens();
            doc_count += u64::from(segment.max_doc());
        }
        let average = tokens as f32 / doc_count as f32;
        let mut length_part = [0.0f32; 256];
        for (id, part) in length_part.iter_mut().enumerate() {
            let length = FieldNormReader::id_to_fieldnorm(id as u8);
            *part = Self::K1 * (1.0 - Self::B + Self::B * length as f32 / average);
        }
        Ok(Bm25 {
            doc_count,
            length_part,
        })
    }

    /// `idf * (k1 + 1) * boost` for a stem found in `doc_freq` documents.
    pub(super) fn term_weight(&self, doc_freq: u64, boost: f32) -> f32 {
        let doc_freq = doc_freq.min(self.doc_count);
        let x = ((self.doc_count - doc_freq) as f32 + 0.5) / (doc_freq as f32 + 0.5);
        let weight = (1.0 + x).ln() * (1.0 + Self::K1);
        if boost == 1.0 {
            weight
        } else {
            weight * boost
        }
    }

    /// Every stem's postings in `segment`, by the stem.
    pub(super) fn impacts(
        &self,
        segment: &tantivy::SegmentReader,
        field: Field,
    ) -> tantivy::Result<rustc_hash::FxHashMap<Box<str>, Impacts>> {
        let inverted = segment.inverted_index(field)?;
        let norms = segment.get_fieldnorms_reader(field)?;
        let documents = segment.max_doc() as usize;
        let dictionary = inverted.terms();
        let mut impacts = rustc_hash::FxHashMap::default();
        impacts.reserve(dictionary.num_terms());
        let mut terms = dictionary.stream()?;
        while terms.advance() {
            // The stems come from normalised text, so they are UTF-8.
            let Ok(stem) = std::str::from_utf8(terms.key()) else {
                continue;
            };
            let info = terms.value();
            let mut postings =
                inverted.read_postings_from_terminfo(info, IndexRecordOption::WithFreqs)?;
            let mut list = Vec::with_capacity(info.doc_freq as usize);
            let mut doc = postings.doc();
            while doc != TERMINATED {
                let term_freq = postings.term_freq() as f32;
                let length = self.length_part[norms.fieldnorm_id(doc) as usize];
                list.push((doc, term_freq / (term_freq + length)));
                doc = postings.advance();
            }
            let entry = if list.len() * 8 >= documents {
                let mut parts = vec![0.0f32; documents];
                for &(doc, part) in &list {
                    if let Some(slot) = parts.get_mut(doc as usize) {
                        *slot = part;
                    }
                }
                Impacts::Dense {
                    parts,
                    doc_freq: list.len() as u64,
                }
            } else {
                Impacts::Sparse(list)
            };
            impacts.insert(stem.into(), entry);
        }
        Ok(impacts)
    }
}

/// The `limit` highest positive scores as `(score, document)`, best first, ties to the lower document.
pub(super) fn top_scores(scores: &[f32], limit: usize) -> Vec<(f32, u32)> {
    /// Scores looked at together: a block with none above the lowest kept is passed over whole.
    const BLOCK: usize = 16;
    let mut top: Vec<(f32, u32)> = Vec::with_capacity(limit + 1);
    // What a score must beat to enter: 0 until `limit` are kept, then the lowest kept (always positive).
    // Documents come in ascending order, so a later one enters only with a strictly higher score.
    let mut floor = 0.0f32;
    for (b, block) in scores.chunks(BLOCK).enumerate() {
        // Speed: one pass over the block without branches (the processor compares several at a time);
        // on a large corpus most blocks hold no score good enough once the list is full.
        if !block.iter().fold(false, |any, &s| any | (s > floor)) {
            continue;
        }
        for (i, &score) in block.iter().enumerate() {
            if score <= floor {
                continue;
            }
            let at = top.partition_point(|&(s, _)| s >= score);
            top.insert(at, (score, (b * BLOCK + i) as u32));
            top.truncate(limit);
            if top.len() == limit {
                floor = top[limit - 1].0;
            }
        }
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_scores_match_a_plain_scan() {
        fn plain(scores: &[f32], limit: usize) -> Vec<(f32, u32)> {
            let mut all: Vec<(f32, u32)> = scores
                .iter()
                .enumerate()
                .filter(|(_, &s)| s > 0.0)
                .map(|(d, &s)| (s, d as u32))
                .collect();
            all.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            all.truncate(limit);
            all
        }
        let mut seed = 7u64;
        for size in [0, 1, 15, 16, 17, 100, 1000] {
            // Few distinct values, many zeros: ties everywhere.
            let scores: Vec<f32> = (0..size)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 7) as f32 * 0.5
                })
                .collect();
            for limit in [1, 3, 8, 50] {
                assert_eq!(
                    top_scores(&scores, limit),
                    plain(&scores, limit),
                    "{size} {limit}"
                );
            }
        }
    }
}

//! Adding up a question's BM25 scores over the postings and taking the best documents. Stems are added
//! rarest first. Once the best `limit` scores so far are out of reach of every document that has none of
//! the stems still to add, the remaining stems are added only to the documents still within reach, found
//! by looking them up in the postings: in a large catalogue made of one channel's words the commonest stems
//! are in most passages, and a pass over each of their posting lists costs more than the rest of the
//! answer. Exact: the same documents with the same score bits as adding every stem to every document.

/// One stem of the question: its BM25 weight (`idf * (k1 + 1) * boost`) and its postings as (document,
/// length part), ascending by document.
pub(super) struct Term<'a> {
    pub weight: f32,
    pub postings: &'a [(u32, f32)],
    /// The largest length part in `postings`: `weight * max_part` is the most this stem adds to a document.
    pub max_part: f32,
}

/// How far an f32 sum of a few dozen positive terms may stray from the exact sum, relative, with room to
/// spare (each addition is off by at most 2^-24 of the result).
const ROUNDING: f32 = 1e-4;

/// Binary searches cost about this many posting steps each: pruning pays only when lookups times this
/// stays below the postings they save.
const LOOKUP_COST: usize = 12;

/// The `limit` highest positive scores over `documents` documents as `(score, document)`, best first, ties to
/// the lower document. `terms` come in a fixed order (by stem) and are added in a fixed order too, so the
/// same question scores the same every run.
pub(super) fn best(mut terms: Vec<Term>, documents: usize, limit: usize) -> Vec<(f32, u32)> {
    if terms.is_empty() || limit == 0 {
        return Vec::new();
    }
    // Stable: stems with as many postings keep their given order.
    terms.sort_by_key(|t| t.postings.len());
    // reach[j]: the most that the stems from j on can add to one document.
    let mut reach = vec![0.0f32; terms.len() + 1];
    for j in (0..terms.len()).rev() {
        reach[j] = reach[j + 1] + terms[j].weight * terms[j].max_part;
    }
    let mut scores = vec![0.0f32; documents];
    // Documents with a score, in the order first scored (every addition is positive).
    let mut scored: Vec<u32> = Vec::new();
    for (j, term) in terms.iter().enumerate() {
        // Worth a look only when this stem's postings outnumber the documents a look would read.
        if scored.len() >= limit && term.postings.len() > scored.len() {
            if let Some(top) = finish_within_reach(&scores, &scored, &terms[j..], reach[j], limit) {
                return top;
            }
        }
        for &(doc, part) in term.postings {
            if let Some(score) = scores.get_mut(doc as usize) {
                if *score == 0.0 {
                    scored.push(doc);
                }
                *score += term.weight * part;
            }
        }
    }
    top_of(
        scores
            .iter()
            .enumerate()
            .map(|(doc, &score)| (doc as u32, score)),
        limit,
    )
}

/// When the `limit`-th best score so far is beyond what `rest` can add to an unscored document, adds `rest`
/// to the documents that can still reach it and returns the best of them; `None` when that is not yet so
/// or would cost more than adding `rest` to everything.
fn finish_within_reach(
    scores: &[f32],
    scored: &[u32],
    rest: &[Term],
    reach: f32,
    limit: usize,
) -> Option<Vec<(f32, u32)>> {
    let mut so_far: Vec<f32> = scored.iter().map(|&d| scores[d as usize]).collect();
    let (_, &mut kth, _) = so_far.select_nth_unstable_by(limit - 1, |a, b| b.total_cmp(a));
    // Scores only grow, so at least `limit` documents end at `kth` or above: one that cannot reach it
    // cannot be among the best.
    let bar = kth * (1.0 - ROUNDING);
    let reach = reach * (1.0 + ROUNDING);
    if reach >= bar {
        return None;
    }
    let mut within: Vec<(u32, f32)> = scored
        .iter()
        .map(|&d| (d, scores[d as usize]))
        .filter(|&(_, s)| s + reach >= bar)
        .collect();
    let remaining: usize = rest.iter().map(|t| t.postings.len()).sum();
    if within.len() * rest.len() * LOOKUP_COST > remaining {
        return None;
    }
    within.sort_unstable_by_key(|&(d, _)| d);
    for term in rest {
        // Both ascending by document: each search starts where the last one ended.
        let mut from = 0;
        for (doc, score) in within.iter_mut() {
            from += term.postings[from..].partition_point(|&(d, _)| d < *doc);
            match term.postings.get(from) {
                Some(&(d, part)) if d == *doc => *score += term.weight * part,
                _ => {}
            }
        }
    }
    Some(top_of(within.into_iter(), limit))
}

/// The `limit` highest positive scores of `(document, score)` given in ascending document order, as
/// `(score, document)`, best first, ties to the lower document.
fn top_of(documents: impl Iterator<Item = (u32, f32)>, limit: usize) -> Vec<(f32, u32)> {
    let mut top: Vec<(f32, u32)> = Vec::with_capacity(limit + 1);
    for (doc, score) in documents {
        // Documents come in ascending order, so a later one enters only with a strictly higher score.
        if score <= 0.0 || (top.len() == limit && score <= top[limit - 1].0) {
            continue;
        }
        let at = top.partition_point(|&(s, _)| s >= score);
        top.insert(at, (score, doc));
        top.truncate(limit);
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every stem added to every document, the plain way.
    fn added_everywhere(terms: &[Term], documents: usize, limit: usize) -> Vec<(f32, u32)> {
        let mut order: Vec<&Term> = terms.iter().collect();
        order.sort_by_key(|t| t.postings.len());
        let mut scores = vec![0.0f32; documents];
        for term in order {
            for &(doc, part) in term.postings {
                scores[doc as usize] += term.weight * part;
            }
        }
        top_of(
            scores.iter().enumerate().map(|(d, &s)| (d as u32, s)),
            limit,
        )
    }

    /// A made-up catalogue: common stems in most documents, rare ones in few, length parts varying.
    fn postings(seed: u64, documents: u32) -> Vec<Vec<(u32, f32)>> {
        let mut state = seed;
        let mut next = move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as u32
        };
        (0..12)
            .map(|stem| {
                // Stem 0 is in nine documents of ten, stem 11 in about one of a thousand.
                let per_thousand = [900, 700, 500, 300, 150, 80, 40, 20, 10, 5, 2, 1][stem];
                let mut list = Vec::new();
                for doc in 0..documents {
                    if next() % 1000 < per_thousand {
                        list.push((doc, 0.2 + (next() % 600) as f32 / 1000.0));
                    }
                }
                list
            })
            .collect()
    }

    #[test]
    fn pruning_finds_what_adding_everything_finds() {
        let documents = 20_000;
        for seed in 1..40u64 {
            let lists = postings(seed, documents);
            // Questions of a few stems with weights as BM25 gives them: rarer stems weigh more.
            let picked: Vec<usize> = (0..12)
                .filter(|s| (seed >> (s % 6)) & 1 == 1 || *s == 0)
                .collect();
            let terms = || -> Vec<Term> {
                picked
                    .iter()
                    .map(|&s| Term {
                        weight: 0.3 + s as f32 * 0.4,
                        postings: &lists[s],
                        max_part: lists[s].iter().map(|p| p.1).fold(0.0, f32::max),
                    })
                    .collect()
            };
            for limit in [1, 8, 50] {
                let want = added_everywhere(&terms(), documents as usize, limit);
                let got = best(terms(), documents as usize, limit);
                assert_eq!(got, want, "seed {seed}, limit {limit}");
            }
        }
    }

    /// A rare heavy stem decides the best documents: the common light one is then looked up for them only.
    #[test]
    fn a_common_light_stem_is_looked_up_only_for_the_documents_within_reach() {
        let rare: Vec<(u32, f32)> = (0..20).map(|d| (d * 7 + d % 7, 0.5)).collect();
        let common: Vec<(u32, f32)> = (0..10_000).map(|d| (d, 0.2 + (d % 7) as f32 * 0.1)).collect();
        let mut scores = vec![0.0f32; 10_000];
        for &(d, part) in &rare {
            scores[d as usize] = 10.0 * part;
        }
        let scored: Vec<u32> = rare.iter().map(|p| p.0).collect();
        let rest = [Term {
            weight: 0.1,
            postings: &common,
            max_part: 0.8,
        }];
        let top = finish_within_reach(&scores, &scored, &rest, 0.08, 8).expect("pruned");
        assert_eq!(top.len(), 8);
        // The best are the rare stem's documents ranked by their common part, added up the plain way.
        let mut want: Vec<(f32, u32)> = scored
            .iter()
            .map(|&d| (5.0 + 0.1 * common[d as usize].1, d))
            .collect();
        want.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        want.truncate(8);
        assert_eq!(top, want);
        // With the common stem as heavy as the rare one, an unscored document could still win: no pruning.
        let heavy = [Term {
            weight: 10.0,
            postings: &common,
            max_part: 0.8,
        }];
        assert!(finish_within_reach(&scores, &scored, &heavy, 8.0, 8).is_none());
    }

    #[test]
    fn ties_go_to_the_lower_document_and_non_positive_scores_are_left_out() {
        let list = [(0, 0.5), (3, 0.5), (5, 0.25)];
        let terms = vec![Term {
            weight: 2.0,
            postings: &list,
            max_part: 0.5,
        }];
        assert_eq!(best(terms, 8, 2), vec![(1.0, 0), (1.0, 3)]);
        assert!(best(Vec::new(), 8, 2).is_empty());
    }
}

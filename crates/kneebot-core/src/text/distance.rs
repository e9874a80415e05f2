//! Edit distance for spelling correction: the optimal-string-alignment distance with an early stop, the
//! cheap letter-set bound that rules most lexicon words out before it, and how many typos a word may carry.

/// Edit distance with adjacent transpositions (optimal string alignment), stopping early past `max`.
pub fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    // Speed: typo correction calls this for thousands of lexicon words per unknown word. ASCII words (nearly
    // all) are compared as bytes, rejected on length before any work, and short ones use rows on the stack:
    // no allocation. The distance computed is the same.
    if a.is_ascii() && b.is_ascii() {
        if a.len().abs_diff(b.len()) > max || letter_bound(a.as_bytes(), b.as_bytes()) > max {
            return None;
        }
        const STACK: usize = 32;
        if b.len() < STACK {
            let mut rows = [[0usize; STACK]; 3];
            return osa_within(a.as_bytes(), b.as_bytes(), max, &mut rows);
        }
        return osa_within(a.as_bytes(), b.as_bytes(), max, &mut heap_rows(b.len()));
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    osa_within(&a, &b, max, &mut heap_rows(b.len()))
}

/// A lower bound of the edit distance, cheap to compute: how many distinct letters one word has that the
/// other lacks altogether (each needs at least one edit of its own; a transposition adds or removes none).
/// Letters are folded into 32 classes (`byte & 31`), which can only lower the bound, so it stays a bound.
fn letter_bound(a: &[u8], b: &[u8]) -> usize {
    letter_bound_of_masks(letter_mask(a), letter_mask(b))
}

/// The letter set [`letter_bound`] compares, for callers that compare one word with many.
pub fn letter_mask(word: &[u8]) -> u32 {
    word.iter().fold(0u32, |m, &c| m | 1 << (c & 31))
}

/// [`letter_bound`] of two words from their [`letter_mask`]s.
pub fn letter_bound_of_masks(a: u32, b: u32) -> usize {
    (a & !b).count_ones().max((b & !a).count_ones()) as usize
}

fn heap_rows(len: usize) -> [Vec<usize>; 3] {
    [vec![0; len + 1], vec![0; len + 1], vec![0; len + 1]]
}

/// The distance itself over any symbols; `rows` holds three rows of at least `b.len() + 1` cells.
fn osa_within<T: PartialEq, R: AsMut<[usize]>>(
    a: &[T],
    b: &[T],
    max: usize,
    rows: &mut [R; 3],
) -> Option<usize> {
    let width = b.len() + 1;
    let [prev2, prev, cur] = rows;
    let (mut prev2, mut prev, mut cur) = (
        &mut prev2.as_mut()[..width],
        &mut prev.as_mut()[..width],
        &mut cur.as_mut()[..width],
    );
    prev2.fill(0);
    for (j, cell) in prev.iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// How many typos a word of this length may carry and still be recognised. Short words must be exact:
/// "acl" one letter off is "all".
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        8..=11 => 2,
        // Long medical words are where people misspell most ("chondromacilia").
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_transpositions_and_stops_early() {
        assert_eq!(edit_distance_within("hamstirng", "hamstring", 2), Some(1));
        assert_eq!(edit_distance_within("menicus", "meniscus", 1), Some(1));
        assert_eq!(edit_distance_within("pizza", "squat", 2), None);
        assert_eq!(typo_budget(3), 0);
        assert_eq!(typo_budget(8), 2);
    }

    /// The plain optimal-string-alignment distance, with no shortcuts, to check the fast one against.
    fn reference_distance(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn fast_edit_distance_agrees_with_the_plain_one() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let letters = b"abcdeimnorst";
        for _ in 0..20_000 {
            let word = |next: &mut dyn FnMut(u64) -> u64| -> String {
                let len = 3 + next(8) as usize;
                (0..len)
                    .map(|_| letters[next(letters.len() as u64) as usize] as char)
                    .collect()
            };
            let a = word(&mut next);
            let b = if next(2) == 0 {
                word(&mut next)
            } else {
                let mut b: Vec<char> = a.chars().collect();
                let i = next(b.len() as u64) as usize;
                b[i] = letters[next(letters.len() as u64) as usize] as char;
                if i + 1 < b.len() && next(2) == 0 {
                    b.swap(i, i + 1);
                }
                b.into_iter().collect()
            };
            let want = reference_distance(&a, &b);
            for max in 0..3 {
                let got = edit_distance_within(&a, &b, max);
                assert_eq!(got, (want <= max).then_some(want), "{a} {b} max {max}");
            }
        }
    }
}

//! The words that tell which knee or leg a sentence is about (`vocabulary.toml` `[sides]`): read by the
//! understanding so an operation told of one knee does not set the clock for a question about the other.

use serde::Deserialize;

/// A side of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// `[sides]` as written, and as used: every word lower case, compared with a token's text.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sides {
    #[serde(default)]
    pub left: Vec<String>,
    #[serde(default)]
    pub right: Vec<String>,
    /// Words just after a side word that make it a side of the body ("left knee", "right leg", "the left
    /// one", "right TKR").
    #[serde(default)]
    pub parts: Vec<String>,
    /// Words just after such a part that make it a place on one knee, not a side of the body ("the right
    /// side of my knee").
    #[serde(default)]
    pub place_after: Vec<String>,
    /// Words just before a side word with no part after it that make it a side ("on my left was…", "while
    /// the left heals").
    #[serde(default)]
    pub before: Vec<String>,
    /// Words just after "the right" that make it "correct", not a side ("the right way", "the right time").
    #[serde(default)]
    pub not_after: Vec<String>,
}

impl Sides {
    /// Every word lower case, so the lists match a normalised token's text.
    pub(super) fn lowered(&self) -> Sides {
        let mut lowered = self.clone();
        for list in [
            &mut lowered.left,
            &mut lowered.right,
            &mut lowered.parts,
            &mut lowered.place_after,
            &mut lowered.before,
            &mut lowered.not_after,
        ] {
            for w in list.iter_mut() {
                *w = w.to_lowercase();
            }
        }
        lowered
    }

    /// The side a word names, if it is a side word.
    pub fn of(&self, word: &str) -> Option<Side> {
        if self.left.iter().any(|w| w == word) {
            Some(Side::Left)
        } else if self.right.iter().any(|w| w == word) {
            Some(Side::Right)
        } else {
            None
        }
    }
}

//! `playlists.toml`: a playlist per condition. A condition without one loads (with a warning); a playlist
//! still marked `example = true` is a placeholder and is never linked for members.

use super::files::{PlaylistsFile, VocabularyFile};
use super::problems::{known_ids, Loaded, Problems};
use super::rules::Index;
use super::{Condition, Playlist};
use crate::ids::ConditionId;
use std::collections::HashSet;

pub(crate) fn playlists(
    (pfile, file): (&Loaded, &PlaylistsFile),
    (vfile, vocab): (&Loaded, &VocabularyFile),
    conditions: &[Condition],
    condition_index: &Index<ConditionId>,
    problems: &mut Problems,
) -> Vec<Playlist> {
    let mut list = Vec::new();
    let mut covered = HashSet::new();
    for p in &file.playlist {
        let at = Some(p.condition.span().start);
        if !condition_index.contains_key(p.condition.get_ref()) {
            problems.add(
                &pfile.path,
                &pfile.text,
                at,
                format!(
                    "condition `{}` is not defined in vocabulary.toml ({})",
                    p.condition.get_ref(),
                    known_ids(condition_index)
                ),
            );
        }
        let url = p.url.get_ref();
        if !crate::links::is_plain_link(url) {
            problems.add(
                &pfile.path,
                &pfile.text,
                Some(p.url.span().start),
                "playlist url must be one https:// link with no spaces, quotes, brackets or parentheses",
            );
        }
        if p.example {
            problems.warn(
                &pfile.path,
                &pfile.text,
                at,
                format!(
                    "the playlist for `{}` is an example (`example = true`): members get no link for it until \
                     the channel's real URL is here (or set with `/settings playlist`)",
                    p.condition.get_ref()
                ),
            );
        }
        covered.insert(p.condition.get_ref().clone());
        list.push(Playlist {
            condition: p.condition.get_ref().clone(),
            title: p.title.clone(),
            url: url.clone(),
            example: p.example,
        });
    }
    for c in conditions.iter().filter(|c| !covered.contains(&c.id)) {
        let defined_at = vocab
            .condition
            .iter()
            .find(|d| d.id.get_ref() == &c.id)
            .map(|d| d.id.span().start);
        problems.warn(
            &vfile.path,
            &vfile.text,
            defined_at,
            format!(
                "condition `{}` has no playlist: answers name it without a link (add a [[playlist]] for it \
                 in playlists.toml)",
                c.id
            ),
        );
    }
    list
}

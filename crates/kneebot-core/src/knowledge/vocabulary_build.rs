//! Building the [`Vocabulary`] from vocabulary.toml: the phrase table, every pattern compiled (one that
//! does not compile is reported with its file and line and left out), and the word lists read into the
//! forms the readers use (plain words, word sequences, stems).

use super::files::VocabularyFile;
use super::lexicon;
use super::phrases::PhraseTable;
use super::problems::{Loaded, Problems};
use super::rules::Index;
use super::vocabulary::{ListWords, RoleWords, SignOver, TimeWords, Vocabulary};
use crate::ids::{ConditionId, TopicId};
use crate::text::normalize::{normalize, Stemmer};
use crate::text::pattern::{AnyOf, Tagged};
use regex::Regex;
use rustc_hash::FxHashSet;
use toml::Spanned;

impl Vocabulary {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn compile<'a>(
        file: &Loaded,
        vocab: &VocabularyFile,
        condition_index: &Index<ConditionId>,
        topic_index: &Index<TopicId>,
        english_words: &str,
        material: impl Iterator<Item = &'a str>,
        stemmer: &Stemmer,
        problems: &mut Problems,
    ) -> Vocabulary {
        let table =
            PhraseTable::build(file, vocab, condition_index, topic_index, stemmer, problems);

        let report = |pattern: &Spanned<String>, e: &regex::Error, problems: &mut Problems| {
            problems.add(
                &file.path,
                &file.text,
                Some(pattern.span().start),
                format!(
                    "this pattern is not a valid regular expression; fix it (in TOML, write a \
                     backslash as `\\\\` or use a 'literal string'): {}",
                    // The regex crate's message spans lines with a caret diagram; one line reads better.
                    e.to_string()
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
            );
        };
        let compile = |pattern: &Spanned<String>, problems: &mut Problems| -> Option<Regex> {
            crate::text::pattern::compile(pattern.get_ref())
                .map_err(|e| report(pattern, &e, problems))
                .ok()
        };
        let (signals, signal_set, red_flags, red_flag_set) =
            super::signs::compile(vocab, file, problems, &compile);
        let asks_after = vocab
            .events
            .asks_after
            .iter()
            .filter_map(|p| compile(p, problems))
            .collect();
        let told_done = vocab
            .events
            .told_done
            .iter()
            .filter_map(|p| compile(p, problems))
            .collect();
        // One set per list; a pattern that does not compile is reported with its line and left out.
        let condition_names = super::patterns::condition_names(vocab);
        let someone = super::persons::someone_named(&vocab.persons);
        let clinician = super::persons::clinician_named(&vocab.persons);
        let mut compile_all = |patterns: &[Spanned<String>]| -> AnyOf {
            let expanded: Vec<String> = patterns
                .iter()
                .map(|p| {
                    p.get_ref()
                        .replace("{condition}", &condition_names)
                        .replace("{someone}", &someone)
                        .replace("{clinician}", &clinician)
                })
                .collect();
            let texts: Vec<&str> = expanded.iter().map(String::as_str).collect();
            match AnyOf::new(&texts) {
                Ok(set) => set,
                Err(bad) => {
                    for (i, e) in &bad {
                        report(&patterns[*i], e, problems);
                    }
                    let good: Vec<&str> = (0..texts.len())
                        .filter(|i| !bad.iter().any(|(b, _)| b == i))
                        .map(|i| texts[i])
                        .collect();
                    AnyOf::new(&good).unwrap_or_default()
                }
            }
        };
        let asking = super::patterns::asking(&vocab.asking, &mut compile_all);
        let not_past = compile_all(&vocab.events.not_past);
        let not_injury = compile_all(&vocab.events.not_injury);
        let ahead = compile_all(&vocab.events.ahead);
        let when: Vec<Spanned<String>> = vocab.expand.iter().map(|e| e.when.clone()).collect();
        let expansion_when = compile_all(&when);
        let intent = {
            // A pattern that does not compile is reported above; the load fails, so the stand-in never runs.
            let mut one = |p: &Spanned<String>| {
                compile(p, problems).unwrap_or_else(|| Regex::new("$^").expect("valid"))
            };
            super::patterns::intent(&vocab.intent, &mut one)
        };
        let word_set = |words: &[String]| -> FxHashSet<String> {
            words.iter().map(|w| w.trim().to_lowercase()).collect()
        };
        let stop_words = word_set(&vocab.words.stop);
        let generic_words = word_set(&vocab.words.generic);
        let filler = word_set(&vocab.words.filler);

        // The topics whose [[topic]] words carry a mark (`background = true`, `loaded = true`).
        let topics_marked = |marked: fn(&super::files::TopicWordsDef) -> bool| -> Vec<TopicId> {
            vocab
                .topic
                .iter()
                .filter(|t| marked(t))
                .filter_map(|t| topic_index.get(t.id.get_ref()).copied())
                .collect()
        };
        let background_topics = topics_marked(|t| t.background);
        let loaded_topics = topics_marked(|t| t.loaded);
        let all_topics = topics_marked(|_| true);
        let exercise_kinds = super::phrases::exercise_kinds(file, vocab, problems);
        let events = &vocab.events;
        let [injury_patterns, trauma_patterns, surgery_patterns] = [
            &events.injury_patterns,
            &events.trauma_patterns,
            &events.surgery_patterns,
        ]
        .map(|list| -> Vec<Regex> { list.iter().filter_map(|p| compile(p, problems)).collect() });
        let untagged = |list: Vec<Regex>| Tagged::new(list.into_iter().map(|r| ((), r)).collect());
        let (injury_patterns, surgery_patterns) =
            (untagged(injury_patterns), untagged(surgery_patterns));
        let misheard: Vec<Regex> = vocab
            .words
            .misheard
            .iter()
            .filter_map(|p| compile(p, problems))
            .collect();
        let misheard_any = crate::text::pattern::set_of(&misheard);
        let expansion_add = vocab
            .expand
            .iter()
            .map(|e| e.add.iter().flat_map(|w| stemmer.phrase(w)).collect())
            .collect();
        let stems = |list: &[String]| -> Vec<Vec<String>> {
            list.iter()
                .map(|w| stemmer.phrase(w))
                .filter(|s| !s.is_empty())
                .collect()
        };
        let plain =
            |list: &[String]| -> Vec<String> { list.iter().map(|w| normalize(w)).collect() };
        let words = |list: &[String]| -> Vec<Vec<String>> {
            list.iter()
                .map(|w| normalize(w).split(' ').map(str::to_string).collect())
                .collect()
        };

        let described = vocab
            .topic
            .iter()
            .filter_map(|t| Some((*topic_index.get(t.id.get_ref())?, &t.described)))
            .flat_map(|(id, patterns)| patterns.iter().map(move |p| (id, p)))
            .filter_map(|(id, p)| Some((id, compile(p, problems)?)))
            .collect();
        let described = Tagged::new(described);
        let (mut postures, posture_cannot) =
            super::postures::compile(&vocab.posture, |r| compile(r, problems), words);
        let (lexicon, known_words) =
            lexicon::words(vocab, &table, english_words, material, stemmer);

        let mut phrases = table.entries;
        for list in phrases.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.stems.len()));
        }
        super::postures::link_topics(&mut postures, &phrases, |w| {
            normalize(w).split(' ').map(str::to_string).collect()
        });
        Vocabulary {
            phrases,
            training_words: stems(&vocab.words.training),
            stretch_words: stems(&vocab.words.stretch),
            signals,
            signal_set,
            negations: words(&vocab.words.sign_negations),
            sign_asked: plain(&vocab.words.sign_asked),
            sign_goals: words(&vocab.words.sign_goals),
            sign_of_other_things: words(&vocab.words.sign_of_other_things),
            sign_reached: words(&vocab.words.sign_reached),
            sign_told_past: words(&vocab.words.sign_told_past),
            sign_lasted: (vocab.words.sign_lasted.iter())
                .filter_map(|p| compile(p, problems))
                .collect(),
            red_flags,
            red_flag_set,
            red_flag_sayings: crate::text::pattern::whole_words_of(&vocab.words.warning_sayings),
            red_flag_returns: words(&vocab.words.warning_returns),
            red_flag_returns_firm: {
                let loose = words(&vocab.words.warning_returns_loose);
                words(&vocab.words.warning_returns)
                    .into_iter()
                    .filter(|r| !loose.contains(r))
                    .collect()
            },
            red_flag_worse: words(&vocab.words.warning_worse),
            pointing_back: plain(&vocab.words.pointing_back),
            pointing_named_by: plain(&vocab.words.pointing_named_by),
            list_ends_with: plain(&vocab.words.list_ends_with),
            limit_for_joins: plain(&vocab.words.limit_for_joins),
            limit_for_breaks: plain(&vocab.words.limit_for_breaks),
            position_moved_to: plain(&vocab.words.position_moved_to),
            limit_defied: plain(&vocab.words.limit_defied),
            cap_words: plain(&vocab.words.cap_words),
            bend_words: plain(&vocab.words.bend_words),
            sign_over: SignOver {
                told: words(&vocab.sign_over.warning_over),
                of_subject: words(&vocab.sign_over.warning_over_of),
                subjects: plain(&vocab.sign_over.warning_over_subjects),
                person_states: words(&vocab.sign_over.warning_over_person_states),
                persons: plain(&vocab.sign_over.warning_over_persons),
                seen_to: words(&vocab.sign_over.warning_seen_to),
                owner_between: plain(&vocab.sign_over.warning_owner_between),
                checked: words(&vocab.sign_over.warning_checked),
                found_fine: words(&vocab.sign_over.warning_found_fine),
                not_before: plain(&vocab.sign_over.warning_over_not_before),
                present: words(&vocab.sign_over.warning_told_present),
                negations: words(&vocab.words.warning_negations),
                unsure: words(&vocab.sign_over.warning_over_unsure),
                unsure_dated: words(&vocab.sign_over.warning_over_unsure_dated),
                partial: words(&vocab.sign_over.warning_over_partial),
                ended: plain(&vocab.sign_over.warning_over_ended),
                other: plain(&vocab.sign_over.warning_over_other),
                masked_by: plain(&vocab.sign_over.warning_masked_by),
                between: plain(&vocab.sign_over.warning_over_between),
                subject_phrase: plain(&vocab.sign_over.warning_over_subject_phrase),
                clause_goes_on: plain(&vocab.sign_over.warning_over_clause_next),
                elsewhere: plain(&vocab.sign_over.warning_over_elsewhere),
                explained: words(&vocab.sign_over.warning_over_explained),
                widened: plain(&vocab.sign_over.warning_denial_widened),
                kin: vocab
                    .sign_over
                    .warning_over_kin
                    .iter()
                    .map(|g| plain(g))
                    .collect(),
            },
            injury_negations: words(&vocab.words.injury_negations),
            setting_words: plain(&vocab.words.setting),
            injury_scene: plain(&vocab.words.injury_scene),
            alternative_asked: plain(&vocab.words.alternative_asked),
            exercise_scene: plain(&vocab.words.exercise_scene),
            training_scene: plain(&vocab.words.training_scene),
            uncovered_sayings: words(&vocab.words.uncovered_sayings),
            channel_business: plain(&vocab.words.channel_business),
            quote_points_back: plain(&vocab.words.quote_points_back),
            quote_taken_as_own: crate::text::pattern::whole_words_of(
                &vocab.words.quote_taken_as_own,
            ),
            singling_out: plain(&vocab.words.singling_out),
            muscle_exercises: words(&vocab.words.muscle_exercises),
            aftercare: plain(&vocab.words.aftercare),
            uncovered_states: vocab.words.uncovered_states.clone(),
            muscles_compared: plain(&vocab.words.muscles_compared),
            worn_or_used: plain(&vocab.words.worn_or_used),
            done_with: plain(&vocab.words.done_with),
            activity_goal: plain(&vocab.words.activity_goal),
            novelty: plain(&vocab.words.novelty),
            item_labels: plain(&vocab.words.item_labels),
            lists: ListWords {
                joiners: plain(&vocab.words.list_joiners),
                fillers: plain(&vocab.words.list_fillers),
                asks_about: plain(&vocab.words.asks_about),
            },
            time: TimeWords {
                ahead: plain(&vocab.words.ahead),
                behind: plain(&vocab.words.behind),
                ahead_untensed: plain(&vocab.words.ahead_untensed),
                aside: plain(&vocab.words.time_aside),
                length: plain(&vocab.words.time_length),
                dated: plain(&vocab.words.time_dated),
                lasted: plain(&vocab.words.time_lasted),
                post_op: plain(&vocab.words.time_post_op),
                post_event: plain(&vocab.words.time_post_event),
                of_symptom: plain(&vocab.words.time_of_symptom),
                post_event_now: plain(&vocab.words.time_post_event_now),
                finding: plain(&vocab.words.time_finding),
                finding_seq: words(&vocab.words.time_finding),
                earlier_surgery: words(&vocab.words.time_earlier_surgery),
                later_surgery: words(&vocab.words.time_later_surgery),
                lasted_not_doing: plain(&vocab.words.time_lasted_not_doing),
                anniversary: plain(&vocab.words.time_anniversary),
                future: plain(&vocab.words.time_future),
                bound: plain(&vocab.words.time_bound),
                frequency: plain(&vocab.words.time_frequency),
                not_outing: plain(&vocab.words.time_not_outing),
                plan_day: plain(&vocab.words.time_plan_day),
                day_of_recovery: plain(&vocab.words.time_day_of_recovery),
                corrected_by: plain(&vocab.words.time_corrected_by),
                updated_by: plain(&vocab.words.time_updated_by),
                correcting_any: crate::text::pattern::anywhere_of(
                    &[
                        plain(&vocab.words.time_corrected_by),
                        plain(&vocab.words.time_updated_by),
                    ]
                    .concat(),
                ),
                age_of: age_of(&vocab.words.time_age_of, &vocab.persons),
                not_age: plain(&vocab.words.time_not_age),
                counted_from: plain(&vocab.words.time_counted_from),
                after_other: plain(&vocab.words.time_after_other),
                before_other: plain(&vocab.words.time_before_other),
                later: plain(&vocab.words.time_later),
                earlier: plain(&vocab.words.time_earlier),
                injury_state: words(&vocab.words.time_injury_state),
            },
            not_aimed: plain(&vocab.words.not_aimed),
            gear: plain(&vocab.words.gear),
            hearsay: plain(&vocab.words.hearsay),
            joining: plain(&vocab.words.joining),
            run_particles: plain(&vocab.words.run_particles),
            run_organisers: plain(&vocab.words.run_organisers),
            run_determiners: plain(&vocab.words.run_determiners),
            run_place_ends: plain(&vocab.words.run_place_ends),
            widening: plain(&vocab.words.widening),
            activity_nouns: plain(&vocab.words.activity_nouns),
            setting_aside: words(&vocab.words.setting_aside),
            only_one_done: words(&vocab.words.only_one_done),
            disclaimed: words(&vocab.words.disclaimed),
            setting_aside_with_instead: words(&vocab.words.setting_aside_with_instead),
            instead_points_back: words(&vocab.words.instead_points_back),
            replacing: plain(&vocab.words.replacing),
            setting_aside_skip: plain(&vocab.words.setting_aside_skip),
            comparing: plain(&vocab.words.comparing),
            not_past,
            not_injury,
            ahead,
            told_done,
            asks_after,
            described,
            postures,
            posture_cannot,
            persons: super::persons::Persons::compile(&vocab.persons),
            sides: vocab.sides.lowered(),
            asking,
            intent,
            stop_words,
            generic_words,
            filler,
            injury_patterns,
            trauma_patterns,
            soft_tissue: plain(&vocab.events.soft_tissue),
            not_done_forms: plain(&vocab.events.not_done_forms),
            background_topics,
            exercise_kinds,
            loaded_topics,
            all_topics,
            surgery_patterns,
            expansion_when,
            expansion_add,
            slang: vocab
                .words
                .slang
                .iter()
                .map(|(k, v)| (k.to_lowercase(), normalize(v)))
                .collect(),
            misheard,
            misheard_any,
            lexicon_by_length: lexicon::by_length(&lexicon),
            lexicon,
            known_words,
            word_prefixes: vocab.words.word_prefixes.clone(),
            plan_before_on: vocab.words.plan_before_on.clone(),
            roles: RoleWords {
                backstory_before: plain(&vocab.words.backstory_before),
                keeping_from: plain(&vocab.words.keeping_from),
                backstory_sized: plain(&vocab.words.backstory_sized),
                backstory_sized_after: plain(&vocab.words.backstory_sized_after),
                plan_taken_before: plain(&vocab.words.plan_taken_before),
                goal_to: plain(&vocab.words.goal_to),
                goal_waited_for: plain(&vocab.words.goal_waited_for),
                goal_for_after: plain(&vocab.words.goal_for_after),
            },
        }
    }
}

/// The words before a number of years that make it an age: the listed ones and every person noun (not the
/// pronouns: "his 3 years at the club" is no age).
fn age_of(listed: &[String], persons: &super::persons::PersonsDef) -> Vec<String> {
    let nouns = [&persons.he, &persons.she, &persons.someone]
        .into_iter()
        .flatten()
        .filter(|w| !persons.pronouns.contains(w));
    listed
        .iter()
        .chain(nouns)
        .map(|w| w.to_lowercase())
        .collect()
}

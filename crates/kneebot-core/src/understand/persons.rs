//! Stage 1b of reading a question: whose story each sentence tells. A post may tell of the asker and of
//! someone else ("my sister had a knee replacement and her physio banned squats for her. I have a
//! meniscus tear: does that apply to me?"); a surgery, a limit or a recovery sign told only of someone
//! other than the person asked about is not theirs, so those sentences are left out of the facts.
//!
//! Careful by design, since leaving out a sentence that was the asker's would lose what they told:
//! - the person asked about comes from the asking sentences and must be one person ("should I let him…"
//!   names two, and nothing is left out);
//! - a sentence is left out only when it names someone else outright ("i", "my sister", "our neighbour";
//!   a bare "he" may be the surgeon or the presenter) and does not mention the person asked about;
//! - something must be told of the person asked about: a sentence that mentions them and names a knee
//!   problem, a surgery or an injury (for the asker, a sentence about no one else: a parent's "I'm so
//!   worried" is not the asker's own story);
//! - warning signs are still read from the whole post (see `Understanding::read`).

use super::asking::Asked;
use super::normalize::{tokenize, Stemmer, Token};
use super::person_mentions::{
    may_be_same, only_object, only_person, settle_someone, Mentions, EVERYONE,
};
use super::phrases::Found;
use crate::knowledge::persons::{Person, Persons};
use crate::knowledge::vocabulary::Meaning;
use crate::knowledge::Vocabulary;

/// Whether the post names anyone but the writer (and the writer's clinicians): most do not, and then neither
/// whose story each sentence tells nor the writer's own clauses need reading.
pub(super) fn names_someone_else(tokens: &[Token], persons: &Persons) -> bool {
    tokens
        .iter()
        .any(|t| persons.of(&t.text).is_some_and(|p| p != Person::Me))
}

/// The post with only the sentences that may tell of the person asked about, and its words; `None` when
/// nothing is left out (most posts tell of one person).
pub(super) fn own_story(
    text: &str,
    tokens: &[Token],
    found: &[Found],
    vocab: &Vocabulary,
    stemmer: &Stemmer,
    today: super::calendar::Date,
) -> Option<(String, Vec<Token>)> {
    let persons = &vocab.persons;
    let asked_part = super::asking::find(text, tokens, &vocab.asking);
    let asked_sentences = &asked_part.sentences;
    let count = tokens.last().map_or(0, |t| t.sentence + 1);
    // Per sentence, so a post of many sentences is not searched once for each word.
    let mut asked = vec![false; count];
    for &s in asked_sentences {
        asked[s] = true;
    }
    let mut mentions = vec![Mentions::default(); count];
    // Who the asking clauses ask for: the story before a question in its sentence ("dad just had his knee
    // done - should I copy his exercises?") and what is only someone else's in it ("his exercises") are
    // not a second person asked about.
    let mut asking = vec![Mentions::default(); count];
    let mut story_company = Vec::new();
    // "My husband had a hip replacement… He can't get his hamstring to tighten": a bare he or she stands
    // for the one named last before it, when that is someone else and no clinician or presenter has been
    // named since, nor in its sentence or the one before: then it may be the surgeon ("saw the surgeon on
    // Monday with my husband. He said no lunges").
    let mut last_named: Option<Person> = None;
    let mut clinician_in: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        let Some(person) = persons.of(&t.text) else {
            if persons.is_clinician(&t.text) || t.is_one_of(&persons.presenter) {
                last_named = None;
                clinician_in = Some(t.sentence);
            }
            continue;
        };
        // "my" in "my dad" names the dad, not the writer; so does "my" in "my twin sister" or "our team
        // captain" (one word between, nothing but a space around it, and the person named outright: in "my
        // knee, she said" the knee is the writer's).
        let named_next = |n: &Token| n.sentence == t.sentence && persons.of(&n.text).is_some();
        let owns = t.is_one_of(&persons.owning)
            && (tokens.get(i + 1).is_some_and(named_next)
                || tokens
                    .get(i + 1)
                    .zip(tokens.get(i + 2))
                    .is_some_and(|(a, b)| {
                        named_next(b)
                            && !persons.is_pronoun(&b.text)
                            && persons.of(&a.text).is_none()
                            && text.get(t.end..a.start) == Some(" ")
                            && text.get(a.end..b.start) == Some(" ")
                    }));
        // "Should I do the curls alongside him?", "should I avoid them like her?": him and her are company;
        // the question is the writer's. Not the writer ("should he squat like I do?"): then the question
        // names two people. In the story too: "I do the routine with her to keep her company" is still
        // the writer's own sentence.
        let company = person != Person::Me
            && ((i > 0 && tokens[i - 1].is_one_of(&persons.company))
                || tokens.get(i + 1).is_some_and(|n| {
                    n.sentence == t.sentence && n.is_one_of(&persons.company_after)
                }));
        if owns {
            continue;
        }
        let pronoun = persons.is_pronoun(&t.text);
        let settled = last_named.is_some_and(|p| may_be_same(p, person))
            && clinician_in.is_none_or(|c| c + 1 < t.sentence);
        let bare_pronoun = pronoun && !settled;
        if !pronoun && person != Person::Me {
            last_named = Some(person);
        }
        if company {
            // Company in the story is set aside only for a question about the writer: asked about the
            // one kept company ("watching the videos alongside him… is that alright for him?"), the
            // sentence tells of both.
            if !asked[t.sentence] {
                story_company.push((t.sentence, person, bare_pronoun));
            }
            continue;
        }
        mentions[t.sentence].mention(person, bare_pronoun);
        if asked[t.sentence] && asked_part.in_clause(t.start) && !only_object(tokens, i, persons) {
            asking[t.sentence].mention(person, bare_pronoun);
        }
    }
    settle_someone(&mut mentions);
    settle_someone(&mut asking);
    // "PT has me doing hamstring activation exercises, ok?": a bare "ok?" asks of whom its sentence tells.
    let asking_names = |s: &usize| {
        asking
            .get(*s)
            .is_some_and(|m| m.me || m.he || m.she || m.someone)
    };
    let asking = if asked_sentences.iter().any(asking_names) {
        asking
    } else {
        mentions.clone()
    };
    // Asked for by a word before them ("should he…", "fine for her?"), or else the writer when the asking
    // part names no one else ("are squats something I should be doing?"); "is he right?" only talks about
    // him.
    let named_for = asked_for(tokens, &asked_part, persons);
    let asked_person = match named_for {
        Some(p) => p,
        None => only_person(asked_sentences.iter().filter_map(|&s| asking.get(s)))
            .filter(|&p| p == Person::Me)?,
    };
    if asked_person != Person::Me {
        for (sentence, person, bare_pronoun) in story_company {
            mentions[sentence].mention(person, bare_pronoun);
        }
        settle_someone(&mut mentions);
    }
    // "Should I let him do squats?", "can she or I…": the asking part names two people, so it is not
    // clear whose facts are whose.
    if asked_sentences
        .iter()
        .filter_map(|&s| asking.get(s))
        .any(|m| {
            EVERYONE
                .into_iter()
                .any(|q| m.has(q) && !may_be_same(asked_person, q))
        })
    {
        return None;
    }
    // A bare "he" asked for must be someone the post names ("my dad… should he?"), not the presenter.
    if !mentions.iter().any(|m| m.outright[asked_person as usize]) {
        return None;
    }
    let mut tells_knee = vec![false; count];
    // ...and which tell it in a clause of the writer's alone ("my own knee is arthritic and I copy his
    // curls next to him so he does not feel alone").
    let mut writers_knee = vec![false; count];
    // Which sentences name an exercise, for `only_reports` below (found in the same pass).
    let mut names_exercise = vec![false; count];
    // ...and which name something the material does not cover ("ibuprofen", "a knee brace").
    let mut names_uncovered = vec![false; count];
    // ...and which tell a limit on one ("my sister's knee won't bend past a quarter squat"): a fact of theirs.
    let mut limits_exercise = vec![false; count];
    // Where each exercise named starts, so "her squats" is told apart from "her home workouts" below.
    let mut exercise_starts = Vec::new();
    for f in found {
        names_uncovered[tokens[f.first].sentence] |= f.entry.meaning == Meaning::Uncovered;
        if matches!(f.entry.meaning, Meaning::Exercise(_)) {
            names_exercise[tokens[f.first].sentence] = true;
            exercise_starts.push(tokens[f.first].start);
            limits_exercise[tokens[f.first].sentence] |= super::limits::is_limited(
                text,
                tokens,
                (f.first, f.last),
                |_| false,
                |_| false,
                &vocab.asking,
            );
        }
        tells_knee[tokens[f.first].sentence] |= super::phrases::tells_knee(f);
        writers_knee[tokens[f.first].sentence] |= super::phrases::tells_knee(f)
            && super::mine::in_writers_clause(text, tokens, f.first, persons);
    }
    // "TKR on 5 August. My sister had hers done last year…": a sentence naming no one and dating
    // something, before anyone else is named, is the writer's record (a title, "Torn ACL", is not).
    let first_other = (0..count).find(|&s| mentions[s].names_other_than(Person::Me));
    let spans = super::asking::sentence_spans(tokens);
    let nobodys = |s: usize| {
        let m = &mentions[s];
        !(m.me || m.he || m.she || m.someone)
            && first_other.is_some_and(|o| s < o)
            && spans[s].is_some_and(|(start, end)| {
                !super::timeline::find(&text[start..end], today, &vocab.time).is_empty()
            })
    };
    // The asking sentence may tell it when it names whom it asks for ("I have arthritis in my knee, are
    // squats ok for me?").
    let told_of = (0..count).any(|s| {
        (!asked[s] || named_for.is_some())
            && tells_knee[s]
            && if asked_person == Person::Me {
                let m = &mentions[s];
                (m.me && !(m.he || m.she || m.someone)) || writers_knee[s] || nobodys(s)
            } else {
                mentions[s].may_be(asked_person)
            }
    });
    if !told_of {
        return None;
    }
    let spans = super::asking::sentence_spans(tokens);
    // A clinician in a sentence speaks for the person asked about unless the sentence gives them to
    // someone else ("her physio banned her from squats"): a ban must never be lost.
    let clinician_of_asked = |s: usize| {
        let Some((start, end)) = spans[s] else {
            return false;
        };
        vocab
            .intent
            .clinician
            .find_iter(&text[start..end])
            .any(|m| {
                owner(&text[start..start + m.start()], persons)
                    .is_none_or(|p| may_be_same(asked_person, p))
            })
    };
    // "My brother says the leg extension machine is the best thing. Should I be doing it?", "my buddy does
    // nordic curls. Should I start those yet?": a sentence that only tells of someone else's exercise
    // holds what the question points back at, and no fact of theirs (no knee problem, and no "he" or
    // "she" to tell more of them).
    let only_reports = |s: usize| {
        let words = super::phrases::sentence_tokens(tokens, s);
        let reports = || reports(words, persons);
        let names_clinician = || {
            spans[s].is_some_and(|(start, end)| vocab.intent.clinician.is_match(&text[start..end]))
        };
        // Kept whole, the sentence's facts become the asker's: so only one that tells no time ("started
        // them 3 weeks ago") and no recovery sign ("since the hamstring won't fire").
        let tells_no_facts = || {
            spans[s].is_some_and(|(start, end)| {
                let sentence = &text[start..end];
                !names_clinician()
                    && super::timeline::find(sentence, today, &vocab.time).is_empty()
                    && super::signals::find(sentence, vocab).spans.is_empty()
            })
        };
        names_exercise[s]
            && !tells_knee[s]
            && !limits_exercise[s]
            && !words.iter().enumerate().any(|(i, t)| {
                // "her home workouts" tells whose workouts, not more of her story; "her squats" tells
                // what she does, as "she squats" would.
                let owning = t.is_one_of(&persons.owning)
                    && words.get(i + 1).is_some_and(|n| {
                        persons.of(&n.text).is_none() && !exercise_starts.contains(&n.start)
                    });
                persons.is_pronoun(&t.text) && !owning
            })
            && (reports() || tells_no_facts())
    };
    // "Twisted my knee last night… Mate reckons ACL.": someone's guess at the knee problem, with no "he"
    // or "she" to make it theirs, is about the knee the post tells of.
    let reports_the_problem = |s: usize| {
        let words = super::phrases::sentence_tokens(tokens, s);
        tells_knee[s]
            && !names_exercise[s]
            && !limits_exercise[s]
            && !words.iter().any(|t| persons.is_pronoun(&t.text))
            && reports(words, persons)
    };
    let left_out: Vec<bool> = (0..count)
        .map(|s| {
            !asked[s]
                && mentions[s].names_other_than(asked_person)
                && !mentions[s].may_be(asked_person)
                && !clinician_of_asked(s)
                && !only_reports(s)
                && !reports_the_problem(s)
        })
        .collect();
    if !left_out.contains(&true) {
        return None;
    }
    // "My husband swears by the leg extension machine. Should I use it too?": a question
    // pointing back at an exercise only someone else's sentence names keeps that exercise's words, and
    // none of their facts.
    let points_back = super::asking::refers_back(&asked_part, &vocab.asking)
        && !asked_sentences.iter().any(|&s| names_exercise[s]);
    let kept = super::kept::kept_sentences(text, tokens, &left_out, |s, kept| {
        // Not where the sentence names something else the question may point at ("takes ibuprofen
        // before her squats… should I take it too?").
        if left_out[s] && points_back && names_exercise[s] && !names_uncovered[s] {
            for f in found.iter().filter(|f| {
                tokens[f.first].sentence == s && matches!(f.entry.meaning, Meaning::Exercise(_))
            }) {
                kept.push_str(&text[tokens[f.first].start..tokens[f.last].end]);
                kept.push_str(". ");
            }
        }
    });
    let tokens = tokenize(&kept, stemmer);
    Some((kept, tokens))
}

/// Whose clinician the words just before one say it is ("her physio", "my sister s surgeon", "his
/// physical therapist"), if they say.
fn owner(before: &str, persons: &Persons) -> Option<Person> {
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    words.iter().enumerate().find_map(|(i, &w)| {
        if persons.owning.iter().any(|o| o == w) {
            persons.of(w).or(Some(Person::Someone))
        } else if w == "s" {
            words.get(i + 1).and_then(|&n| persons.of(n))
        } else {
            None
        }
    })
}

/// The one person the asking clauses ask for ("should he…", "fine for my dad?"), if they ask for one.
fn asked_for(tokens: &[Token], asked: &Asked, persons: &Persons) -> Option<Person> {
    let mut found: Option<Person> = None;
    for (i, t) in tokens.iter().enumerate() {
        if !asked.in_clause(t.start) || !t.is_one_of(&persons.asked_after) {
            continue;
        }
        // "should my dad…": past the owning word.
        let mut next = tokens.get(i + 1).filter(|n| n.sentence == t.sentence);
        if next.is_some_and(|n| n.is_one_of(&persons.owning)) {
            next = tokens.get(i + 2).filter(|n| n.sentence == t.sentence);
        }
        let Some(person) = next.and_then(|n| persons.of(&n.text)) else {
            continue;
        };
        match found {
            Some(p) if p != person => return None,
            _ => found = Some(person),
        }
    }
    found
}

/// True when someone named is followed by a word of saying ("my brother says…", "mate reckons…"): the
/// sentence tells what they say.
fn reports(words: &[Token], persons: &Persons) -> bool {
    words
        .windows(2)
        .any(|w| persons.of(&w[0].text).is_some() && w[1].is_one_of(&persons.reporting))
}

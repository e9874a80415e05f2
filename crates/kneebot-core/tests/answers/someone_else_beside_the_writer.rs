//! Posts that tell of the writer and someone else in the same sentences: whose facts are whose is read
//! clause by clause, a bare he or she stands for the person named before it, and a question the writer asks
//! for themselves is not asked for someone only because it names what is theirs ("his exercises", "cheer
//! her on"). The other person's conditions are still named, with their playlists.

use crate::common;

use kneebot_core::{Phase, Verdict};

#[test]
fn what_is_only_someone_elses_in_the_question_does_not_make_it_theirs() {
    for q in [
        "My partner had her knee replaced ten days ago and the hospital gave her a sheet of exercises. I \
         have had osteoarthritis in my own knee for years. Is it alright for me to do the hamstring curls \
         from her sheet, or should I just cheer her on?",
        "My brother had his ACL reconstructed a fortnight ago. I have a degenerative meniscus tear, no \
         operation. Should I copy his hamstring curls for my own knee?",
    ] {
        let a = common::assert_verdict(q, Verdict::Avoid);
        assert_ne!(a.understood.phase, Some(Phase::Early), "{q}");
    }
}

#[test]
fn someone_made_to_do_the_exercise_is_still_asked_about() {
    // "Let him" makes him the one who would do the curls: the question names two people, so the post's
    // operation is not set aside as someone else's.
    let a = common::ask(
        "My dad had a knee replacement 2 weeks ago. I have arthritis in my knee. Should I let him do \
         hamstring curls?",
        None,
    );
    assert_ne!(a.verdict, Verdict::Avoid, "{}", a.guidance);
}

#[test]
fn a_bare_he_after_someone_named_is_that_person() {
    // "He can't get his hamstring to fire" is the husband's sign, not the writer's early window.
    let a = common::assert_verdict(
        "My husband had a hip replacement 3 weeks ago. He can't get his hamstring to fire at all. I have \
         a meniscus tear in my own knee, no surgery, and I do his exercises with him. Should I do \
         hamstring curls?",
        Verdict::Avoid,
    );
    assert!(
        a.understood.signals.is_empty(),
        "{:?}",
        a.understood.signals
    );
}

#[test]
fn someone_elses_clause_in_the_writers_sentence_is_theirs() {
    // The operation is told in a clause of its own, between two of the writer's.
    common::assert_verdict(
        "I look after my mum, her knee replacement was on Monday, and I have had knee arthritis myself \
         since my forties. Should I be doing hamstring curls?",
        Verdict::Avoid,
    );
}

#[test]
fn someone_elses_condition_is_named_with_its_playlist() {
    let a = common::assert_verdict(
        "My girlfriend tore her ACL playing netball and had it reconstructed three weeks ago. I have \
         knee osteoarthritis. Are leg curls good for me?",
        Verdict::Avoid,
    );
    for c in ["acl_tear", "knee_osteoarthritis"] {
        assert!(
            a.conditions.iter().any(|n| n == c),
            "{c}: {:?}",
            a.conditions
        );
        assert!(a.playlists.iter().any(|p| p.condition == c), "{c}");
    }
}

/// A bare "he" saying something just after a clinician was named may be the clinician; someone made to do
/// the exercise ("have him do") is asked about: either way the ban stands.
#[test]
fn a_ban_told_by_he_or_for_someone_made_to_do_it_stands() {
    for q in [
        "Had my ACL reconstruction 5 weeks ago. Saw the surgeon on Monday with my husband. He said no squats \
         or jumping until 3 months. Can I do squats yet?",
        "I had a meniscectomy last year and I'm fine now. My dad had his knee replaced 3 weeks ago and his \
         surgeon said no squats for 6 weeks. Should I have him do squats?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

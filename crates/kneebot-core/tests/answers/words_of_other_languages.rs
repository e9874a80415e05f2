//! Posts that mix another language into English, through the core's public door: the injury and the
//! swelling told in Spanish, Portuguese or German are still read, so a warning sign is not missed.

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

/// "Me torcí la rodilla… se hinchó de golpe, like a ball": a twist and a sudden swelling, told half in
/// Spanish, are a warning sign (it was answered `recommended` for squats).
#[test]
fn a_warning_sign_told_half_in_spanish_is_urgent() {
    assert_verdict(
        "jugando fútbol me torcí la rodilla hace una hora y se hinchó de golpe, like a ball 😳 can I still \
         do squats tomorrow?",
        Verdict::Urgent,
    );
    // German: twisted, and the knee swollen like a balloon within the hour.
    assert_verdict(
        "Beim Fußball umgeknickt, within one hour my knee is geschwollen like a balloon. Can I do leg curls?",
        Verdict::Urgent,
    );
    // The same words with no swelling told: an exercise question as before.
    let answer = ask("me torcí la rodilla hace 3 días. can I do leg curls?", None);
    assert_ne!(answer.verdict, Verdict::Urgent, "{}", answer.guidance);
}

/// The other warning signs, told in other languages: a hot swollen calf after an operation (Spanish), a
/// fever after one (Spanish), sudden swelling after a fall (French). Each was given exercise advice or
/// none of the urgency it needs.
#[test]
fn warning_signs_in_other_languages_are_urgent() {
    for q in [
        "TKR 10 days ago, la pantorrilla está hinchada y caliente. hamstring curls ok?",
        "knee scope 6 days ago y tengo fiebre de 38.5, can I still do my exercises?",
        "genou très gonflé d'un coup après une chute hier, can I still walk on it?",
    ] {
        assert_verdict(q, Verdict::Urgent);
    }
}

/// Conditions in the words other languages use: "artrosis" and "gonarthrosis" are osteoarthritis, a
/// "prosthesis" (or "endoprosthesis") in the knee is a replacement and a "hip prosthesis" is not, and a
/// "meniscus suture" is the meniscus's repair.
#[test]
fn arthrosis_prosthesis_and_meniscus_suture_name_their_conditions() {
    for (q, want) in [
        ("What exercises I must avoid with artrosis of the knee grade 2?", vec!["knee_osteoarthritis"]),
        ("I have gonarthrosis in both knees. Can I do squats?", vec!["knee_osteoarthritis"]),
        (
            "I have prosthesis in the right knee for 1 year now. Can I walk on the beach every morning?",
            vec!["knee_replacement"],
        ),
        ("Knee endoprosthesis since March. Are bridges good?", vec!["knee_replacement"]),
        ("My mum got a hip prosthesis 3 weeks ago. Can she do bridges?", vec![]),
        (
            "My surgeon said NO squats for 6 weeks after the meniscus suture, I'm in week 3. Can I do some \
             half squats?",
            vec!["meniscus_tear"],
        ),
    ] {
        assert_eq!(ask(q, None).conditions, want, "{q}");
    }
}

/// "LCA", "arthrose", "menisco": a knee condition named as Spanish, French or German speakers name it is
/// read, so its playlist is linked and the ruling is the condition's.
#[test]
fn conditions_named_in_other_languages_are_read() {
    for (q, condition) in [
        (
            "6 weeks after the operation of LCA, is normal the knee is warm in evening?",
            "acl_tear",
        ),
        (
            "I have arthrose in the knee, can I do squats?",
            "knee_osteoarthritis",
        ),
        (
            "rotura de menisco hace un año, can I do leg curls?",
            "meniscus_tear",
        ),
    ] {
        let answer = ask(q, None);
        assert!(
            answer.conditions.iter().any(|c| c.as_str() == condition),
            "{q}: {:?}",
            answer.conditions
        );
    }
}

/// Englishes that spell "can't" as said (Jamaican "cyaan", Scots "canna") still tell a knee that will not
/// straighten after a fall: no exercise to "loosen it".
#[test]
fn a_knee_that_cannot_straighten_in_other_englishes_is_urgent() {
    for q in [
        "Slipped on the stairs last night, now mi knee lock up, cyaan straighten it at all. What exercise to loosen it?",
        "Fell off my bike yesterday and my knee's stuck, I canna straighten it. Any stretches?",
    ] {
        assert_verdict(q, Verdict::Urgent);
    }
}

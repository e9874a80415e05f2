//! "When can I…" questions, through the core's public door. Asked of the asker's own recovery, told by a
//! dated operation or injury or by a sign, about an exercise whose windows the material gives, the ruling
//! for where they are answers when; so does a ruling that holds now (one for every phase, or the ongoing
//! problem's). Asked with nothing of their own recovery, or about something the material gives no timing
//! for, the answer stays what the material says about when (or that it does not).

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

/// Within a month of a dated operation or injury, or while the muscle will not work: now is the time.
#[test]
fn a_dated_early_recovery_is_told_it_is_the_time() {
    for q in [
        // 2026-11-30: the operation was 10 days ago.
        "when can I start leg curls again? ACL reconstruction was on 20 November",
        "scope 8 days ago, just a clean up. how soon can I do leg curls?",
        "Tore my ACL at netball 10 days ago. How long till I can do hamstring curls?",
        "knee replacement 2 months ago and my hamstrings still wont switch on properly. when do I stop the isolated hamstring stuff?",
        // A home programme lists the exercise; it holds nothing back. Nor does the clinician who gave it.
        "Meniscus repair 12 days ago, leg curls are on my home programme twice a day. How long till I have to stop them?",
        "2 weeks post ACLR. how long do I keep doing the hamstring curls my physio gave me?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    }
}

/// Full range of motion or decent walking, or six months on: the window is over.
#[test]
fn a_recovery_past_the_window_is_told_to_stop() {
    for q in [
        "When can I go back on the leg curl machine? ACLR 5 Jan. Knee bends fully and goes dead straight now",
        "TKR 7 weeks ago. walking round the supermarket with just a cane now and getting further every day. when should I stop the hamstring curls?",
        "had my meniscectomy 8 months ago and I'm still doing leg curls 3x a week. when should I stop?",
        // Asked as what the asker is supposed to do.
        "had my meniscectomy 8 months ago and I'm still doing leg curls 3x a week. when am I supposed to stop those?",
    ] {
        assert_verdict(q, Verdict::Avoid);
    }
}

/// With nothing of the asker's own recovery, "when" is answered with the material's two windows; about
/// the video, or about something the material gives no timing for, it stays so.
#[test]
fn without_ones_own_recovery_when_is_what_the_material_says() {
    for q in [
        "when should I stop doing leg curls after my ACL reconstruction?",
        "When is it ok to do leg curls?",
        "My dad had his hip replaced last week. Can someone remind me what the two times are that he says hamstring strengthening is okay?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
        assert!(answer.guidance.contains("window"), "{q}: {}", answer.guidance);
    }
    for q in [
        "When can I start running? ACLR in 2019 and a meniscus repair 7 weeks ago on the same knee",
        "meniscus repair 6 weeks ago. how long till i can play a full 90 again?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
}

/// Not a question of when to start or stop (the time of day), or one where the video is cited, a hold or
/// plan told ("not until my 6 week check", "fine from week 8"), a clinician's word ties the exercise to a
/// time or a sign, or the operation is still ahead ("is on the 20th"): no go-ahead is read from the date
/// (today is 2026-11-30). How long to hold or to work each session is a dose (`dose_questions.rs`).
#[test]
fn other_whens_get_no_ruling_from_the_date() {
    for q in [
        "when should I do the leg curls, morning or evening? knee surgery 10 days ago",
        "When can I start leg curls according to the video? I had knee surgery 10 days ago",
        "physio said I can do curls once the swelling settles. ACLR 3 weeks ago, when can I start leg curls?",
        "My surgeon wants me off leg curls until my 6 week check. TKR 10 days ago. How long till I can do them?",
        "Surgeon wants me to wait 6 weeks on hamstring curls. ACL recon 3 weeks ago. How soon can I start?",
        "My ACL surgery is on the 20th, when can I start leg curls?",
        "ACLR 2 weeks ago. I was told leg curls are fine from week 8. When can I start them?",
    ] {
        let answer = ask(q, None);
        assert!(
            !matches!(answer.verdict, Verdict::OkForNow | Verdict::Recommended),
            "{q}: {:?} {}",
            answer.verdict,
            answer.guidance
        );
    }
}

/// Where the material gives no window ("running when the time's right"), a recovery sign the asker tells
/// is what the ruling for where they are rests on; a date alone stays the material's silence on when.
#[test]
fn a_told_sign_answers_when_for_an_exercise_with_no_window() {
    for q in [
        "Had my ACL reconstruction in March. Full range now and I walk a few miles without a limp. When can I go back to running?",
        "Patellar cartilage op last year. My walks are pain free now. when can i start jogging again?",
    ] {
        common::assert_ruling(q, "walking_running", Verdict::Recommended);
    }
    let answer = ask(
        "ACL reconstruction 7 weeks ago. When can I go back to running?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}

/// An exercise the rules give one ruling in every phase (glute work, squats, isolated quad work) has it
/// whenever it is asked; a knee problem with no operation or injury told is the ongoing one, whose ruling
/// holds now. A date alone still says nothing of when to run after an operation.
#[test]
fn when_is_answered_by_a_ruling_that_holds_now() {
    for (q, topic, want) in [
        (
            "how long before I can go back to bridges?? had an arthroscopy for a meniscus tear 10 days ago",
            "glute_strengthening",
            Verdict::Recommended,
        ),
        (
            "ACL reconstruction 12 weeks ago. how soon can i swap the hamstring curls for hip thrusts?",
            "glute_strengthening",
            Verdict::Recommended,
        ),
        (
            "when can i start doing leg extensions again with my chondromalacia patella?? been off them \
             since christmas",
            "quad_isolation",
            Verdict::Caution,
        ),
        (
            "IT band syndrome for about 3 months now, outside of the knee. when can I go back to running my \
             usual 5k?",
            "walking_running",
            Verdict::Recommended,
        ),
        (
            "meniscus tear for a year, no op. when can I start leg curls at the gym?",
            "hamstring_strengthening",
            Verdict::Avoid,
        ),
    ] {
        common::assert_ruling(q, topic, want);
    }
    let answer = ask(
        "ACL reconstruction 10 weeks ago, when can I start running?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}

/// "Is she behind the times?" asks whether the physio is out of date, not when: the ruling for where the
/// asker is (a hamstring that won't fire) answers it. "What are the two times he says…" still asks when.
#[test]
fn a_saying_with_time_words_asks_no_time() {
    let answer = ask(
        "Knee replacement 8 weeks ago and my hamstring still won't switch on. My physio has me on isolated \
         hamstring curls for it. Is she right or a bit behind the times?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    let when = ask(
        "What are the two times he says hamstring work is okay?",
        None,
    );
    assert_eq!(when.verdict, Verdict::Info, "{}", when.guidance);
}

/// "Is this one of the times…?" told with the asker's own recovery asks whether their case is one of the
/// material's windows: the ruling for where they are. Without their own recovery it is the material's.
#[test]
fn whether_ones_own_case_is_one_of_the_windows_gets_a_ruling() {
    for q in [
        "I had ankle surgery (ORIF) 3 weeks ago and the back of my thigh is weak as anything. is this one of \
         the times hamstring curls are ok?",
        "ACL surgery 2 weeks ago. am I in one of the windows where leg curls are fine?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    }
    assert_verdict(
        "is this one of the times hamstring curls are ok, or are there others?",
        Verdict::Info,
    );
}

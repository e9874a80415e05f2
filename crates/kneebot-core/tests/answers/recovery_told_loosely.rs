//! Recovery told loosely, through the core's public door: a knee compared with the good one ("matches my
//! good leg"), walking "with no stick", range "basically full", "getting about" like "getting around". Each
//! puts the asker past the early window, so isolated hamstring work is to avoid.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// Signs of recovery told beside a comparison with the other leg, or in loose words, are the asker's.
#[test]
fn recovery_in_loose_words_is_recovery() {
    for q in [
        "Meniscus trimmed four weeks ago. Full bend now and it matches my good leg, no limp at all. Should I \
         carry on with hamstring curls?",
        "Knee replacement in June. I'm walking to the shops with no stick and the physio says my range is \
         basically full. Keep doing the leg curls?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
    // The good leg itself told of: its signs are not the operated knee's.
    let q = "ACL reconstruction three weeks ago. My good leg has full bend of course, the operated one is \
             stiff and weak. Should I do hamstring curls?";
    assert_ne!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}

/// Walking told by where it reaches ("round the supermarket with a stick") or how far ("managing a mile"),
/// and joints that "move fully", are decent walking and full range: a stick does not change that.
#[test]
fn walking_told_by_where_it_reaches_is_decent_walking() {
    for q in [
        "New knee went in seven weeks ago. I'm walking round the supermarket with a stick now. Should I keep \
         up the band hamstring curls?",
        "Hip replacement three weeks ago, and the hip and knee both move fully now. Do I still need the \
         hamstring curls?",
        "TKR three weeks ago, managing a mile with one crutch. Keep going with the leg curls?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
    // Where walking is hoped to reach, or cannot yet, is no sign.
    for q in [
        "TKR three weeks ago. I can't walk to the shops yet. Are leg curls ok?",
        "TKR three weeks ago. I hope to be walking to the shops by Christmas. Are leg curls ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    }
}

/// "Six weeks post MCL" is no operation (MCL tears mostly heal without one), and rehab of another kind
/// ("released from cardiac rehab") says nothing of the knee's recovery.
#[test]
fn other_rehab_and_post_mcl_tell_nothing_of_an_operated_knee() {
    let mcl = ask(
        "6 weeks post MCL, it's healing on its own in a brace. Leg curls?",
        None,
    );
    assert_ne!(mcl.understood.event.as_deref(), Some("surgery"));
    let cardiac = ask(
        "I was signed off from cardiac rehab last year. Now 6 weeks after my knee replacement, can I do leg \
         curls?",
        None,
    );
    assert_eq!(cardiac.verdict, Verdict::Depends, "{}", cardiac.guidance);
}

/// Discharged "to a home programme" is rehab going on at home, not rehab over: with a date in the middle
/// band the answer still turns on the signs (`depends`). Signed off "about a year ago" is over.
#[test]
fn discharged_to_a_home_programme_is_not_rehab_over() {
    let home = ask(
        "Meniscus repair ten weeks ago. My physio has discharged me to a home program with hamstring curls \
         on it. Keep going with the curls?",
        None,
    );
    assert_eq!(home.verdict, Verdict::Depends, "{}", home.guidance);
    let over = ask(
        "ACL reconstruction in 2024, the physio signed me off about a year ago, but that hamstring is still \
         weaker. Should I go heavy on leg curls?",
        None,
    );
    assert_eq!(over.verdict, Verdict::Avoid, "{}", over.guidance);
}

/// Walking told as rounds of a place ("did the loop round the park twice", "doing laps round the block") or
/// as getting out ("out and about with my stick") is decent walking, a cane or not: the early window is
/// over for isolated hamstring work, whatever the calendar says.
#[test]
fn rounds_walked_and_getting_out_are_decent_walking() {
    for q in [
        "5 weeks since my TKR. I did the loop round the park twice yesterday without stopping. Should I still be doing hamstring curls?",
        "3 weeks since my TKR. Now I'm walking with just a cane and doing laps round the block. Should I do leg curls?",
        "Knee replacement 4 weeks ago and I'm out and about with my stick now. Are leg curls still ok?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
}

/// "Hamstring still barely works" six weeks after a broken femur: the muscle does not work on command yet,
/// the early window (by the calendar alone it was `depends`).
#[test]
fn a_muscle_that_barely_works_is_the_early_window() {
    let answer = ask(
        "Broke my femur 6 weeks ago, hamstring still barely works. Can I do leg curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
}

/// "Off crutches but still limping pretty badly": a limp told after walking in its sentence means the
/// walking is not back (it was read as decent walking: `avoid`); full range of motion told so still counts.
#[test]
fn a_limp_told_after_walking_undoes_it() {
    let limping = ask(
        "ACLR 10 weeks ago. Off crutches but still limping pretty badly. Can I do leg curls?",
        None,
    );
    assert_eq!(limping.verdict, Verdict::OkForNow, "{}", limping.guidance);
    let full_range = ask(
        "ACLR 10 weeks ago. Full range of motion but still limping. Can I do leg curls?",
        None,
    );
    assert_eq!(
        full_range.verdict,
        Verdict::Avoid,
        "{}",
        full_range.guidance
    );
}

/// One direction of the knee's range told full and the other denied in the same sentence is not full range
/// of motion; walking told well beside a bend still short is decent walking (either sign counts).
#[test]
fn range_told_full_one_way_and_short_the_other_is_not_full() {
    for q in [
        "I had my ACL reconstruction in August. I have full bend now but can't straighten fully. Can I keep \
         doing the hamstring curls?",
        "TKR in September, bends fully now though it still won't straighten all the way. Leg curls ok?",
    ] {
        let answer = ask(q, None);
        assert_ne!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
    // Told the other way round, the range reached is where the knee is now.
    let q = "ACL reconstruction in August. I couldn't straighten it fully for weeks but I have full range now. \
             Can I keep doing the hamstring curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    let q = "Knee replacement in August, walking's good now but it won't fully bend yet. Keep doing the leg \
             curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}

/// "Walking decent now" is decent walking, as "walking decently" is.
#[test]
fn walking_decent_is_decent_walking() {
    let q = "walking decent now, 2 weeks after my hip op, but knee still wont bend all the way, hamstring \
             curls still ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}

/// Walking decently told with where between ("walking around the house and the block pretty well with my
/// cane") is the sign that ends the early window, cane or not; "walking is painful but I feel good" is not.
#[test]
fn walking_well_told_with_where_between_is_the_sign() {
    let q = "3 weeks after TKR, walking around the house and the block pretty well with my cane. Can I keep \
             doing leg curls?";
    common::assert_verdict(q, Verdict::Avoid);
    let q = "3 weeks after TKR, walking is painful but I feel good. Can I keep doing leg curls?";
    common::assert_verdict(q, Verdict::OkForNow);
}

/// A sign of weakness told in the past and bounded ("I was on crutches for 6 weeks after", "my hamstring
/// wouldnt fire for the first 2 weeks") is over, so the calendar decides; one still going on ("I've been on
/// crutches for 6 weeks") still counts.
#[test]
fn a_weakness_told_in_the_past_and_bounded_is_over() {
    for q in [
        "meniscus repair 4 months ago. i was on crutches and in a brace for 6 weeks after, then physio till \
         last month. should i add hamstring curls now?",
        "my hamstring wouldnt fire for the first 2 weeks after my meniscectomy. op was 4 months ago. should \
         I still be doing ham curls?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::Depends);
    }
    let q = "meniscectomy 4 months ago. I've been on crutches for 6 weeks and the leg is still weak. should I \
             be doing ham curls?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
}

/// A brace's setting is not the knee's range: "brace locked in full extension" a week after an operation
/// is the early window, not full range of motion.
#[test]
fn a_brace_locked_straight_is_not_full_range_of_motion() {
    for q in [
        "ACL reconstruction 8 days ago, my brace is locked in full extension. Can I do hamstring curls?",
        "meniscus repair 10 days ago, in an immobiliser locked at full extension day and night. leg curls ok?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    }
}

/// A muscle that "feels switched off" or gives "nothing" when squeezed does not work on command: the early
/// window, whatever the calendar says.
#[test]
fn a_muscle_that_feels_switched_off_is_the_early_window() {
    for q in [
        "ankle surgery 8 weeks ago and my hamstring feels totally switched off. are hamstring curls ok?",
        "TKR 10 weeks ago. when I tense the back of my thigh I get nothing. can I do leg curls?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    }
}

/// Still on the walker or using the crutches is walking that is not back yet, whatever the calendar says;
/// being told to use them for a while is not a sign of where the asker is.
#[test]
fn still_on_the_walker_is_not_walking_decently() {
    for q in [
        "TKR 7 weeks ago, still on the walker most of the day. my PT added band leg curls, ok to keep going?",
        "ACL reconstruction 5 months ago and I'm still using the crutches outdoors. leg curls fine?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    }
    common::assert_ruling(
        "TKR 7 weeks ago, off the walker and walking fine now. are leg curls ok?",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
}

/// A limp told with more than one word of how bad ("a pretty bad limp", "a really noticeable limp") is
/// still a limp: walking is not back.
#[test]
fn a_limp_told_with_words_of_how_bad_is_a_limp() {
    common::assert_ruling(
        "TKR back in March. I walk with a really noticeable limp still. ok to keep the leg curls going?",
        "hamstring_strengthening",
        Verdict::OkForNow,
    );
}

/// "The hamstrings on the operated side are still well down": strength told as down is weakness.
#[test]
fn strength_told_as_down_is_weakness() {
    let answer = ask(
        "16/52 post R TKA. testing showed the hamstrings on the operated side are still well down. Should \
         I do hamstring curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
}

/// "His knee bends and straightens about as well as the other one": full range told against the other
/// knee ends the early window, walker or not.
#[test]
fn bending_as_well_as_the_other_knee_is_full_range() {
    let answer = ask(
        "Dad had his TKR 3 weeks ago. He's doing laps of the hallway with his walker now, and his knee \
         bends and straightens about as well as the other one. Should he keep the hamstring curls up?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// Walking that goes further each day, a round of the block done, or a walk told by its distance is
/// decent walking, walker or stick or not: the early window is over whatever the calendar says.
#[test]
fn walking_further_each_day_is_decent_walking() {
    for q in [
        "Gran had her knee replaced 3 weeks ago. She's pottering about the flat and out to the bins with \
         her frame now, going a little further every day. Should she still do the hamstring curls?",
        "TKR 4 weeks ago. Still using a stick outside but did round the park twice this morning. Carry on \
         with the hamstring curls?",
        "Knee replacement 3 weeks ago, I do a 2 km walk with my stick every morning now. Should I keep the \
         hamstring curls going?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
    let frame_only = ask(
        "Gran had her knee replaced 3 weeks ago and is on a frame. Should she still do the hamstring curls?",
        None,
    );
    assert_eq!(frame_only.verdict, Verdict::OkForNow);
}

/// Walking told with where or how often, then without the aid ("walking the dog twice a day now without
/// the stick"), is walking decently again: past the early window however near the operation.
#[test]
fn walking_often_without_the_aid_is_walking_decently() {
    common::assert_ruling(
        "had my TKR 5 weeks ago. walking the dog twice a day now without the stick. keep going with the \
         band leg curls?",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
    // Walking told without the aid being dropped says nothing of how it goes.
    common::assert_ruling(
        "had my TKR 5 weeks ago. walking the dog twice a day now with the stick. keep going with the band \
         leg curls?",
        "hamstring_strengthening",
        Verdict::Depends,
    );
}

/// Going back to work on a day ahead ("I'm back at work monday") tells no recovery: two weeks after a scope
/// the early window still holds; back at work as a state ("been back at work full time since") still counts.
#[test]
fn a_return_to_work_ahead_tells_no_recovery() {
    common::assert_verdict_on(
        "knee scope (meniscus trim) on the 2nd, hospital physio discharged me same day with an exercise sheet. Today's the 16th and I'm back at work monday. Lying hamstring curls are on the sheet, ok to do them?",
        "2026-11-16",
        Verdict::OkForNow,
    );
    common::assert_verdict_on(
        "knee scope (meniscus trim) on the 2nd. I'm back at work full time now. Lying hamstring curls ok?",
        "2026-11-16",
        Verdict::Avoid,
    );
}

/// "Gets about decently", "getting about fine" are walking decently, as "gets around" is.
#[test]
fn getting_about_is_walking() {
    let q = "my dad's six weeks past his knee op and gets about decently now, are leg curls still a good \
             idea for him?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    // "About" as "roughly" is no walking: the early window holds.
    let q = "had my ACL reconstruction 10 days ago, I get about two good hours of sleep a night. should I \
             do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
}

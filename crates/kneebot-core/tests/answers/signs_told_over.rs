//! Warning signs told as over, through the core's public door: a sign that cleared up, went away or was
//! ruled out is over for that sign only, and only when it is told done.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// A sign told as over cancels that sign only: an older lock that "unlocked" or a fever that "went away"
/// does not hide the same sign told now, later in the post.
#[test]
fn a_sign_over_does_not_hide_the_same_sign_now() {
    for q in [
        "Tore my meniscus in October. Last month my knee locked but it unlocked after a few minutes. Since this morning it has been stuck bent and I cannot straighten it. Can I do squats?",
        "I had a fever after my knee replacement two weeks ago but the fever went away. Today I have chills and the shakes again. Can I ride the exercise bike?",
        // Told over and back in one sentence, or back in the next.
        "twisted my knee on saturday, it locked then unlocked, and now it is stuck again, cant straighten it. can I do glute bridges?",
        "had my TKR 2 weeks ago. the fever went away but its back tonight, 39C. leg curls ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    for q in [
        "Twisted my knee yesterday and it locked. I wiggled it for a bit. Then it unlocked and I can straighten it fully now. Can I do squats?",
        "I had a fever after my knee replacement two weeks ago but the fever went away. Can I do leg curls?",
        // Told over in everyday words, just after.
        "twisted my knee at football yesterday, it locked for ten minutes, fine now. glute bridges ok?",
        "fell off my bike 2 weeks ago and couldnt put any weight on it for a day, but Im walking fine now. can I do leg curls?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A sign told over in words that fit any sign ("cleared up", "no clot", "signed off") is over, after the
/// sign in its own sentence or in a later one about it; told before the sign, beside another sign, or
/// with the sign after it, it hides nothing.
#[test]
fn a_sign_cleared_up_is_over_whatever_the_sign() {
    for q in [
        "3 weeks after my ACL reconstruction. The wound was red and oozing in week 1, got antibiotics and it cleared up completely. Can I do glute bridges?",
        "Had my knee replaced in October. My calf went hot and swollen last month, they scanned it and there was no clot. Can I do glute bridges?",
        "Knee replacement 3 months ago. In week 2 the calf was swollen and red. The swelling went down weeks ago and the GP signed it off. Can I do glute bridges?",
        // "In May" is a month, not a maybe; a clause of the words alone is about the sign before it.
        "Knee replacement in February. I had an infection in the incision after it and the surgeon said in May it is completely cleared. Can I do glute bridges?",
        "ACL reconstruction 3 months ago. Wound infection at day 10, treated with antibiotics, healed and the surgeon signed me off. Can I do glute bridges?",
        // The treatment done, the wound closed, "fine since"; what the sign was of named after the words.
        "Knee replacement in May. A clot in my calf in June, hot and swollen, finished the blood thinners in August and it has been fine since. Glute bridges?",
        "ACL surgery in January. The incision got infected in February, the antibiotics cleared it and it's closed now. Glute bridges?",
        "Meniscus repair in March. The wound got infected and oozed in April, all cleared up and the scar looks good now. Glute bridges?",
    ] {
        let answer = ask(q, None);
        assert_ne!(answer.verdict, Verdict::Urgent, "{q}");
    }
    for q in [
        // The words of "over" come before the sign, or tell of something else.
        "The knee swelling went down but my calf is hot and swollen since yesterday, 2 weeks after my knee replacement. Can I do glute bridges?",
        "Knee replacement 10 days ago. My calf is hot and swollen since yesterday. The bruising on my thigh went away though. Can I do glute bridges?",
        // The sign told after the words of "over".
        "Knee replacement 2 weeks ago. The wound cleared up last week but now it is red and oozing. Can I do glute bridges?",
        // Over, then back.
        "Knee replacement 3 weeks ago. The wound was oozing, it cleared up, but it is oozing again today. Can I do glute bridges?",
        // Not over.
        "Knee replacement 2 weeks ago. The wound is red and oozing and has not cleared up. Can I do glute bridges?",
        // Words of "over" that go on to say something else.
        "Had TKR 2 weeks ago. My calf is hot and swollen, cleared by my GP for the flight though. Glute bridges?",
        "Had ACLR 2 weeks ago, the wound is oozing, healed in some places. Glute bridges?",
        // Another trouble is what is over.
        "Had ACLR 2 weeks ago and the wound is oozing, the nosebleed I had cleared up though. Glute bridges?",
        "Had TKR 3 weeks ago. My calf is hot and swollen. I had a rash on my arm too, it cleared up. Glute bridges?",
        "Had TKR 2 weeks ago. My calf is hot and swollen. My calf cramps went away though. Glute bridges?",
        // Hoped for, expected, partial, or cleared for something else.
        "Had TKR 3 weeks ago. My calf is hot and swollen. The doctor thinks it will have gone away in a few days. Glute bridges?",
        "Had ACLR 2 weeks ago. The wound is oozing. Hopefully it's healed up by the weekend. Glute bridges?",
        "Had TKR 3 weeks ago and had a fever since yesterday, but the surgeon said I was all cleared for exercise last week. Glute bridges?",
        // Words of over that are of something else: a shop closed, all but the sign fine, a sign-off.
        "ACL surgery 10 days ago. My incision started oozing pus tonight. I went to the pharmacy but it was closed. Glute bridges?",
        "Knee replacement 2 weeks ago. Wound's still oozing, otherwise it's been fine since surgery. Glute bridges?",
        "ACL surgery 3 weeks ago. Scar is red and weeping but I was signed off by my surgeon last week. Glute bridges?",
        // What the sign is of named only after the words of over.
        "Knee replacement 2 weeks ago. The swelling in my knee went down but now my calf is swollen and hot. Glute bridges?",
        // A surgeon who "wasn't going to operate at first" but did: the operation happened.
        "The surgeon said he wasn't going to operate at first but did my ACL reconstruction 10 days ago, now I've got chills and 38.8. Glute bridges?",
        // Still being treated is not over.
        "Knee replacement 3 weeks ago. My wound is red and oozing, I'm on antibiotics for it. Glute bridges?",
        // What the sign is of named after the words of over, with its state: not over.
        "Had ACLR 3 weeks ago. The wound was red, it cleared up, but now the scar is oozing. Glute bridges?",
        // Over, then worse.
        "Had TKR 2 weeks ago. My wound is oozing yellow stuff. The district nurse signed it off last week but it's got worse. Glute bridges?",
        // A sign that stays a warning once it has settled: sudden swelling after a fall, no weight taken.
        "Hurt my knee skiing 2 days ago and cant bear weight on it, the swelling went down though. Can I do squats?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}");
    }
}

/// "No clot" hoped for, planned, asked or of an earlier time, and a sign that "went away last time", do
/// not tell a current sign over; a sign told over of "that", or as "the swelling went down", is over.
#[test]
fn a_sign_over_only_when_told_done_of_this_sign() {
    for q in [
        "Had TKR 2 weeks ago. My calf is hot and swollen. Ultrasound tomorrow to check there's no clot. Glute bridges?",
        "Had TKR 2 weeks ago. My calf is hot and swollen, probably no clot though. Glute bridges?",
        "Had TKR 3 weeks ago. Calf hot and swollen, no clot? Glute bridges?",
        "Had TKR 2 weeks ago. My calf is hot and swollen. It went away last time. Glute bridges?",
        "Had TKR 2 weeks ago. Calf is hot and swollen, it's partly gone down. Glute bridges?",
        "Had TKR 2 weeks ago and the wound is oozing, I went down hard on it yesterday. Glute bridges?",
        "Had ACLR 10 days ago. My calf is hot and swollen. The swelling went down in my knee at least. Glute bridges?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    for q in [
        "Had ACLR 2 weeks ago. My calf got hot and swollen last week but the swelling went down. Glute bridges?",
        "Had TKR 3 weeks ago. My foot went numb after the op but that cleared up. Glute bridges?",
        "Had TKR 2 weeks ago, had a temperature on Friday but that's cleared up. Glute bridges?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// "Gone" tells a sign over ("the swelling has gone since"), but not where it says the sign went ("my
/// temperature has gone up", "it has gone red").
#[test]
fn gone_tells_a_sign_over_unless_it_went_somewhere() {
    let over = ask(
        "Three weeks since my knee replacement. Last week my calf swelled up and the swelling has gone \
         since. Should I do hamstring curls?",
        None,
    );
    assert_ne!(over.verdict, Verdict::Urgent, "{}", over.guidance);
    let for_a_week = ask(
        "ran a low fever day 4 after my meniscectomy, the fever's been gone for over a week. now day 16. \
         banded leg curls ok?",
        None,
    );
    assert_ne!(
        for_a_week.verdict,
        Verdict::Urgent,
        "{}",
        for_a_week.guidance
    );
    for q in [
        "Three weeks since my knee replacement. I have a fever and my temperature has gone up to 39. \
         Should I do hamstring curls?",
        "Two weeks since my knee replacement. My calf is swollen and it has gone red. Should I do squats?",
        "my temperature has gone up since my knee replacement 10 days ago, can I do leg curls?",
        // Where it spread to: past a line drawn round it.
        "ACL repair 10 days ago. The redness round my incision seems bigger every day, I drew round it \
         yesterday and this morning it's gone past the line. Can I do quad sets?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A sign told over and then denied a return ("the locking hasn't come back", "the fever never came
/// back") stays over; told back ("it's come back"), it is current.
#[test]
fn a_return_denied_keeps_a_sign_over() {
    let q = "Three weeks ago my knee twisted on the stairs and locked, I couldn't straighten it for an hour. It \
             unlocked on its own and the locking hasn't come back. Are glute bridges ok?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    for q in [
        "Three weeks ago my knee twisted on the stairs and locked, I couldn't straighten it for an hour. It \
         unlocked on its own but the locking has come back. Are glute bridges ok?",
        // A denial before "worse" is worse.
        "Knee replacement ten days ago, my calf was swollen and hot, it went down but today it's never been \
         worse. Can I do leg raises?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// "Calf's not hot or swollen. Knee's sore, which they said to expect": "they" followed by "said" are
/// people speaking, not the calf pointed back at, so the knee's soreness is no calf sign.
#[test]
fn a_pronoun_that_speaks_points_back_at_no_sign() {
    let q = "Day 10 after my TKR. calf's not hot or swollen. Knee's sore, which they said to expect. Can I \
             do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    let q = "Day 10 after my TKR. My calf was fine yesterday. Today it is sore and tight. Can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// "…went numb for a few minutes after sitting cross-legged, fine now": a sign told as over now is no
/// warning; one that comes back whenever it is done ("goes numb when I walk, fine now though") still is, as
/// is another sign told beside the word ("calf is swollen and hot…, otherwise fine now").
#[test]
fn a_sign_fine_now_is_over() {
    let q = "my foot went numb for a few minutes after sitting cross-legged, fine now. IT band syndrome, is \
             running ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    for q in [
        "my foot goes numb when I walk, fine now though. meniscus tear, can I squat?",
        "my calf is swollen and hot since my TKR 5 days ago, otherwise fine now. can I walk?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A sign told as worn off or long gone ("the numbness from the block wore off the next day", "the fever is
/// long gone", "all normal since") is over; the question is answered on its own terms.
#[test]
fn a_sign_worn_off_or_long_gone_is_over() {
    for q in [
        "my dad's foot went numb after the nerve block for his knee replacement but it wore off by the \
         evening. he's 12 days post op and his hamstring won't switch on. should he do hamstring curls?",
        "ran a fever for a couple of days after my meniscus repair, it's long gone now. 10 days post op and \
         the hamstring feels dead. can I do hamstring curls?",
        "calf was a bit red and hot the first week after my ACL op, all normal since. 3 weeks out now and \
         my hamstring won't contract. are hamstring curls ok?",
    ] {
        let a = ask(q, None);
        assert_eq!(a.verdict, Verdict::OkForNow, "{q}: {}", a.guidance);
    }
}

/// What is over may be named with a short phrase after it ("the fever from week one is long gone", "the
/// swelling in my calf went down"); the sign named again after the words, or the phrase naming another
/// trouble, still tells it present.
#[test]
fn a_sign_named_with_a_phrase_after_it_is_over() {
    for q in [
        "TKR 12 days ago. the fever from the first few days is long gone. my hamstring won't switch on, \
         can I do hamstring curls?",
        "ACL repair 2 weeks ago. the swelling in my calf went down. my hamstring is weak, are leg curls ok?",
    ] {
        let a = ask(q, None);
        assert_eq!(a.verdict, Verdict::OkForNow, "{q}: {}", a.guidance);
    }
    for q in [
        "ACL repair 2 weeks ago. the swelling in my calf went down but my calf is hot and red. leg curls \
         ok?",
        "ACL repair 2 weeks ago. the bruising on my calf went down, my calf is still hot and swollen. leg \
         curls ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// "It broke over a week ago", "it broke after two days": a fever that broke days ago is over, as "it broke"
/// alone is; one that broke after a painkiller is not told over by that.
#[test]
fn a_fever_that_broke_days_ago_is_over() {
    let answer = ask(
        "Had a fever for a couple of days after my knee replacement but it broke over a week ago. 3 weeks out now, nothing else going on. Am I wrong to be doing hamstring strengthening?",
        None,
    );
    assert_ne!(answer.verdict, Verdict::Urgent, "{}", answer.guidance);
    // A fever that broke after a painkiller may only be hidden by it.
    for q in [
        "Had a fever after my knee replacement and it broke an hour ago after paracetamol. 3 weeks out now. Can I do hamstring curls?",
        "had a fever after my knee replacement but it broke after I took my meds. can I do hamstring curls?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}: {}", answer.guidance);
    }
    let answer = ask(
        "had a fever after my knee replacement but it broke after two days. 3 weeks out now, can I do hamstring curls?",
        None,
    );
    assert_ne!(answer.verdict, Verdict::Urgent, "{}", answer.guidance);
}

/// "…it was a chest infection, all sorted": a sign told sorted is over; one still to be sorted ("going
/// to A&E to get it sorted") is not.
#[test]
fn a_sign_sorted_is_over_but_not_one_to_get_sorted() {
    let q = "Fever after my TKR back in June, turned out to be a chest infection, all sorted. Are squats good for me?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    for q in [
        "TKR 3 weeks ago and my calf is hot and swollen, off to A&E to get it sorted. Squats still ok?",
        "Had my ACL op 10 days ago. Fever since last night, GP needs to get it sorted. leg curls ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// "Wound infection early on (sorted…)": words that say when the sign was ("early on", "initially") stand
/// between it and the words that tell it over; a sign still told now after them is not over.
#[test]
fn a_sign_told_when_it_was_then_over_is_over() {
    let q = "ACL reconstruction in June. Wound infection early on (sorted), now I'm limping and weak. leg curls ok?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    let q = "TKR 2 weeks ago. wound infection early on, still oozing today. leg curls ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// A sign told with how long ago it was ("had a temp for a couple of days but that was over a week ago"),
/// or as long over ("the infection is long cleared"), is over; told as now, it is still the warning sign.
#[test]
fn a_sign_told_as_long_ago_or_long_cleared_is_over() {
    for q in [
        "Had a temp for a couple of days after my meniscus repair but that was over a week ago. 3 weeks \
         post op now and my hamstring is still really weak. OK to start hamstring curls?",
        "Knee replaced 3 weeks ago. I had a wound infection the first week. The infection is long cleared. \
         My hamstring barely switches on. Should I do hamstring curls?",
    ] {
        common::assert_verdict(q, Verdict::OkForNow);
    }
    common::assert_verdict(
        "Had my meniscus repaired 3 weeks ago and I've had a temp for a couple of days. OK to start \
         hamstring curls?",
        Verdict::Urgent,
    );
}

/// A denial that widens ("red and hot, not just swelling") tells the sign as more, not over; a plain one
/// ("no swelling by the next day") still tells it over.
#[test]
fn a_denial_that_widens_tells_the_sign_as_more() {
    let q = "My calf is now red and hot after my knee replacement, not just swelling. Can I do leg curls?";
    assert_eq!(common::ask(q, None).verdict, Verdict::Urgent, "{q}");
    let q = "My calf was a bit swollen after my knee replacement but there was no swelling by the next day \
             and it has been fine since. Can I do leg curls?";
    assert_ne!(common::ask(q, None).verdict, Verdict::Urgent, "{q}");
}

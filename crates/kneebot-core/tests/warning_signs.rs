//! Warning signs as members tell them, through the core's public door: a sign comes before any exercise
//! advice, also when the post tells the injury and the sign in different sentences, or the injury is a blow.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// People tell what happened, then what the knee did: the swelling's cause may be a sentence or two before
/// the swelling, and the post may be about someone else.
#[test]
fn a_sign_told_after_its_cause_is_urgent() {
    for q in [
        "I twisted my knee this morning. Within about an hour it swelled up like a balloon. Should I do squats?",
        "My husband slipped on the ice today and twisted his knee. An hour later it had blown up massively. What exercises should he do?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}");
        assert!(answer.overview.is_empty(), "{q}: no exercise list beside a warning sign");
    }
    // Swelling with no injury told near it is not the sudden swelling after an injury.
    let answer = ask(
        "My knee swelled up a lot after my long walk. Should I do squats?",
        None,
    );
    assert_ne!(answer.verdict, Verdict::Urgent);
}

/// A blow to the knee is an injury: a knee stuck bent after it is a warning sign.
#[test]
fn a_blow_to_the_knee_is_an_injury() {
    for q in [
        "Daughter took a hockey stick to the knee yesterday and now it's stuck bent, she can't straighten it at all. Should she stretch it out?",
        "got kicked in the knee at football last night and now I can't straighten it, any exercises?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}");
    }
}

/// "..." and "!!" leave empty pieces between sentences: they do not put the cause out of reach.
#[test]
fn an_ellipsis_does_not_part_a_sign_from_its_cause() {
    let answer = ask(
        "Twisted it this morning... within an hour it had blown up!! Should I do squats?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Urgent);
}

/// A wound that has come apart, told in everyday words, is a warning sign.
#[test]
fn a_wound_come_apart_is_urgent() {
    let answer = ask(
        "Knee replacement 10 days ago. The bottom of the wound has come apart a bit where a staple was. \
         Should I keep doing my bridges?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Urgent);
}

/// Signs in the words of a worried post: a missed step or "felt something catch" is the injury; a keyhole
/// wound told as a "port hole"; a fever read before "on the thermometer"; chest pain told as pain "on the
/// side of my chest when I take a deep breath". A sharp pain in the knee is no chest pain.
#[test]
fn signs_as_worried_members_tell_them() {
    for q in [
        "My 14yo missed the last few steps about an hour ago, knee is swelling up fast and she won't stand on it. Is there a stretch we can do?",
        "Crouched down yesterday, felt something catch and now the knee is stuck bent, I can't get it straight. Should I work it loose with exercises?",
        "12 days post meniscus repair. One of the little port holes is weeping yellow gunk. Can I still go to PT today?",
        "12 days post meniscus repair. Had 100.8 on the thermometer last night but I feel fine. Can I still go to PT today?",
        "3 weeks after my meniscus repair there's a sharp pain on the right side of my chest when I take a deep breath. Is the exercise bike ok?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}");
    }
    for q in [
        "the pain in my knee is sharp when I take the stairs. any exercise for my OA?",
        "I got winded after my run, so I stopped. should I do squats for my OA?",
        "I get knee pain on leg press but not on the chest press. Are squats ok?",
        "Had keyhole surgery on a split meniscus 6 weeks ago, can I do squats?",
        "My MRI report came up on the patient portal, it says a split in the meniscus. Are squats ok?",
        "TKR 3 weeks ago. It was 40 degrees on the thermometer today, should I walk indoors?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// The answer never recommends what the asker cannot do, told as "a no go", in an overview either.
#[test]
fn an_exercise_that_is_a_no_go_is_not_recommended() {
    let answer = ask(
        "Knee replacement 2 years ago, it's never bent past 95 degrees so squats are a no go. What exercises should I be doing?",
        None,
    );
    let squats = answer
        .overview
        .iter()
        .find(|o| o.topic.as_str() == "squats")
        .map(|o| o.verdict);
    assert!(
        matches!(squats, None | Some(Verdict::NotCovered)),
        "{squats:?}"
    );
}

/// Swelling told by what the knee looks like ("went up like a grapefruit") and how many minutes it took,
/// a knee "stuck partly bent" that will not straighten, and breathlessness in everyday words after an
/// operation: each is a warning sign. Going up the stairs is no swelling, and getting puffed out with no
/// operation told is only effort.
#[test]
fn signs_in_everyday_words_are_urgent() {
    for q in [
        "kneecap popped out at netball and popped back in, whole knee went up like a grapefruit in 20 min. coach says do squats tomorrow. thoughts?",
        "She came off the beam awkwardly yesterday and felt a pop. Knee's stuck partly bent and straightening is a no-go. Which rehab moves should she begin?",
        "Saturday I pivoted getting out of the car and something went clunk, since then the knee is stuck in a bent position and will NOT go straight. Would gentle stretches unlock it?",
        "Dad had his new knee put in 8 days ago. He's getting puffed out walking to the loo and his heart is going like the clappers. Should he do his leg exercises in bed?",
        // A tight or heavy feeling across the chest; stairs that leave someone puffing after an operation.
        "Meniscus repair on Monday. Climbing the stairs leaves me puffing now. Can I do my straight leg raises?",
        "ACL surgery 6 days ago and there's a heavy feeling across my chest since this morning. Glute bridges ok?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}");
        assert!(answer.overview.is_empty(), "{q}: no exercise list beside a warning sign");
    }
    for q in [
        "I twisted my knee a bit last month and it went up the stairs in a minute today, a lot better. Should I do squats?",
        "I get puffed out on long walks and my knee aches with arthritis. Are squats ok?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// Everyday words that sound like a sign but are none: a knee that "feels puffed" (swelling, not breath),
/// a heart pounding in hill sprints, an old lump the size of a golf ball, a little swelling after half an
/// hour's run years after an injury. And "did his knee" is an injury that swelling after it follows.
#[test]
fn everyday_words_that_are_no_sign() {
    for q in [
        "TKR 3 weeks ago. Knee feels puffed and stiff. Can I do leg curls?",
        "Had my meniscus scoped last year. When I do hill sprints my heart is pounding. Are squats ok?",
        "Fell two years ago and there's a small lump like a golf ball. Can I do squats?",
        "I twisted my knee years ago and it swells a little in 30 minutes of running. Can I do squats?",
        // "No weight" of the exercise, not of the knee.
        "Tore my MCL two weeks ago. Leg extensions, no weight, 3x15, ok?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    let q = "My son did his knee playing football yesterday, it blew up like a balloon within an hour. Should he do squats?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// After an old tear, a knee that locked and has stayed locked up to now ("for hours", "since this
/// morning") or locked today ("3 hours ago") is locked now; one that used to lock, or locks now and then,
/// tells no sign of the moment.
#[test]
fn a_lock_that_has_lasted_until_now_is_current() {
    for q in [
        "I tore my meniscus two years ago. Got out of the car and the knee locked, it has been stuck bent for 3 hours. Do I do my exercises?",
        "Old ACL tear from 2019. The knee jammed since this morning and will not straighten. Leg curls ok?",
        // Dated today, it is now.
        "I tore my meniscus 2 years ago. It locked 3 hours ago and I cant straighten it. Squats ok?",
        "Had a meniscus tear in 2020. This morning my knee locked and I cannot straighten it. Leg curls?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    for q in [
        "I tore my meniscus two years ago. The knee locked a few times back then. Are leg curls ok?",
        "I tore my meniscus two years ago and it still locks now and then for a second. Are glute bridges ok?",
        // An episode of last month, however long it lasted.
        "Meniscus tear 3 years ago. Last month it got stuck bent for 3 hours but it's fine now. Can I do squats?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// What the sign is of may be named a sentence before and pointed back at ("the incision… it's weeping").
#[test]
fn a_sign_pointed_back_at_is_read() {
    let q = "Knee replacement 12 days ago. The scar was dry and looked good last week. Now it's leaking yellow stuff and the redness is spreading. Can I keep doing my leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    // A pronoun with no wound before it names no wound.
    let q = "Knee replacement 12 days ago. My face went red when I tried it. Can I keep doing my leg curls?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// Told of "it" or "they" after the foot or leg was named, without apostrophes too, a cold, numb or blue
/// foot is a warning sign; cold weather and a blue band are not.
#[test]
fn a_foot_or_leg_pointed_back_at_is_read() {
    for q in [
        "TKR 5 days ago. my foot felt a bit funny after the op. now its numb and cold. leg curls?",
        "meniscectomy a week ago. I checked the stitches this morning. theyre red and the red is spreading up my leg. glute bridges ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    for q in [
        "OA in my knee, my leg hurts more in winter, it's so cold outside. squats ok?",
        "my foot hurts after running. It's a blue band I use. squats ok?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// Falls and knees that take no weight, told in slang ("took a spill", "stacked it", "couldnt weight
/// bear"), are warning signs.
#[test]
fn falls_and_no_weight_in_slang_are_urgent() {
    for q in [
        "Took a spill on my board yesterday, my knee blew up like a balloon within an hour. Squats?",
        "Stacked it on my bike yesterday and cant put weight on my knee. Should I walk?",
        "Fell yesterday, couldnt weight bear. Can I walk?",
        "Twisted my knee stepping off the kerb this morning, hopped home, zero chance of leaning on that leg. Rest, or?",
        "Hyperextended my knee yesterday and it swelled up massively straight away. Squats?",
        "Wiped out skiing yesterday and my knee swelled up massively straight away. Squats?",
        // Not been able to since.
        "Came off my bike on Sunday and landed on the knee. Haven't been able to stand on that leg since. Can I do bridges?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A knee that locked in the middle of a movement, or locked and will not straighten since, is an injury: it
/// is a warning sign. One that locks now and then ("when I climb stairs") tells a habit, not an injury, and
/// one that locked once and let go ("locked up at mile 17… tried an easy run") is no sign now.
#[test]
fn a_knee_locked_mid_movement_is_an_injury() {
    for q in [
        "my knee got stuck bent after a turn in dance class this morning and i cant straighten it. would stretching help",
        "My knee locked during netball practice yesterday and I can't straighten it. Can I do squats?",
        "it jammed mid squat yesterday, can't straighten it since. should i keep squatting?",
        "got up from the sofa and my knee locked, I cant straighten it since. can I do glute bridges?",
        "knee wont straighten since it locked on me in yoga. glute bridges?",
        "locked during netball. cant get it straight. what exercises should I do?",
        // A knee that gave way and will not take weight since.
        "my knee gave way and now it wont take my weight, happened at netball an hour ago. does that mean I tore my ACL?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    let habit = ask(
        "My knee locks up sometimes when I climb stairs, then it clicks free. Should I do squats?",
        None,
    );
    assert_ne!(habit.verdict, Verdict::Urgent, "{}", habit.guidance);
    let let_go = ask(
        "Two weeks ago at mile 17 of my long run my knee locked up completely. I took a couple of days off and \
         tried an easy run. Should I keep running?",
        None,
    );
    assert_ne!(let_go.verdict, Verdict::Urgent, "{}", let_go.guidance);
}

/// An injury told as a turn on the knee or something moving inside it, and a leg that will not hold the
/// person up since: warning signs in lay words.
#[test]
fn lay_words_for_a_knee_that_fails_after_an_injury_are_warning_signs() {
    for q in [
        "twisted my knee at soccer yesterday heard a pop, since then the leg wont hold me up not even a little, \
         it just buckles so im hopping around the apartment. what exercises can I do",
        "I was working in the garden, turned on the knee while squatting and something moved inside. Since then \
         the knee is stuck bent, I cant straighten it. Is good idea to do few squats so it opens again?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // Others hopping about, and arms that will not straighten, are no sign of the knee.
    for q in [
        "I twisted my knee yesterday, and my kids have been hopping around all day. Can I do squats?",
        "I twisted my knee yesterday and I can't straighten my arms after the fall. Glute bridges?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A fever told only as a reading ("hit 38.7 this afternoon"), a wound gone "oozy", and a knee no weight
/// is going through after a fall are warning signs; a bend measured in degrees, the weather and a
/// plaster's instruction are not.
#[test]
fn a_bare_temperature_an_oozy_wound_and_no_weight_through_the_knee_are_warning_signs() {
    for q in [
        "ACL reconstruction ten days ago. Hit 38.7 this afternoon. Are clamshells ok?",
        "The incision has gone a bit oozy since yesterday, 12 days after my knee replacement. Should I keep \
         doing the leg raises?",
        "Came off my bike on Sunday and landed on the knee. No weight is going through it at all. Can I do \
         glute bridges?",
        "Slipped on the stairs two days ago, landed on my knee, and I'm hopping round the flat. Any exercises?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    for q in [
        "ACL reconstruction ten days ago. My bend is at 38.5 degrees of flexion now, can I do clamshells?",
        "Heatwave here, it hit 40.5 yesterday. Had my knee scoped ten days ago, are clamshells ok?",
        "I broke my tibia three weeks ago and no weight goes on that leg till the plate heals. Clamshells ok?",
    ] {
        let answer = ask(q, None);
        assert_ne!(answer.verdict, Verdict::Urgent, "{q}: {}", answer.guidance);
    }
}

/// Warning signs as people type them: "calfs", a temperature told after a few words ("temp has been
/// hovering at about 38.6"), a knee that "won't go fully straight", redness spreading from the scope holes,
/// and a child who "won't stand on that leg at all" after a fall.
#[test]
fn signs_told_in_loose_words_are_still_signs() {
    for q in [
        "My calfs gone hot and puffy since last night, 9 days after my TKR. Keep doing the leg curls?",
        "Temp has been hovering at about 38.6 since Saturday, ACL op was two weeks ago. Glute bridges ok?",
        "Twisted my knee at netball four days ago and it still won't go fully straight. Hamstring curls?",
        "Redness is spreading out from one of the scope holes, meniscectomy last week. Straight leg raises ok?",
        "My son fell off the trampoline yesterday onto his knee and he won't stand on that leg at all. Can he \
         do some stretches?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// A fever "sorted" by paracetamol is hidden, not over: the sign still stands.
#[test]
fn a_fever_a_painkiller_sorted_is_still_a_sign() {
    let q = "Scope on my meniscus three days ago. Ran a bit of a temp last night, 38.6, took paracetamol and \
             that sorted it. Can I start the straight leg raises today?";
    common::assert_verdict(q, Verdict::Urgent);
}

/// A dressing "dry now" does not end a wound that is open, red or leaking; a reading of someone asked
/// about ("my husband had 38.9 last night"), a wound "weepy" or "seeping", a child "hopping everywhere"
/// since a fall are warning signs even when the question asks for a plan.
#[test]
fn signs_stand_through_dry_dressings_and_open_questions() {
    for q in [
        "Wound was leaking pus this morning, it's dry now, TKR a week ago. Squats?",
        "The incision came apart a little at the top, it's dry now though, 11 days after my knee replacement. \
         What should I be including?",
        "My husband had 38.9 last night, a week after his knee replacement. What should he be adding?",
        "The incision is weepy six days after my knee replacement. Which stuff should I actually be doing?",
        "My son fell at school and has been hopping everywhere since. How can my son strengthen his knee?",
    ] {
        let answer = common::assert_verdict(q, Verdict::Urgent);
        assert!(answer.overview.is_empty(), "{q}");
    }
    // Feeling weepy is a mood, and the weather is no fever.
    for q in [
        "I've been weepy and low since the op, the scar is healing well. Three weeks after ACL recon, leg curls?",
        "Heatwave here, it hit 40.5 yesterday. Knee scoped ten days ago, leg curls?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// Readings and wounds as a carer writes them ("Mum's 38.9 tonight", "my son hit 102 last night", "a
/// weepy incision"), a child "hopping to the toilet" since a fall, and a fever that "broke after I took my
/// meds" are warning signs, whatever the question asks.
#[test]
fn a_carers_words_for_signs_are_signs() {
    for q in [
        "Mum's 38.9 tonight, TKR six days ago. What should she be adding?",
        "My son hit 102 last night after his ACL surgery five days ago. How can my son strengthen his knee?",
        "A weepy incision six days after my knee replacement, what should I add?",
        "My daughter is hopping to the toilet since her fall at netball yesterday. What should she add?",
        "Fever broke after I took my meds this morning, TKR a week ago. What should I add?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// A saying that holds a sign's word ("getting proper cabin fever", "my hay fever") is not the sign; a
/// fever told in the same sentence still is.
#[test]
fn a_saying_with_a_signs_word_is_not_the_sign() {
    let q = "Had the reconstruction 3 weeks ago and the crutches are driving me mad. Getting proper cabin \
             fever and just want to be doing SOMETHING. Are leg curls ok?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    let q = "Knee replacement 10 days ago, getting cabin fever stuck inside, and I've had a fever of 38.5 \
             since last night. Leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// "Within like 20 mins it had blown right up, looks like there's a grapefruit in there": sudden large
/// swelling after a twist, told with a word between the verb and "up" and a comparison with "there's", is
/// urgent though the asker can limp. Going "all up and down the stairs" is no swelling.
#[test]
fn swelling_that_blew_right_up_after_a_twist_is_urgent() {
    for q in [
        "Twisted my knee at 5-a-side last night, heard a pop and within like 20 mins it had blown right \
         up, honestly looks like there's a grapefruit in there. I can limp on it a bit. Should I be doing \
         some squats to keep it moving?",
        "Twisted my knee last night, it swelled straight up. Squats ok?",
        "Twisted my knee last night, looks like there's a grapefruit in there. Squats ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    let q = "Twisted my knee last night, it went all up and down the stairs fine. Squats ok?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// Warning signs in clinical words and a clot named by the asker are urgent: "I think I have a DVT",
/// "possible blood clot in my leg", "post-op pyrexia", "febrile", "paresthesia and cyanotic toes". A clot
/// had and treated, or one a scan ruled out, is not; nor is "afebrile".
#[test]
fn clinical_words_and_a_clot_named_are_urgent() {
    for q in [
        "I think I have a DVT in my calf after my TKR, can I still do bridges?",
        "possible blood clot in my leg 10 days after ACL surgery, ok to do leg curls?",
        "DVT symptoms in my calf after knee surgery, can I walk?",
        "post-op pyrexia day 3 after ACLR, ok to do quad sets?",
        "febrile since yesterday, day 5 post meniscectomy. quad sets ok?",
        "paresthesia and cyanotic toes after knee scope, ok to do glute work?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    for q in [
        "Had a suspected DVT at 2/52 post R TKA - Doppler was negative, no issues since. Now 10/52 \
         post-op, walking round the shops without the stick. Can I keep doing the hamstring curls?",
        "New knee went in this January and I got a blood clot in the calf soon after, treated and signed \
         off in February. Now walking fine, 4 months on. Is it alright to go back to the leg curl machine?",
        "afebrile, day 5 post meniscectomy. quad sets ok?",
    ] {
        assert_ne!(common::ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// Signs told in clinical notes ("calf edema + mild erythema" after a TKA) or after an operation named by
/// its kind alone ("Revision two weeks ago. I had a temprature of 38.4"): urgent, no exercise advice.
#[test]
fn signs_in_clinical_notes_and_after_a_revision_are_urgent() {
    for q in [
        "POD6 s/p R TKA. Unilateral R calf edema + mild erythema, afebrile. OK to continue the HS curls?",
        "Revision two weeks ago. I had a temprature of 38.4 last night, probably a cold off the grandchildren. \
         Should I still do my bridges?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}: {}", answer.guidance);
    }
}

/// Chest pain or breathlessness after surgery sends the member to emergency services now; a hot calf
/// sends them to their surgeon, doctor or urgent care now, emergency services if it is severe.
#[test]
fn a_sign_marked_emergency_calls_for_emergency_services() {
    let chest = common::assert_verdict(
        "knee replacement 9 days ago and now my chest feels tight and I get short of breath on the stairs. \
         keep walking?",
        Verdict::Urgent,
    );
    let calf = common::assert_verdict(
        "knee replacement 9 days ago and my calf is hot and swollen. keep walking?",
        Verdict::Urgent,
    );
    assert_ne!(chest.guidance, calf.guidance);
    assert!(
        chest.guidance.contains("emergency services now"),
        "{}",
        chest.guidance
    );
    assert!(!calf.guidance.contains("today"), "{}", calf.guidance);
}

/// The calves said to be fine now ("calves both fine") are no calf sign, though the knee is puffy in the
/// same sentence; a calf that was fine and now is hot and swollen is one.
#[test]
fn calves_said_to_be_fine_are_no_calf_sign() {
    let answer = common::ask(
        "Knee replacement 6 weeks ago. Knee is a bit puffy in the evenings, no redness, calves are fine. \
         Can I keep walking?",
        None,
    );
    assert_ne!(answer.verdict, Verdict::Urgent, "{}", answer.guidance);
    common::assert_verdict(
        "knee replacement 2 weeks ago. my calf was fine yesterday but now its hot and swollen. can I walk?",
        Verdict::Urgent,
    );
}

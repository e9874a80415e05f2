//! Warning signs as members tell them, through the core's public door: signs of every kind in a worried post
//! or in everyday words, and those of a wound, a fever, a calf or a foot: a wound come apart, weepy, oozy or
//! leaking from a stitch, redness spreading, a temperature told only as a reading or "sorted" by a
//! painkiller, a swollen calf, numb toes, a sign pointed back at, in clinical words or notes, or in a carer's
//! words. A sign comes before any exercise advice, also when the question asks for a plan; everyday words
//! that only sound like a sign are none.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

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
        // A wound sign denied with "nothing" or "zero" (and pointed back at with "it").
        "Knee scope 2 weeks ago. The scar itches. Thankfully it's dry and there's nothing leaking. Bridges ok?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    let q = "Knee scope 2 weeks ago. The scar itches. Since this morning it's leaking. Bridges ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    let q = "My son did his knee playing football yesterday, it blew up like a balloon within an hour. Should he do squats?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
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

/// Liquid from one stitch is a wound sign as much as from the stitches.
#[test]
fn liquid_from_a_stitch_is_a_wound_sign() {
    let q = "Meniscus repair two weeks ago. Some yellowish liquid is coming from the lower stitch. Can I walk on \
             the treadmill?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent);
}

/// "A big boot" on a broken lower leg is no swollen calf; a calf "twice as big as the other" is.
#[test]
fn big_is_a_swollen_calf_only_of_the_calf_itself() {
    let q = "I fractured the thin bone on the outside of my lower leg a week ago, no operation, just a big \
             boot. Can I do hamstring curls lying on the bed?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    for q in [
        "Since the op my calf looks twice as big as the other one. Can I walk?",
        "my calf is fatter this week and aches when i walk. squats ok?",
        "my calf got big overnight and it aches. can i do squats?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// "Had my knee done monday" is an operation, so a fever after it told as "running a fever" or "shivery and
/// burning up all night" is urgent (the fever's "running" is no exercise).
#[test]
fn a_fever_after_a_knee_done_on_a_weekday_is_urgent() {
    for q in [
        "had my knee done monday, running a fever. can i still do my exercises",
        "had my knee done monday, been shivery and burning up all night, sweating buckets. can I do my \
         exercises?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// A wound's redness that "has gone bigger" after a nurse called it normal is spreading, not over; toes
/// that "keep going dead" are numb. Both urgent after an operation.
#[test]
fn spreading_redness_and_toes_going_dead_are_urgent() {
    for q in [
        "My dad had his total knee replacement 11 days back. There is some yellowish fluid coming from the \
         bottom end of the scar, the district nurse said last week that it is normal healing but now the \
         red area around it has gone bigger, almost to the shin. Can he walk more?",
        "Had keyhole on my knee on the 2nd. Since then my toes keep going dead, like no feeling at all for \
         a while. is it ok to do the straight leg raises they gave me",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // A hamstring "gone dead" is a muscle that will not fire, not a numb leg.
    let q = "Broke my ankle 2 weeks ago. The hamstring on that leg has gone dead, I squeeze and there's not a \
             flicker. Would a few hamstring curls help?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// A foot "gone numb" typed without its apostrophe ("my foots gone numb"), a foot gone "blueish", and a
/// dressing "soaked through" after an operation are warning signs.
#[test]
fn numb_or_blueish_feet_and_soaked_dressings_are_warning_signs() {
    for q in [
        "my foots gone numb and kinda blueish since they put the brace back on after my menisectomy on tues. \
         is it still ok to do the hamstring isometrics the physio gave me?",
        "my foot's gone kinda blueish since the op. ok to do leg curls?",
        "the dressing over my kneecap keeps getting soaked through, had to change it twice today. 8 days since \
         the cartilage op. when can i start glute bridges?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}: {}", answer.guidance);
    }
}

/// The calf told without the sign at the end of its sentence ("knee is hot and swollen as expected, calf
/// soft and not tender") is no swollen calf: the swelling is the knee's. A calf denied one sign but told
/// another, or another calf denied, is still the warning sign.
#[test]
fn a_calf_told_without_the_sign_beside_a_swollen_knee_is_none() {
    for q in [
        "TKR last Thursday. knee is hot and fat as expected, calf soft and not tender. physio gave me \
         hamstring sets, are they alright to do?",
        "TKR 5 days ago. knee is swollen and warm, calf is soft and not sore. can I do leg curls?",
    ] {
        common::assert_verdict(q, Verdict::OkForNow);
    }
    for q in [
        "TKR 5 days ago. my calf's not painful but it's swollen and hot. can I do leg curls?",
        "TKR 5 days ago. My calf is hot and swollen. My other calf is not sore. can I do leg curls?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

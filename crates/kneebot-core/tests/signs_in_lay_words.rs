//! Warning signs and their ends as members tell them in everyday words, through the core's public door:
//! a foot that cannot be put down, a knee that balloons after a wipeout, a clot a clinician has signed off.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// A foot that cannot be put down after an injury takes no weight: urgent, whatever exercise is asked about.
#[test]
fn a_foot_that_cannot_be_put_down_after_an_injury_is_urgent() {
    for q in [
        "Rolled my knee on the stairs this morning and felt a pop. Can't put my foot on the ground, so are squats out?",
        "Twisted it at five-a-side last night. I'm unable to put my leg down at all. Glute bridges meanwhile?",
        "Fell off a ladder yesterday, it buckled under me, hopping around the house since. Walking ok?",
        "Tackled at football on Saturday, hopped off the pitch and I'm still hopping about. Leg curls?",
        "Slipped on the stairs yesterday. Hopping everywhere, is walking ok?",
        "Fell playing football last night, now I can put no weight through that leg. Should I try squats?",
        "Slipped on the stairs last night, can put no weight on the leg. Can I do leg curls?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // Putting a foot down is no warning sign when nothing says it cannot be done.
    let q = "Tore my ACL in March. I put my foot down flat when I walk now, should I do leg curls?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// "Wipeout" is a fall: a knee that swells up big right after one is urgent.
#[test]
fn swelling_after_a_wipeout_is_urgent() {
    let q = "Ski wipeout this morning and within an hour my knee swelled up huge. Can I do glute bridges?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::Urgent, "{}", answer.guidance);
    // Without the fall, a knee that puffs up a little after a long walk is not this sign.
    let q = "My knee swells a bit after long walks with my arthritis. Are squats ok?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// A clot that a clinician has signed someone off from is over; one not yet signed off is not.
#[test]
fn a_clot_signed_off_is_over() {
    let over =
        "After my knee replacement last spring my calf went hot and swollen, a clot, but the \
                consultant signed me off in the autumn. Can I do glute bridges now?";
    let answer = ask(over, None);
    assert_ne!(answer.verdict, Verdict::Urgent, "{}", answer.guidance);
    let now = "After my knee replacement my calf is hot and swollen, the consultant will sign me off next \
               week. Can I do glute bridges now?";
    assert_eq!(ask(now, None).verdict, Verdict::Urgent);
}

/// A clinician signing someone off work or sick is a sick note: the sign it sits beside is still there.
#[test]
fn a_sick_note_does_not_end_a_sign() {
    let q = "My calf is hot and swollen since my knee replacement 2 weeks ago, the GP signed me off work. \
             Glute bridges ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent);
}

/// A sign denied later ("I don't have any fever since", "no more swelling") is over; denied only in hope,
/// or denied and then told again, it is not.
#[test]
fn a_sign_denied_later_is_over() {
    for q in [
        "After my ACL surgery I had fever for two days in the second week. The surgeon gave antibiotics and \
         since three weeks I don't have any fever. Are glute bridges ok?",
        "In October I had a blood clot in my calf, it was swollen and red, I took blood thinners. The last \
         ultrasound was clear and no more swelling since long time. Leg curls ok?",
    ] {
        let answer = ask(q, None);
        assert_ne!(answer.verdict, Verdict::Urgent, "{q}: {}", answer.guidance);
    }
    for q in [
        "After my knee replacement my calf is hot and swollen. Hopefully no more swelling by Friday. Glute bridges?",
        "My calf went hot and swollen after my knee replacement. No swelling this morning but the calf is hot. Glute bridges?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// Liquid from one stitch is a wound sign as much as from the stitches.
#[test]
fn liquid_from_a_stitch_is_a_wound_sign() {
    let q = "Meniscus repair two weeks ago. Some yellowish liquid is coming from the lower stitch. Can I walk on \
             the treadmill?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent);
}

/// A sign told over in the words people use: far from the subject ("the swelling's been completely gone
/// for over a week"), for a time ("fully healed for months"), "sorted out", or in a sentence that leaves
/// the subject out ("All healed since"). Not when a state of the sign follows, nor when the words go on to
/// something else ("Finished the antibiotics yesterday").
#[test]
fn a_sign_told_over_in_everyday_words() {
    for q in [
        "TKA 3 weeks ago. My calf got swollen and hot, the ER found a clot and the swelling's been completely \
         gone for over a week. Can I do glute bridges?",
        "ACLR 7 months ago. Had a wound infection around week 2, antibiotics sorted it and the incision has \
         been fully healed for months. Leg curls ok?",
        "Meniscus repair in April, then a fever in May that the antibiotics sorted out. Glute bridges ok?",
        "Meniscus repair in April, then a fever in May. All healed since, thank God. Glute bridges ok?",
    ] {
        let answer = ask(q, None);
        assert_ne!(answer.verdict, Verdict::Urgent, "{q}: {}", answer.guidance);
    }
    for q in [
        "Knee replacement 2 weeks ago. My wound is oozing. Finished the antibiotics yesterday. Glute bridges?",
        "Knee replacement 2 weeks ago. The wound got infected, antibiotics sorted it, but it's weeping. Glute \
         bridges?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A fall told by how it happened ("caught my foot on the rug and went down on my knee") is an injury: a
/// knee that cannot take weight after it is urgent. Kneeling on purpose is no fall.
#[test]
fn a_fall_told_by_how_it_happened_is_an_injury() {
    for q in [
        "Caught my foot on the rug last night and went down on my knee. This morning I cant stand on it at all. Would gentle hamstring curls help?",
        "clipped my toe on the kerb and went down hard on both knees yesterday, can't stand on the left one now. squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    let kneeling = ask(
        "I went down on my knees to weed the garden and they ache a bit afterwards, I have arthritis. Are squats good for me?",
        None,
    );
    assert_ne!(kneeling.verdict, Verdict::Urgent);
}

/// A scan or a test that came back clear tells a clot over; a sign told as present after it is not over.
#[test]
fn a_clear_scan_tells_a_clot_over() {
    let over = ask(
        "Three weeks after my hip replacement I had a clot in my calf, hot and swollen. It was treated and the follow-up scan was clear. Walking well now. Are glute bridges a good idea?",
        None,
    );
    assert_eq!(over.verdict, Verdict::Recommended, "{}", over.guidance);
    let now = ask(
        "My calf was hot and swollen after the op. The scan was clear but it is still hot and swollen today. Can I do bridges?",
        None,
    );
    assert_eq!(now.verdict, Verdict::Urgent);
}

/// A knee that "became enormous" within the hour after a fall, and one that has "not been able to take
/// any weight" since a slip, are to be seen to now.
#[test]
fn swelling_told_as_growing_and_weight_not_taken_since_a_slip_are_urgent() {
    for q in [
        "Came off my bike this afternoon and twisted my knee. Within an hour it became huge, like a ball. Should I still do squats tomorrow?",
        "Slipped on the stairs on Sunday and since then I have not been able to put any weight on my left leg. Can I keep walking for my arthritis?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    let slow = ask(
        "I have arthritis and my knee got a bit bigger over the years. Can I do squats?",
        None,
    );
    assert_ne!(slow.verdict, Verdict::Urgent);
}

/// A sign denied after the words that tell it over ("…all healed now, no fever since July") is over too; a
/// sign denied while another is told ("no fever now but the wound is oozing") leaves the other.
#[test]
fn a_sign_denied_after_it_is_told_over_is_over() {
    let over = ask(
        "ACL repair in the summer. A week later I ran a temperature of 39 and the cut got infected, tablets for a week, fully healed now, no temperature since September. Are glute bridges alright?",
        None,
    );
    assert_ne!(over.verdict, Verdict::Urgent, "{}", over.guidance);
    let other = ask(
        "ACL repair in the summer. I ran a temperature of 39 last week, no temperature now but the cut is oozing. Are glute bridges alright?",
        None,
    );
    assert_eq!(other.verdict, Verdict::Urgent);
}

/// "Turned my knee" on something is a twist: a knee that swells up fast after it is urgent. Turning a
/// knee out in a squat is a cue, no injury.
#[test]
fn a_knee_turned_on_a_step_is_an_injury() {
    let q = "Turned my knee at netball on Saturday and it blew up like a balloon within twenty minutes. Bridges ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    let cue = ask(
        "My trainer says I turned my knee out too far in my squats. Are glute bridges ok for my arthritis?",
        None,
    );
    assert_eq!(cue.understood.event, None, "{}", cue.guidance);
    let cue = ask(
        "I have arthritis and I turned my knee in when squatting, my trainer said. Are glute bridges ok?",
        None,
    );
    assert_eq!(cue.understood.event, None, "{}", cue.guidance);
}

/// Breathlessness told as being "puffed and…", and a tightness told across the chest, after an operation.
#[test]
fn puffed_and_a_tight_chest_after_surgery_are_urgent() {
    for q in [
        "Ten days since my knee replacement. I get puffed and dizzy just walking to the letterbox. Can I start leg curls?",
        "Hip op three weeks ago, there's a heaviness across my chest when I climb the stairs. Are glute bridges ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    // A bar held across the chest is no tightness in it.
    let q = "I have arthritis. I do front squats with a heavy bar across the chest. Are glute bridges ok?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// "It's been totally fine since" tells a sign over, past the adverb; a state that lasted "until today" or
/// held "before that" is over no longer.
#[test]
fn fine_since_tells_a_sign_over_unless_it_ended() {
    let over = "Locked after a fall in March, couldn't straighten it for two days; it's been absolutely fine since. Squats ok?";
    assert_ne!(ask(over, None).verdict, Verdict::Urgent, "{over}");
    for now in [
        "Fell this morning and my knee locked, I can't straighten it. It was fine ever since my op until today. Squats ok?",
        "My knee locked after a fall this morning and I can't straighten it, it had been fine since the op before that. Squats ok?",
        "My knee locked after a fall this morning and I can't straighten it. It's been fine since the op, until this morning. Squats ok?",
        // "Since" giving a reason tells nothing over.
        "Knee replacement 3 weeks ago. My calf is red and swollen but it's fine since it isn't hot. Glute bridges ok?",
    ] {
        assert_eq!(ask(now, None).verdict, Verdict::Urgent, "{now}");
    }
}

/// Swelling told by what the knee grew to the size of, after a fall: urgent. The same fruit named of
/// something else is no sign.
#[test]
fn a_knee_the_size_of_a_fruit_after_a_fall_is_urgent() {
    for q in [
        "fell off a ladder on saturday and within an hour the knee was the size of a grapefruit. can i still do my squats",
        "Slipped at netball, the knee went as big as an orange by the time I got home. Leg curls ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    let q = "I have arthritis and eat a grapefruit every morning before my walk. Is walking good for me?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// A knee "massive, like someone had inflated it" within an hour of a fall, and a leg that "hasnt taken
/// any weight since" landing awkwardly: warning signs, told as people tell them.
#[test]
fn sudden_swelling_and_no_weight_told_in_lay_words_are_warning_signs() {
    for q in [
        "Took a spill on my bike around 8 this morning and by 9 the knee was massive, like someone had \
         inflated it. Ice plus a few gentle squats to keep it mobile, yes?",
        "came down awkward off a rebound at basketball last night. the leg hasnt taken any weight since, ive \
         been hopping to the kitchen and back. which exercises will get it moving again?",
        // Told of someone else: the leg that won't hold him, and "he's been hopping around".
        "My son landed badly at basketball on Thursday and felt a pop. The leg won't hold him at all when he \
         stands, what exercises should he start?",
        "My husband twisted his knee on the stairs yesterday, he's been hopping around the flat ever since. \
         Which exercises can he do?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // What will not hold someone else is no sign of the knee: a toddler not carried, a plank not held.
    for q in [
        "Tore my ACL three weeks ago and my little one wants carrying everywhere but I can't carry her now. \
         Can I do glute bridges?",
        "I hopped round to the chemist this morning for ice. Twisted my knee last month. Are squats ok?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A locked knee told as over for good ("it's straightened fine ever since"): the exercise ruling answers,
/// not the warning. Told of a moment or of other things, the sign stays current: "it straightens fine when
/// I lie down", "I just want it back to normal", "my knee bend is back to normal".
#[test]
fn a_sign_told_over_for_good_is_over_but_not_one_told_of_a_moment() {
    let q = "Knee locked after a tackle in April and I couldn't straighten it, ended up having a meniscus repair \
             in May. It's straightened fine ever since. Are squats ok to start now?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    for q in [
        "twisted my knee yesterday and now it locks, i cant straighten it. it straightens fine when i lie down \
         but locks when i stand. can i do squats",
        "My calf is hot and swollen since yesterday. I just want it back to normal. What exercises can I do?",
        "Had TKR 3 weeks ago. Calf is hot and swollen. My knee bend is great, its back to normal. Can I do squats?",
        "My calf is swollen and red, the swelling has all settled around the ankle now. squats ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
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

/// Calf pain after an operation told as metal put in a bone ("a nail put in my tibia", "screws in my knee")
/// is a warning sign; landing awkwardly is an injury however the sentence goes on, but "came down badly
/// with flu" is an illness.
#[test]
fn operations_with_metal_and_awkward_landings_keep_their_warning_signs() {
    for q in [
        "I had a nail put in my tibia 2 weeks ago. My calf is really sore and tight. Can I do heel slides?",
        "Had screws in my knee 2 weeks ago and now my calf is painful. Can I do straight leg raises?",
        "I came down awkwardly trying to catch the ball and my knee swelled up within an hour. Can I do squats?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    let q = "Came down badly with flu last week, can I do squats with my arthritis?";
    assert_eq!(ask(q, None).understood.event, None, "{q}");
}

/// A fall told as going down on a surface is an injury, and a knee that "has stayed bent" or "simply won't
/// straighten" after it is locked; "won't take even a bit of my weight" takes none. The swelling that
/// "went down on the ice packs" is no fall.
#[test]
fn a_knee_locked_or_taking_no_weight_after_going_down_on_the_ice_is_urgent() {
    for q in [
        "I'm 85 and went down on the ice on the church steps this morning. The knee has stayed bent and it simply won't straighten. Would some gentle exercise loosen it up?",
        "Went down on the ice yesterday and my knee still won't straighten. Glute bridges?",
        "Twisted my knee playing netball on Saturday and it won't take even a bit of my weight. Bridges?",
        "I went down on the ice this morning and my knee swelled up like a balloon straight away. Squats tonight?",
        // A knock on the head of a bone is a knock, not the saying for stopping.
        "took a knock on the head of the fibula playing rugby on saturday. now the knee won't straighten. squats ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    let q = "The swelling went down on the ice packs and the knee has stayed bent since my op, it just won't \
             straighten fully. Leg curls?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    // Going down on the floor on purpose is no fall.
    let q = "Went down on the floor to play with the grandkids yesterday and my knee ached after. I have \
             arthritis. Are leg curls ok?";
    assert_ne!(
        ask(q, None).understood.event.as_deref(),
        Some("fresh injury"),
        "{q}"
    );
}

/// A chest that "feels squeezed" is chest pain, and being "out of puff" after an operation is breathlessness;
/// out of puff running up hills, with no operation, is only effort.
#[test]
fn a_squeezed_chest_or_being_out_of_puff_after_surgery_is_urgent() {
    for q in [
        "Total knee replacement 3 weeks ago. Getting out of puff going from the bed to the bathroom, I put it down to being unfit. Would more walking help?",
        "Three weeks after my ACL surgery my chest feels squeezed when I walk. Walking ok?",
        "Knee replacement 8 days ago. Last night my chest was tight and I felt a bit dizzy. Can I keep doing my hamstring curls?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // Out of puff with no operation, and a chest pressed or squeezed at the gym, are effort.
    for q in [
        "I get out of puff running up hills. Should I do squats for my arthritis?",
        "I chest pressed 60kg today and did leg extensions after. Are leg extensions bad with my arthritis?",
        "Did cable flys with my chest squeezing at the top, then squats. are squats ok with a meniscus tear?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A knee felt to "go" or "give" is an injury, so swelling "puffed right up" inside the hour after it is
/// sudden swelling; a chest that "has felt tight" and getting "winded" after surgery are breathing signs.
#[test]
fn a_knee_felt_to_go_and_a_chest_that_has_felt_tight_are_told_signs() {
    for q in [
        "Turned sharply at five-a-side and felt my knee go. Inside the hour it was double the size of the other \
         one. What exercises will help?",
        "Knee replacement nine days ago. My chest has felt tight since lunchtime. Can I do my glute bridges?",
        "Knee replacement nine days ago. My chest's been tight all evening. Can I do my glute bridges?",
        "Felt my knee go at hockey last night and it ballooned straight away. Leg curls?",
        "Knee replacement nine days ago. I get winded on the stairs. Can I do my glute bridges?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // A knee felt to "go stiff" is no injury.
    let q = "Arthritis in my knee. I felt my knee go stiff in the car yesterday. Are leg curls ok?";
    assert_eq!(ask(q, None).understood.event, None, "{q}");
}

/// Chest pain told by how it feels ("a sharp sensation across my chest") and breathlessness told as
/// having "been puffed out" since an operation are warning signs, whatever the asker blames them on.
#[test]
fn chest_pain_by_its_feel_and_having_been_puffed_out_are_signs() {
    for q in [
        "Knee scope last Thursday. A sharp sensation across my chest keeps catching me, probably just \
         stress. Fine to do my quad sets?",
        "Knee replacement 12 days ago and I've been puffed out climbing the stairs since yesterday. Glute \
         bridges ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // A sharp pain by a chest freezer is the knee's; someone else out of breath is no sign of the asker's.
    for q in [
        "I get a sharp pain when bending over the chest freezer at work, it's my knee. Are squats okay?",
        "My husband has been puffed out pushing my wheelchair since my knee surgery last week. Can I do glute \
         bridges?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A knee "jarred" or "wrenched" is injured, so one stuck bent after it is a locked knee; the words said of
/// a person are not.
#[test]
fn a_jarred_knee_stuck_bent_is_a_sign() {
    for q in [
        "Jarred my knee at netball last night and now it's stuck bent, won't go straight. Can I do squats?",
        "Wrenched my knee getting out of the car and it's stuck bent now. Can I do squats?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // "Whacked" after a shift is tiredness, no injury: the ongoing condition's ruling stands.
    let q = "I'm absolutely whacked today after a double shift. Can I do leg curls for my knee arthritis?";
    common::assert_verdict(q, Verdict::Avoid);
}

/// A knee forced out of line or a throw in a sport is an injury, so a knee stuck bent after it is locked:
/// urgent. "It's" typed without its apostrophe ("its stuck bent") tells the same lock.
#[test]
fn a_knee_stuck_bent_after_a_throw_or_a_sideways_twist_is_urgent() {
    for q in [
        "got thrown awkwardly at judo last night, knee went sideways. this morning its stuck slightly bent \
         and I cant straighten it all the way no matter what. can I do some squats to loosen it up?",
        "my knee went sideways at training yesterday and now it won't straighten. can I do squats?",
        "got thrown at judo on monday and now I cant straighten my knee. can I do squats?",
        "this morning its stuck slightly bent and I cant straighten it. can I do squats?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // A throw with the knee fine since is no warning sign.
    let q =
        "Got taken down hard in sparring last week. Knee feels ok now, bit sore. Can I do squats?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
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

/// Breathlessness told of someone else ("she cant catch her breath") or as breathing that "feels hard
/// and fast", and a calf that is "killing me", after surgery: urgent (review 33 found them answered as
/// not covered, and with leg-curl advice).
#[test]
fn breath_and_calf_pain_in_everyday_words_after_surgery_are_urgent() {
    for q in [
        "mom had her TKR 10 days ago and she cant catch her breath since this morning. should she do her \
         exercises today?",
        "my husband had his knee replaced 10 days ago and he cant catch his breath. should he do his \
         exercises?",
        "knee replacement 10 days ago, breathing feels hard and fast. exercises ok?",
        "acl surgery 1 week ago and my calf is killing me, cant touch it. leg curls?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    // Not breath after a hard walk told as over, nor a joke about a workout.
    let q = "ACL reconstruction 3 weeks ago. This leg day is killing me lol, are bridges ok?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

//! Warning signs after an injury as members tell them in everyday words, through the core's public door: a
//! fall told as a wipeout, a spill, going down on the ice or by how it happened, a knee turned, twisted or
//! landed on awkwardly, and after it swelling that balloons, grows to the size of a fruit or "blew right up",
//! or a foot that cannot be put down and a leg that takes no weight; a calf sore after metal was put in a
//! bone. The cause may be told a sentence or an ellipsis before the sign; the sign comes before any exercise
//! advice.

use crate::common;

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

/// "..." and "!!" leave empty pieces between sentences: they do not put the cause out of reach.
#[test]
fn an_ellipsis_does_not_part_a_sign_from_its_cause() {
    let answer = ask(
        "Twisted it this morning... within an hour it had blown up!! Should I do squats?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Urgent);
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

/// A fall told in sports words ("went down hard", "wiped out") is an injury: a knee that takes no weight
/// after it is a warning sign.
#[test]
fn a_fall_in_other_words_is_an_injury() {
    for q in [
        "Went down hard on a ski run 2 days ago, still can't put any weight through it. Glute bridges ok?",
        "wiped out on my bike yesterday and now i cant put any weight on my knee, should i do squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A fall in sports words, then swelling within minutes, is the sudden swelling after an injury.
#[test]
fn swelling_after_a_fall_in_sports_words_is_urgent() {
    for q in [
        "Went down hard skiing yesterday and my knee swelled up massively straight away. Squats?",
        "Took a tumble yesterday and my knee swelled up like a balloon straight away. Squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    // "Wiped out" a pizza is no fall.
    let q =
        "I wiped out a whole pizza last night lol. Should I do leg curls for my knee arthritis?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}

/// Yellow is a wound's sign as what comes out of it ("weeping yellowish stuff", "yellow gunk leaking"),
/// not as a bruise's colour ("some yellowy bruising down my shin") beside an itchy scar.
#[test]
fn yellow_is_a_sign_as_what_comes_out_not_as_a_bruise() {
    common::assert_verdict(
        "Knee replacement was 3 weeks ago. The scar is itchy and there's some yellowy bruising down my shin, but no heat or swelling in my calf and no temperature. Hamstring still feels weak as anything. Should I do the hamstring exercises on my sheet?",
        Verdict::OkForNow,
    );
    for q in [
        "9 days after my ACL op and theres yellow gunk on the scar. can I do leg curls?",
        "10 days post meniscectomy. incision's kinda weeping yellow stuff. leg curls ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// A sign told around an aside that ends in "!" or "." is one sentence: the calf and what is wrong with it
/// are read together, on either leg.
#[test]
fn a_sign_told_around_an_exclaimed_aside_is_urgent() {
    for q in [
        "Left TKR 9 days ago. Now my RIGHT calf (the good leg!) is red and sore to touch. Still ok to do my bridges tonight?",
        "ACL op 2 weeks ago. My calf (same side!!) is hot and swollen. Can I keep walking?",
        "Meniscus repair last week, my calf (2cm more, I measured.) is bigger and tender, ok to do leg curls?",
        // A denial inside the aside does not reach across it.
        "TKR 10 days ago, knee feels great (zero pain!) calf is hot and swollen since last night. ok to keep doing my leg curls?",
        "knee looks good (no swelling.) calf is red and sore, 2 weeks after my ACL op. bridges ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// A fall told by what caused it ("the dog pulled me over", "a scooter knocked me flying") is an injury: a
/// knee that swelled up after it or takes no weight is to be seen to.
#[test]
fn a_fall_told_by_its_cause_makes_swelling_and_no_weight_urgent() {
    for q in [
        "My dog pulled me over and my knee swelled up huge, can't put weight on it. Can I do squats?",
        "a kid on a scooter knocked me flying yesterday, knee blew up like a balloon. ok to walk on it?",
        "the crowd pushed her to the ground at the match on Saturday and now she can't put any weight on her knee. what exercises should she do?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// "Knocked over this morning", "fell over yesterday": "over" before a day told as a point is the verb's,
/// so the day dates the fall; over a stretch of days it is still how long something lasted.
#[test]
fn over_before_a_day_belongs_to_the_fall() {
    for q in [
        "I got knocked over this morning, knee is sore. squats ok?",
        "the dog pulled me over yesterday, knee is sore. squats ok?",
        "fell over this morning on the ice, knee is a bit sore. can I still do my bridges?",
    ] {
        assert_eq!(common::event(q).as_deref(), Some("fresh injury"), "{q}");
    }
    // Taken somewhere is no fall.
    let q = "the physio took me down to the gym this morning, knee is sore. squats ok?";
    assert_ne!(common::event(q).as_deref(), Some("fresh injury"), "{q}");
}

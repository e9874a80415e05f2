//! Limits as members say them in passing, through the core's public door: a ban on a list that opens with
//! an exercise the material does not cover ("can't do lunges or squats yet"), "squatting is a no", "not
//! supposed to squat yet", "squats will have to wait", a ban on a kind of movement ("no impact activities")
//! or an order to keep weight off the leg. The exercise ruled out is never recommended, in a
//! ruling or in an overview; a count that only looks like a cap ("up to 25 minutes") limits nothing.

use crate::common;

use common::ask;
use kneebot_core::{Answer, Verdict};

/// Whether `answer`'s overview recommends `topic`.
fn recommends(answer: &Answer, topic: &str) -> bool {
    answer
        .overview
        .iter()
        .any(|l| l.topic == topic && l.verdict == Verdict::Recommended)
}

#[test]
fn squats_ruled_out_in_passing_are_not_recommended() {
    for story in [
        "My physio said I can't do lunges or squats yet, ACL reconstruction three weeks ago.",
        "My surgeon banned lunges and squats after my knee replacement two months ago.",
        "Doc says squatting is a no for now with my meniscus tear.",
        "I'm not supposed to squat yet per my surgeon, meniscus repair five weeks ago.",
        "My physio said squats will have to wait, knee osteoarthritis.",
    ] {
        let yes_no = ask(&format!("{story} Are squats good for me?"), None);
        assert_eq!(
            yes_no.verdict,
            Verdict::NotCovered,
            "{story}: {}",
            yes_no.guidance
        );
        let open = ask(&format!("{story} What should I actually be doing?"), None);
        assert!(!recommends(&open, "squats"), "{story}: {:?}", open.overview);
    }
}

#[test]
fn a_count_that_looks_like_a_cap_limits_nothing() {
    let q = "Knee osteoarthritis. I do up to 25 minutes on the treadmill most days. Is walking good for me?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// "Not really an option" and "not really possible" rule the exercise out of an overview; "a no brainer",
/// "not supposed to feel pain" and a list that turns into a new clause ("lunges and squats feel fine") do
/// not rule anything out.
#[test]
fn loose_limits_are_read_and_look_alikes_are_not() {
    for (story, topic) in [
        (
            "Squats aren't really an option for me with my OA.",
            "squats",
        ),
        (
            "Walking is not really possible for me right now with my OA.",
            "walking_running",
        ),
    ] {
        let open = ask(
            &format!("{story} Which stuff should I actually be doing?"),
            None,
        );
        assert!(!recommends(&open, topic), "{story}: {:?}", open.overview);
    }
    for q in [
        "Squats are a no brainer for my OA right? Should I do them?",
        "You're not supposed to feel pain when squatting, right? I have OA, are squats ok?",
        "I have OA. I can't do lunges and squats feel fine. Should I keep doing squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
}

/// "Not yet possible", "a no because of…", "not supposed to even try" and "can't do lunges and squats
/// anymore" rule squats out of an overview.
#[test]
fn more_loose_limits_keep_squats_out_of_an_overview() {
    for story in [
        "Squats are not yet possible after my meniscus repair five weeks ago.",
        "Squats are a no because of my kneecap, chondromalacia.",
        "I'm not supposed to even try squats yet after my meniscus repair.",
        "I can't do lunges and squats anymore with my OA.",
    ] {
        let open = ask(
            &format!("{story} Which stuff should I actually be doing?"),
            None,
        );
        assert!(!recommends(&open, "squats"), "{story}: {:?}", open.overview);
    }
}

#[test]
fn a_ban_on_impact_rules_out_running_and_leaves_walking() {
    for story in [
        "I had a cartilage repair behind my kneecap in March and I've been told no impact activities for 12 weeks minimum.",
        "Physio says no high impact for now, knee osteoarthritis.",
        "Surgeon wants me to avoid all impact for now, my knee replacement was two years ago.",
        // Only low impact allowed.
        "My physio said low impact only for now, I have a meniscus tear.",
        "Physio says stick to low impact stuff because of my knee arthritis.",
    ] {
        let run = ask(&format!("{story} Is a light jog ok?"), None);
        assert_eq!(run.verdict, Verdict::NotCovered, "{story}: {}", run.guidance);
        let walk = ask(&format!("{story} Is walking ok?"), None);
        assert_ne!(walk.verdict, Verdict::NotCovered, "{story}: {}", walk.guidance);
    }
    // A liking, a class, a phase told as over, not a limit.
    for q in [
        "I only like low impact stuff, I have knee arthritis. Is running ok?",
        "Low impact only classes at my gym are boring. Is running better for my knee arthritis?",
        "My physio said I'm past the low impact only phase and can go back to running now, I have a \
         meniscus tear. Should I?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
    // An effect, not a ban.
    let effect = ask(
        "Squats have no impact on my knee pain. Can I go running with my osteoarthritis?",
        None,
    );
    assert_eq!(effect.verdict, Verdict::Recommended, "{}", effect.guidance);
}

#[test]
fn an_order_to_keep_weight_off_the_leg_rules_out_squats() {
    let answer = ask(
        "Broke my tibia playing footy a month ago. I'm in a boot and the ortho said absolutely no weight \
         through that leg until he sees me again. Could I do bodyweight squats in the meantime?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}

/// Look-alikes of the bans above: an effect ("the brace had no impact"), impact as a cause ("to avoid impact
/// injuries"), a ban lifted, and an empty bar with "no weight on it" limit nothing.
#[test]
fn impact_and_weight_look_alikes_limit_nothing() {
    for q in [
        "The brace had no impact, can I start jogging again? Knee OA.",
        "Running has had no impact at all on my knee pain, can I keep running? OA.",
        "I want to avoid impact injuries, so should I go running? Knee osteoarthritis.",
        "My surgeon said there's no need to avoid impact anymore, can I start running again? Knee OA.",
        "Can I do squats with the bar? No weight on it, just the empty bar. Knee OA.",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
}

/// Bans told by how long they last ("for 6 weeks", "per my surgeon") or by whom hold; "jump squats" is an
/// impact, though the squat is not.
#[test]
fn bans_told_by_how_long_they_last_hold() {
    for q in [
        "No weight on that leg for 2 weeks per my surgeon, meniscus repair 5 days ago. Can I do squats?",
        "Advised no weight on it for 6 weeks, meniscus repair 1 week ago. Can I do squats?",
        "No impact for 6 weeks post op, meniscus repair 2 weeks ago. Can I do jump squats?",
        "No running or jumping, no impact at all. Knee replacement 8 weeks ago. Can I jog on the treadmill?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

/// A cap on depth told against a height or a named squat ("nothing lower than a box squat", "no squatting
/// below parallel") rules squats out; one named for no exercise ("sit no lower than sofa height") rules out deep
/// squats; a depth someone only chooses ("I squat no lower than parallel and it
/// feels fine") limits nothing.
#[test]
fn a_cap_on_depth_told_as_a_height_rules_squats_out() {
    for story in [
        "My physio's rule is nothing lower than a box squat for the next month, meniscus repair four weeks ago.",
        "Surgeon says no squatting below parallel until twelve weeks after my ACL reconstruction.",
        "My physio says squat no deeper than a box for now, meniscus repair five weeks ago.",
        "The surgeon said mini squats only, nothing lower than a chair, after my meniscus repair.",
    ] {
        for question in ["Can I do squats?", "Are deep squats ok for me?"] {
            let q = format!("{story} {question}");
            assert_eq!(ask(&q, None).verdict, Verdict::NotCovered, "{q}");
        }
    }
    // A cap named for no exercise rules out only the deep version.
    let story =
        "The consultant says to sit no lower than sofa height for now with my knee replacement.";
    let q = format!("{story} Are deep squats ok for me?");
    assert_eq!(ask(&q, None).verdict, Verdict::NotCovered, "{q}");
    // A depth chosen, a gym's rule, or a height of something else is no cap on the knee.
    for q in [
        "Knee osteoarthritis. I squat no lower than parallel and it feels fine. Are squats good for me?",
        "Knee osteoarthritis. My gym's rule is no squatting below parallel in the rack. Are squats good for me?",
        "Knee osteoarthritis. My physio set the bike seat no lower than hip height. Are deep squats ok for me?",
        "Knee osteoarthritis. The doctor said it looks fine and I squat no lower than a box because I like it. Can I do squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
}

/// A ban told as the clinician's second verb ("the surgeon checked the wound and said no…") or as "said no
/// to" holds; one told by someone else after the clinician is named does not.
#[test]
fn a_ban_told_as_the_clinicians_second_verb_holds() {
    for q in [
        "The surgeon used part of my hamstring for the ACL graft and said no leg curls till week twelve. It's week four. Can I do leg curls?",
        "My physio tested my knee strength on Tuesday and then told me no running for a month, meniscus tear. Is running ok?",
        "My physio said no to running for a month with my meniscus tear. Is running ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
    let q = "Knee arthritis. My physio is off sick so my gym buddy watched my form and said no squats till I \
             fix it. Are squats good for me?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// Getting down to the floor told as impossible now rules out the exercises done lying there; told as
/// past, asked about, or of someone else, it does not.
#[test]
fn the_floor_told_as_out_of_reach_rules_out_floor_exercises() {
    let q = "Dad is 79 with arthritis in his knees. Lying down on the floor is out of the question for him these days. Are glute bridges good for him?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    for q in [
        "Knee arthritis. Getting down to the floor was impossible in the spring, now it's easy. Are glute bridges good for me?",
        "Knee arthritis. My physio asked if getting down to the floor is too hard for me. It isn't. Are glute bridges good for me?",
        "Knee arthritis. For my husband getting down on the floor is impossible. Are glute bridges good for me?",
        "Knee arthritis. My old dog is stiff and getting on the floor is impossible for him. Are glute bridges good for me?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
}

/// Limits in other Englishes: Scots ("the surgeon telt me nae squats"), a learner's "make" for "do" ("I
/// cannot make the leg curls") and a ban with the exercise straight after "not allowed yet".
#[test]
fn limits_in_other_englishes_rule_the_exercise_out() {
    for q in [
        "The surgeon telt me nae squats efter ma meniscus repair. Are squats good for me?",
        "Since the accident I cannot make the leg curls, the knee is too stiff. Should I do leg curls?",
        "After my ACL operation the physio said not allowed yet the squats. Can I do squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
    // Not allowed something else: no limit on the exercise asked about.
    let q =
        "I'm not allowed to drive yet after my knee replacement. Are glute bridges good for me?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// A position others rule out ("I keep seeing people say … no deep squats") is what they say, no limit of
/// the asker's: the rulings stand. A clinician's "no deep squats", or the asker's own, still holds.
#[test]
fn what_people_say_is_no_limit_of_the_askers() {
    let answer = common::ask(
        "had ACL reconstruction on my right knee. What should I be avoiding? I keep seeing people say no leg extensions, no hamstring curls, no deep squats etc but nobody agrees.",
        None,
    );
    let squats = answer.overview.iter().find(|o| o.topic == "squats");
    assert!(
        squats.is_some_and(|o| o.verdict == kneebot_core::Verdict::Recommended),
        "{:?}",
        answer.overview
    );
    for q in [
        "My surgeon said no deep squats. can I do squats?",
        "no deep squats for me. can I do squats?",
    ] {
        common::assert_verdict(q, kneebot_core::Verdict::NotCovered);
    }
}

/// The clinician doing the dropping ("my physio stopped my leg curls") rules the exercise out; so does a
/// limit told as the premise of the question ("if leg curls are out then what should I be doing?"). In the
/// asking sentence, the exercise the limit is told of is the premise and the other one is asked about.
#[test]
fn a_clinician_dropping_an_exercise_and_a_limit_as_premise_rule_it_out() {
    for q in [
        "My physio stopped my leg curls after my ACL surgery 3 weeks ago. What should I do instead?",
        "if leg curls are out then what SHOULD I be doing? I had ACL surgery 3 weeks ago",
    ] {
        let answer = ask(q, None);
        let hamstring = common::overview_verdict(&answer, "hamstring_strengthening");
        assert_eq!(hamstring, Some(Verdict::NotCovered), "{q}: {:?}", answer.overview);
    }
    let q = "My physio stopped my leg curls, can I still do them at home?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    // Stopping by is no stopping of an exercise.
    let q = "My physio stopped by and said my knee looks good after ACL surgery 3 weeks ago. Can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    for q in [
        "squats are out so what about leg curls? torn meniscus",
        "squats are out and what about leg curls? torn meniscus",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.topic.as_deref(),
            Some("hamstring_strengthening"),
            "{q}"
        );
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
    }
    // A question that opens as one about the video asks what it says, whatever the story's limit.
    let q = "Physio stopped my curls because I'm walking well now. In the video, what does he say are the \
             signs that you don't need the hamstring exercises any more?";
    assert_eq!(ask(q, None).verdict, Verdict::Info, "{q}");
}

/// "My back won't let me do glute bridges", "glute bridges hurt my back too much to do", "squats are too
/// painful for my hip": another part of the body rules the exercise out, so it is never recommended. Pain
/// told as past ("hurt my back at first but now fine") rules nothing out.
#[test]
fn another_part_of_the_body_ruling_an_exercise_out_is_a_limit() {
    for q in [
        "My back won't let me do glute bridges at all. Are glute bridges good for my knee arthritis?",
        "Glute bridges hurt my back too much to do. Are they good for my knee arthritis?",
        "My back won't let me squat. Are squats good for my knee arthritis?",
        "Squats are too painful for my hip. Are squats good for knee arthritis?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let q =
        "Glute bridges hurt my back at first but now fine. Are they good for my knee arthritis?";
    common::assert_verdict(q, Verdict::Recommended);
}

/// A clinician's imperative told with a pronoun once the clinician is named ("she said keep off running
/// for another 4 weeks") is their limit, even beside a lift of other exercises; a friend's is not.
#[test]
fn a_clinicians_imperative_told_with_a_pronoun_is_a_limit() {
    for q in [
        "Saw my physio today and she signed me off for lunges and squats!! But she said keep off running \
         for another 4 weeks. Meniscectomy was 7 weeks ago. Could I sneak in a slow treadmill jog?",
        "My surgeon checked the knee last week. He said stay off the leg curls until the graft settles. \
         Can I do leg curls?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let q = "My mate said keep off running but he's not a physio. Meniscus repair 5 months ago, walking \
             fine. Can I jog?";
    common::assert_verdict(q, Verdict::Recommended);
}

/// A clinician not keen on it ("physio wasn't keen on me doing squats yet") rules it out; one happy with it
/// does not.
#[test]
fn a_clinician_not_keen_on_an_exercise_rules_it_out() {
    for q in [
        "physio wasnt keen on me doing squats yet after the meniscus repair, said give it a bit. can I squat?",
        "I saw my surgeon after the meniscus repair. She wasn't keen on running yet. Can I jog?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let q = "My physio is happy with me doing squats now after the meniscus repair. can I squat?";
    common::assert_verdict(q, Verdict::Recommended);
}

/// A clinician's view of the knee and then "and said no …" in one sentence is the clinician's limit,
/// however long the view ("physio reckons there's some wear on the cartilage behind my kneecap and said no
/// leg extensions"); a friend's "and said no" after the physio is named is not.
#[test]
fn a_limit_told_after_the_clinicians_view_of_the_knee_holds() {
    for q in [
        "Physio reckons there's some wear on the cartilage behind my kneecap and said no leg extensions \
         until she reviews me in 3 weeks. Thing is the machine doesn't hurt at all. Can I just do light \
         ones?",
        "My physio thinks it's patellofemoral pain and said no squats for now. Can I do squats?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let q = "My physio is away so my gym buddy watched and said no squats. I have arthritis. Can I do squats?";
    common::assert_verdict(q, Verdict::Recommended);
}

/// A limit in clinical shorthand ("surgeon's op note literally says 'no active HS loading x 12/52'") rules
/// hamstring work out even in the early window the material allows it; a muscle that gives no "active
/// contraction" is a sign, not a limit.
#[test]
fn a_limit_in_clinical_shorthand_holds() {
    let q = "ACLR hamstring graft 20 days ago. Surgeon's op note literally says 'no active HS loading x \
             12/52'. Can I do hamstring curls anyway since the video says right after surgery is ok?";
    common::assert_verdict(q, Verdict::NotCovered);
    let q = "Knee replacement 4 days ago, can't get any active hamstring contraction on the op side. Would \
             isolated hamstring work be appropriate right now?";
    common::assert_verdict(q, Verdict::OkForNow);
}

/// "Give the leg curl machine a miss", "give squats a wide berth": a clinician's limit in British words.
#[test]
fn giving_an_exercise_a_miss_is_a_limit() {
    common::assert_verdict(
        "my GP told me to give squats a wide berth until the swelling settles. my knee arthritis is \
         calmer now, can I squat?",
        kneebot_core::Verdict::NotCovered,
    );
}

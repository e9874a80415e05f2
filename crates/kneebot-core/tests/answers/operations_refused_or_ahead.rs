//! Operations not had, through the core's public door: one denied ("never been operated on"), not needed or
//! not ready for yet, not wanted, refused, that the surgeon will not do, that was meant to happen, or still
//! ahead (booked, "pencilled in", "2 months away", dated in the next sentence or clause). The knee problem is
//! the ongoing one; harm feared to an operation had, a refusal of something else, or "avoid after surgery"
//! leave the operation had.

use crate::common;

use common::{ask, assert_verdict, event};
use kneebot_core::Verdict;

/// "Never been operated on" denies an operation: the ongoing condition's rule applies, not the
/// calendar of a recovery.
#[test]
fn an_operation_denied_is_none() {
    for q in [
        "Arthritis in my left knee, never been operated on. Are hamstring curls a good idea?",
        "Physio says softening of the cartilage under my kneecap, nothing surgical. Are hamstring curls a good idea?",
        "arthritis in both knees, the consultant says not bad enough for an op yet. would hamstring curls do me any good",
        "An MRI showed a tear of the medial meniscus. The consultant does not want to operate. Are hamstring curls a good idea?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.event, None, "{q}");
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
    }
}

/// A time ahead in another sentence ("going back to the gym next week") does not put an undated surgery
/// ahead, and where someone is going is no recovery sign: the surgery is done, its time unknown.
#[test]
fn a_plan_for_next_week_leaves_the_surgery_done() {
    let q = "Had ACLR. Going back to my normal gym next week and want to know what to stay away from. What should I avoid?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event.as_deref(), Some("surgery"), "{q}");
    assert_eq!(answer.verdict, Verdict::Depends, "{q}");
    assert_eq!(
        answer.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
    // In the surgery's own sentence, the time still puts it ahead.
    let q = "My ACL reconstruction is next week, what should I avoid until then?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event, None, "{q}");
}

/// A surgery put ahead by a short sentence after it or one pointing back at it, or told as booked, is not
/// done yet.
#[test]
fn a_surgery_booked_or_dated_in_the_next_sentence_is_ahead() {
    for q in [
        "Having my TKR. Next week. Leg curls?",
        "Got my ACL reconstruction date. It's next Friday. Leg curls ok until then?",
        "Meniscus repair scheduled. Two weeks to go. Can I do leg curls?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.event, None, "{q}");
    }
}

/// A surgery told in the present with its day ("my TKR is on Tuesday"), a visit before it ("my pre-op for
/// my TKR"), or dated "in two weeks" in a short sentence after it, is ahead; a plan at a sentence's start
/// ("Back to work on Monday") is no recovery sign.
#[test]
fn a_surgery_told_ahead_in_other_ways_is_ahead() {
    for q in [
        "My TKR is on Tuesday. Leg curls?",
        "Had my pre-op for my TKR yesterday. Leg curls?",
        "Having my TKR. In three weeks. Leg curls?",
    ] {
        assert_eq!(ask(q, None).understood.event, None, "{q}");
    }
    let answer = ask(
        "Had my meniscus repair. Back to work on Monday. Leg curls?",
        None,
    );
    assert!(
        answer.understood.signals.is_empty(),
        "{:?}",
        answer.understood.signals
    );
}

/// An operation someone is "not bad enough for yet" has not happened.
#[test]
fn an_operation_not_needed_yet_is_not_an_event() {
    let q = "Arthritis in both knees and the surgeon says I'm not bad enough for a TKR yet. Leg curls ok?";
    assert_eq!(event(q), None, "{q}");
}

/// "They're not operating" and "the surgeon won't operate" tell no operation.
#[test]
fn a_surgeon_not_operating_is_no_event() {
    for q in [
        "Torn meniscus and they're not operating for now. Can I do squats?",
        "My ACL is torn but the surgeon won't operate at my age. Can I do leg curls?",
    ] {
        assert_eq!(event(q), None, "{q}");
    }
}

/// "Not ready for surgery yet" places no operation in the past; "according to the X-ray" cites a scan,
/// not the video, so the question stays one about the exercise.
#[test]
fn surgery_not_yet_ready_for_is_none_and_an_x_ray_is_not_the_video() {
    let q = "Is the leg extension machine ok for arthritic knees? Bone on bone according to the X-ray but I'm not ready for surgery yet.";
    assert_eq!(event(q), None);
    let answer = ask(q, None);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"));
    assert_ne!(answer.understood.intent.as_deref(), Some("info"));
    assert_eq!(
        event("I had a knee replacement in May and I'm ready for squats now. ok?").as_deref(),
        Some("surgery")
    );
}

/// An operation not wanted ("not keen on surgery", "I'd rather not have an op") is not had; harm feared to
/// one already had ("don't want to undo the surgery") does not deny it.
#[test]
fn an_operation_not_wanted_is_not_had_but_one_feared_for_is() {
    for q in [
        "Bad arthritis in both knees according to the x-rays. Not keen on surgery if I can avoid it. What \
         exercises should I do?",
        "My torn meniscus is sore on stairs. I'd rather not have an operation, should I do leg curls?",
    ] {
        assert_eq!(event(q), None, "{q}");
    }
    // Harm feared to an operation still ahead leaves it ahead.
    let q = "Don't want to ruin the replacement tomorrow. Bad arthritis for years. Can I do leg curls today?";
    assert_eq!(event(q), None, "{q}");
    for q in [
        "They repaired my meniscus on the left. I want to get strong again but I don't want to ruin the repair. \
         What should I avoid?",
        "Had my ACL reconstruction. Really don't want to wreck the graft, are leg curls ok?",
        // Not wanted once, had all the same.
        "Wasn't keen on surgery but had it anyway two weeks ago. Can I do leg curls?",
        "Not keen on surgery as a rule, but had the meniscus repaired last week. Leg curls ok?",
    ] {
        assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
    }
}

/// An operation the person will not have ("not willing for the operation", "refuses surgery") is no
/// surgery told: the knee problem is the ongoing one.
#[test]
fn an_operation_refused_is_none() {
    for q in [
        "My dad has arthritis in both knees and is not willing for the operation. Should he do leg curls?",
        "OA knee, I refused surgery last year. Should I do leg curls?",
    ] {
        let answer = kneebot_core::Verdict::Avoid;
        let got = common::ask(q, None);
        assert_eq!(got.understood.event, None, "{q}");
        assert_eq!(got.verdict, answer, "{q}");
    }
}

/// A refusal counts only of the operation itself: "wasn't willing to wait for surgery so had it done
/// privately", "turned down physio after surgery" and "declining since the operation" tell an operation had.
#[test]
fn a_refusal_of_something_else_leaves_the_operation_had() {
    for q in [
        "I wasn't willing to wait for surgery on the NHS so had my ACL done privately 3 weeks ago. Leg curls?",
        "I turned down physio after surgery 3 weeks ago and just do my own exercises. Are leg curls ok?",
    ] {
        let got = common::ask(q, None);
        assert_eq!(got.understood.event.as_deref(), Some("surgery"), "{q}");
        assert_eq!(got.verdict, kneebot_core::Verdict::OkForNow, "{q}");
    }
    let q = "Was offered a knee replacement but declined. Arthritis is bad. Should I do leg curls?";
    assert_eq!(common::ask(q, None).understood.event, None, "{q}");
}

/// An operation told as what was meant to happen ("the op was meant to be in January, then they moved
/// it, and now it's off") is not had: the tear is the ongoing condition.
#[test]
fn an_operation_that_was_meant_to_happen_is_not_had() {
    let q = "Tore my ACL in June. The op was meant to be in October, then they moved it again and again, \
             and now I'm back on the list with no date at all. What should I avoid while I wait?";
    let got = common::ask(q, None);
    assert_eq!(got.understood.event, None, "{:?}", got.understood);
    assert_eq!(got.verdict, kneebot_core::Verdict::Avoid);
}

/// "Avoid" denies an operation only when the operation is what is avoided ("trying to avoid surgery"), not
/// in "what should I avoid after ACL surgery?".
#[test]
fn avoiding_after_an_operation_is_no_operation_avoided() {
    let got = common::ask("what should i avoid after ACL surgery", None);
    assert_eq!(got.understood.event.as_deref(), Some("surgery"));
    assert_eq!(got.verdict, kneebot_core::Verdict::Depends);
    let got = common::ask(
        "Torn meniscus, trying to avoid surgery. Should I do leg curls?",
        None,
    );
    assert_eq!(got.understood.event, None);
}

/// A time ahead told in a clause of its own after the operation ("…post ACLR and season starts in 6
/// weeks") is that clause's: the operation keeps its date. Told of the operation itself, it is ahead.
#[test]
fn a_time_ahead_in_the_next_clause_leaves_the_operation_dated() {
    for q in [
        "im 4 months post ACLR and season starts in 6 weeks. should i be doing nordic curls?",
        "4 months post ACL reconstruction but the tournament is next month, can I do leg curls?",
    ] {
        let got =
            common::assert_ruling(q, "hamstring_strengthening", kneebot_core::Verdict::Depends);
        assert_eq!(got.understood.event.as_deref(), Some("surgery"), "{q}");
    }
    let q = "my ACL reconstruction is in 6 weeks, can I do leg curls?";
    assert_eq!(common::ask(q, None).understood.elapsed_days, None, "{q}");
}

/// "My ACL went skiing 9 days ago" tells the ligament breaking (not "my ACL repair went well"); an
/// operation "pencilled in" or "lined up" is ahead, so the injury before it is what is dated.
#[test]
fn a_ligament_that_went_and_an_operation_pencilled_in() {
    for q in [
        "my ACL went playing netball 12 days ago and the reconstruction is lined up for March. leg curls ok?",
        "meniscus went pop at football 10 days ago, surgery's pencilled in for next month. can I do leg curls?",
    ] {
        let got = common::assert_ruling(q, "hamstring_strengthening", kneebot_core::Verdict::OkForNow);
        assert_eq!(got.understood.event.as_deref(), Some("fresh injury"), "{q}");
    }
    let q = "my ACL repair went well 3 weeks ago, can I do leg curls?";
    assert_eq!(
        common::ask(q, None).understood.event.as_deref(),
        Some("surgery"),
        "{q}"
    );
}

/// "Got my date for a knee replacement, 3 months away": the operation is ahead, not three months past.
#[test]
fn an_operation_some_months_away_is_ahead() {
    let q = "Finally got a date for my knee replacement, 2 months away. Arthritis in the knee. Can I do leg curls?";
    let got = common::assert_ruling(q, "hamstring_strengthening", kneebot_core::Verdict::Avoid);
    assert_eq!(got.understood.elapsed_days, None, "{q}");
}

/// "Surgery isnt til september" (chat spelling of "till") puts the operation ahead: the tear from March is
/// the ongoing condition, not an operation long past.
#[test]
fn an_operation_not_til_its_month_is_ahead() {
    common::assert_verdict_on(
        "tore my acl in march playing soccer, surgery isnt til september bc of the waitlist ugh. gym says \
         do leg curls in the meantime to keep the hams strong, is that a good idea",
        "2026-06-10",
        Verdict::Avoid,
    );
}

/// "A fortnight Tuesday", "Friday week": that weekday a week or two from now, so the operation is ahead
/// and the tear is the ongoing problem. "It'll be a fortnight Monday since…" counts from a day past.
#[test]
fn a_weekday_a_week_or_two_off_is_ahead() {
    for q in [
        "my meniscectomy is a fortnight tuesday. should I do leg curls to get strong beforehand?",
        "ACL reconstruction is Friday week. Are leg curls ok till then?",
    ] {
        assert_verdict(q, Verdict::Avoid);
    }
    assert_verdict(
        "It'll be a fortnight Monday since my knee replacement and the physio gave me hamstring curls. Keep going?",
        Verdict::OkForNow,
    );
}

/// A time before the operation compared with now ("like before the op", "as strong as before my surgery")
/// tells an operation done; "before the op" of something still to do puts it ahead.
#[test]
fn before_the_operation_compared_with_now_tells_it_done() {
    for (q, want) in [
        (
            "6 weeks after my meniscectomy, still doing leg curls 3x a week like before the op. Keep going?",
            Verdict::Depends,
        ),
        (
            "ACL reconstruction 2 weeks ago, hamstring nowhere near as strong as before my surgery. Leg curls ok?",
            Verdict::OkForNow,
        ),
        (
            "Should I do leg curls before the op? Meniscectomy booked for next month.",
            Verdict::Avoid,
        ),
        (
            "Better to do leg curls now rather than before my surgery? Meniscectomy booked for next month.",
            Verdict::Avoid,
        ),
    ] {
        assert_verdict(q, want);
    }
}

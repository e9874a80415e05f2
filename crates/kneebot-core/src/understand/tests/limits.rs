//! Unit tests of the limits a post tells (`limits.rs`): exercises ruled out by a clinician, by what the
//! asker cannot do, or by a limit on loading the knee.

use super::*;

#[test]
fn limits_come_from_what_the_asker_was_told_or_cannot_do() {
    let limited = |q: &str| -> Vec<&str> {
        let u = read(q);
        u.limited
            .iter()
            .map(|&t| knowledge().topics[t].id.as_str())
            .collect()
    };
    let cases: &[(&str, &[&str])] = &[
        (
            "my surgeon said no squats for now, are glute bridges ok?",
            &["squats"],
        ),
        (
            "I was advised to stop leg curls. what else can I do?",
            &["hamstring_strengthening"],
        ),
        // A clinician's protocol that rules out bending the knee against resistance rules out the curl;
        // a cap on bending rules out the deep squat asked about.
        (
            "They used my hamstring tendon for the ACL, so the surgeon's protocol is zero resisted knee bending until week 6. Do I start curling?",
            &["hamstring_strengthening"],
        ),
        (
            "op was 7 wks ago and my surgeon was crystal clear, nothing deeper than a 90 degree bend till the 3 month mark. would ass-to-grass goblets be alright yet",
            &["squats"],
        ),
        (
            "leg extensions are out of the question for me, what now?",
            &["quad_isolation"],
        ),
        (
            "squats with weight are out for a good long while, and possibly forever. what else?",
            &["squats"],
        ),
        // "Out" as in ruled out, not "out of breath" or "worn out".
        ("squats are out of breath territory for me, ok?", &[]),
        (
            "I can't run since the injury, are squats ok?",
            &["walking_running"],
        ),
        (
            "suggest an alternative to squats because my arthritic knees can't take it anymore",
            &["squats"],
        ),
        (
            "The surgeon has prohibited doing squats. Can somebody outline a training regimen?",
            &["squats"],
        ),
        // A clinician who does not want an exercise done has ruled it out.
        (
            "surgeon doesnt want ANY leg curls yet, 3 wks post op. light curls ok?",
            &["hamstring_strengthening"],
        ),
        (
            "my physio doesn't want me doing squats yet. are bridges ok?",
            &["squats"],
        ),
        (
            "I was told that I should quit running. What exercises would help?",
            &["walking_running"],
        ),
        (
            "had ankle surgery, squats and deadlifts are a ways off. any suggestions?",
            &["squats"],
        ),
        (
            "ACL surgery a week ago. I'm not going to be able to squat for at least 8 weeks. Any exercises I can do?",
            &["squats"],
        ),
        // "Zero" from a clinician rules out as "no" does.
        (
            "the surgeon told me zero hamstring work for 12 weeks. can I do some light curls?",
            &["hamstring_strengthening"],
        ),
        // Positions: a floor exercise for someone who cannot get down there, named as on the floor or
        // not; a cap on the bend rules out the deep version of an exercise, not the exercise.
        (
            "I can't get down on the floor any more with my hips. are glute bridges worth it?",
            &["glute_strengthening"],
        ),
        (
            "no way I could get back up off the floor. should I do floor glute bridges?",
            &["glute_strengthening"],
        ),
        (
            "physio has my bend capped at 90 degrees. can I squat all the way down to the floor?",
            &["squats"],
        ),
        (
            "physio has my bend capped at 90 degrees. are half squats to a chair ok?",
            &[],
        ),
        // A recovery sign is not a limit, and an exercise prescribed is not one either.
        ("I can't get my hamstring to contract, leg curls ok?", &[]),
        ("my physio told me to keep doing squats, fine?", &[]),
    ];
    for (q, want) in cases {
        assert_eq!(limited(q), *want, "{q}");
    }
}

/// A limit on bearing weight or bending rules out every exercise that loads the knee, named or not; being
/// back on one's feet is no limit.
#[test]
fn a_limit_on_weight_or_bending_rules_out_what_loads_the_knee() {
    let loaded = &knowledge().vocabulary.loaded_topics;
    assert!(!loaded.is_empty());
    for q in [
        "My doctor has me non weight bearing for six weeks. Any exercises I can do?",
        "surgeon has me strictly non-weight-bearing for 6 weeks. can I start little walks?",
        "I'm on crutches and told not to put any weight on it. What can I do to keep strong?",
        "zero bend in the immobilizer for a month, how do I keep my legs from wasting away?",
        "I was advised not to bend my knee for one month. Can I do squats?",
        "not allowed to bend past 90 yet, what exercises are ok?",
        "a month after surgery my knee is still in a brace and cannot bend. Is walking effective?",
    ] {
        let u = read(q);
        for t in loaded {
            assert!(u.limited.contains(t), "{q}: {:?}", u.limited);
        }
    }
    for q in [
        "I'm fully weight bearing now and can bend to 120. What exercises should I do?",
        "I can put weight on it again, can I do squats?",
        "I can't bend my knee fully yet, can I do glute bridges?",
    ] {
        assert!(read(q).limited.is_empty(), "{q}");
    }
}

/// Training the post rules out is the limit, not what is asked for: the open question is about the
/// uncovered activity.
#[test]
fn training_ruled_out_is_no_training_asked_for() {
    let q = "If we aren't allowed to lift more than 25lbs, how can I push and pull without hurting my new knees? What Pilates moves can I do?";
    assert_eq!(read(q).intent, Some(Intent::Outside), "{q}");
}

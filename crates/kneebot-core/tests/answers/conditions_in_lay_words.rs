//! Conditions named the way clinicians explain them to patients, through the core's public door: "wear
//! and tear", the knee's "shock absorber", the "inner ligament", a cyst told by where it is, a "knee reno".

use crate::common;

use common::ask;

fn conditions(q: &str) -> Vec<String> {
    ask(q, None).conditions
}

/// The everyday names a GP or physio gives a condition name it.
#[test]
fn lay_names_of_conditions_name_them() {
    for (q, id) in [
        (
            "The GP says there's wear and tear in my right knee. How do I strengthen it?",
            "knee_osteoarthritis",
        ),
        (
            "I tore one of the shock absorbers in my knee playing rugby. Are glute bridges ok?",
            "meniscus_tear",
        ),
        (
            "Sprained the inner ligament of my knee skiing a month ago. Can I do squats?",
            "mcl_tear",
        ),
        // "Wear and tear" alone, as a GP or a scan report says it.
        (
            "X-ray showed some wear and tear, nothing major. Are lunges ok?",
            "knee_osteoarthritis",
        ),
        // A cyst told by where it is.
        (
            "There is a cyst round the back of the knee. Can I use the leg press?",
            "bakers_cyst",
        ),
        (
            "Had my knee reno two years ago. Any exercises I should avoid?",
            "knee_replacement",
        ),
    ] {
        assert!(
            conditions(q).iter().any(|c| c == id),
            "{q}: {:?}",
            conditions(q)
        );
    }
    // A car's shock absorbers name nothing of the knee.
    let q =
        "My knee aches after long drives, maybe the car's shock absorbers are shot. Glute bridges?";
    assert!(!conditions(q).iter().any(|c| c == "meniscus_tear"), "{q}");
}

/// "A bit of osteo in the left knee" is osteoarthritis; "my osteo said" is an osteopath.
#[test]
fn osteo_in_the_knee_is_osteoarthritis() {
    let answer = ask(
        "52, bit of osteo in the left knee. Keep going with the seated leg curls or not?",
        None,
    );
    assert_eq!(answer.conditions, ["knee_osteoarthritis"]);
    let answer = ask("my osteo said to do squats, is that right?", None);
    assert!(answer.conditions.is_empty(), "{:?}", answer.conditions);
}

/// A knee told replaced by a pointer, the knees named before ("the other one was replaced", "get both
/// replaced"), is a knee replacement.
#[test]
fn a_replacement_told_by_a_pointer_names_it() {
    for q in [
        "My right knee is stiff, the other one was replaced in March. Are bridges ok?",
        "Both my knees are worn out. Should I have both replaced or wait?",
    ] {
        assert!(
            conditions(q).iter().any(|c| c == "knee_replacement"),
            "{q}: {:?}",
            conditions(q)
        );
    }
}

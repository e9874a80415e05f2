//! What happened to the knee, as members tell it, through the core's public door: a break that is a
//! fracture and one that is a rest, a fall told as a wipeout.

mod common;

use common::ask;

fn event(q: &str) -> Option<String> {
    ask(q, None).understood.event
}

/// "A bad break" and "breaking my leg" are fractures; a lunch break, a tea break or a break from training
/// are not.
#[test]
fn a_break_is_a_fracture_only_when_told_as_one() {
    for q in [
        "Had my tibia plated after a nasty break skiing. Are leg curls ok?",
        "Since breaking my kneecap two years ago my leg is weak. Leg curls?",
        "It was a clean break of my fibula last year. Can I do squats?",
    ] {
        assert_eq!(event(q).as_deref(), Some("trauma"), "{q}");
    }
    for q in [
        "I do squats on my lunch break at work, my knee aches with arthritis. ok?",
        "Took a break from running over winter because of patellofemoral pain. Glute bridges?",
    ] {
        assert_eq!(event(q), None, "{q}");
    }
}

//! Questions shaped like open questions that ask about something else, through the core's public door:
//! driving, a brace, a referral, the next weight. They get no list of exercise rulings.

mod common;

use common::ask;

#[test]
fn questions_about_other_things_get_no_overview() {
    for q in [
        "What should I be careful with when driving after my TKR?",
        "My knee brace keeps slipping down, what's the fix? I have OA",
        "How can my kid get a referral for physio for his knee?",
        "I have knee OA and do leg curls with 20kg, what should I add next week, 2.5 or 5kg?",
    ] {
        let answer = ask(q, None);
        assert!(answer.overview.is_empty(), "{q}: {:?}", answer.overview);
    }
}

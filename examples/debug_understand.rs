//! Prints what the core understood of a question (for moderators tuning the vocabulary).
fn main() {
    let q = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let engine = kneebot::Engine::load(&kneebot::Engine::default_knowledge_dir())
        .unwrap_or_else(|e| panic!("{e}"));
    let u = engine.understand(&q);
    println!(
        "text: {}\nintent: {:?}\ntopic: {:?}\nconditions: {:?}\ncontent: {:?}",
        u.text,
        u.intent,
        u.topic,
        u.conditions,
        u.content_stems()
    );
}

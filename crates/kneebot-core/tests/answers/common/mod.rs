//! What the core's integration tests share: the shipped knowledge loaded once, and a question asked of it
//! on a fixed day (the core never reads the clock).

use kneebot_core::answer::Answer;
use kneebot_core::{AskOptions, Engine, Phase};

pub fn engine() -> &'static Engine {
    static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| Engine::load(&kneebot_core::checkout_knowledge_dir()).unwrap())
}

pub fn ask(question: &str, phase: Option<Phase>) -> Answer {
    let today = jiff::civil::date(2026, 11, 30);
    engine().answer(question, &AskOptions::on(today).with_phase(phase))
}

/// Asks `question` on `today` ("2026-03-14"), with no phase given.
#[allow(dead_code)]
pub fn ask_on(question: &str, today: &str) -> Answer {
    let today: jiff::civil::Date = today.parse().expect("a test's day is a date");
    engine().answer(question, &AskOptions::on(today))
}

/// Asks `question` on `today`, checks its verdict (naming the question and the guidance if not), and gives
/// the answer back for further checks.
#[allow(dead_code)]
#[track_caller]
pub fn assert_verdict_on(question: &str, today: &str, want: kneebot_core::Verdict) -> Answer {
    let answer = ask_on(question, today);
    assert_eq!(
        answer.verdict, want,
        "{question} ({today}): {}",
        answer.guidance
    );
    answer
}

/// Asks `question` (no phase given), checks its verdict (naming the question and the guidance if not),
/// and gives the answer back for further checks.
// Each test file compiles this module on its own, and not every file checks a bare verdict.
#[allow(dead_code)]
#[track_caller]
pub fn assert_verdict(question: &str, want: kneebot_core::Verdict) -> Answer {
    let answer = ask(question, None);
    assert_eq!(answer.verdict, want, "{question}: {}", answer.guidance);
    answer
}

/// The verdict `answer`'s overview gives `topic`, if it rules on it.
#[allow(dead_code)]
pub fn overview_verdict(answer: &Answer, topic: &str) -> Option<kneebot_core::Verdict> {
    answer
        .overview
        .iter()
        .find(|l| l.topic == topic)
        .map(|l| l.verdict)
}

/// Asks `question` (no phase given), checks it is ruled `want` on `topic`, and gives the answer back.
#[allow(dead_code)]
#[track_caller]
pub fn assert_ruling(question: &str, topic: &str, want: kneebot_core::Verdict) -> Answer {
    let answer = assert_verdict(question, want);
    assert_eq!(answer.topic.as_deref(), Some(topic), "{question}");
    answer
}

/// Asks `question` and checks it is read as a diagnosis question: not covered, so no exercise advice.
#[allow(dead_code)]
#[track_caller]
pub fn assert_diagnosis(question: &str) {
    let answer = assert_verdict(question, kneebot_core::Verdict::NotCovered);
    assert_eq!(
        answer.understood.intent.as_deref(),
        Some("diagnosis"),
        "{question}"
    );
}

/// The event `q` is read as telling ("surgery", "fresh injury"…), if any.
#[allow(dead_code)]
pub fn event(q: &str) -> Option<String> {
    ask(q, None).understood.event
}

/// Asks `q` and checks what it is read as asking for; the answer, for more checks.
#[allow(dead_code)]
#[track_caller]
pub fn asks_for(q: &str, intent: &str) -> Answer {
    let answer = ask(q, None);
    assert_eq!(answer.understood.intent.as_deref(), Some(intent), "{q}");
    answer
}

//! The rule engine's own rules: phases from events, signals and the calendar, and rulings per topic.

use super::*;
use crate::test_support::shipped_knowledge as knowledge;
use crate::understand::Event;

/// Entities in, phase out: a stated sign outweighs the calendar; the calendar is the project's policy.
#[test]
fn phase_from_event_signal_and_calendar() {
    type Case = (Option<Event>, Option<f64>, Option<Phase>, Phase);
    let cases: &[Case] = &[
        (None, None, None, Phase::None),
        (None, Some(3.0), Some(Phase::Early), Phase::None),
        (Some(Event::Surgery), None, None, Phase::Unknown),
        (Some(Event::Surgery), Some(4.0), None, Phase::Early),
        (Some(Event::Surgery), Some(31.0), None, Phase::Early),
        (Some(Event::Surgery), Some(32.0), None, Phase::Unknown),
        (Some(Event::Surgery), Some(179.0), None, Phase::Unknown),
        (Some(Event::Surgery), Some(180.0), None, Phase::Recovered),
        (
            Some(Event::Surgery),
            Some(700.0),
            Some(Phase::Early),
            Phase::Early,
        ),
        (
            Some(Event::Trauma),
            Some(3.0),
            Some(Phase::Recovered),
            Phase::Recovered,
        ),
        (Some(Event::FreshInjury), Some(10.0), None, Phase::Early),
    ];
    for (event, days, signal, want) in cases {
        let u = Understanding {
            event: *event,
            elapsed_days: *days,
            signal: *signal,
            ..Understanding::default()
        };
        assert_eq!(
            phase_of(&u, knowledge()),
            *want,
            "{event:?} {days:?} {signal:?}"
        );
    }
}

fn engine() -> &'static crate::engine::Engine {
    static E: std::sync::OnceLock<crate::engine::Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| crate::engine::Engine::load(&crate::checkout_knowledge_dir()).unwrap())
}

fn ask(question: &str, phase: Option<Phase>) -> Answer {
    let today = jiff::civil::date(2026, 11, 30);
    engine().answer(
        question,
        &crate::engine::AskOptions::on(today).with_phase(phase),
    )
}

/// Whatever the rules say, a question about one topic in a given phase gets the rule for that topic and
/// phase: the engine applies rules.toml, it does not carry rulings of its own.
#[test]
fn a_topic_question_gets_the_rule_for_its_phase() {
    let k = knowledge();
    for topic in crate::ids::TopicId::all(k.topics.len()) {
        let name = &k.topics[topic].name;
        for phase in [Phase::Early, Phase::Rebuilding, Phase::Recovered] {
            let question = format!("I had knee surgery. Should I do {name}?");
            let answer = ask(&question, Some(phase));
            let rule = k
                .rule(topic, phase)
                .expect("every topic has a rule per phase");
            assert_eq!(answer.verdict, rule.verdict, "{question} ({phase})");
            assert_eq!(answer.topic.as_deref(), Some(k.topics[topic].id.as_str()));
        }
    }
}

/// An open question after a surgery with no time names every topic once: those whose ruling is the same in
/// every phase with that ruling, the others as `depends` (the follow-up question settles them).
#[test]
fn an_overview_with_the_phase_unknown_names_what_turns_on_it() {
    let k = knowledge();
    let answer = ask("I had knee surgery. What exercises should I do?", None);
    assert!(answer.follow_up.is_some());
    for topic in crate::ids::TopicId::all(k.topics.len()) {
        let id = &k.topics[topic].id;
        let lines: Vec<_> = answer.overview.iter().filter(|l| &l.topic == id).collect();
        let verdicts: std::collections::BTreeSet<Verdict> = [
            Phase::Early,
            Phase::Rebuilding,
            Phase::Recovered,
            Phase::Unknown,
        ]
        .into_iter()
        .filter_map(|p| k.rule(topic, p).map(|r| r.verdict))
        .collect();
        let settled = verdicts.len() == 1;
        match verdicts.iter().next() {
            Some(Verdict::NotCovered) if settled => assert!(lines.is_empty(), "{id}"),
            Some(&v) if settled => {
                assert_eq!(lines.len(), 1, "{id}");
                assert_eq!(lines[0].verdict, v, "{id}");
            }
            _ => {
                assert_eq!(lines.len(), 1, "{id}");
                assert_eq!(lines[0].verdict, Verdict::Depends, "{id}");
            }
        }
    }
}

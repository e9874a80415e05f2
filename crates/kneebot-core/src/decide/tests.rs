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

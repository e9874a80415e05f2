//! A reply never suggests what is ruled out for the asker: where its guidance names a topic their
//! clinician ruled out or that they cannot do ("…whole-leg movements like squats and walking" to someone
//! told "no squats"), it says to leave that out. The words each topic goes by are its `called` in
//! `rules.toml`, and a word counts only when the post used it: "no running" rules out running, which
//! leaves "walking" in a reply as it is. The sentence added is `limited_named_guidance`.

use crate::answer::{Answer, Verdict};
use crate::ids::TopicId;
use crate::knowledge::Knowledge;

/// Adds the leave-it-out sentence to each text of `answer` (its guidance, overview lines and follow-up
/// outcomes) that names a topic of `limited` other than the one the text is about.
/// `told` says whether the post used a word.
pub(super) fn mark(
    answer: &mut Answer,
    limited: &[TopicId],
    k: &Knowledge,
    told: impl Fn(&str) -> bool,
) {
    let template = &k.policy.settings.limited_named_guidance;
    // Replies that rule on nothing (a warning sign, a question the material does not answer) list what
    // the bot covers, which suggests nothing.
    if limited.is_empty()
        || template.is_empty()
        || matches!(
            answer.verdict,
            Verdict::Urgent | Verdict::NotCovered | Verdict::Info
        )
    {
        return;
    }
    let topic_of = |id: &str| k.topics.iter().position(|t| t.id == id).map(TopicId);
    let asked = answer.topic.as_deref().and_then(topic_of);
    let note = |text: &mut String, about: Option<TopicId>| {
        let lower = text.to_lowercase();
        let named: Vec<&str> = limited
            .iter()
            .filter(|&&t| Some(t) != about)
            .flat_map(|t| k.topics[t.0].called.iter())
            .filter(|word| crate::text::holds_word(&lower, word) && told(word))
            .map(String::as_str)
            .collect();
        add_note(text, &named, template);
    };
    note(&mut answer.guidance, asked);
    for line in &mut answer.overview {
        note(&mut line.guidance, topic_of(&line.topic));
    }
    if let Some(follow_up) = &mut answer.follow_up {
        for choice in &mut follow_up.choices {
            note(&mut choice.outcome, asked);
        }
    }
}

/// Adds the sentence naming `named` to `text`, when it names any.
fn add_note(text: &mut String, named: &[&str], template: &str) {
    let named = match named {
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => return,
    };
    text.push(' ');
    text.push_str(&template.replace("{named}", &named));
}

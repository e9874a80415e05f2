//! Which passages answer a question about the video, through the core's public door: what it brings up or
//! compares, an analogy asked about with a swear, a word only one passage uses, explanations and the two
//! times asked in other words, the video told as saying something, a count in digits, chat words ("tldr
//! pls"); a list the material announces is cited where it goes on, a promise where it is delivered (also
//! when only its sentence matches the question), a passage opening with "that" with the one before it, and a
//! quote that points back comes with the sentence it points at.

use crate::common;

use common::{ask, engine};
use kneebot_core::Verdict;

/// "Bring up", "refer to" say the question is about the material, like "mention"; "comparison" and
/// "analogy" find where the material says "think of it this way".
#[test]
fn what_the_video_brings_up_or_compares_is_answered_from_it() {
    for (q, word) in [
        ("why does he bring up cake and cigarettes?", "cake"),
        ("what is the point of the car comparison?", "car"),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}");
        let first = answer.passages.first().expect("a passage");
        assert!(
            first.text.to_lowercase().contains(word),
            "{q}: {}",
            first.text
        );
    }
}

/// A chat swear that asks what ("wtf is…") asks about the video like "what is…".
#[test]
fn a_swear_that_asks_what_is_a_question_about_the_video() {
    let answer = ask("wtf is the cigarette analogy in the video about?", None);
    assert_eq!(answer.verdict, Verdict::Info);
    let first = answer.passages.first().expect("a passage");
    assert!(first.text.contains("cigarette"), "{}", first.text);
}

/// A question about the material that points at one passage by a word only that passage uses ("parts of a
/// car") is answered from that passage first.
#[test]
fn a_word_only_one_passage_uses_names_the_passage_asked_about() {
    let answer = ask(
        "In the video he likens the quads and the hamstrings to parts of a car. What does he mean? I thought the hamstrings pushed you forward when you walk.",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Info, "{}", answer.guidance);
    assert!(
        answer
            .passages
            .first()
            .is_some_and(|p| p.text.contains("brakes")),
        "{:?}",
        answer.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
    );
}

/// A passage that announces a list ("let me tell you two times…") runs on into the next one: a question
/// about what it means cites both, the announcing one first.
#[test]
fn a_list_the_material_announces_is_cited_where_it_goes_on() {
    let k = engine().knowledge();
    let announcing = k
        .passages
        .iter()
        .position(|p| p.text.to_lowercase().contains("let me tell you"))
        .expect("the shipped material announces a list");
    let answer = ask(
        "he says there are two times when hamstring strengthening is okay. what does he mean?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Info);
    let cited: Vec<&str> = answer.passages.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        cited.first().copied(),
        Some(k.passages[announcing].id.as_str()),
        "{cited:?}"
    );
    assert_eq!(
        cited.get(1).copied(),
        Some(k.passages[announcing + 1].id.as_str()),
        "{cited:?}"
    );
}

/// A question about the material in other words than its own ("short windows where working the hamstrings
/// is a good idea") is still spoken to: the material's "times" and "okay" are found for it.
#[test]
fn a_question_about_the_material_in_other_words_is_answered_from_it() {
    let answer = ask(
        "he says there are only short windows where working the hamstrings on their own is a good idea. what are they?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Info);
    assert!(!answer.passages.is_empty());
}

/// Questions about what the video explains, in words it does not use, find the passage that explains it:
/// how strong hamstrings load the joint, which muscle does the main work in walking, the car analogy, why
/// curls do not hurt at the time.
#[test]
fn explanations_are_found_in_other_words() {
    for (q, phrase) in [
        ("In the vid, what's the actual mechanism by which beefy hamstrings put extra pressure through the knee?", "shin bone up into the thigh bone"),
        ("which muscle does the video say does most of the work when you walk?", "primar"),
        ("the part with the car gas pedal and brakes went right over my head, what was he trying to say there", "brakes"),
        ("the video reckons leg curls make knee pain worse, but they never hurt when im doing them. how does that work?", "cumulative effect"),
    ] {
        let answer = common::assert_verdict(q, Verdict::Info);
        assert!(
            answer.passages.iter().any(|p| p.text.contains(phrase)),
            "{q}: {:?}",
            answer.passages.iter().map(|p| &p.text[..60]).collect::<Vec<_>>()
        );
    }
}

/// The video as the subject of a claim ("the knee video mentions…", "the video is so keen on squats",
/// "when does it say…"), or the presenter plugging something, asks about the video: answered from it.
#[test]
fn the_video_told_as_saying_something_is_asked_about() {
    for (q, word) in [
        (
            "The knee video mentions a program right near the end, anyone catch what it's called?",
            "program",
        ),
        (
            "How come the video is so keen on squats? thought squats were bad for knees",
            "squat",
        ),
        (
            "Watched the hamstring video twice: when does it say hamstring strengthening is actually fine?",
            "okay",
        ),
        (
            "Right at the end he advertises some daily knee programme, what was it called?",
            "program",
        ),
    ] {
        let answer = common::assert_verdict(q, Verdict::Info);
        assert!(
            answer
                .passages
                .iter()
                .any(|p| p.text.to_lowercase().contains(word)),
            "{q}: {:?}",
            answer.passages.iter().map(|p| &p.text).collect::<Vec<_>>()
        );
    }
    // Praise of the video is no question about it: the question after it asks for a ruling.
    let q = "the video is great, should I do squats?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// A question about what the video promises for later ("two points at which…") is answered where the
/// video delivers it, not with the promise; a question about the reasons is not sent there.
#[test]
fn what_the_video_promises_is_cited_where_it_is_delivered() {
    let promised = ask(
        "At the end of the video he mentions two moments when training the hamstrings is fine. What are they?",
        None,
    );
    assert_eq!(promised.verdict, Verdict::Info);
    let first = &promised.passages[0];
    assert!(
        first
            .quote
            .replace("**", "")
            .to_lowercase()
            .contains("two times when"),
        "{}: {}",
        first.id,
        first.quote
    );
    assert!(
        promised.guidance.contains("two times when"),
        "{}",
        promised.guidance
    );
    let reasons = ask("In the video, what is the second reason he gives?", None);
    assert!(
        !reasons.passages[0]
            .quote
            .replace("**", "")
            .to_lowercase()
            .contains("two times when"),
        "{}",
        reasons.passages[0].quote
    );
}

/// A question matching the promise sentence best is about what is promised, though the search finds the
/// passage delivering it far behind ("a few occasions… near the end" shares little with "two times
/// when…"); a word only another found passage uses names that one instead, but not a word saying where
/// in the video ("near the end").
#[test]
fn a_question_matching_the_promise_is_answered_where_it_is_delivered() {
    let delivered = |q: &str| {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
        answer.passages[0]
            .text
            .to_lowercase()
            .contains("two times when hamstring")
    };
    for q in [
        "Near the end he says there are a couple of moments when hamstring work is actually ok, what were they? my internet cut out",
        "Towards the end he lists a couple of situations where working the hamstrings alone is fine. What are they?",
    ] {
        assert!(delivered(q), "{q}");
    }
    let named = ask("what is the TFL he points to near the end?", None);
    assert!(
        named.passages.iter().any(|p| p.text.contains("TFL")),
        "{:?}",
        named.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
    );
}

/// A cited passage quoted where it opens pointing back ("That's what leads to osteoarthritis…") comes with
/// the passage it points at ("…they pull the shin bone up into the thigh bone"), cited second.
#[test]
fn a_passage_opening_with_that_is_cited_with_what_it_points_at() {
    for q in [
        "why would the presenter say strong hamstrings lead to arthritis? seems backwards",
        "my dad has OA. why does the video say strong hamstrings lead to arthritis over the years?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
        let texts: Vec<&str> = answer.passages.iter().map(|p| p.text.as_str()).collect();
        assert!(texts[0].starts_with("That’s what leads"), "{q}: {texts:?}");
        assert!(texts[1].contains("pull the shin bone up"), "{q}: {texts:?}");
    }
}

/// "What are the 3 reasons in the video, tl;dr pls": a small count in digits is the material's "three
/// reasons", so the question is answered from the passages that give them; a count the material never
/// speaks of ("the 7 reasons") is not covered.
#[test]
fn a_count_in_digits_is_the_materials_count_in_words() {
    for q in [
        "what are the 3 reasons in the video?",
        "what are the 3 reasons in the video, tl;dr pls",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
        assert!(
            answer
                .passages
                .iter()
                .any(|p| p.text.to_lowercase().contains("reason")),
            "{q}: {:?}",
            answer.passages
        );
    }
}

/// A quoted sentence that points back ("That's what leads to osteoarthritis in the knee over time.") is
/// given with the sentence it points at, so the answer says what leads there.
#[test]
fn a_quote_pointing_back_comes_with_the_sentence_it_points_at() {
    let answer = ask("How does hamstring strength lead to arthritis?", None);
    assert_eq!(answer.verdict, Verdict::Info, "{}", answer.guidance);
    assert!(
        answer.guidance.contains("compression"),
        "{}",
        answer.guidance
    );
    assert!(
        answer.guidance.contains("That’s what leads"),
        "{}",
        answer.guidance
    );
}

/// Questions about the material in chat words ("tldr pls, what r the 3 reasons he gives…") or asking which
/// problems it is for are answered from the passages that say so, not refused.
#[test]
fn questions_about_the_material_in_chat_words_are_answered() {
    let cases = [
        (
            "tldr pls, what r the 3 reasons he gives against hamstring strengthening",
            "Reason number one",
        ),
        (
            "which knee problems does he actually say it's relevant to?",
            "especially helpful if you suffer from",
        ),
    ];
    for (q, passage) in cases {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}");
        assert!(
            answer.passages.iter().any(|p| p.text.contains(passage)),
            "{q}: cites {:?}",
            answer.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
        );
    }
}

/// "What are squats good for?" asks what the exercise does for the asker: the passage about squats answers
/// it, not the one about a muscle's role that the shape "what … are … for" would find for a muscle.
/// "How long do I keep it up?", "what does TFL stand for?" and "how does that work?" each find the passage
/// of their shape: where the early work ends, where the abbreviation is spelled out, the reasons.
#[test]
fn each_shape_of_question_finds_the_passage_of_its_shape() {
    for (q, words) in [
        ("what does he say squats are good for", "chairs"),
        (
            "what are the hamstrings for, according to him?",
            "secondary",
        ),
        (
            "does he say how long to keep doing the hamstring exercises after surgery?",
            "full range",
        ),
        ("what does TFL stand for in the vid", "tensor"),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
        assert!(
            answer.passages.iter().any(|p| p.text.contains(words)),
            "{q}: {:?}",
            answer.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
        );
    }
}

/// "Where are the other videos he mentioned?": where the presenter points to the playlists is cited, not
/// the passage that only names the conditions.
#[test]
fn where_the_other_videos_are_is_cited_from_the_description_pointer() {
    for q in [
        "where are the meniscus videos he talked about at the end?",
        "can someone link the ACL videos mentioned in this one?",
    ] {
        let answer = ask(q, None);
        assert!(
            answer
                .passages
                .iter()
                .any(|p| p.text.contains("down in the description")),
            "{q}: {:?}",
            answer.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
        );
    }
}

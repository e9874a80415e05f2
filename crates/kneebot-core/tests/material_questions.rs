//! Questions about the video itself in members' words, through the core's public door: what it compares,
//! what it brings up, are answered from the passage that says it.

mod common;

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

/// A question about the material inside a story is answered from the material: the story's own words
/// (years of curls, confusion) need no passage.
#[test]
fn a_question_about_the_material_inside_a_story_is_answered() {
    let answer = ask(
        "I have done leg curls twice a week for years without any trouble at all, which is why I got confused watching. Near the middle he talks about eating cake and smoking. What point is he making there?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Info, "{}", answer.guidance);
}

/// A question about the material that names a muscle is about that muscle's exercises.
#[test]
fn a_muscle_named_in_a_question_about_the_material_is_its_topic() {
    let answer = ask(
        "what does the video mean when it calls the hamstrings brakes?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Info, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
}

/// A question about the material inside a story: an uncovered thing the story only tells of does not
/// block it, a sentence pointing at a part of the video is part of what is asked, and the passage that
/// goes on with the thought of the best one is cited with it.
#[test]
fn a_question_about_the_material_in_a_story_is_answered_where_the_video_says_it() {
    let youngsters = ask(
        "My nephew plays rugby and his coach has them all doing nordics. Does the video say anything about ACL tears in youngsters?",
        None,
    );
    assert_eq!(youngsters.verdict, Verdict::Info, "{}", youngsters.guidance);
    let goes_on = ask(
        "I kept doing leg curls for a year after my TKR. Near the end he talks about people who had surgery sticking with hamstring exercises. What does he say happens to them?",
        None,
    );
    assert_eq!(goes_on.verdict, Verdict::Info, "{}", goes_on.guidance);
    assert!(
        goes_on
            .passages
            .iter()
            .any(|p| p.text.contains("weighted hamstring exercises")),
        "{:?}",
        goes_on.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
    );
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

/// "Does he still need them?" about a son's own exercises asks for a ruling on them, as "do I need them?"
/// does; "he" here is not the presenter.
#[test]
fn whether_someone_still_needs_an_exercise_is_a_ruling() {
    let answer = ask(
        "My son had a meniscus repair 5 weeks ago. He has full bend and walks normally again. \
         His home program still has hamstring curls with a band. Does he still need those?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
    let dad = ask(
        "My dad had his knee replaced 8 months ago and walks fine now. Does my dad still need those leg curls?",
        None,
    );
    assert_eq!(dad.verdict, Verdict::Avoid, "{}", dad.guidance);
}

/// A line quoted from another member ("> …") is their words: it does not make a question about the
/// material into a request for advice, nor a request for a ruling into one about the video, even when
/// spelling changes a word of it ("vid").
#[test]
fn a_quoted_line_does_not_change_what_is_asked() {
    let info = ask(
        "> that hamstring vid is good, watch it\ncan someone explain the brakes thing from that video?",
        None,
    );
    assert_eq!(info.verdict, Verdict::Info, "{}", info.guidance);
    let ruling = ask(
        "> leg curls are a no with arthritis according to that video\nok. and what about leg extensions then? \
         my knee arthritis is on the inside",
        None,
    );
    assert_eq!(ruling.verdict, Verdict::Caution, "{}", ruling.guidance);
    assert_eq!(ruling.topic.as_deref(), Some("quad_isolation"));
}

/// "By what mechanism…", "in what way…" open a question about how something works, as "how…" does.
#[test]
fn by_what_mechanism_asks_about_the_material() {
    for q in [
        "by what mechanism do strong hamstrings squeeze the knee joint?",
        "in what way do the hamstrings compress the knee?",
    ] {
        common::assert_verdict(q, Verdict::Info);
    }
}

/// A long question about the video worded after a short lead ("In the video which muscle does he say…?")
/// asks, though a sentence about someone else follows it.
#[test]
fn a_question_after_a_short_lead_is_what_is_asked() {
    let q = "In the video which muscle does he say is the main one when you walk? My husband says glutes";
    common::assert_verdict(q, Verdict::Info);
}

/// The words that frame a question about the video ("the guy mentions", "exactly", "lowkey confused",
/// "he is talking about") are not what the material must speak to; what the question is about is.
#[test]
fn words_that_frame_a_question_about_the_video_need_no_passage() {
    for q in [
        "whats the TFL muscle the guy mentions, where is it exactly?",
        "What is this TFL muscle he is talking about near the hip? Never heard.",
        "lowkey confused why he brought up eating cake and smoking a cigarette in that video",
    ] {
        common::assert_verdict(q, Verdict::Info);
    }
    // Framing words do not make a question the material is silent on covered.
    let pizza = ask(
        "the guy mentions food, what's the best pizza topping exactly?",
        None,
    );
    assert_eq!(pizza.verdict, Verdict::NotCovered, "{}", pizza.guidance);
    // What it means to have a condition is not in the material, however politely asked.
    let defines = ask(
        "My doctor said I have baker's cyst. Now more confused than ever. Can you explain what it means to have it?",
        None,
    );
    assert_eq!(defines.verdict, Verdict::NotCovered, "{}", defines.guidance);
}

/// "Which two moments does he give when working the hamstrings is fine?" asks for the material's two
/// times, though a sentence about the asker's dad follows.
#[test]
fn the_two_times_asked_in_other_words() {
    let q = "Which two moments does he give when working the hamstrings is fine? I couldn't catch it, my dad \
             had the telly up too loud.";
    common::assert_verdict(q, Verdict::Info);
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

/// A moment of the video named by its time ("at 4:20 you say…"), "you mention", "he lists" or "that
/// analogy" makes a question about the video, even after a story.
#[test]
fn a_moment_of_the_video_makes_a_question_about_it() {
    for q in [
        "Hurt my knee skiing years ago, all fine now. At 4:20 you say something about the gas pedal, which \
         one is the hamstrings again?",
        "Great channel. What was that analogy with the car about?",
        "Quick one: you mention compression of the knee joint, what causes it?",
    ] {
        common::assert_verdict(q, Verdict::Info);
    }
    // A clock time is no moment of the video.
    let clock = ask(
        "I walk at 6:30 every morning, is that ok with my knee arthritis?",
        None,
    );
    assert_eq!(clock.verdict, Verdict::Recommended, "{}", clock.guidance);
    // A choice between two exercises asks for a ruling, not about the video.
    let choice = ask(
        "seated or lying leg curl, which one is kinder to my arthritic knees?",
        None,
    );
    assert_ne!(choice.verdict, Verdict::Info, "{}", choice.guidance);
    // Asking whether one's own swap is fine, with a condition told, asks for a ruling though it quotes
    // the video.
    let own = ask(
        "I have knee arthritis and since you said curls are bad I moved to leg extensions. Are leg \
         extensions fine then?",
        None,
    );
    assert_ne!(own.verdict, Verdict::Info, "{}", own.guidance);
}

/// "Why does he say squats are so useful?" asks for the reasons behind the ruling: the material's
/// reasons are given, though "useful" is not the word it uses.
#[test]
fn why_he_values_an_exercise_gets_the_rulings_reasons() {
    for q in [
        "why does he call glute bridges so effective?",
        "Why does the video say squats are so useful?",
    ] {
        let answer = common::assert_verdict(q, Verdict::Info);
        assert!(!answer.passages.is_empty(), "{q}");
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

/// "…playlists for meniscus tears. Where are they?": where to find what the post named before is a
/// playlist question; "where is that from?" after a story of pain is not.
#[test]
fn where_to_find_the_playlists_named_before_is_a_playlist_question() {
    for q in [
        "He says there are playlists for meniscus tears and Baker's cysts. Where are they? I can't find them.",
        "He mentions playlists for meniscus tears and ACL stuff. Where do I find those?",
        "He talks about condition playlists at the end. Where can I find the one for Baker's cysts?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}");
        assert!(!answer.playlists.is_empty(), "{q}");
    }
    let pain = ask(
        "My knee hurts at the front after squats, I have arthritis. Where is that from?",
        None,
    );
    assert_ne!(pain.verdict, Verdict::Info);
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

/// "Why squats tho?? thought they wreck your knees": a bare "why" with the exercise asks for the material's
/// reasons for its ruling, whatever chat follows.
#[test]
fn a_bare_why_with_an_exercise_asks_for_the_rulings_reasons() {
    let q = "why squats tho?? thought they wreck your knees";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("squats"), "{q}");
    assert!(!answer.passages.is_empty(), "{q}");
}

/// A link asked for with no "?" and a remark after it ("link to the acl playlist pls 🙏 on my phone and the
/// description is cut off") is a playlist request; the remark asks nothing.
#[test]
fn a_link_asked_for_with_no_question_mark_is_a_playlist_request() {
    let q = "link to the acl playlist pls 🙏 on my phone and the description is cut off";
    let answer = ask(q, None);
    assert_eq!(answer.understood.intent.as_deref(), Some("playlist"), "{q}");
    assert_eq!(answer.conditions, vec!["acl_tear".to_string()], "{q}");
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

/// A playlist asked for beside an exercise question or an open one, even one that says "you mentioned",
/// or in a post typed with no stops, leaves the exercise question its answer; the playlists come with it.
#[test]
fn a_playlist_asked_beside_an_exercise_question_leaves_it_its_answer() {
    for q in [
        "I've got a bakers cyst. Can I do glute bridges with it? Also you mentioned playlists, is there one \
         for bakers cysts?",
        "got a meniscus tear wat exercises r good n do u have any vids on it",
    ] {
        let got = ask(q, None);
        assert_eq!(got.verdict, Verdict::Recommended, "{q}: {}", got.guidance);
        assert!(!got.playlists.is_empty(), "{q}");
    }
    // A playlist asked for alone is a playlist question.
    let q = "you mentioned playlists, is there one for bakers cysts?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("playlist"),
        "{q}"
    );
}

//! Questions about the video itself and the channel's playlists in members' words, through the core's public
//! door: what makes a question one about the video (inside a story, after a short lead, with a muscle named,
//! a moment of the video, framing words, "by what mechanism", a bare "why" with an exercise) and what does
//! not (a quoted line, "does he still need them?" of a son's exercises, a clock time); a playlist asked for,
//! with or without a "?", beside an exercise question, or for another problem than the knee's.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

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

/// The channel's playlists are for knee problems: a request for a video on another problem gets no
/// playlist, and a knee question that also asks whether the video objects still gets its ruling.
#[test]
fn a_playlist_for_another_problem_is_not_covered() {
    let answer = ask(
        "Bit off topic but does anyone have a video like this one for lower back pain?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered);
    assert!(answer.playlists.is_empty());
    let answer = ask("any more videos for my meniscus tear?", None);
    assert_eq!(answer.verdict, Verdict::Info);
    assert!(!answer.playlists.is_empty());
    let answer = ask(
        "mild OA in the right knee. Been doing leg extensions heavy. Is that still a good idea or is the video saying that's a problem too?",
        None,
    );
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"));
    assert_ne!(answer.verdict, Verdict::Info);
}

/// A question about an exercise with a request for the playlist beside it gets the ruling, and the answer
/// still lists the condition's playlist; a request for the playlist alone is a playlist question.
#[test]
fn an_exercise_question_beside_a_playlist_request_gets_its_ruling() {
    let q = "I have arthritis in both knees. Is walking a good idea with my knees? And is there one of those playlists for arthritis?";
    let answer = common::assert_verdict(q, Verdict::Recommended);
    assert!(!answer.playlists.is_empty(), "{q}");
    // A follow-up about the videos themselves keeps a playlist question one.
    for q in [
        "I have arthritis in both knees. Is there one of those playlists for arthritis?",
        "Are there more videos on squats? Can you send them?",
    ] {
        assert_eq!(
            ask(q, None).understood.intent.as_deref(),
            Some("playlist"),
            "{q}"
        );
    }
}

/// "Someone quoted the video about cake and cigarettes. What was that bit about exactly?": a question of only
/// pointing words asks about the sentence before it, so the passage it names is quoted; one before it about
/// something the material never says stays `not_covered`.
#[test]
fn a_question_pointing_back_asks_about_the_sentence_before() {
    for (q, passage_says) in [
        (
            "Someone in another thread quoted the video about cake and cigarettes. What was that bit about exactly?",
            "slice of cake",
        ),
        (
            "A guy in the group chat quoted the video about the car and the gas pedal. What was that part about?",
            "gas pedal",
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
        assert!(
            answer.passages.first().is_some_and(|p| p.text.contains(passage_says)),
            "{q}: {:?}",
            answer.passages.first().map(|p| &p.id)
        );
    }
    let q = "Someone quoted the video about trampolines. What was that bit about?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

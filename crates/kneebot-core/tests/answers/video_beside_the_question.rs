//! Posts that mention the video beside an exercise question ("are bridges fine with a meniscus tear? the
//! video was all about glutes") ask for the ruling: the remark about the video is the story around the
//! question. A question that itself asks what the video says or means is still one about the material.
//! Also: an exercise named as what the training is for ("stronger for hiking") leaves an open question open,
//! and chat shorthand ("oughta", "gonna") reads as the words it stands for.

use crate::common;

use common::{ask, assert_ruling, assert_verdict, overview_verdict};
use kneebot_core::Verdict;

#[test]
fn a_remark_about_the_video_beside_an_exercise_question_gets_the_ruling() {
    assert_ruling(
        "are bridges fine with a meniscus tear? the video was all about glutes",
        "glute_strengthening",
        Verdict::Recommended,
    );
    assert_ruling(
        "He talks a lot about walking in that clip. Walking ok for my arthritis?",
        "walking_running",
        Verdict::Recommended,
    );
    // A bare exercise as the question, after the video's words quoted in the story.
    assert_ruling(
        "The vid says \"if it's been more than a week you've lost strength\". I have a meniscus tear, \
         no surgery. Leg curls?",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
}

/// The exercise pointed back at ("…are they bad?") is asked about as much as one named.
#[test]
fn an_exercise_pointed_back_at_beside_the_video_gets_the_ruling() {
    assert_ruling(
        "I do leg extensions, the video mentions them. Are they bad? I've got arthritis.",
        "quad_isolation",
        Verdict::Caution,
    );
    // A clause of time is no when-question: "…when it's calm, are leg curls fine?" asks whether.
    assert_ruling(
        "the video says a lot about leg curls. I have a baker's cyst, so when it's calm are they fine?",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
    // Asked when, or whether the asker read the video right, it is still about the material.
    for q in [
        "the video says there are a couple of times hamstring work is fine. when are they?",
        "the video mentions leg curls a lot. who should I ask if they're right for me?",
        "pretty sure he said to keep doing hamstring exercises till you're off the walker... or have I got \
         that backwards?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Info, "{q}");
    }
}

#[test]
fn a_question_about_what_the_video_says_stays_one_about_the_material() {
    for q in [
        "The video says hamstrings are the brakes. What does he mean by brakes?",
        "Does the video say leg curls are bad for everyone?",
        "confused by the gas pedal bit in the clip, quads = ? hamstrings = ? and why does it matter?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Info, "{q}");
    }
}

#[test]
fn an_exercise_named_as_what_the_training_is_for_leaves_the_question_open() {
    for q in [
        "How do I make my knees stronger for hiking?",
        "how can I get my legs stronger for running with my arthritis?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}");
        assert!(
            overview_verdict(&answer, "glute_strengthening").is_some(),
            "{q}: no overview"
        );
    }
    // Asked whether to do it, the exercise is the question.
    let answer = ask("arthritis. is it ok to run to get stronger?", None);
    assert_eq!(answer.topic.as_deref(), Some("walking_running"));
    assert!(answer.overview.is_empty());
}

#[test]
fn what_is_off_limits_told_in_a_clause_of_its_own_asks_what_to_avoid() {
    let answer = ask(
        "meniscus tear here. any leg stuff that's off limits for me?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    assert_eq!(
        overview_verdict(&answer, "hamstring_strengthening"),
        Some(Verdict::Avoid)
    );
}

#[test]
fn chat_shorthand_reads_as_the_words_it_stands_for() {
    let answer = ask(
        "knee replacement last year, anything I oughta leave out at the gym?",
        None,
    );
    assert!(!answer.overview.is_empty(), "{}", answer.guidance);
}

/// "Good or bad according to this vid?": the video named as where the ruling should come from still asks
/// whether, about the exercise the story told of; a wh- question beside it asks about the video.
#[test]
fn the_video_named_as_the_source_of_a_ruling_leaves_the_ruling_asked() {
    let extensions = assert_verdict(
        "ACL recon 2 yrs ago. Quad on that side is still smaller so I hammer leg extensions 3x a week. Good \
         or bad according to this vid?",
        Verdict::Caution,
    );
    assert_eq!(extensions.topic.as_deref(), Some("quad_isolation"));
    assert_verdict(
        "ACLR on 14 feb. hammy is weak af & physio has me on prone curls w ankle weight. good or bad based \
         on that vid?",
        Verdict::OkForNow,
    );
    assert_verdict(
        "According to the vid, when exactly are hamstring exercises OK? I heard him say there are two times",
        Verdict::Info,
    );
}

/// "My surgeon banned curls… So why does the video say hamstring work is fine after surgery?": a question
/// about what the video says, after a leading "so", is one about the material, whatever limit the story
/// tells.
#[test]
fn a_why_question_after_so_asks_about_the_video_beside_a_limit() {
    assert_verdict(
        "My surgeon banned hamstring curls for 6 weeks because they used my hamstring for the ACL graft. So \
         why does the video say hamstring strengthening is fine right after surgery?",
        Verdict::Info,
    );
}

/// "He mentioned hip surgery too, so curls are ok?": the video told in a clause before the one that asks is
/// the premise; the question is whether the asker may do the exercise, which the ruling answers.
#[test]
fn the_video_as_the_premise_of_a_question_whether_gets_the_ruling() {
    for q in [
        "Knee scope 5 days ago, hamstring feels floppy. He said surgery counts, so leg curls are fine for me?",
        "Broke my ankle last week and the hamstring won't switch on. He says trauma counts - are isolated \
         hamstring exercises ok?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    }
    // The question itself about what the video says stays one about the material.
    assert_verdict(
        "Knee scope 5 days ago. He said surgery counts, so when exactly are leg curls ok?",
        Verdict::Info,
    );
}

/// "…like the video suggests?" at the end of a question whether to do an exercise names the video as where
/// the ruling comes from: the question is still whether, and gets the ruling.
#[test]
fn like_the_video_suggests_names_where_the_ruling_comes_from() {
    assert_verdict(
        "My physio says my Baker's cyst flares up when my knee gets overloaded. Would glute bridges help take the pressure off, like the video suggests?",
        Verdict::Recommended,
    );
    // A question about what the video says is still one about the video.
    assert_eq!(
        ask(
            "what does he say about glute bridges, like in the video?",
            None
        )
        .verdict,
        Verdict::Info
    );
}

/// The presenter's words reported in a post ("she says if it's been more than a week you've lost
/// strength") are the video's claim, not a sign of the asker's recovery: five weeks after the operation the
/// answer turns on how far on the asker is. A physio's words about the asker ("my physio says my hamstring
/// is still weak") still tell of the asker.
#[test]
fn the_presenters_words_are_no_sign_of_the_askers_recovery() {
    assert_verdict(
        "ok so she says 'if it's been more than a week you've lost strength'. I had my ACL recon 5 weeks ago, so does that mean I should still be doing leg curls or not?",
        Verdict::Depends,
    );
    assert_verdict(
        "I had my ACL recon 5 weeks ago and my physio says my hamstring is still weak. should I still be doing leg curls?",
        Verdict::OkForNow,
    );
}

//! Questions about the video in more of the ways members word them, through the core's public door: an
//! analogy named, "didn't he say…", "around the end he…", "what is he actually getting at", the mechanism
//! behind a claim. Each is answered from the material, not with a ruling.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

#[test]
fn video_questions_in_members_words_are_answered_from_the_material() {
    for q in [
        "I don't get the pedal analogy at all. Which muscle is meant to be which?",
        "Why would curls be bad if they feel fine? Didn't he say something about a cigarette?",
        "Around the end he gives a couple of times when curls are okay, which were they?",
        "Watched it twice. What is he really getting at with the brakes bit?",
        "The video says strong hamstrings make knee pain worse. What's the logic behind that?",
        // "this video", "your video", and other verbs of saying.
        "when does this video reckon hamstring strengthening is actually fine? there were 2 situations I \
         think",
        "When does your video suggest leg curls are ok?",
        // The muscle trained told without "the": "working hamstrings".
        "He allows a couple of exceptions for working hamstrings, which were they?",
        // What the video is taken to be saying, in the order of a statement with a question mark.
        "so the vid is basically saying leg curls are pointless?",
    ] {
        let answer = common::assert_verdict(q, Verdict::Info);
        assert!(!answer.passages.is_empty(), "{q}");
    }
}

/// A question about when the video allows something, asked after a sentence of one's own story, is a
/// timing question about the material: it cites the passage of the two times hamstring work is okay.
#[test]
fn when_the_video_allows_it_after_a_story_cites_the_exceptions() {
    let q = "Both my knees have been operated on, months apart, so I'm trying to get my head around this. When \
             exactly does the video say that working the hamstrings on their own is fine?";
    let answer = common::assert_verdict(q, Verdict::Info);
    assert!(
        answer.passages.iter().any(|p| p
            .text
            .to_lowercase()
            .contains("two times when hamstring strengthening is okay")),
        "{q}: {:?}",
        answer.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
    );
}

/// The cited passages of `q`'s answer, lower-cased, after checking it is answered from the material.
fn cited(q: &str) -> Vec<String> {
    let answer = common::assert_verdict(q, Verdict::Info);
    answer
        .passages
        .iter()
        .map(|p| p.text.to_lowercase())
        .collect()
}

/// The passage a question points at, however it is pointed at: a comparison named in several words, a
/// sentence before the question that says where in the video ("he talks about … near the end"), or the
/// claim told before the "how" that asks about it.
#[test]
fn the_passage_pointed_at_is_cited() {
    for (q, words) in [
        ("The cake and cigarette comparison, what point was he making with that? Lost me there.", "cake"),
        (
            "He talks about some muscle called the TFL near the end, in the IT band part. What is it and \
             whereabouts is it on the leg? First time I've come across it, anatomy isn't my thing.",
            "tensor fascia",
        ),
        (
            "The part where strong hamstrings supposedly crush the joint together, how is that meant to happen \
             mechanically? Physics was never my subject haha",
            "pull the shin bone up into the thigh bone",
        ),
    ] {
        let passages = cited(q);
        assert!(passages.iter().any(|p| p.contains(words)), "{q}: {passages:?}");
    }
}

/// "Where are those kept?" after the post names the videos for each knee problem asks where the playlists
/// are.
#[test]
fn where_the_videos_named_before_are_kept_is_a_playlist_question() {
    let q = "At the end the physio talks about separate videos for each knee problem, like ACL and baker's cysts. \
             Where are those kept?";
    let answer = common::ask(q, None);
    assert_eq!(answer.understood.intent.as_deref(), Some("playlist"), "{q}");
}

/// A question about what the video says is one whatever the grammar ("the video say there are…") or when
/// it points at a part of the video ("near the end it gives a couple of exceptions").
#[test]
fn the_video_pointed_at_in_plain_or_second_language_grammar_is_asked_about() {
    for q in [
        "The video say the hamstring is not the main muscle for walking. Which one is it then?",
        "Just watched this video. Near the end it talks about when curls are fine. When are they?",
        "Going by the video, which muscle is supposed to push us forward when we walk?",
        "Doubt about the video: what does the hamstring do when we take a step?",
    ] {
        let a = common::ask(q, None);
        assert_eq!(a.verdict, Verdict::Info, "{q}: {}", a.guidance);
    }
}

/// "When" that sets the scene for another question ("When he talks about the accelerator, what does he mean
/// by the brakes?") does not make it a question of when; "two specific moments" are the two times the
/// video gives.
#[test]
fn a_scene_set_with_when_and_two_specific_moments_are_asked_of_the_video() {
    common::assert_verdict(
        "I got a bit lost in the middle. When he talks about the quads being the accelerator, what does he \
         mean by the hamstrings being the brakes?",
        Verdict::Info,
    );
    let answer = common::assert_verdict(
        "Someone in another thread said this video actually allows hamstring work at two specific moments. \
         What are they, according to the video?",
        Verdict::Info,
    );
    assert!(
        answer.passages[0]
            .quote
            .replace("**", "")
            .to_lowercase()
            .contains("two times when"),
        "{}",
        answer.passages[0].quote
    );
}

/// A question that points at a place in the video ("the last part of the vid", "mentioned right at the
/// end", "in the IT band section") asks about the material, and is answered with the passage there.
#[test]
fn a_question_pointing_at_a_place_in_the_video_is_answered_from_it() {
    for (q, words) in [
        (
            "so in the last part of the vid there's a TFL muscle, what is it and what's the link with the IT \
             band?",
            "tensor fascia lata",
        ),
        (
            "the 20 a day thing mentioned right at the end, does anyone know what it actually is?",
            "20 a day",
        ),
        (
            "TFL? he drops that name in the IT band section and I've no clue which muscle it even is",
            "tensor fascia lata",
        ),
    ] {
        let answer = common::assert_verdict(q, Verdict::Info);
        assert!(
            answer
                .passages
                .iter()
                .any(|p| p.text.to_lowercase().contains(words)),
            "{q}"
        );
    }
}

/// The video named only as where the answer should come from ("…or does the video say no", "based on
/// this video", "going off this video") while the question asks what the asker should do: a ruling or an
/// overview for their case, not a question about the material (each was answered as one).
#[test]
fn the_video_named_as_the_source_of_an_answer_for_oneself_asks_for_a_ruling() {
    let answer = common::ask(
        "tore my MCL 9 days ago at rugby. hamstring feels properly weak since. is doing ham curls ok right \
         now or does the video say no",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    for q in [
        "Had ACL surgery. What should my routine look like based on this video?",
        "Torn meniscus a few years ago, no op, it's been fine for ages. What's the best way to keep my \
         knees strong for the long haul, going off this video?",
    ] {
        let answer = common::ask(q, None);
        assert_eq!(
            answer.understood.intent.as_deref(),
            Some("overview (what to do)"),
            "{q}"
        );
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// A question about what the video said keeps its own chat ("I swear he said…", "or have I got that
/// backwards?"): only the material's words need a passage. A question about the presenter or about
/// something else entirely is not answered from a passage that happens to share a word.
#[test]
fn chat_around_what_the_video_said_needs_no_passage() {
    for q in [
        "I swear he said you have to be off the cane completely before you stop doing hamstring stuff... or \
         have I got that backwards?",
        "My dad had his knee replaced in 2022 and it's still sore most days. Does this video even apply to \
         people with a replacement or is it aimed at the arthritis crowd?",
    ] {
        let answer = common::ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
    }
    for q in [
        "is the guy in this video a physio or a chiropractor? want to know before I take his word over my PT's",
        "Does the physio from the video do online consults for people in the UK? Would happily pay.",
        "What's the best pizza topping?",
    ] {
        assert_ne!(common::ask(q, None).verdict, Verdict::Info, "{q}");
    }
}

/// "Would it be ok to swap them for glute bridges…, like he says in the video?": the video named as the
/// support of the asker's own plan; the question asks whether they may, so it gets a ruling.
#[test]
fn whether_the_asker_may_do_what_the_video_says_gets_a_ruling() {
    let q = "Physio's had me on leg curls for months for my bakers cyst and honestly its not getting any \
             better. Would it be ok to swap them for glute bridges and clams instead, like he says in the \
             video?";
    let answer = common::ask(q, None);
    assert_eq!(answer.verdict, Verdict::Recommended, "{q}");
    assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"), "{q}");
}

/// The video's own words quoted in the sentence that asks point at the video as "he says" does; words
/// quoted in a sentence that tells are someone's ("my trainer put curls in 'to balance out the quads'.").
#[test]
fn the_videos_words_quoted_in_the_question_point_at_it() {
    for q in [
        "\"if its been more than a week youve lost strength\" - more than a week since WHAT? the surgery? \
         your last workout?",
        "this 'muscle imbalance' he keeps banging on about - imbalance between which muscles exactly",
    ] {
        let answer = common::ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
    }
    let q = "My gym trainer put seated leg curls into my routine, twice weekly, 'to balance out the quads'. \
             The TKR on my left knee was last June. Good idea or not, going by this channel?";
    let answer = common::ask(q, None);
    assert_eq!(answer.understood.intent.as_deref(), Some("advice"), "{q}");
}

/// "Why does he say…" about one of a ruling's reasons cites that reason's passage, whichever of the reasons
/// the rules list first: the reason saying most of the question's words leads.
#[test]
fn a_why_question_about_one_reason_cites_its_passage() {
    for (q, words) in [
        (
            "In the hamstring video, why does he say the leg curl machine trains your hamstrings the wrong way?",
            "nowhere near what walking looks like",
        ),
        (
            "why does the video say leg curls feed the muscle imbalance?",
            "feeds into existing muscle imbalances",
        ),
    ] {
        let passages = cited(q);
        assert!(passages.iter().any(|p| p.contains(words)), "{q}: {passages:?}");
    }
}

/// "Why is squatting such a big deal in the video?" asks the material's reasons for squats.
#[test]
fn a_big_deal_asks_the_reasons() {
    let answer = common::ask("why is squatting such a big deal in the video", None);
    assert_eq!(answer.verdict, Verdict::Info, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("squats"));
}

/// "If curls are so bad, why does the video say they're fine after an operation?" names the early window:
/// the answer gives the window's reasons (the muscle waking up), not the reasons against curls.
#[test]
fn why_the_video_allows_an_exercise_in_the_window_gets_the_windows_reasons() {
    let answer = ask(
        "Confused. Leg curls are meant to be bad for knees, so why does he say they're ok just after an \
         operation?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Info, "{}", answer.guidance);
    let cited: Vec<&str> = answer.passages.iter().map(|p| p.text.as_str()).collect();
    assert!(cited.iter().any(|t| t.contains("wake up")), "{:?}", cited);
}

/// "Does the video apply to Baker's cysts too?", "is this video meant for people who…": whom the material
/// speaks to is asked of the material, and answered from it.
#[test]
fn whom_the_video_applies_to_is_asked_of_it() {
    for q in [
        "Does this video apply to a torn meniscus as well or is it only about arthritis?",
        "Is the video meant for people who have had a knee replacement, or only for sporty types?",
    ] {
        common::assert_verdict(q, Verdict::Info);
    }
}

/// "What reason does the video give for squats being so good?", "what's his reasoning…": the material's
/// reasons are asked for, not a ruling.
#[test]
fn the_reasons_the_video_gives_are_asked_for() {
    for q in [
        "what reason does the video give for glute bridges being so important? want to show my mum",
        "What's his reasoning for walking being good for the knees?",
        // "He" asked before anyone else is named is the presenter, whoever the story names after.
        "Does he give a reason why walking is good for knees? My wife thinks walking wears them out.",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
    }
}

/// Words of how the asker feels about asking ("genuinely curious", "just wondering") say nothing of what
/// is asked: the material still speaks to it.
#[test]
fn how_the_asker_feels_about_asking_needs_no_passage() {
    for q in [
        "why glutes and not hamstrings? genuinely curious",
        "why glutes and not hamstrings? honestly just wondering",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
    }
}

/// "He keeps banging on about glutes", "the 20 a day thing he keeps plugging": what the presenter keeps
/// saying is asked about, and the words of keeping on say nothing of what.
#[test]
fn what_the_presenter_keeps_saying_is_asked_about() {
    for q in [
        "why does he keep banging on about glutes",
        "wats the 20 a day thing he keeps plugging",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
        assert!(!answer.passages.is_empty(), "{q}");
    }
}

/// "What does the video say to do instead of hamstring curls?" is answered with the material's
/// alternatives and their passages (glutes first), not with a passage that shares the words "curls".
/// Without a word asking for another in its place ("besides the quads, which muscle…") the question keeps
/// its own passages.
#[test]
fn what_the_video_says_to_do_instead_cites_its_alternatives() {
    let answer = ask(
        "what does the video actually say to do instead of hamstring curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Info, "{}", answer.guidance);
    assert!(answer.guidance.contains("glutes"), "{}", answer.guidance);
    assert!(
        answer.passages.iter().any(|p| p.text.contains("glute")),
        "{:?}",
        answer.passages
    );
    let besides = ask(
        "Besides the quads, which muscle group does he say tends to become overly dominant?",
        None,
    );
    assert!(
        besides
            .passages
            .iter()
            .any(|p| p.text.contains("second muscle group")),
        "{:?}",
        besides.passages
    );
}

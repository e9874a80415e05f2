//! Whose facts a post tells: a ban, a limit or an operation of someone else in the post is not the asker's;
//! a ban stays a ban beside a denial of something else; and a knee that will not bend deep enough rules out
//! the squat it cannot reach.

use crate::common;

use kneebot_core::{Phase, Verdict};

#[test]
fn someone_elses_limit_is_not_the_askers_when_the_asker_asks_without_a_modal_first() {
    // The asking sentence names only the writer, after the verb ("something I should be doing").
    for q in [
        "My wife can't squat at all since her knee replacement, it just won't bend that far. I don't have \
         that problem, I have a baker's cyst behind my knee. Are squats something I should be doing?",
        "My husband's surgeon banned squats after his knee replacement. I have arthritis in my knee, are \
         squats a good idea for me?",
        // A person word is a real word, not a typo of another ("housemate" is not "house").
        "my housemate was told no running by her physio. I have IT band syndrome. Is running something I \
         can do?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
}

#[test]
fn the_askers_own_limit_still_holds_beside_someone_else() {
    for q in [
        "My wife does squats every day. My surgeon banned squats after my meniscus repair. Are squats \
         something I should be doing?",
        "My husband runs a lot. I can't squat since my knee replacement. Are squats something I should be \
         doing?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

#[test]
fn someone_named_with_a_word_between_is_not_the_writer() {
    // "my twin sister", "our team captain": the writer's word before names the other person.
    let a = common::ask(
        "My twin sister had her meniscus repaired 2 weeks ago and her physio has her doing hamstring \
         curls every day. I've had a torn meniscus since last winter, no surgery. Should I be doing the \
         same curls as her?",
        None,
    );
    assert_eq!(a.verdict, Verdict::Avoid, "{}", a.guidance);
    assert_ne!(a.understood.phase, Some(Phase::Early));
    common::assert_verdict(
        "our team captain has been put on a strict no-running order by his physio for his MCL. I tore \
         my MCL about 2 months back, no surgery. am I ok to start jogging again?",
        Verdict::Recommended,
    );
}

#[test]
fn a_denial_beside_a_ban_keeps_the_ban() {
    for q in [
        "my surgeon told me not to run for 6 weeks and nobody has said otherwise. can I run?",
        "My physio never said why, but she told me no squats. Can I squat?",
        "My surgeon never said how long, just no running. Running ok?",
        "My surgeon never said to avoid squats but said no running for 6 weeks. Is running ok?",
        "Nobody warned me, but my surgeon now says no squats at all. Can I still squat?",
        "no one said it would be this hard, surgeon said no squats till 12 weeks. can i squat",
        "No one has told me not to run apart from my surgeon. Can I run?",
        "My physio has never told me not to run, but my surgeon told me that yesterday. Can I run?",
        // The clinician named earlier in the sentence, the ban told with a pronoun.
        "my physio looked at my knee after my meniscus repair, she said no squats. can I squat?",
        "my physio never mentioned squats, but she did say no running. Can I run?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

#[test]
fn a_knee_that_will_not_bend_deep_enough_rules_out_the_squat() {
    for q in [
        "with my arthritis my knee won't bend past a quarter squat, it just physically stops. Should I \
         push through to full depth squats?",
        "my wifes knee wont bend far enough to sit down into a squat since her TKR last year. should she \
         be doing squats?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    // Look-alikes: what does not go past the kneecap is the pain; a bend told of the past, or of
    // someone else's knee.
    for q in [
        "I have knee arthritis, the ache doesn't go past the kneecap. Are squats ok?",
        "Back in May my knee wouldn't bend past a quarter squat. Now it's full range. I have a meniscus \
         tear. Can I squat?",
        "my sister's knee won't bend past a quarter squat. I have arthritis. Are squats something I \
         should be doing?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
}

#[test]
fn a_question_pointing_back_at_someone_elses_exercise_asks_about_that_exercise() {
    for q in [
        "Two years on from my knee replacement and doing well. My husband had his meniscus trimmed a while \
         back and swears by the leg extension machine at our gym for his quads. Should I use it too?",
        "My partner's physio has her doing leg extensions 3x a week for the cartilage under her kneecap. I \
         have the same thing (chondromalacia). Should I do them as well?",
    ] {
        let answer = common::assert_verdict(q, Verdict::Caution);
        assert_eq!(answer.topic.as_deref(), Some("quad_isolation"), "{q}");
        // None of the other person's facts: no operation of theirs is the asker's.
        assert_ne!(answer.understood.phase, Some(Phase::Early), "{q}");
    }
}

#[test]
fn a_pointer_that_may_mean_a_pill_or_a_brace_is_no_ruling_on_the_exercise() {
    for q in [
        "My coworker takes ibuprofen before her squats. Good idea for me to take it too? My knee OA flares \
         up.",
        "My friend uses a knee brace when she runs. Good idea for me to use it too?",
        "My coworker takes ibuprofen before her squats. I have knee OA. Should I take it too?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

/// Someone's guess at the asker's knee problem ("Mate reckons ACL.") names the asker's condition; a
/// problem told with "his" or "her" stays theirs: named after the asker's own, with no ruling resting on it.
#[test]
fn a_friends_guess_at_the_problem_names_the_askers_condition() {
    let answer = common::ask(
        "Twisted my knee last night, heard a pop. Mate reckons ACL. How long till I can play again?",
        None,
    );
    assert!(
        answer.conditions.iter().any(|c| c == "acl_tear"),
        "{:?}",
        answer.conditions
    );
    let answer = common::assert_verdict(
        "My mate reckons his meniscus tear healed with squats. I have knee OA, should I do squats?",
        Verdict::Recommended,
    );
    assert_eq!(
        answer.conditions,
        ["knee_osteoarthritis", "meniscus_tear"],
        "the asker's own condition first"
    );
}

/// A sentence that names no one and dates an operation ("TKR on 5 August."), before anyone else is
/// named, is the writer's own: the sister's recovery told after it is hers, so the writer's weakness
/// decides.
#[test]
fn a_dated_record_naming_no_one_is_the_writers() {
    let q = "TKR on 5 August. My sister had hers done last year and was walking miles by 3 months. I'm \
             still really weak and only manage short walks with a stick. Should I keep going with the \
             hamstring curls?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
}

#[test]
fn mine_after_someone_elses_operation_is_the_writers_own_at_its_own_time() {
    // "Mine" points back at the other person's operation; its date, not theirs, is the writer's, and their
    // signs ("hes jogging already") are not the writer's either.
    for q in [
        "My brother had his meniscus repair in March and hes jogging already, mine was done 10 days ago. Are \
         hamstring curls ok for me?",
        "My dad's TKR was two years ago. Mine was 3 weeks ago. Should I do leg curls?",
        "My wife had her ACL reconstructed last year but I had mine on 20 November, can I do hamstring curls?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    }
}

#[test]
fn a_clause_of_the_writers_own_after_someone_elses_is_theirs_alone() {
    // The other person's fresh injury or operation, in the same sentence, is not the writer's; nor is the
    // writer's operation the other person's.
    for q in [
        "my husband sprained his MCL on Saturday, my own MCL tear is years old. Can I do leg curls?",
        "My son broke his leg 3 weeks ago, and I have had a meniscus tear for 2 years. Are leg curls ok for me?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    }
    common::assert_ruling(
        "Dad has arthritis in his knee, I had my ACL reconstruction 2 weeks ago. Can he do leg curls?",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
}

/// "My brother had a clot after his ACL surgery years ago so I'm paranoid. Mine was 5 days ago": "so"
/// opens the writer's own clause, so the brother's years are not the time since the asker's operation.
#[test]
fn so_opens_the_writers_own_clause_after_someone_elses_story() {
    let answer = common::ask(
        "my brother ended up in A&E with a clot after his ACL surgery years ago so im paranoid lol. mine \
         was 5 days ago, everything looks fine, calf normal. PT has me doing hamstring activation \
         exercises, ok?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
}

/// "Our instructor has us straightening our knees…" tells what the writer does: "us" and "our" include the
/// writer, so the sentence is no one else's story and the exercise it describes is the one asked about.
#[test]
fn what_an_instructor_has_us_do_is_the_writers_exercise() {
    let q = "Our yoga instructor has us straightening our knees with ankle weights on, 3 sets of 10. I'm 64 \
             with arthritis in my knee. Should I?";
    common::assert_ruling(q, "quad_isolation", Verdict::Caution);
}

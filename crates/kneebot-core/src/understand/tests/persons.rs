//! Whose story a sentence tells: facts told only of someone other than the person asked about are not
//! theirs; a bare "he" (the presenter, the surgeon) never makes a sentence someone else's.

use super::*;

#[test]
fn another_persons_surgery_or_ban_is_not_the_askers() {
    // The sister's replacement and ban are hers; the asker has only a meniscus tear.
    let u = read(
        "My sister had a knee replacement last year and her physio has banned her from squats. I've got a \
         degenerative meniscus tear in my left knee, no op. Does that apply to me?",
    );
    assert_eq!(u.event, None);
    assert!(u.limited.is_empty(), "{:?}", u.limited);
    // The son's surgery is the asker's, not the father's, whose arthritis is asked about.
    let u = read(
        "I'm 3 weeks out from ACL surgery so I'm doing curls every day. My dad (he's got OA in his left \
         knee) copies my whole routine. Should he be doing the hamstring curls as well?",
    );
    assert_eq!(u.event, None);
    assert_eq!(ids(&u), ["knee_osteoarthritis"]);
    assert_eq!(u.intent, Some(Intent::Advice));
    // The husband is company in the question: the writer's own arthritis is asked about.
    let u = read(
        "My husband had his hip replaced 10 days ago and does curls on the bed. I've got OA in my knee, \
         never been operated on. Should I do the curls alongside him?",
    );
    assert_eq!(u.event, None);
}

#[test]
fn a_post_about_one_person_keeps_every_fact() {
    // A parent's own worry does not make the child's story someone else's.
    let u = read("My son tore his ACL last week. I'm so worried. What should I do?");
    assert_eq!(u.event, Some(Event::FreshInjury));
    // "he" is the surgeon: his ban is the asker's.
    let u = read(
        "My surgeon was clear. He said no squats for 12 weeks. I had ACL surgery 3 weeks ago. Can I squat?",
    );
    assert!(!u.limited.is_empty());
    assert_eq!(u.event, Some(Event::Surgery));
    // "Doesn't want me to panic" is no ban: a surgeon's "he" limits only the exercise after the ban.
    let u = read(
        "My surgeon is great. He doesn't want me to panic, he said squats are totally fine. I had ACL \
         surgery 4 months ago. Can I do squats?",
    );
    assert!(u.limited.is_empty(), "{:?}", u.limited);
    // With no clinician named, "he" is the presenter: what he says is the material, not a limit.
    let u = read(
        "I had ACL surgery 4 months ago. He said no leg curls in the video, should I stop them?",
    );
    assert!(u.limited.is_empty(), "{:?}", u.limited);
    // Two people in the asking part: nothing is left out, neither one's facts.
    for q in [
        "My wife had a knee replacement in May. I have a torn meniscus. Can she or I do curls?",
        "My son had ACL surgery 3 weeks ago. I have a meniscus tear myself. Should I let him do squats?",
    ] {
        let u = read(q);
        assert_eq!(u.event, Some(Event::Surgery), "{q}");
        assert!(ids(&u).contains(&"meniscus_tear"), "{q}: {:?}", ids(&u));
    }
    // A clinician's ban in a sentence that also names the husband is still the asker's.
    let u = read(
        "I had ACL reconstruction 5 weeks ago. Surgeon said no squats until 12 weeks and my husband is \
         making sure of it. Can I do goblet squats yet?",
    );
    assert!(!u.limited.is_empty());
    // An ellipsis leaves an empty sentence between two: the dad's ban is still left out.
    let u = read(
        "I tore my ACL... My dad had a knee replacement and his surgeon banned squats for him. I have \
         an ACL tear from last year. Can I do squats?",
    );
    assert!(u.limited.is_empty(), "{:?}", u.limited);
    assert_eq!(u.event, None);
}

#[test]
fn a_warning_sign_of_someone_else_is_still_read() {
    // Better a needless warning than a missed one: signs are read from the whole post.
    let u = read(
        "Our neighbour's calf swelled up, hot and red, a week after her knee op. My dad is 3 weeks post \
         TKR. Is it fine for him to do curls?",
    );
    assert!(!u.red_flags.is_empty());
    // The injury a warning sign needs is read from the whole post too, though told with someone else.
    let u = read(
        "Got tackled by a teammate at rugby on Saturday. Within an hour the knee blew up like a balloon. \
         I have had arthritis in that knee for years. Should I keep training?",
    );
    assert!(!u.red_flags.is_empty());
}

#[test]
fn what_someone_else_says_of_an_exercise_is_what_the_question_points_back_at() {
    // The brother only says what he thinks of the machine: "it" in the question is the machine.
    let u = read(
        "Tore my MCL in September playing football, no surgery needed. My brother says the leg extension \
         machine is the best thing to build back the knee. Should I be doing it or nah?",
    );
    assert_eq!(topic(&u), Some("quad_isolation"));
    let u = read("I have arthritis. My friend says squats are great for it. Should I do them?");
    assert_eq!(topic(&u), Some("squats"));
    // A sentence that goes on to tell of the other person ("…and she walks fine now") is still theirs.
    let u = read(
        "I had ACL surgery 3 weeks ago. My sister says squats got her walking fine again after hers. Should I \
         do them?",
    );
    assert_eq!(u.signal, None, "{:?}", u.signals);
}

/// A sentence that only tells of someone else's exercise ("my buddy does nordic curls") is kept when no
/// knee fact of theirs is in it: the question may point back at that exercise ("those").
#[test]
fn someone_elses_exercise_is_kept_for_the_question_to_point_at() {
    for q in [
        "My ACL was rebuilt in the new year. My gym partner does nordic hamstring curls every week. Do I start \
         those yet?",
        "I had my ACL rebuilt in the new year. My mum found some lying hamstring curls online. Should I start \
         those yet?",
    ] {
        let u = read(q);
        assert_eq!(topic(&u), Some("hamstring_strengthening"), "{q}");
        assert_eq!(u.event, Some(Event::Surgery), "{q}");
    }
    // A time or a recovery sign in it would be theirs, not the asker's: such a sentence stays out.
    for q in [
        "I had ACL surgery. My mate started leg curls 3 weeks ago. Should I start those?",
        "I had my ACL rebuilt at last. My mate does leg curls since his hamstring won't fire. Should I \
         start those?",
    ] {
        let u = read(q);
        assert_eq!(u.elapsed_days, None, "{q}");
        assert!(u.signals.is_empty(), "{q}: {:?}", u.signals);
    }
}

/// "Would he be right about them?" asks whether someone else is right, not what he should do: the asker's
/// own story, with their physio's ban, is kept.
#[test]
fn asking_whether_someone_else_is_right_keeps_the_askers_ban() {
    let u = read(
        "I had my ACL reconstructed 3 weeks ago and my physio said no leg curls. My dad had a knee replacement \
         2 weeks ago and swears by leg curls. Would he be right about them?",
    );
    assert!(!u.limited.is_empty());
}

//! Growing the knowledge as a moderator would, through the `kneebot` command only: a second video's
//! transcript (tests/fixtures/step-ups.*) goes in with `add-source`, `check` lists what to do next, the
//! video answers questions in its own words before any rule exists, a rule turns that into rulings (one
//! limited to a condition), and `coverage` shows it covered.

mod common;

use common::{copy_dir, knowledge_dir, TempDir};
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

const URL: &str = "https://www.youtube.com/watch?v=stepups1";
const ID: &str = "how-to-do-step-ups-for-knee-pain";

fn kneebot(knowledge: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kneebot"))
        .arg("--knowledge")
        .arg(knowledge)
        .args(args)
        .env_remove("KNEEBOT_KNOWLEDGE_DIR")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn ask(knowledge: &Path, question: &str) -> Value {
    let out = kneebot(
        knowledge,
        &["ask", "--json", "--today", "2026-11-30", question],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn add(knowledge: &Path, file: &str, extra: &[&str]) -> Output {
    let file = fixture(file);
    let mut args = vec![
        "add-source",
        file.as_str(),
        "--title",
        "How To Do Step-Ups For Knee Pain",
        "--url",
        URL,
        "--conditions",
        "knee_osteoarthritis,acl_tear",
    ];
    args.extend(extra);
    kneebot(knowledge, &args)
}

fn copy() -> (TempDir, std::path::PathBuf) {
    let dir = TempDir::new("grow");
    let knowledge = dir.path().join("knowledge");
    copy_dir(&knowledge_dir(), &knowledge);
    (dir, knowledge)
}

#[test]
fn a_new_video_goes_from_transcript_to_rulings_without_touching_code() {
    let (_dir, k) = copy();
    let before = ask(&k, "what height step should I start on?");
    assert_eq!(before["verdict"], "not_covered", "{before}");

    let added = add(&k, "step-ups.srt", &[]);
    assert!(added.status.success(), "{}", text(&added.stderr));
    assert!(
        text(&added.stdout).contains("with their moment in the video"),
        "{}",
        text(&added.stdout)
    );
    let again = add(&k, "step-ups.srt", &[]);
    assert!(
        !again.status.success(),
        "never overwrites without --replace"
    );
    assert!(
        text(&again.stderr).contains("--replace"),
        "{}",
        text(&again.stderr)
    );

    // `check` passes and says what to do next.
    let check = kneebot(&k, &["check"]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    let warnings = text(&check.stderr);
    assert!(
        warnings.contains(&format!("no rule cites source `{ID}`")),
        "{warnings}"
    );
    assert!(
        warnings.contains("`step up`") && warnings.contains("uncovered"),
        "{warnings}"
    );
    assert!(
        !kneebot(&k, &["check", "--strict"]).status.success(),
        "--strict fails on warnings"
    );

    // Before any rule: the video's own words, its link at the moment, no verdict.
    let height = ask(&k, "what height step should I start on?");
    assert_eq!(height["verdict"], "info", "{height}");
    assert!(
        height["guidance"]
            .as_str()
            .unwrap()
            .contains("How To Do Step-Ups"),
        "{height}"
    );
    let first = &height["passages"][0];
    assert_eq!(first["source"], ID, "{height}");
    assert!(
        first["text"]
            .as_str()
            .unwrap()
            .contains("four to six inches"),
        "{height}"
    );
    assert_eq!(first["url"], format!("{URL}&t=83s"), "{height}");
    let advice = ask(&k, "are step ups good for knee arthritis?");
    assert_eq!(
        advice["verdict"], "info",
        "no ruling without a rule: {advice}"
    );
    assert!(
        advice["guidance"]
            .as_str()
            .unwrap()
            .contains("no yes or no"),
        "{advice}"
    );
    // The old video's questions are answered as before.
    assert_eq!(
        ask(&k, "should I do leg curls after my ACL repair?")["verdict"],
        "depends"
    );

    // A moderator writes the topic and its rules: one for everyone, one for ACL tears.
    let vocabulary = std::fs::read_to_string(k.join("vocabulary.toml")).unwrap();
    let vocabulary = vocabulary.replace("\"step up\", ", "")
        + "\n[[topic]]\nid = \"step_ups\"\nphrases = [\"step up\", \"step ups\", \"step-up\"]\n";
    std::fs::write(k.join("vocabulary.toml"), vocabulary).unwrap();
    let rules = std::fs::read_to_string(k.join("rules.toml")).unwrap()
        + &format!(
            r#"
[[topic]]
id = "step_ups"
name = "step-ups"

[[rule]]
topic = "step_ups"
phases = ["all"]
verdict = "recommended"
guidance = "Yes: start on a low step, four to six inches, and go higher an inch at a time."
[[rule.reason]]
says = "A low step is plenty while the knee is sore."
source = "{ID}"
quote = "A step of four to six inches is plenty when your knee is sore."

[[rule]]
topic = "step_ups"
phases = ["all"]
conditions = ["acl_tear"]
verdict = "caution"
guidance = "Carefully: stay on a low step, and go back lower if the knee swells."
[[rule.reason]]
says = "Swelling means the step is too high for now."
source = "{ID}"
quote = "If your knee swells after step ups, go back to a lower step"
"#
        );
    std::fs::write(k.join("rules.toml"), rules).unwrap();
    let check = kneebot(&k, &["check"]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    assert!(!text(&check.stderr).contains(&format!("no rule cites source `{ID}`")));

    let ruled = ask(&k, "are step ups good for knee arthritis?");
    assert_eq!(
        (ruled["verdict"].as_str(), ruled["topic"].as_str()),
        (Some("recommended"), Some("step_ups")),
        "{ruled}"
    );
    assert_eq!(
        ruled["passages"][0]["url"],
        format!("{URL}&t=83s"),
        "{ruled}"
    );
    let acl = ask(&k, "are step ups ok with my acl tear?");
    assert_eq!(
        acl["verdict"], "caution",
        "the rule for ACL tears wins: {acl}"
    );

    let coverage = kneebot(&k, &["coverage", "--json"]);
    assert!(coverage.status.success(), "{}", text(&coverage.stderr));
    let report: Value = serde_json::from_slice(&coverage.stdout).unwrap();
    let topic = report["coverage"]["topics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "step_ups")
        .unwrap()
        .clone();
    assert_eq!(topic["phases"].as_array().unwrap().len(), 5, "{topic}");
    assert_eq!(
        topic["conditions"],
        serde_json::json!(["acl_tear"]),
        "{topic}"
    );
    let source = report["coverage"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == ID)
        .unwrap()
        .clone();
    assert_eq!(source["cited"], 2, "{source}");
}

#[test]
fn srt_vtt_and_plain_text_each_become_a_source() {
    for (file, timed) in [
        ("step-ups.srt", true),
        ("step-ups.vtt", true),
        ("step-ups.txt", false),
    ] {
        let (_dir, k) = copy();
        let out = add(&k, file, &[]);
        assert!(out.status.success(), "{file}: {}", text(&out.stderr));
        let written = std::fs::read_to_string(k.join("sources").join(format!("{ID}.md"))).unwrap();
        assert!(
            written.contains(&format!("url = \"{URL}\"")),
            "{file}: {written}"
        );
        assert_eq!(written.contains("\n[1:23] "), timed, "{file}: {written}");
        assert!(written.contains("four to six inches"), "{file}");
        let answer = ask(&k, "what height step should I start on?");
        assert_eq!(answer["passages"][0]["source"], ID, "{file}: {answer}");
        assert_eq!(
            answer["passages"][0]["url"]
                .as_str()
                .is_some_and(|u| u.contains("&t=")),
            timed,
            "{file}"
        );
        // --replace takes a new version of the same video.
        assert!(add(&k, file, &["--replace"]).status.success(), "{file}");
    }
}

#[test]
fn a_bad_source_changes_nothing_and_says_what_to_fix() {
    let (_dir, k) = copy();
    let before: Vec<_> = std::fs::read_dir(k.join("sources"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let unknown = add(&k, "step-ups.srt", &["--conditions", "runners_knee"]);
    assert!(!unknown.status.success());
    let message = text(&unknown.stderr);
    assert!(
        message.contains("runners_knee") && message.contains("known: knee_osteoarthritis"),
        "{message}"
    );
    assert!(message.contains("nothing was changed"), "{message}");
    let bad_url = kneebot(
        &k,
        &[
            "add-source",
            &fixture("step-ups.txt"),
            "--title",
            "Step ups",
            "--url",
            "javascript:alert(1)",
        ],
    );
    assert!(!bad_url.status.success());
    assert!(
        text(&bad_url.stderr).contains("https://"),
        "{}",
        text(&bad_url.stderr)
    );
    let after: Vec<_> = std::fs::read_dir(k.join("sources"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(before, after, "the folder is as it was");
    assert!(kneebot(&k, &["check"]).status.success());
}

#[test]
fn check_warns_and_strict_fails_on_what_loads_but_looks_unintended() {
    let (_dir, k) = copy();
    // A transcript saved beside the sources instead of added, and a condition whose playlist was removed.
    std::fs::copy(fixture("step-ups.txt"), k.join("sources/step-ups.txt")).unwrap();
    let playlists = std::fs::read_to_string(k.join("playlists.toml")).unwrap();
    let start = playlists
        .find("[[playlist]]\ncondition = \"bakers_cyst\"")
        .unwrap();
    let end = playlists[start + 1..]
        .find("[[playlist]]")
        .map_or(playlists.len(), |e| start + 1 + e);
    std::fs::write(
        k.join("playlists.toml"),
        format!("{}{}", &playlists[..start], &playlists[end..]),
    )
    .unwrap();
    let check = kneebot(&k, &["check"]);
    assert!(
        check.status.success(),
        "warnings do not fail: {}",
        text(&check.stderr)
    );
    let warnings = text(&check.stderr);
    assert!(
        warnings.contains("step-ups.txt") && warnings.contains("add-source"),
        "{warnings}"
    );
    assert!(
        warnings.contains("vocabulary.toml:") && warnings.contains("`bakers_cyst` has no playlist"),
        "with the line of the condition: {warnings}"
    );
    let strict = kneebot(&k, &["check", "--strict"]);
    assert!(!strict.status.success());
    assert!(
        text(&strict.stderr).contains("--strict"),
        "{}",
        text(&strict.stderr)
    );
    // A condition without a playlist is named in answers, never linked.
    let answer = ask(&k, "can I do squats with a baker's cyst?");
    assert!(answer["playlists"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["condition"] != "bakers_cyst"));
}

/// A name in `channel_business` that no uncovered thing carries would never be matched: `check` says so.
#[test]
fn check_warns_of_a_channel_business_name_nothing_carries() {
    let (_dir, k) = copy();
    let vocabulary = std::fs::read_to_string(k.join("vocabulary.toml")).unwrap();
    let edited = vocabulary.replacen(
        "channel_business = [\"refund\",",
        "channel_business = [\"gift card\", \"refund\",",
        1,
    );
    assert_ne!(
        edited, vocabulary,
        "the shipped list opens as the test expects"
    );
    std::fs::write(k.join("vocabulary.toml"), edited).unwrap();
    let check = kneebot(&k, &["check"]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    let warnings = text(&check.stderr);
    assert!(
        warnings.contains("`gift card` is in `channel_business`"),
        "{warnings}"
    );
}

//! The answering core through its public API and the `kneebot` command as a process: the shipped
//! knowledge checks clean, every dev question set case passes, and the CLI prints what the engine decides.

mod common;
use common::{copy_dir, knowledge_dir};

use kneebot::answer::Verdict;
use kneebot::{AskOptions, Engine, Phase};
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::load(&knowledge_dir()).unwrap_or_else(|e| panic!("{e}")))
}

fn ask(q: &str) -> kneebot::Answer {
    engine().answer(q, &AskOptions::on(common::TODAY))
}

#[test]
fn every_dev_case_passes() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/dev.jsonl");
    let cases = kneebot::eval::load_cases(&path).unwrap();
    assert!(cases.len() >= 33, "the dev set has {} cases", cases.len());
    let report = kneebot::eval::run(engine(), &[("dev".to_string(), cases)], common::TODAY);
    assert_eq!(report.failed, 0, "\n{}", report.render());
}

/// The held-out sets: the same behaviour in other words (slang, typos, timelines, negations, long stories,
/// British usage, markdown, rule edges, safety wording…), written from the question sets' README rather
/// than from the bot's output. They guard the general mechanisms.
#[test]
fn every_held_out_case_passes() {
    let mut sets = Vec::new();
    // Every set in tests/eval is run, so a new one cannot be forgotten.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".jsonl").map(str::to_string))
        .filter(|n| n != "dev")
        .collect();
    names.sort();
    assert!(names.len() >= 12, "held-out sets: {names:?}");
    for name in names {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/eval/{name}.jsonl"));
        let cases = kneebot::eval::load_cases(&path).unwrap();
        assert!(!cases.is_empty(), "{name} is empty");
        sets.push((name.to_string(), cases));
    }
    // Run on two days a year and a half apart: a case whose answer turns on a calendar date it does not
    // carry (`today`) fails on one of them, so no case can depend on the day the suite runs.
    for run_day in [common::TODAY, jiff::civil::date(2028, 5, 17)] {
        let report = kneebot::eval::run(engine(), &sets, run_day);
        assert_eq!(report.failed, 0, "asked on {run_day}:\n{}", report.render());
    }
}

/// Sets waiting for their fixes: run and reported (with `--nocapture`), not required.
#[test]
fn pending_sets_are_reported() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/pending");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    for path in files {
        // A pending set must still be well formed: a broken line is a mistake, not a pending fix.
        let cases = kneebot::eval::load_cases(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let report = kneebot::eval::run(engine(), &[(name.clone(), cases)], common::TODAY);
        println!(
            "pending {name}: {} passed, {} failed",
            report.passed, report.failed
        );
    }
}

#[test]
fn the_dev_copies_are_in_step_with_the_shared_sets() {
    for name in ["dev.jsonl", "dev-shapes.jsonl", "real-dev.jsonl"] {
        // CI has ../shared beside the clone; a developer's checkout may not.
        let shared = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/eval")
            .join(name);
        if let Ok(shared) = std::fs::read_to_string(shared) {
            let ours = std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/eval")
                    .join(name),
            )
            .unwrap();
            assert_eq!(
                ours, shared,
                "copy ../shared/eval/{name} to tests/eval/{name}"
            );
        }
    }
}

/// Table: question -> (verdict, topic, conditions). Rulings from the rules, in words the dev set doesn't use.
#[test]
fn rulings_follow_the_rules() {
    let cases: &[(&str, Verdict, Option<&str>, &[&str])] = &[
        (
            "should I do leg curls after my ACL repair?",
            Verdict::Depends,
            Some("hamstring_strengthening"),
            &["acl_tear"],
        ),
        (
            "aclr 5 days ago, ham curls ok?",
            Verdict::OkForNow,
            Some("hamstring_strengthening"),
            &["acl_tear"],
        ),
        (
            "TKR 8 months ago, still doing leg curls, good?",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["knee_replacement"],
        ),
        (
            "tkr 8 wks ago, leg curls?",
            Verdict::Depends,
            Some("hamstring_strengthening"),
            &["knee_replacement"],
        ),
        (
            "torn menicus, should i do hamstirng curls",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["meniscus_tear"],
        ),
        (
            "i have arthritus in my knee, squats?",
            Verdict::Recommended,
            Some("squats"),
            &["knee_osteoarthritis"],
        ),
        (
            "hip thrusts instead of leg curls for my ITB?",
            Verdict::Recommended,
            Some("glute_strengthening"),
            &["it_band_syndrome"],
        ),
        (
            "quad extensions with a bakers cyst?",
            Verdict::Caution,
            Some("quad_isolation"),
            &["bakers_cyst"],
        ),
        (
            "I tore my ACL 2 years ago, nordic curls?",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["acl_tear"],
        ),
        (
            "I tore my MCL 5 days ago and my hamstring won't switch on, leg curls?",
            Verdict::OkForNow,
            Some("hamstring_strengthening"),
            &["mcl_tear"],
        ),
        (
            "I never had surgery but my meniscus hurts, leg curls?",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["meniscus_tear"],
        ),
        (
            "walking without a limp after my meniscectomy, keep doing leg curls?",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["meniscus_tear"],
        ),
        (
            "I still don't have full range of motion after my ACL reconstruction, leg curls?",
            Verdict::OkForNow,
            Some("hamstring_strengthening"),
            &["acl_tear"],
        ),
    ];
    for (q, verdict, topic, conditions) in cases {
        let a = ask(q);
        assert_eq!(a.verdict, *verdict, "{q}\n{a:#?}");
        assert_eq!(a.topic.as_deref(), *topic, "{q}");
        for c in *conditions {
            assert!(
                a.conditions.iter().any(|x| x == c),
                "{q}: {c} not in {:?}",
                a.conditions
            );
        }
    }
}

#[test]
fn warning_signs_come_first_and_give_no_exercise_advice() {
    for q in [
        "2 weeks after my knee replacement my calf is hot and swollen, can I do leg curls?",
        "I have a fever after my ACL surgery, should I do squats?",
        "my incision is oozing, leg extensions ok?",
        "my foot is cold and numb after surgery, glute bridges?",
        "twisted my knee and now it's locked, what should I do?",
    ] {
        let a = ask(q);
        assert_eq!(a.verdict, Verdict::Urgent, "{q}");
        assert!(
            a.passages.is_empty() && a.playlists.is_empty() && a.follow_up.is_none(),
            "{q}"
        );
    }
    // Negated warning signs are not warning signs.
    let a = ask("no fever and my calf isn't swollen, 3 days after ACL surgery, leg curls?");
    assert_eq!(a.verdict, Verdict::OkForNow, "{a:#?}");
}

#[test]
fn depends_asks_a_follow_up_and_a_phase_turns_it_into_a_ruling() {
    let q = "should I do leg curls after my ACL repair?";
    let a = ask(q);
    let f = a.follow_up.expect("a follow-up");
    let phases: Vec<Phase> = f.choices.iter().map(|c| c.phase).collect();
    assert_eq!(phases, [Phase::Early, Phase::Rebuilding, Phase::Recovered]);
    for (phase, verdict) in [
        (Phase::Early, Verdict::OkForNow),
        (Phase::Rebuilding, Verdict::OkForNow),
        (Phase::Recovered, Verdict::Avoid),
    ] {
        let a = engine().answer(q, &AskOptions::on(common::TODAY).with_phase(Some(phase)));
        assert_eq!(a.verdict, verdict);
        assert!(a.follow_up.is_none());
        assert!(!a.passages.is_empty());
        let choice = f.choices.iter().find(|c| c.phase == phase).unwrap();
        assert_eq!(
            choice.verdict, verdict,
            "the follow-up says what the choice leads to"
        );
    }
}

#[test]
fn not_covered_guesses_nothing_but_still_names_conditions() {
    for q in [
        "Should I do hamstring stretches?",
        "is leg press ok with my acl tear?",
        "Can I ice my knee?",
        "what's the weather",
    ] {
        let a = ask(q);
        assert_eq!(a.verdict, Verdict::NotCovered, "{q}\n{a:#?}");
        assert!(
            a.passages.is_empty(),
            "{q}: no passage dressed up as an answer"
        );
    }
    let a = ask("is leg press ok with my acl tear?");
    assert_eq!(a.conditions, ["acl_tear"]);
    assert_eq!(a.playlists[0].condition, "acl_tear");
}

#[test]
fn every_ruling_cites_at_most_three_passages_from_the_material() {
    let k = engine().knowledge();
    for q in [
        "leg curls with knee OA?",
        "glute bridges for my MCL tear?",
        "why are squats good?",
    ] {
        let a = ask(q);
        assert!(a.passages.len() <= 3);
        for p in &a.passages {
            assert!(k.passages.iter().any(|x| x.id == p.id && x.text == p.text));
        }
    }
}

#[test]
fn odd_input_gets_an_answer_not_a_panic() {
    let long = "knee ".repeat(3_000);
    for q in [
        "",
        "   ",
        "🦵🔥💀",
        "@everyone <@&123> <@456>",
        "```code``` **bold** ||spoiler||",
        &long,
        "\u{202e}\u{200d}leg curls",
        "surgery 5 days ago, temp 38.9",
        "knee op, fever 39",
    ] {
        let a = ask(q);
        assert!(!a.headline.is_empty());
    }
}

fn kneebot() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kneebot"));
    c.env("KNEEBOT_KNOWLEDGE_DIR", knowledge_dir());
    c
}

#[test]
fn cli_ask_prints_the_answer_and_json_matches_the_engine() {
    let q = "should I do leg curls after my ACL repair?";
    let out = kneebot().args(["ask", q]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("It depends"), "{text}");
    assert!(text.contains("not a diagnosis"));
    // The shipped playlists are placeholders: named, never linked.
    assert!(
        text.contains("no link yet") && !text.contains("EXAMPLE-acl-tear"),
        "{text}"
    );

    let out = kneebot().args(["ask", "--json", q]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let answer = ask(q);
    assert_eq!(json["verdict"], "depends");
    assert_eq!(json["topic"], "hamstring_strengthening");
    assert_eq!(json["conditions"][0], "acl_tear");
    assert_eq!(json["follow_up"]["choices"].as_array().unwrap().len(), 3);
    assert_eq!(
        json["passages"].as_array().unwrap().len(),
        answer.passages.len()
    );
    for key in ["reasons", "playlists", "text", "passages"] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert_eq!(json["playlists"][0]["condition"], "acl_tear");
    assert!(
        json["playlists"][0]["url"].is_null(),
        "{}",
        json["playlists"]
    );
    let p = &json["passages"][0];
    for key in ["source", "id", "text", "score"] {
        assert!(p.get(key).is_some(), "passage missing {key}");
    }

    let out = kneebot()
        .args(["ask", "--json", "--phase", "recovered", q])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["verdict"], "avoid");
}

#[test]
fn cli_eval_check_and_chat() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/dev.jsonl");
    let out = kneebot().arg("eval").arg(&dev).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.trim_end().ends_with("eval: 33 passed, 0 failed")
            || text.contains(" passed, 0 failed"),
        "{text}"
    );

    let dir = std::env::temp_dir().join(format!("kneebot-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("wrong.jsonl");
    std::fs::write(
        &bad,
        "{\"id\":\"x\",\"question\":\"Are squats ok for knee arthritis?\",\"verdict\":\"avoid\"}\n",
    )
    .unwrap();
    let out = kneebot().arg("eval").arg(&bad).output().unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("FAIL") && text.contains("eval: 0 passed, 1 failed"),
        "{text}"
    );

    let out = kneebot().arg("check").output().unwrap();
    assert!(out.status.success());

    let mut child = kneebot()
        .arg("chat")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"should I do leg curls after my ACL repair?\n3\nquit\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("It depends") && text.contains("Better to back off"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn cli_reports_broken_knowledge_with_file_and_line() {
    let dir = std::env::temp_dir().join(format!("kneebot-broken-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&knowledge_dir(), &dir);
    let rules = dir.join("rules.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    std::fs::write(
        &rules,
        text.replacen(
            "quote = \"strengthening your hamstrings adds",
            "quote = \"hamstrings cure everything, adds",
            1,
        ),
    )
    .unwrap();
    let out = kneebot()
        .arg("--knowledge")
        .arg(&dir)
        .arg("check")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("rules.toml:") && err.contains("not in source"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn cli_serve_without_a_token_says_how_to_get_one() {
    let out = kneebot()
        .arg("serve")
        .env_remove("DISCORD_TOKEN")
        .env_remove("DISCORD_TOKEN_FILE")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("DISCORD_TOKEN") && err.contains("kneebot ask"),
        "{err}"
    );
}

/// Dates in a question count from the day it is asked, given with `--today`; the same question asked on
/// three days gets the three rulings of the calendar policy, and a date that is not YYYY-MM-DD is refused.
#[test]
fn cli_counts_dates_from_the_day_given() {
    let verdict_on = |day: &str| {
        let out = kneebot()
            .args(["ask", "--json", "--today", day])
            .arg("ACLR on October 28th, ok to do ham curls now?")
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        answer["verdict"].as_str().unwrap().to_string()
    };
    assert_eq!(verdict_on("2026-11-01"), "ok_for_now");
    assert_eq!(verdict_on("2026-12-20"), "depends");
    assert_eq!(verdict_on("2027-06-01"), "avoid");

    let cases: [&[&str]; 3] = [
        &["ask", "--today", "2026-02-30", "squats?"],
        &["chat", "--today", "30/11/2026"],
        &["eval", "--today", "soon", "tests/eval/dev.jsonl"],
    ];
    for args in cases {
        let out = kneebot()
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
    }
}

/// Real posts' shapes through the CLI's JSON: an open question gets an overview grouped do / go carefully /
/// back off; a diagnosis question gets no exercise advice but still the condition's playlist; an exercise the
/// asker's clinician ruled out is never recommended.
#[test]
fn cli_answers_open_questions_diagnoses_and_limits() {
    let ask = |q: &str| -> serde_json::Value {
        let out = kneebot()
            .args(["ask", "--json", "--today", "2026-11-30", q])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let rulings = |a: &serde_json::Value| -> Vec<(String, String)> {
        a["overview"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["topic"].as_str().unwrap().into(),
                    l["verdict"].as_str().unwrap().into(),
                )
            })
            .collect()
    };

    let avoid = ask("knee arthritis here, which gym exercises should I stay away from?");
    assert_eq!(avoid["verdict"], "avoid");
    let lines = rulings(&avoid);
    assert!(
        lines.contains(&("hamstring_strengthening".into(), "avoid".into())),
        "{lines:?}"
    );
    assert!(
        lines.contains(&("glute_strengthening".into(), "recommended".into())),
        "{lines:?}"
    );
    // Grouped: every "do" line comes before every "go carefully" line, which come before "back off".
    let group = |v: &str| match v {
        "recommended" | "ok_for_now" => 0,
        "caution" => 1,
        "avoid" => 2,
        "depends" => 3,
        _ => 4,
    };
    let groups: Vec<_> = lines.iter().map(|(_, v)| group(v)).collect();
    assert!(groups.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    assert!(avoid["overview"][0]["passage"]
        .as_str()
        .is_some_and(|p| !p.is_empty()));

    // Phase unknown after surgery: what holds in every phase, the rest as `depends`, and the follow-up.
    let open = ask("I had a TKR a while back. What exercises should I do?");
    assert_eq!(open["verdict"], "recommended");
    assert!(open["follow_up"].is_object());
    assert!(rulings(&open)
        .iter()
        .any(|(t, v)| t == "hamstring_strengthening" && v == "depends"));
    assert!(rulings(&open)
        .iter()
        .any(|(t, v)| t == "glute_strengthening" && v == "recommended"));

    let diagnosis = ask("my knee clicks every time i go up stairs. could it be a meniscus tear?");
    assert_eq!(diagnosis["verdict"], "not_covered");
    assert!(diagnosis["overview"].as_array().unwrap().is_empty());
    assert_eq!(diagnosis["playlists"][0]["condition"], "meniscus_tear");

    let limited = ask("my surgeon said no squats for now. what can I do for my knee?");
    let squats = rulings(&limited)
        .into_iter()
        .find(|(t, _)| t == "squats")
        .map(|(_, v)| v);
    assert_eq!(squats.as_deref(), Some("not_covered"));
    let asked = ask("my surgeon said no squats for now. can I squat with a light bar?");
    assert_eq!(asked["verdict"], "not_covered");
}

/// A question about the material that puts words in its mouth is answered with what the material does say
/// (for the asker's situation), not with a passage that happens to share the words; a true premise gets
/// the material's reasons.
#[test]
fn a_false_premise_about_the_material_is_corrected() {
    for q in [
        "Why does the video say to strengthen the hamstrings?",
        "why does he say squats are bad for the knee?",
        "why does the guy in the video say you should do more leg curls for arthritis?",
    ] {
        let a = ask(q);
        assert_eq!(a.verdict, Verdict::Info, "{q}");
        assert!(
            a.guidance.starts_with("That isn't what the material says"),
            "{q}: {}",
            a.guidance
        );
        assert!(!a.passages.is_empty(), "{q}");
    }
    // Right after surgery the material does say to do isolated hamstring work: no correction.
    let a = ask("why does he recommend leg curls right after knee surgery?");
    assert!(!a.guidance.starts_with("That isn't"), "{}", a.guidance);
    let a = ask("why does he say glute work is so important?");
    assert!(!a.guidance.starts_with("That isn't"), "{}", a.guidance);
}

/// The question sets' rule: `topic` is checked on rulings; an accepted `not_covered` answer rules on
/// nothing, so it passes without one, while a ruling on another topic still fails.
#[test]
fn eval_checks_the_topic_on_rulings_only() {
    let case: kneebot::eval::Case = serde_json::from_str(
        r#"{"id": "t", "question": "q", "verdict": ["not_covered", "recommended"], "topic": "squats"}"#,
    )
    .unwrap();
    let not_covered = ask("should I take ibuprofen before squats?");
    assert_eq!(not_covered.verdict, Verdict::NotCovered);
    assert!(kneebot::eval::check(&case, &not_covered).is_empty());
    let ruling = ask("are glute bridges good for my knee arthritis?");
    assert_eq!(ruling.verdict, Verdict::Recommended);
    let problems = kneebot::eval::check(&case, &ruling);
    assert!(
        problems.iter().any(|p| p.starts_with("topic:")),
        "{problems:?}"
    );
}

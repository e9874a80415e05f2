//! Questions through the whole answer path: arbitrary and hostile ones built from pieces that have broken
//! chat bots before, in any phase; questions of 20 KB to 120 KB; and seeds repeated to 90 KB that once
//! made a stage slow.

use crate::checks::{check_question, PHASES};
use crate::runner::{cases, property};
use kneebot::Phase;
use proptest::prelude::*;

/// Pieces that have broken chat bots before: Discord markup and mentions, markdown, invisible and
/// direction-changing characters, odd Unicode, and the words the rules react to (so cases reach deep).
const PIECES: &[&str] = &[
    "@everyone",
    "@here",
    "@",
    "<@&123456789012345678>",
    "<@1000>",
    "<@!1000>",
    "<#6000>",
    "<:knee:123>",
    "<a:spin:1>",
    "<t:1700000000:R>",
    "<",
    ">",
    "<@",
    "https://evil.example/x)",
    "http://",
    "[click](https://evil.example)",
    "`",
    "``",
    "```",
    "```rust\n",
    "**",
    "__",
    "~~",
    "||",
    "> ",
    ">>> ",
    "# ",
    "- ",
    "\\",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{202E}",
    "\u{2066}",
    "\u{2028}",
    "\u{FEFF}",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\r\n",
    "\n\n",
    "\r",
    "\t",
    "e\u{301}",
    "a\u{308}\u{308}\u{308}\u{308}",
    "👩\u{200D}⚕️",
    "🦵🔥",
    "👍🏽",
    "🏳️‍🌈",
    "עברית",
    "العربية",
    "中文",
    "Ａ Ｃ Ｌ",
    "ﬁ",
    "İ",
    "ß",
    "ǅ",
    "Σ",
    "\u{10FFFF}",
    "ACL",
    "aclr",
    "ACL-R",
    "leg curls",
    "hamstring",
    "nordics",
    "squats",
    "lunges",
    "after surgery",
    "after my ACL repair",
    "knee replacement",
    "meniscus",
    "runner's knee",
    "baker's cyst",
    "osteoarthritis",
    "my calf is swollen and hot",
    "fever",
    "can't put weight on it",
    "3 weeks ago",
    "5 days post-op",
    "99999999999999999999 days ago",
    "1.5.5.5",
    "0.000001 years",
    "-3 weeks",
    "last tuesday",
    "no pain",
    "still swollen",
    "should I",
    "is it ok",
    "why",
    "when can I",
    "what exercises",
    "can't",
    "won't",
    "n't",
    "'s",
    "s'",
    "'",
    "\"",
    "“",
    "’",
    "-",
    "/",
    "?",
    ".",
    "!!!",
    ";",
    ":",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => any::<String>(),
        1 => "\\PC{0,12}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn question() -> impl Strategy<Value = String> {
    let sep = proptest::sample::select(&[" ", " ", " ", "", "\n", ", ", ". ", "\u{200B}"][..]);
    prop::collection::vec((piece(), sep), 0..40).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(p, s)| [p, s.to_string()])
            .collect()
    })
}

/// Questions of 20 KB to 120 KB: a seed repeated, so the cut-off in `normalize` and the renders' limits
/// are exercised on real content, not only on one repeated character.
fn huge_question() -> impl Strategy<Value = String> {
    (question(), 20_000usize..120_000).prop_map(|(seed, size)| {
        let seed = if seed.is_empty() {
            "knee ".to_string()
        } else {
            seed
        };
        let mut q = String::with_capacity(size + seed.len());
        while q.len() < size {
            q.push_str(&seed);
        }
        q
    })
}

fn phase() -> impl Strategy<Value = Option<Phase>> {
    proptest::sample::select(&PHASES[..])
}

/// Arbitrary and hostile questions: any phase, every render.
#[test]
fn any_question_is_answered_in_bounded_time_and_memory_and_renders_safely() {
    property(
        "any_question",
        cases(1500),
        (question(), phase()),
        |(q, p)| format!("{q:?} {p:?}"),
        |(q, p)| check_question(&q, p),
    );
}

/// 20-120 KB questions (the bot refuses these, but the core must not choke when another front end
/// passes one on).
#[test]
fn huge_questions_are_answered_in_bounded_time_and_memory() {
    property(
        "huge_questions",
        cases(60),
        (huge_question(), phase()),
        // The seed repeats, so its start names the case a run that stops on it must report.
        |(q, _)| {
            let start: String = q.chars().take(300).collect();
            format!("{} bytes, starting {start:?}", q.len())
        },
        |(q, p)| check_question(&q, p),
    );
}

/// Seeds repeated to 90 KB that once made a stage read the rest of the post once per mark or mention (a
/// thousand pairs of quote marks, a limit told a thousand times in one sentence): drawn at random only now
/// and then, so asked on every run.
#[test]
fn repeated_marks_are_answered_in_bounded_time() {
    for seed in [
        "'",
        "''''''''''can't, ",
        "'a' ",
        "\"",
        "\"knee\"? ",
        "> quoted\n",
        "?",
        "\u{200B}'",
        "n't ",
        // One endless sentence: each limit, date or word read the whole sentence before it.
        ">no squats",
        "squats can't ",
        "aclr-",
    ] {
        let mut q = String::new();
        while q.len() < 90_000 {
            q.push_str(seed);
        }
        check_question(&q, None);
    }
}

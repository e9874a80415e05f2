//! `kneebot chat`: an interactive terminal session over the same core. Reads questions line by line; when an
//! answer asks a follow-up, the numbered choices are offered and a number turns it into a ruling.

use crate::answer::Answer;
use crate::engine::{AskOptions, Engine};
use crate::render::text;
use crate::understand::calendar::Date;
use std::io::{BufRead, Write};

/// Runs the session until end of input or `quit`.
/// Every question counts its dates from `today`.
pub fn run(
    engine: &Engine,
    today: Date,
    input: impl BufRead,
    mut output: impl Write,
) -> std::io::Result<()> {
    let options = AskOptions::on(today);
    writeln!(
        output,
        "Ask a knee-exercise question (empty line or `quit` to leave)."
    )?;
    let mut pending: Option<Answer> = None;
    write!(output, "> ")?;
    output.flush()?;
    for line in input.lines() {
        let line = line?;
        let line = line.trim();
        if line.is_empty() || line == "quit" || line == "exit" {
            break;
        }
        let choice = pending.as_ref().and_then(|a| {
            let n: usize = line.parse().ok()?;
            let f = a.follow_up.as_ref()?;
            f.choices
                .get(n.checked_sub(1)?)
                .map(|c| (a.question.clone(), c.phase))
        });
        let limit = crate::config::Config::default().max_question_chars;
        if choice.is_none() && line.chars().count() > limit {
            writeln!(
                output,
                "Questions can be up to {limit} characters; that one has {}. Please shorten it.",
                line.chars().count()
            )?;
            write!(output, "> ")?;
            output.flush()?;
            continue;
        }
        let answer = match choice {
            Some((question, phase)) => engine.answer(&question, &options.with_phase(Some(phase))),
            None => engine.answer(line, &options),
        };
        writeln!(output, "\n{}", text::render(&answer))?;
        if answer.follow_up.is_some() {
            writeln!(output, "Type a choice's number, or ask another question.")?;
            pending = Some(answer);
        } else {
            pending = None;
        }
        write!(output, "> ")?;
        output.flush()?;
    }
    writeln!(output)?;
    Ok(())
}

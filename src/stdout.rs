//! Writing the terminal commands' results to standard output. A reader that stops early (`kneebot ask …
//! | head`) closes the pipe; that ends the output quietly instead of panicking, as `print!` would.

use std::io::Write;

/// Writes `text` to standard output; a closed pipe or other write error ends the output silently (the
/// command's result does not depend on who reads it).
pub fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// [`emit`] with a line ending.
pub fn emit_line(text: &str) {
    emit(&format!("{text}\n"));
}

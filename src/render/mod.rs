//! Rendering: turns an `Answer` into what a person reads. Rendering never decides: everything shown comes
//! from the `Answer` value, so the terminal and Discord say the same thing.

pub mod discord;
pub mod json;
pub mod text;

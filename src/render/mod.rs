//! Renderers: turn an `Answer` into something a person reads. Rendering never decides.

pub mod discord;

//! Helpers the integration tests share: real folders under the system temp dir that are removed when
//! dropped, and copies of the shipped knowledge to break on purpose.

// Each test binary uses its own subset of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

mod temp_dir;
#[allow(unused_imports)] // some test binaries use no temporary folder
pub use temp_dir::TempDir;

/// The `knowledge/` folder of this checkout.
pub fn knowledge_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
}

/// Copies a folder tree (a missing `from` makes an empty `to`).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    if !from.exists() {
        return;
    }
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The day the tests' questions are asked on: the core never reads the clock, so tests name the day.
pub const TODAY: kneebot::Date = jiff::civil::date(2026, 11, 30);

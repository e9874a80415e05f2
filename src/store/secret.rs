//! The secret that keys members' hashed ids. It never lives in the database, so a copy of the database
//! (a backup, a file shared to study the questions) cannot be used to test whether a known Discord id
//! asked something.

use std::io::Write;
use std::path::{Path, PathBuf};

use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};

use super::StoreError;

/// Where the secret comes from, chosen by the door (see `Config::hash_secret`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HashSecret {
    /// Given directly, from the environment.
    Value(String),
    /// A file holding it; made (readable by its owner only) on the first start if missing.
    File(PathBuf),
}

impl HashSecret {
    /// The default place: `<database>.secret`, beside the database but not in it.
    pub fn beside_database(database: &Path) -> HashSecret {
        let mut name = database
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_else(|| "kneebot.db".into());
        name.push(".secret");
        HashSecret::File(database.with_file_name(name))
    }

    /// The HMAC key. `legacy` is the salt an older database kept inside itself: when the secret file
    /// does not exist yet it becomes the file's content, so members' hashes stay the same. `create` is
    /// false for read-only use, where a missing file gives a throwaway key (reports need no hashing).
    pub(super) fn key(&self, legacy: Option<&[u8]>, create: bool) -> Result<hmac::Key, StoreError> {
        let bytes = match self {
            HashSecret::Value(value) => {
                let bytes = decode(value.trim());
                if legacy.is_some_and(|old| old != bytes.as_slice()) {
                    tracing::warn!(
                        "the database kept its own hashing salt, which differs from KNEEBOT_HASH_SECRET: \
                         rows logged before now keep hashes that no longer match their members \
                         (retention still deletes them)"
                    );
                }
                bytes
            }
            HashSecret::File(path) => match std::fs::read_to_string(path) {
                Ok(text) if !text.trim().is_empty() => decode(text.trim()),
                Ok(_) => return Err(secret_error(path, "the file is empty".into())),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
                    let bytes = legacy.map(<[u8]>::to_vec).unwrap_or_else(random_secret);
                    match write_new(path, &hex(&bytes)) {
                        Ok(()) => {
                            tracing::info!(path = %path.display(), "made the secret that keys hashed member ids");
                            bytes
                        }
                        // Another bot starting on the same files wrote it first: use theirs.
                        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                            return self.key(legacy, false)
                        }
                        Err(e) => return Err(secret_error(path, e.to_string())),
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => random_secret(),
                Err(e) => return Err(secret_error(path, e.to_string())),
            },
        };
        if bytes.is_empty() {
            return Err(StoreError::Secret {
                path: PathBuf::from("KNEEBOT_HASH_SECRET"),
                problem: "it is empty".into(),
            });
        }
        Ok(hmac::Key::new(hmac::HMAC_SHA256, &bytes))
    }
}

fn secret_error(path: &Path, problem: String) -> StoreError {
    // Never the file's content: it is the secret.
    StoreError::Secret {
        path: path.to_path_buf(),
        problem,
    }
}

/// Hex as written by [`hex`]; any other text is used as it is (a passphrase someone chose).
fn decode(text: &str) -> Vec<u8> {
    let is_hex = text.len() % 2 == 0 && text.bytes().all(|b| b.is_ascii_hexdigit());
    if is_hex && !text.is_empty() {
        (0..text.len())
            .step_by(2)
            .filter_map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
            .collect()
    } else {
        text.as_bytes().to_vec()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Never replaces a file (two bots starting at once: the second reads what the first wrote).
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(format!("{text}\n").as_bytes())?;
    file.sync_all()
}

pub(super) fn random_secret() -> Vec<u8> {
    let mut salt = vec![0u8; 32];
    if SystemRandom::new().fill(&mut salt).is_err() {
        // The OS generator failing is near impossible; std's randomly seeded hasher still beats a fixed salt.
        use std::hash::{BuildHasher, Hasher};
        // Each RandomState has its own random keys, so the chunks differ without any other input.
        for (i, chunk) in salt.chunks_mut(8).enumerate() {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_usize(i);
            chunk.copy_from_slice(&h.finish().to_le_bytes()[..chunk.len()]);
        }
    }
    salt
}

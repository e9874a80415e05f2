//! What a server's moderators set: answering channels, cooldown, moderator role, log channel, forums
//! answered on their own, and playlist links.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::{id_from_sql, id_to_sql, Store, StoreError};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GuildSettings {
    /// Empty means answer in every channel.
    pub channels: Vec<u64>,
    /// `None` means the config's `cooldown_seconds`.
    pub cooldown_seconds: Option<u64>,
    /// Members holding this role may use the moderator commands, besides Manage Server.
    pub moderator_role_id: Option<u64>,
    /// Where every moderator change is posted, with who made it.
    pub log_channel_id: Option<u64>,
    /// Forum channels whose new posts the bot answers on its own.
    pub autoanswer_forums: Vec<u64>,
}

/// The `guild_settings` columns set one at a time (a closed set, so no text reaches the SQL).
#[derive(Clone, Copy)]
enum Column {
    Cooldown,
    ModeratorRole,
    LogChannel,
}

impl Column {
    fn name(self) -> &'static str {
        match self {
            Column::Cooldown => "cooldown_seconds",
            Column::ModeratorRole => "moderator_role_id",
            Column::LogChannel => "log_channel_id",
        }
    }
}

impl Store {
    /// Defaults (answer everywhere, config cooldown, no role, no log) for a guild that never changed anything.
    pub fn guild_settings(&self, guild_id: u64) -> Result<GuildSettings, StoreError> {
        let guild = id_to_sql(guild_id);
        self.read(|conn| {
            let row: Option<(Option<i64>, Option<i64>, Option<i64>)> = conn
                .query_row(
                    "SELECT cooldown_seconds, moderator_role_id, log_channel_id
                     FROM guild_settings WHERE guild_id = ?1",
                    [guild],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let (cooldown, role, log) = row.unwrap_or_default();
            Ok(GuildSettings {
                channels: ids(conn, "guild_channels", guild)?,
                cooldown_seconds: cooldown.map(|s| u64::try_from(s).unwrap_or(0)),
                moderator_role_id: role.map(id_from_sql),
                log_channel_id: log.map(id_from_sql),
                autoanswer_forums: ids(conn, "autoanswer_forums", guild)?,
            })
        })
    }

    /// Replaces the guild's channel list; an empty list means answer everywhere.
    pub fn set_channels(&self, guild_id: u64, channels: &[u64]) -> Result<(), StoreError> {
        let guild = id_to_sql(guild_id);
        self.write(|tx| {
            tx.execute("DELETE FROM guild_channels WHERE guild_id = ?1", [guild])?;
            let mut insert = tx.prepare(
                "INSERT OR IGNORE INTO guild_channels (guild_id, channel_id) VALUES (?1, ?2)",
            )?;
            for &channel in channels {
                insert.execute([guild, id_to_sql(channel)])?;
            }
            Ok(())
        })
    }

    /// `None` goes back to the config's cooldown.
    pub fn set_cooldown(&self, guild_id: u64, seconds: Option<u64>) -> Result<(), StoreError> {
        let seconds = seconds.map(|s| i64::try_from(s).unwrap_or(i64::MAX));
        self.set_column(guild_id, Column::Cooldown, seconds)
    }

    /// `None`: only Manage Server may moderate.
    pub fn set_moderator_role(&self, guild_id: u64, role: Option<u64>) -> Result<(), StoreError> {
        self.set_column(guild_id, Column::ModeratorRole, role.map(id_to_sql))
    }

    /// `None`: moderator changes are not posted anywhere.
    pub fn set_log_channel(&self, guild_id: u64, channel: Option<u64>) -> Result<(), StoreError> {
        self.set_column(guild_id, Column::LogChannel, channel.map(id_to_sql))
    }

    fn set_column(
        &self,
        guild_id: u64,
        column: Column,
        value: Option<i64>,
    ) -> Result<(), StoreError> {
        let column = column.name();
        self.write(|tx| {
            tx.execute(
                &format!(
                    "INSERT INTO guild_settings (guild_id, {column}) VALUES (?1, ?2)
                     ON CONFLICT (guild_id) DO UPDATE SET {column} = excluded.{column}"
                ),
                params![id_to_sql(guild_id), value],
            )?;
            Ok(())
        })
    }

    /// Turns answering new posts on its own on or off for one forum; `false` if nothing changed.
    pub fn set_autoanswer(&self, guild_id: u64, forum: u64, on: bool) -> Result<bool, StoreError> {
        let args = [id_to_sql(guild_id), id_to_sql(forum)];
        self.write(|tx| {
            let sql = if on {
                "INSERT OR IGNORE INTO autoanswer_forums (guild_id, channel_id) VALUES (?1, ?2)"
            } else {
                "DELETE FROM autoanswer_forums WHERE guild_id = ?1 AND channel_id = ?2"
            };
            tx.execute(sql, args).map(|n| n > 0)
        })
    }

    /// Condition id -> URL, as set by this guild's moderators (they win over the config's playlists).
    pub fn playlist_overrides(
        &self,
        guild_id: u64,
    ) -> Result<BTreeMap<String, String>, StoreError> {
        self.read(|conn| {
            let mut stmt =
                conn.prepare("SELECT condition, url FROM playlist_overrides WHERE guild_id = ?1")?;
            let rows = stmt.query_map([id_to_sql(guild_id)], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect()
        })
    }

    pub fn set_playlist(
        &self,
        guild_id: u64,
        condition: &str,
        url: &str,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO playlist_overrides (guild_id, condition, url) VALUES (?1, ?2, ?3)
                 ON CONFLICT (guild_id, condition) DO UPDATE SET url = excluded.url",
                params![id_to_sql(guild_id), condition, url],
            )?;
            Ok(())
        })
    }

    /// Goes back to the default playlist; `false` if there was no override.
    pub fn remove_playlist(&self, guild_id: u64, condition: &str) -> Result<bool, StoreError> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM playlist_overrides WHERE guild_id = ?1 AND condition = ?2",
                params![id_to_sql(guild_id), condition],
            )
            .map(|n| n > 0)
        })
    }
}

/// The channel ids of one guild in one of the (guild_id, channel_id) tables, sorted.
fn ids(conn: &Connection, table: &str, guild: i64) -> rusqlite::Result<Vec<u64>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT channel_id FROM {table} WHERE guild_id = ?1"
    ))?;
    let rows = stmt.query_map([guild], |r| r.get::<_, i64>(0).map(id_from_sql))?;
    // Sorted as u64 here: SQLite would sort the stored i64 bit patterns.
    let mut ids = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    ids.sort_unstable();
    Ok(ids)
}

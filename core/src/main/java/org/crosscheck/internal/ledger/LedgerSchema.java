package org.crosscheck.internal.ledger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.crosscheck.LedgerException;

/**
 * The ledger's tables, schema version {@value #VERSION} (in {@code PRAGMA user_version}). A user can query them with
 * {@code sqlite3}; JSON columns hold the documents of Crosscheck's JSON contract ({@code CrosscheckJson}).
 *
 * <pre>
 * settings  (key TEXT PRIMARY KEY, value TEXT)
 *           "comparator": the settings the stored groups and conflicts were computed with; "created": when
 * articles  (seq INTEGER PRIMARY KEY      order of addition
 *            id TEXT UNIQUE              the article id
 *            source, title, outlet, published (YYYY-MM-DD), language, claims (count),
 *            added TEXT                  ISO-8601 instant of the add
 *            content TEXT                SHA-256 of the summary and the claims: the same article again is no change
 *            summary TEXT)               JSON: the article as "parse" writes it, plus "characters"
 * claims    (id TEXT PRIMARY KEY, article TEXT → articles.id,
 *            holder, target TEXT         its (holder, target) group key; NULL when it joins no group
 *            stance, modality, date,
 *            claim TEXT)                 JSON: the claim as "extract" writes it
 * groups    (holder, target TEXT, PRIMARY KEY (holder, target),
 *            holder_name, holder_kind, target_name, target_kind, claims (count))
 *                                        a group's timeline is its claims by date, rebuilt when read
 * conflicts (id TEXT PRIMARY KEY         the conflict id (c… conflicts, a… agreements)
 *            holder, target TEXT → groups, reports TEXT (the two reports it sets against each other),
 *            kind, agreement (0/1), score REAL,
 *            article TEXT                the article whose add raised or last changed it
 *            conflict TEXT)              JSON: the conflict as "analyze" writes it
 * </pre>
 *
 * <p>Each add writes few pages: the article, its claims (three indexes), the touched groups' small rows and the
 * conflicts that changed. Example: {@code SELECT kind, score, json_extract(conflict, '$.explanation') FROM conflicts WHERE agreement = 0
 * ORDER BY score DESC;}
 */
final class LedgerSchema {

  /** The schema version this code reads and writes. */
  static final int VERSION = 1;

  private LedgerSchema() {}

  private static final String[] DDL = {
      "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      """
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, title TEXT NOT NULL, outlet TEXT,
        published TEXT, language TEXT NOT NULL, claims INTEGER NOT NULL, added TEXT NOT NULL, content TEXT NOT NULL,
        summary TEXT NOT NULL)
      """,
      """
      CREATE TABLE claims (
        id TEXT PRIMARY KEY, article TEXT NOT NULL REFERENCES articles(id), holder TEXT, target TEXT,
        stance TEXT NOT NULL, modality TEXT NOT NULL, date TEXT, claim TEXT NOT NULL)
      """,
      "CREATE INDEX claims_by_group ON claims(holder, target)",
      """
      CREATE TABLE groups (
        holder TEXT NOT NULL, target TEXT NOT NULL, holder_name TEXT NOT NULL, holder_kind TEXT NOT NULL,
        target_name TEXT NOT NULL, target_kind TEXT NOT NULL, claims INTEGER NOT NULL, PRIMARY KEY (holder, target))
      """,
      """
      CREATE TABLE conflicts (
        id TEXT PRIMARY KEY, holder TEXT NOT NULL, target TEXT NOT NULL, reports TEXT NOT NULL, kind TEXT NOT NULL,
        agreement INTEGER NOT NULL, score REAL NOT NULL, article TEXT NOT NULL, conflict TEXT NOT NULL,
        FOREIGN KEY (holder, target) REFERENCES groups(holder, target))
      """,
      "CREATE INDEX conflicts_by_group ON conflicts(holder, target)"
  };

  /**
   * Creates the tables in an empty database, or checks the version of an existing ledger. Runs inside the caller's
   * write transaction, so that two processes creating one file do not race.
   *
   * @return true when the tables were just created
   */
  static boolean prepare(Connection conn, String location) throws SQLException {
    int version;
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      version = rs.next() ? rs.getInt(1) : 0;
    }
    if (version > VERSION) {
      throw new LedgerException(location + " was written by a newer version of Crosscheck (ledger schema "
          + version + "; this version reads " + VERSION + ")");
    }
    if (version == VERSION) {
      return false;
    }
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
      if (rs.next() && rs.getInt(1) > 0) {
        throw new LedgerException(location + " is an SQLite database but not a Crosscheck ledger (it holds other "
            + "tables and no ledger schema version)");
      }
    }
    try (Statement st = conn.createStatement()) {
      for (String ddl : DDL) {
        st.execute(ddl);
      }
      st.execute("PRAGMA user_version = " + VERSION);
    }
    return true;
  }

  static Optional<String> setting(Connection conn, String key) throws SQLException {
    try (var ps = conn.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static void setSetting(Connection conn, String key, String value) throws SQLException {
    try (var ps = conn.prepareStatement("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }
}

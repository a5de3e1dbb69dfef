package org.crosscheck.internal.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Claim;
import org.crosscheck.LedgerException;
import org.crosscheck.LedgerUpdate;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceComparator.GroupKey;
import org.crosscheck.StanceLedger;
import org.crosscheck.StanceReport;
import org.crosscheck.internal.compare.DefaultStanceComparator;
import org.crosscheck.internal.compare.Reports;
import org.crosscheck.internal.json.JsonCodec;
import org.sqlite.SQLiteConfig;

/**
 * The {@link StanceLedger} on SQLite: WAL journal, {@code synchronous=FULL} (a committed add is on disk before it
 * returns), one write transaction ({@code BEGIN IMMEDIATE}) per add. Tables: {@link LedgerSchema}. An add inserts
 * the article and its claims, recomputes the (holder, target) groups they join with the comparator
 * ({@link GroupRecompute}) and replaces those groups' changed conflicts. Thread-safe: every call holds
 * the instance's lock.
 */
public final class SqliteStanceLedger implements StanceLedger {

  private static final String COMPARATOR_SETTING = "comparator";

  private final Connection conn;
  private final LedgerStore store;
  private final StanceComparator comparator;
  private final Path file;
  private Checkpointer checkpointer;
  private boolean closed;

  private SqliteStanceLedger(Connection conn, StanceComparator comparator, Path file) {
    this.conn = conn;
    this.store = new LedgerStore(conn);
    this.comparator = comparator;
    this.file = file;
  }

  /** Pages of write-ahead log after which a commit checkpoints by itself: only if the background thread lags. */
  private static final int AUTO_CHECKPOINT_PAGES = 50_000;

  public static SqliteStanceLedger open(Path file, StanceComparator comparator) {
    Path abs = file.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new LedgerException("cannot open ledger " + file + ": it is a directory");
    }
    Path parent = abs.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new LedgerException("cannot create ledger " + file + ": the folder " + parent + " does not exist");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    String url = "jdbc:sqlite:" + abs;
    SqliteStanceLedger ledger = connect(config, url, file.toString(), comparator, file);
    try {
      try (Statement st = ledger.conn.createStatement()) {
        st.execute("PRAGMA wal_autocheckpoint = " + AUTO_CHECKPOINT_PAGES);
      }
      SQLiteConfig background = new SQLiteConfig();
      background.setBusyTimeout(1_000);
      background.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      ledger.checkpointer = new Checkpointer(background.createConnection(url), file.toString());
    } catch (SQLException e) {
      ledger.close();
      throw new LedgerException("cannot open ledger " + file + ": " + e.getMessage(), e);
    }
    return ledger;
  }

  public static SqliteStanceLedger inMemory(StanceComparator comparator) {
    return connect(new SQLiteConfig(), "jdbc:sqlite::memory:", "in-memory ledger", comparator, null);
  }

  private static SqliteStanceLedger connect(SQLiteConfig config, String url, String location,
      StanceComparator comparator, Path file) {
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    config.setCacheSize(-32_768);
    Connection conn = null;
    try {
      conn = config.createConnection(url);
      SqliteStanceLedger ledger = new SqliteStanceLedger(conn, comparator, file);
      ledger.prepare(location);
      return ledger;
    } catch (SQLException e) {
      closeQuietly(conn);
      String reason = e.getMessage() != null && e.getMessage().contains("SQLITE_NOTADB")
          ? "it is not an SQLite database" : e.getMessage();
      throw new LedgerException("cannot open ledger " + location + ": " + reason, e);
    } catch (RuntimeException e) {
      closeQuietly(conn);
      throw e;
    }
  }

  private static void closeQuietly(Connection conn) {
    if (conn != null) {
      try {
        conn.close();
      } catch (SQLException ignored) {
        // the open failed already; that error is the one to report
      }
    }
  }

  /** Creates or checks the schema and recomputes the stored results when the comparator's settings changed. */
  private void prepare(String location) throws SQLException {
    inWrite(() -> {
      boolean created = LedgerSchema.prepare(conn, location);
      String fingerprint = fingerprint(comparator);
      if (created) {
        LedgerSchema.setSetting(conn, "created", Instant.now().toString());
        LedgerSchema.setSetting(conn, COMPARATOR_SETTING, fingerprint);
      } else if (!LedgerSchema.setting(conn, COMPARATOR_SETTING).orElse("").equals(fingerprint)) {
        rebuild();
        LedgerSchema.setSetting(conn, COMPARATOR_SETTING, fingerprint);
      }
      return null;
    });
  }

  private static String fingerprint(StanceComparator comparator) {
    return comparator instanceof DefaultStanceComparator d ? d.fingerprint() : comparator.getClass().getName();
  }

  /** Recomputes every claim's group and every group's results. */
  private void rebuild() throws SQLException {
    Map<String, Claim> claims = store.allClaims();
    for (Claim c : claims.values()) {
      store.setGroupKey(c.id(), comparator.groupKey(c));
    }
    store.clearResults();
    StanceReport all = comparator.compare(claims.values());
    Map<String, Long> order = store.articleOrder();
    Map<GroupKey, List<org.crosscheck.StanceConflict>> byGroup = new HashMap<>();
    for (var c : all.conflicts()) {
      byGroup.computeIfAbsent(new GroupKey(c.holder().id(), c.target().id()), k -> new ArrayList<>()).add(c);
    }
    for (var c : all.agreements()) {
      byGroup.computeIfAbsent(new GroupKey(c.holder().id(), c.target().id()), k -> new ArrayList<>()).add(c);
    }
    for (var t : all.timelines()) {
      GroupKey key = new GroupKey(t.holder().id(), t.target().id());
      store.upsertGroup(key, t.holder(), t.target(), t.entries().size());
      for (var c : byGroup.getOrDefault(key, List.of())) {
        String latest = c.claims().stream().map(Claim::article)
            .max(Comparator.comparingLong(a -> order.getOrDefault(a, 0L))).orElseThrow();
        store.insertConflict(key, c, JsonCodec.write(JsonCodec.conflict(c), false), latest);
      }
    }
  }

  @Override
  public synchronized LedgerUpdate addAll(List<Entry> entries) {
    requireNonNull(entries, "entries");
    ensureOpen();
    // The batch itself: one entry per article id, and no claim id under two of its articles.
    Map<String, Entry> batch = new LinkedHashMap<>();
    Map<String, String> claimOwner = new HashMap<>();
    for (Entry e : entries) {
      requireNonNull(e, "entries element");
      Entry seen = batch.putIfAbsent(e.article().id(), e);
      if (seen != null) {
        if (!content(seen).hash().equals(content(e).hash())) {
          throw new LedgerException("article '" + e.article().id() + "' is given twice with different content");
        }
        continue;
      }
      for (Claim c : e.claims()) {
        String owner = claimOwner.putIfAbsent(c.id(), c.article());
        if (owner != null) {
          throw new LedgerException("claim id '" + c.id() + "' is used by articles '" + owner + "' and '"
              + c.article() + "': claim ids must be unique");
        }
      }
    }
    try {
      LedgerUpdate update = inWrite(() -> add(new ArrayList<>(batch.values())));
      if (checkpointer != null) {
        checkpointer.committed();
      }
      return update;
    } catch (SQLException e) {
      throw new LedgerException("cannot write to ledger " + location() + ": " + e.getMessage(), e);
    }
  }

  private LedgerUpdate add(List<Entry> entries) throws SQLException {
    List<Entry> fresh = new ArrayList<>();
    Map<String, Content> contents = new HashMap<>();
    for (Entry e : entries) {
      Content content = content(e);
      Optional<String> stored = store.content(e.article().id());
      if (stored.isEmpty()) {
        fresh.add(e);
        contents.put(e.article().id(), content);
      } else if (!stored.get().equals(content.hash())) {
        throw new LedgerException("article '" + e.article().id() + "' is already in the ledger with other "
            + "content (source " + store.article(e.article().id()).map(ArticleSummary::source).orElse("?")
            + "); articles in a ledger do not change: give a revised article a new id");
      }
    }
    if (fresh.isEmpty()) {
      return LedgerUpdate.none();
    }
    Map<String, Integer> batchIndex = new HashMap<>();
    TreeMap<GroupKey, Set<String>> touched = new TreeMap<>(Comparator.comparing(GroupKey::holder)
        .thenComparing(GroupKey::target));
    for (Entry e : fresh) {
      batchIndex.put(e.article().id(), batchIndex.size());
      for (Claim c : e.claims()) {
        Optional<String> owner = store.articleOfClaim(c.id());
        if (owner.isPresent()) {
          throw new LedgerException("claim id '" + c.id() + "' of article '" + c.article() + "' is already in the "
              + "ledger under article '" + owner.get() + "': claim ids must be unique");
        }
      }
      List<Optional<GroupKey>> keys = new ArrayList<>(e.claims().size());
      for (Claim c : e.claims()) {
        Optional<GroupKey> key = comparator.groupKey(c);
        keys.add(key);
        key.ifPresent(k -> touched.computeIfAbsent(k, x -> new HashSet<>()).add(c.article()));
      }
      Content content = contents.get(e.article().id());
      store.insertArticle(e.article(), e.claims().size(), content.hash());
      store.insertClaims(e.claims(), keys, content.claims());
    }
    List<LedgerUpdate.Event> events = new ArrayList<>();
    for (Map.Entry<GroupKey, Set<String>> g : touched.entrySet()) {
      events.addAll(new GroupRecompute(store, comparator, g.getKey(), g.getValue(), batchIndex).run());
    }
    events.sort(Comparator.comparing((LedgerUpdate.Event e) -> e.change() == LedgerUpdate.Change.WITHDRAWN)
        .thenComparing(LedgerUpdate.Event::conflict, Reports.RANK));
    return new LedgerUpdate(fresh.stream().map(e -> e.article().id()).toList(), events);
  }

  /** An article's claims as JSON, in their order, and a hash of its summary and claims (in any order). */
  private record Content(String hash, List<String> claims) {}

  private static Content content(Entry e) {
    List<String> claims = new ArrayList<>(e.claims().size());
    e.claims().forEach(c -> claims.add(JsonCodec.write(JsonCodec.claim(c), false)));
    List<String> sorted = new ArrayList<>(claims);
    sorted.sort(null);
    Hasher h = Hashing.sha256().newHasher();
    h.putString(JsonCodec.write(JsonCodec.summary(e.article()), false), StandardCharsets.UTF_8).putByte((byte) 0);
    for (String c : sorted) {
      h.putString(c, StandardCharsets.UTF_8).putByte((byte) 0);
    }
    return new Content(h.hash().toString(), claims);
  }

  @Override
  public synchronized boolean contains(String articleId) {
    return article(articleId).isPresent();
  }

  @Override
  public synchronized Optional<ArticleSummary> article(String articleId) {
    requireNonNull(articleId, "articleId");
    return read(() -> store.article(articleId));
  }

  @Override
  public synchronized List<ArticleSummary> articles() {
    return read(store::articles);
  }

  @Override
  public synchronized long claimCount() {
    return read(store::claimCount);
  }

  @Override
  public synchronized StanceReport report() {
    return read(() -> {
      Map<String, Claim> claims = store.allClaims();
      List<org.crosscheck.StanceConflict> all = store.conflicts(claims);
      return Reports.assemble(claims.values(), all.stream().filter(c -> c.kind().isConflict()).toList(),
          all.stream().filter(c -> !c.kind().isConflict()).toList(), store.timelines(claims));
    });
  }

  @Override
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (checkpointer != null) {
      checkpointer.close();
    }
    try {
      store.close();
      conn.close();
    } catch (SQLException e) {
      throw new LedgerException("cannot close ledger " + location() + ": " + e.getMessage(), e);
    }
  }

  // --- transactions --------------------------------------------------------------------------------------------

  private interface Work<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
  private <T> T inWrite(Work<T> work) throws SQLException {
    return inTransaction("BEGIN IMMEDIATE", work);
  }

  /** Runs {@code work} on one consistent snapshot. */
  private <T> T read(Work<T> work) {
    ensureOpen();
    try {
      return inTransaction("BEGIN", work);
    } catch (SQLException e) {
      throw new LedgerException("cannot read ledger " + location() + ": " + e.getMessage(), e);
    }
  }

  private <T> T inTransaction(String begin, Work<T> work) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute(begin);
    }
    boolean done = false;
    try {
      T result = work.run();
      try (Statement st = conn.createStatement()) {
        st.execute("COMMIT");
      }
      done = true;
      return result;
    } finally {
      if (!done) {
        try (Statement st = conn.createStatement()) {
          st.execute("ROLLBACK");
        } catch (SQLException ignored) {
          // the transaction is gone already (SQLite rolls back on some errors by itself)
        }
      }
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the ledger " + location() + " is closed");
    }
  }

  private String location() {
    return file == null ? "(in memory)" : file.toString();
  }
}

package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.crosscheck.internal.ledger.SqliteStanceLedger;

/**
 * A persistent record of every claim ever added, which tells, as each article arrives, which conflicts it raised or
 * changed: incremental stance monitoring for a desk that receives articles all day.
 *
 * <pre>{@code
 * try (StanceLedger ledger = StanceLedger.open(Path.of("desk.ledger"))) {
 *   Article article = parser.parse(file);
 *   LedgerUpdate update = ledger.add(ArticleSummary.of(article), extractor.extract(article));
 *   for (StanceConflict c : update.newConflicts()) {
 *     alert(c.kind() + " " + c.holder().name() + " → " + c.target().name() + ": " + c.explanation());
 *   }
 *   StanceReport everything = ledger.report();
 * }
 * }</pre>
 *
 * <p>{@link #report()} always equals what {@link StanceComparator#compare} gives on all the claims ever added, in
 * whatever order and batches they came: an add recomputes only the (holder, target) groups its claims join
 * ({@link StanceComparator#groupKey}), and groups are independent. Adding an article the ledger already holds, with
 * the same content, changes nothing; with other content it is refused. Articles are never removed.
 *
 * <p>Storage: an embedded SQLite database in WAL mode, a file any {@code sqlite3} can open and query (tables
 * {@code articles}, {@code claims} with their claim JSON, {@code groups}, {@code conflicts} with their conflict JSON,
 * {@code settings}, as the README's "Monitoring" section describes them; schema version in
 * {@code PRAGMA user_version}). Only article summaries and claims are stored, never article text. Each add is one
 * transaction, synced to disk before it returns: an add that returned survives a crash of the JVM or the machine,
 * and a crash during an add leaves the ledger as it was before it.
 * Several processes may open one file; their adds are serialised by SQLite's lock. The results stored are those of
 * the comparator the ledger was opened with; a ledger opened with other comparator settings is recomputed once,
 * at open.
 *
 * <p>Thread-safe: calls are serialised. A ledger in a file runs one daemon thread that copies committed adds from
 * SQLite's write-ahead log into the database file, so that no add waits for it. Close the ledger to stop that thread
 * and release the file.
 */
public interface StanceLedger extends AutoCloseable {

  /**
   * Opens the ledger in this file, creating it (not its folder) when missing, with the default comparator.
   *
   * @throws LedgerException if the file cannot be opened, is not a ledger, or was written by a newer version
   */
  static StanceLedger open(Path file) {
    return open(file, StanceComparator.create());
  }

  /** Opens the ledger in this file, comparing with {@code comparator}; see {@link #open(Path)}. */
  static StanceLedger open(Path file, StanceComparator comparator) {
    requireNonNull(file, "file");
    requireNonNull(comparator, "comparator");
    return SqliteStanceLedger.open(file, comparator);
  }

  /** A ledger held in memory (an in-memory SQLite database), gone when closed. */
  static StanceLedger inMemory() {
    return inMemory(StanceComparator.create());
  }

  /** A ledger held in memory, comparing with {@code comparator}. */
  static StanceLedger inMemory(StanceComparator comparator) {
    return SqliteStanceLedger.inMemory(requireNonNull(comparator, "comparator"));
  }

  /**
   * One article and its claims, for {@link #addAll}. Immutable and thread-safe.
   *
   * @param article the article's summary
   * @param claims its claims, each with {@link Claim#article()} equal to the article's id
   */
  record Entry(ArticleSummary article, List<Claim> claims) {
    public Entry {
      requireNonNull(article, "article");
      claims = List.copyOf(claims);
      for (Claim c : claims) {
        checkArgument(c.article().equals(article.id()), "claim '%s' belongs to article '%s', not '%s'", c.id(),
            c.article(), article.id());
      }
    }
  }

  /**
   * Adds an article's claims and returns the conflicts they raised, changed or withdrew.
   *
   * @throws IllegalArgumentException if a claim belongs to another article or the result is of another article
   * @throws LedgerException if the ledger holds this article id with other content, or one of the claim ids under
   *     another article; nothing is added then
   */
  default LedgerUpdate add(ArticleSummary article, ExtractionResult result) {
    requireNonNull(result, "result");
    checkArgument(result.article().equals(requireNonNull(article, "article").id()),
        "the result is of article '%s', not '%s'", result.article(), article.id());
    return add(article, result.claims());
  }

  /** Adds an article and its claims; see {@link #add(ArticleSummary, ExtractionResult)}. */
  default LedgerUpdate add(ArticleSummary article, Collection<Claim> claims) {
    return addAll(List.of(new Entry(article, List.copyOf(claims))));
  }

  /**
   * Adds several articles in one transaction, recomputing each touched group once: the way to load a backlog. The
   * events are those between the state before and after the whole call.
   *
   * @throws LedgerException as {@link #add(ArticleSummary, ExtractionResult)}, for any entry; nothing is added
   *     then
   */
  LedgerUpdate addAll(List<Entry> entries);

  /** Whether the ledger holds an article with this id. */
  boolean contains(String articleId);

  /** The article with this id, when the ledger holds it. */
  Optional<ArticleSummary> article(String articleId);

  /** The articles, in the order they were added. */
  List<ArticleSummary> articles();

  /** How many claims the ledger holds. */
  long claimCount();

  /**
   * The report on every claim ever added: equal to {@link StanceComparator#compare} on them. Reads every claim:
   * linear in the size of the ledger.
   */
  StanceReport report();

  /** The ledger's file, or empty for an in-memory ledger. */
  Optional<Path> file();

  /** Closes the ledger; further calls fail with {@link IllegalStateException}. Closing twice does nothing. */
  @Override
  void close();
}

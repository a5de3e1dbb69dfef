package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What one {@link StanceLedger#add} changed: the articles it added and one event per conflict that is new, changed
 * or withdrawn. Agreements are kept in the ledger's report but raise no event. Immutable and thread-safe.
 *
 * <p>A conflict is followed by the two reports it sets against each other (two articles, or two voices of one
 * article): when a later article brings more claims or corroborations to the same two reports, gives the pair a
 * higher score or another kind, the conflict is {@link Change#CHANGED}, and since its id comes from its content
 * it may carry a new id; {@link Event#previous()} is the conflict as it was.
 *
 * @param articles the ids of the articles this call added, in the order given; an article the ledger already held
 *     is not listed
 * @param events new and changed conflicts, strongest first, then withdrawn ones
 */
public record LedgerUpdate(List<String> articles, List<LedgerUpdate.Event> events) {

  /** How a conflict changed. */
  public enum Change {
    /** A conflict between two reports that had none. */
    NEW,
    /** The conflict between the same two reports differs: kind, score, claims, corroborations or explanation. */
    CHANGED,
    /**
     * No longer reported: another claim now leads the same report (a repeat whose id sorts first) or the conflict
     * fell out of its group's strongest fifty. {@link Event#conflict()} is the conflict as it was.
     */
    WITHDRAWN
  }

  /**
   * One conflict's change.
   *
   * @param change what happened
   * @param conflict the conflict now (as it was, for {@link Change#WITHDRAWN})
   * @param previous the conflict before, for {@link Change#CHANGED}
   * @param article the id of the article that triggered it: the last added, in this call, of those whose claims
   *     it holds, or else of those that added claims to its (holder, target) group
   */
  public record Event(Change change, StanceConflict conflict, Optional<StanceConflict> previous, String article) {
    public Event {
      requireNonNull(change, "change");
      requireNonNull(conflict, "conflict");
      requireNonNull(previous, "previous");
      requireNonNull(article, "article");
      checkArgument(previous.isPresent() == (change == Change.CHANGED),
          "previous must be present exactly for CHANGED, got %s with %s", change, previous);
    }
  }

  public LedgerUpdate {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
  }

  /** An update that changed nothing. */
  public static LedgerUpdate none() {
    return new LedgerUpdate(List.of(), List.of());
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return articles.isEmpty() && events.isEmpty();
  }

  /** The conflicts raised for the first time. */
  public List<StanceConflict> newConflicts() {
    return events.stream().filter(e -> e.change() == Change.NEW).map(Event::conflict).toList();
  }

  /** The conflicts that changed, as they are now. */
  public List<StanceConflict> changedConflicts() {
    return events.stream().filter(e -> e.change() == Change.CHANGED).map(Event::conflict).toList();
  }
}

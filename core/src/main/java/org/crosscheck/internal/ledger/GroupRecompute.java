package org.crosscheck.internal.ledger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.Claim;
import org.crosscheck.LedgerUpdate;
import org.crosscheck.LedgerUpdate.Change;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceComparator.GroupKey;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.crosscheck.Timeline;
import org.crosscheck.internal.compare.Reports;
import org.crosscheck.internal.json.JsonCodec;

/**
 * Recomputes one (holder, target) group after an add: compares all its claims, updates its row and replaces its
 * changed conflicts, and tells which conflicts are new, changed or withdrawn. A conflict is matched to its stored self by
 * the two reports it sets against each other, since its id changes with its content. Not thread-safe; one per group
 * and add.
 */
final class GroupRecompute {

  private final LedgerStore store;
  private final StanceComparator comparator;
  private final GroupKey key;
  /** The articles of this add whose claims joined the group. */
  private final Set<String> adding;
  /** Each article of this add by its position in the add. */
  private final Map<String, Integer> batchIndex;

  GroupRecompute(LedgerStore store, StanceComparator comparator, GroupKey key, Set<String> adding,
      Map<String, Integer> batchIndex) {
    this.store = store;
    this.comparator = comparator;
    this.key = key;
    this.adding = adding;
    this.batchIndex = batchIndex;
  }

  private record Slot(boolean agreement, String reports) {}

  private record Row(StanceConflict conflict, String json, String article) {}

  List<LedgerUpdate.Event> run() throws SQLException {
    List<Claim> claims = store.groupClaims(key);
    StanceReport r = comparator.compare(claims);
    if (r.timelines().size() != 1 || !r.timelines().get(0).holder().id().equals(key.holder())
        || !r.timelines().get(0).target().id().equals(key.target())) {
      throw new IllegalStateException("the comparator does not group the claims of " + key + " under that key");
    }
    Timeline timeline = r.timelines().get(0);
    Map<String, Claim> byId = new HashMap<>();
    claims.forEach(c -> byId.put(c.id(), c));
    Map<Slot, LedgerStore.ConflictRow> old = new LinkedHashMap<>();
    for (LedgerStore.ConflictRow row : store.conflictRows(key)) {
      old.put(new Slot(row.agreement(), row.reports()), row);
    }
    List<LedgerUpdate.Event> events = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (StanceConflict c : Stream.concat(r.conflicts().stream(), r.agreements().stream()).toList()) {
      String json = JsonCodec.write(JsonCodec.conflict(c), false);
      LedgerStore.ConflictRow before = old.remove(new Slot(!c.kind().isConflict(), Reports.reportsKey(c)));
      if (before != null && before.json().equals(json)) {
        continue;
      }
      String article = trigger(c);
      rows.add(new Row(c, json, article));
      if (before != null) {
        stale.add(before.id());
      }
      if (c.kind().isConflict()) {
        events.add(before == null ? new LedgerUpdate.Event(Change.NEW, c, Optional.empty(), article)
            : new LedgerUpdate.Event(Change.CHANGED, c, Optional.of(decode(before, byId)), article));
      }
    }
    for (LedgerStore.ConflictRow gone : old.values()) {
      stale.add(gone.id());
      if (!gone.agreement()) {
        events.add(new LedgerUpdate.Event(Change.WITHDRAWN, decode(gone, byId), Optional.empty(), latest(adding)));
      }
    }
    // Unchanged conflicts stay as they are, with the article that raised them.
    for (String id : stale) {
      store.deleteConflict(id);
    }
    store.upsertGroup(key, timeline.holder(), timeline.target(), claims.size());
    for (Row row : rows) {
      store.insertConflict(key, row.conflict(), row.json(), row.article());
    }
    return events;
  }

  private static StanceConflict decode(LedgerStore.ConflictRow row, Map<String, Claim> claims) {
    return JsonCodec.readConflict(LedgerStore.parse(row.json()), claims);
  }

  /** The last article of this add among those the conflict holds, or else among those that joined its group. */
  private String trigger(StanceConflict c) {
    List<String> own = Stream.concat(c.claims().stream(), c.corroborations().stream()).map(Claim::article)
        .filter(batchIndex::containsKey).toList();
    return latest(own.isEmpty() ? adding : own);
  }

  private String latest(java.util.Collection<String> articles) {
    return articles.stream().max(java.util.Comparator.comparingInt(batchIndex::get)).orElseThrow();
  }
}

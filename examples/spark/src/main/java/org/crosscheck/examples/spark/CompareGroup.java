package org.crosscheck.examples.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.crosscheck.Claim;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.StanceComparator.GroupKey;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;

/**
 * The comparison of one (holder, target) group on an executor: {@link KeyClaim} puts each claim under the
 * comparator's public {@link GroupKey}, and this function compares the claims of one key with that JVM's
 * comparator ({@link Engines}), giving one row per conflict, agreement and timeline in the JSON contract. The comparator promises that the union of the groups' reports is the report of all claims, which
 * is what makes the distributed answer equal the one-machine answer. Serialisable (no state) and thread-safe.
 */
final class CompareGroup implements FlatMapGroupsFunction<String, Row, Row> {

  @Serial
  private static final long serialVersionUID = 1L;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Iterator<Row> call(String key, Iterator<Row> rows) {
    List<Claim> claims = new ArrayList<>();
    rows.forEachRemaining(r -> claims.add(CrosscheckJson.readClaim(r.getString(1))));
    StanceReport report = Engines.comparator().compare(claims);
    List<Row> out = new ArrayList<>();
    for (StanceConflict c : report.conflicts()) {
      out.add(RowFactory.create("conflict", CrosscheckJson.toJson(c)));
    }
    for (StanceConflict a : report.agreements()) {
      out.add(RowFactory.create("agreement", CrosscheckJson.toJson(a)));
    }
    // The library writes timelines only inside an analysis document: one that holds nothing else is cheap.
    String doc = CrosscheckJson.analysis(List.of(),
        new StanceReport(List.of(), List.of(), List.of(), report.timelines()), false);
    try {
      for (JsonNode t : JSON.readTree(doc).get("timelines")) {
        out.add(RowFactory.create("timeline", t.toString()));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the library wrote invalid JSON", e);
    }
    return out.iterator();
  }

  /**
   * A claim row ({@code id}, {@code json}) with its group as text in front: ({@code key}, {@code json}), the key
   * being {@code holder}, NUL, {@code target}, or the empty string for a claim that joins no group (no target, or
   * holder and target are one actor): such claims are in the report but compared with nothing. Serialisable (no
   * state) and thread-safe.
   */
  static final class KeyClaim implements MapFunction<Row, Row> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(Row r) {
      String json = r.getString(1);
      Optional<GroupKey> key = Engines.comparator().groupKey(CrosscheckJson.readClaim(json));
      return RowFactory.create(key.map(k -> k.holder() + "\u0000" + k.target()).orElse(""), json);
    }
  }
}

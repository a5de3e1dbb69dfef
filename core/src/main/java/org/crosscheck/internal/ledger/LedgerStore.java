package org.crosscheck.internal.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Claim;
import org.crosscheck.StanceComparator.GroupKey;
import org.crosscheck.StanceConflict;
import org.crosscheck.Timeline;
import org.crosscheck.internal.compare.Reports;
import org.crosscheck.internal.json.JsonCodec;

/**
 * Row-level reads and writes of the ledger's tables ({@link LedgerSchema}) on one connection. Not thread-safe: the
 * ledger serialises its calls.
 */
final class LedgerStore {

  private final Connection conn;

  /** Prepared once per connection: an add runs a few statements per group it touches. */
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  LedgerStore(Connection conn) {
    this.conn = conn;
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = conn.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  /** Closes the prepared statements (not the connection). */
  void close() throws SQLException {
    for (PreparedStatement ps : statements.values()) {
      ps.close();
    }
    statements.clear();
  }

  /** A stored conflict row: what a diff needs without decoding the conflict. */
  record ConflictRow(String id, String reports, boolean agreement, String article, String json) {}

  // --- articles ------------------------------------------------------------------------------------------------

  /** The content hash of the article with this id, when the ledger holds it. */
  Optional<String> content(String id) throws SQLException {
    PreparedStatement ps = statement("SELECT content FROM articles WHERE id = ?");
    ps.setString(1, id);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  Optional<ArticleSummary> article(String id) throws SQLException {
    PreparedStatement ps = statement("SELECT summary FROM articles WHERE id = ?");
    ps.setString(1, id);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(JsonCodec.readSummary(parse(rs.getString(1)))) : Optional.empty();
    }
  }

  List<ArticleSummary> articles() throws SQLException {
    List<ArticleSummary> out = new ArrayList<>();
    PreparedStatement ps = statement("SELECT summary FROM articles ORDER BY seq");
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(JsonCodec.readSummary(parse(rs.getString(1))));
      }
    }
    return out;
  }

  /** The article's seq by id, for all articles. */
  Map<String, Long> articleOrder() throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    PreparedStatement ps = statement("SELECT id, seq FROM articles");
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  void insertArticle(ArticleSummary a, int claims, String content) throws SQLException {
    PreparedStatement ps = statement("INSERT INTO articles (id, source, title, outlet, published, "
        + "language, claims, added, content, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ps.setString(1, a.id());
    ps.setString(2, a.source());
    ps.setString(3, a.title());
    setOpt(ps, 4, a.outlet());
    setOpt(ps, 5, a.published().map(LocalDate::toString));
    ps.setString(6, a.language().code());
    ps.setInt(7, claims);
    ps.setString(8, Instant.now().toString());
    ps.setString(9, content);
    ps.setString(10, JsonCodec.write(JsonCodec.summary(a), false));
    ps.executeUpdate();
  }

  // --- claims --------------------------------------------------------------------------------------------------

  /** The article that holds a claim with this id, when one does. */
  Optional<String> articleOfClaim(String claimId) throws SQLException {
    PreparedStatement ps = statement("SELECT article FROM claims WHERE id = ?");
    ps.setString(1, claimId);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  /** Inserts claims with their group keys and their JSON, all three lists in the same order. */
  void insertClaims(List<Claim> claims, List<Optional<GroupKey>> keys, List<String> json) throws SQLException {
    PreparedStatement ps = statement("INSERT INTO claims (id, article, holder, target, stance, "
        + "modality, date, claim) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      ps.setString(1, c.id());
      ps.setString(2, c.article());
      setOpt(ps, 3, keys.get(i).map(GroupKey::holder));
      setOpt(ps, 4, keys.get(i).map(GroupKey::target));
      ps.setString(5, c.stance().name());
      ps.setString(6, c.modality().name());
      setOpt(ps, 7, c.date().map(LocalDate::toString));
      ps.setString(8, json.get(i));
      ps.addBatch();
    }
    ps.executeBatch();
  }

  void setGroupKey(String claimId, Optional<GroupKey> key) throws SQLException {
    PreparedStatement ps = statement("UPDATE claims SET holder = ?, target = ? WHERE id = ?");
    setOpt(ps, 1, key.map(GroupKey::holder));
    setOpt(ps, 2, key.map(GroupKey::target));
    ps.setString(3, claimId);
    ps.executeUpdate();
  }

  List<Claim> groupClaims(GroupKey key) throws SQLException {
    Map<String, Claim> out = new LinkedHashMap<>();
    PreparedStatement ps = statement("SELECT claim FROM claims WHERE holder = ? AND target = ?");
    ps.setString(1, key.holder());
    ps.setString(2, key.target());
    readClaims(ps, out);
    return new ArrayList<>(out.values());
  }

  /** Every claim, by id. */
  Map<String, Claim> allClaims() throws SQLException {
    Map<String, Claim> out = new LinkedHashMap<>();
    PreparedStatement ps = statement("SELECT claim FROM claims ORDER BY id");
    readClaims(ps, out);
    return out;
  }

  long claimCount() throws SQLException {
    PreparedStatement ps = statement("SELECT count(*) FROM claims");
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static void readClaims(PreparedStatement ps, Map<String, Claim> out) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Claim c = JsonCodec.readClaim(parse(rs.getString(1)));
        out.put(c.id(), c);
      }
    }
  }

  // --- groups and conflicts ------------------------------------------------------------------------------------

  void upsertGroup(GroupKey key, ActorRef holder, ActorRef target, int claims) throws SQLException {
    PreparedStatement ps = statement("INSERT INTO groups (holder, target, holder_name, holder_kind, target_name, "
        + "target_kind, claims) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (holder, target) DO UPDATE SET "
        + "holder_name = excluded.holder_name, holder_kind = excluded.holder_kind, "
        + "target_name = excluded.target_name, target_kind = excluded.target_kind, claims = excluded.claims");
    ps.setString(1, key.holder());
    ps.setString(2, key.target());
    ps.setString(3, holder.name());
    ps.setString(4, holder.kind().name());
    ps.setString(5, target.name());
    ps.setString(6, target.kind().name());
    ps.setInt(7, claims);
    ps.executeUpdate();
  }

  /**
   * Every group's timeline, rebuilt from its claims. A group's holder and target are lifted actors, referred to by
   * their own name, as the comparator refers to them.
   */
  List<Timeline> timelines(Map<String, Claim> claims) throws SQLException {
    Map<GroupKey, ActorRef[]> refs = new HashMap<>();
    PreparedStatement groups = statement("SELECT holder, target, holder_name, holder_kind, target_name, target_kind "
        + "FROM groups");
    try (ResultSet rs = groups.executeQuery()) {
      while (rs.next()) {
        refs.put(new GroupKey(rs.getString(1), rs.getString(2)), new ActorRef[] {
            lifted(rs.getString(1), rs.getString(3), rs.getString(4)),
            lifted(rs.getString(2), rs.getString(5), rs.getString(6))});
      }
    }
    Map<GroupKey, List<Claim>> members = new HashMap<>();
    PreparedStatement ps = statement("SELECT id, holder, target FROM claims WHERE holder IS NOT NULL");
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        members.computeIfAbsent(new GroupKey(rs.getString(2), rs.getString(3)), k -> new ArrayList<>())
            .add(claims.get(rs.getString(1)));
      }
    }
    List<Timeline> out = new ArrayList<>(members.size());
    for (Map.Entry<GroupKey, List<Claim>> e : members.entrySet()) {
      ActorRef[] r = refs.get(e.getKey());
      out.add(Reports.timeline(r[0], r[1], e.getValue()));
    }
    return out;
  }

  private static ActorRef lifted(String id, String name, String kind) {
    return new ActorRef(id, name, ActorKind.valueOf(kind), name, !(org.crosscheck.ActorId.parse(id) instanceof org.crosscheck.ActorId.AdHoc));
  }

  List<ConflictRow> conflictRows(GroupKey key) throws SQLException {
    List<ConflictRow> out = new ArrayList<>();
    PreparedStatement ps = statement("SELECT id, reports, agreement, article, conflict FROM "
        + "conflicts WHERE holder = ? AND target = ?");
    ps.setString(1, key.holder());
    ps.setString(2, key.target());
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new ConflictRow(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getString(4),
            rs.getString(5)));
      }
    }
    return out;
  }

  void deleteConflict(String id) throws SQLException {
    PreparedStatement ps = statement("DELETE FROM conflicts WHERE id = ?");
    ps.setString(1, id);
    ps.executeUpdate();
  }

  void insertConflict(GroupKey key, StanceConflict c, String json, String article) throws SQLException {
    PreparedStatement ps = statement("INSERT INTO conflicts (id, holder, target, reports, kind, "
        + "agreement, score, article, conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ps.setString(1, c.id());
    ps.setString(2, key.holder());
    ps.setString(3, key.target());
    ps.setString(4, Reports.reportsKey(c));
    ps.setString(5, c.kind().name());
    ps.setInt(6, c.kind().isConflict() ? 0 : 1);
    ps.setDouble(7, c.score());
    ps.setString(8, article);
    ps.setString(9, json);
    ps.executeUpdate();
  }

  /** Every stored conflict and agreement, decoded against the claims they refer to. */
  List<StanceConflict> conflicts(Map<String, Claim> claims) throws SQLException {
    List<StanceConflict> out = new ArrayList<>();
    PreparedStatement ps = statement("SELECT conflict FROM conflicts");
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(JsonCodec.readConflict(parse(rs.getString(1)), claims));
      }
    }
    return out;
  }

  void clearResults() throws SQLException {
    try (var st = conn.createStatement()) {
      st.executeUpdate("DELETE FROM conflicts");
      st.executeUpdate("DELETE FROM groups");
    }
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  static JsonNode parse(String json) {
    try {
      return JsonCodec.read(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the ledger holds invalid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void setOpt(PreparedStatement ps, int i, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      ps.setString(i, v.get());
    } else {
      ps.setNull(i, Types.VARCHAR);
    }
  }
}

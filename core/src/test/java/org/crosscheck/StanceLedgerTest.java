package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestClaims.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceLedgerTest {

  @TempDir
  Path dir;

  private static final ArticleSummary EN = LedgerFixtures.summary("wires/en/index.html", Language.ENGLISH, "Wire");
  private static final ArticleSummary AR = LedgerFixtures.summary("gulf/ar/index.html", Language.ARABIC, "بغداد اليوم");
  private static final ArticleSummary LATER = LedgerFixtures.summary("wires/later/index.html", Language.ENGLISH,
      "Wire Two");

  private static Claim pledge() {
    return claim(EN.id() + "#1").article(EN.id(), Language.ENGLISH, "Wire").by("RUS").saidBy("dmitry-peskov")
        .toward("bashar-al-assad").stance(Stance.SUPPORT, "continue to back").modality(Modality.FUTURE)
        .on("2024-12-02").build();
  }

  private static Claim noPlan() {
    return claim(AR.id() + "#1").article(AR.id(), Language.ARABIC, "بغداد اليوم").by("RUS").anonymousSource()
        .toward("bashar-al-assad").stance(Stance.OPPOSE, "لا خطة … لإنقاذ").negated().on("2024-12-06").build();
  }

  private static Claim maybeHelp() {
    return claim(AR.id() + "#2").article(AR.id(), Language.ARABIC, "بغداد اليوم").by("RUS").saidBy("dmitry-peskov")
        .toward("SYR").stance(Stance.SUPPORT, "المساعدة").modality(Modality.CONDITIONAL).on("2024-12-06").build();
  }

  private static Claim repeatOfNoPlan() {
    return claim(LATER.id() + "#1").article(LATER.id(), Language.ENGLISH, "Wire Two").by("RUS").anonymousSource()
        .toward("bashar-al-assad").stance(Stance.OPPOSE, "لا خطة … لإنقاذ").negated().on("2024-12-06")
        .sentence(noPlan().evidence().text()).build();
  }

  @Test
  void alertsOnTheConflictsAnArticleRaisesAndChanges() {
    try (StanceLedger ledger = StanceLedger.inMemory()) {
      assertThat(ledger.add(EN, List.of(pledge())).events()).isEmpty();
      LedgerUpdate second = ledger.add(AR, List.of(noPlan(), maybeHelp()));
      assertThat(second.articles()).containsExactly(AR.id());
      assertThat(second.newConflicts()).hasSize(2).allSatisfy(c -> assertThat(c.holder().id()).isEqualTo("RUS"));
      assertThat(second.events()).allSatisfy(e -> assertThat(e.article()).isEqualTo(AR.id()));

      LedgerUpdate third = ledger.add(LATER, List.of(repeatOfNoPlan()));
      assertThat(third.newConflicts()).isEmpty();
      assertThat(third.events()).isNotEmpty().allSatisfy(e -> {
        assertThat(e.change()).isEqualTo(LedgerUpdate.Change.CHANGED);
        assertThat(e.conflict().corroborations()).extracting(Claim::id).contains(LATER.id() + "#1");
        assertThat(e.previous().orElseThrow().corroborations()).isEmpty();
        assertThat(e.article()).isEqualTo(LATER.id());
      });
      assertThat(ledger.report()).isEqualTo(StanceComparator.create().compare(List.of(pledge(), noPlan(),
          maybeHelp(), repeatOfNoPlan())));
      assertThat(ledger.articles()).extracting(ArticleSummary::id).containsExactly(EN.id(), AR.id(), LATER.id());
      assertThat(ledger.article(AR.id())).contains(AR);
    }
  }

  @Test
  void changesNothingWhenTheSameArticleComesAgainAndRefusesOtherContentUnderItsId() {
    try (StanceLedger ledger = StanceLedger.inMemory()) {
      ledger.add(EN, List.of(pledge()));
      ledger.add(AR, List.of(noPlan(), maybeHelp()));
      StanceReport before = ledger.report();
      assertThat(ledger.add(AR, List.of(maybeHelp(), noPlan())).isEmpty()).isTrue();
      assertThatThrownBy(() -> ledger.add(AR, List.of(noPlan()))).isInstanceOf(LedgerException.class)
          .hasMessageContaining(AR.id()).hasMessageContaining("other content");
      // A claim id another article already uses is refused, and the whole add with it.
      Claim stolen = claim(EN.id() + "#1").article(LATER.id(), Language.ENGLISH, "Wire Two").by("RUS")
          .toward("bashar-al-assad").stance(Stance.OPPOSE, "abandons").on("2024-12-03").build();
      assertThatThrownBy(() -> ledger.add(LATER, List.of(stolen))).isInstanceOf(LedgerException.class)
          .hasMessageContaining(EN.id() + "#1").hasMessageContaining("unique");
      assertThat(ledger.contains(LATER.id())).isFalse();
      assertThat(ledger.report()).isEqualTo(before);
    }
  }

  @Test
  @SuppressWarnings("try") // closes the ledger inside its try block on purpose: twice, then uses it
  void checksItsArguments() {
    try (StanceLedger ledger = StanceLedger.inMemory()) {
      assertThatThrownBy(() -> ledger.add(EN, List.of(noPlan()))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("belongs to article");
      ExtractionResult other = new ExtractionResult(AR.id(), List.of(), 0, 0, 0, List.of(), Duration.ZERO,
          Duration.ZERO);
      assertThatThrownBy(() -> ledger.add(EN, other)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ledger.addAll(null)).isInstanceOf(NullPointerException.class);
      ledger.close();
      ledger.close();
      assertThatThrownBy(ledger::report).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
  }

  @Test
  void keepsEverythingInAnSqliteFileThatReopensAndQueries() throws Exception {
    Path file = dir.resolve("desk.ledger");
    StanceReport written;
    try (StanceLedger ledger = StanceLedger.open(file)) {
      assertThat(ledger.file()).contains(file);
      ledger.add(EN, List.of(pledge()));
      ledger.add(AR, List.of(noPlan(), maybeHelp()));
      written = ledger.report();
    }
    try (StanceLedger ledger = StanceLedger.open(file)) {
      assertThat(ledger.report()).isEqualTo(written);
      assertThat(ledger.claimCount()).isEqualTo(3);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      assertThat(single(st, "PRAGMA user_version")).isEqualTo("1");
      assertThat(single(st, "PRAGMA journal_mode")).isEqualTo("wal");
      assertThat(single(st, "SELECT count(*) FROM conflicts WHERE agreement = 0"))
          .isEqualTo(String.valueOf(written.conflicts().size()));
      assertThat(single(st, "SELECT json_extract(claim, '$.cue') FROM claims WHERE id = '" + EN.id() + "#1'"))
          .isEqualTo("continue to back");
      assertThat(single(st, "SELECT holder || ' ' || target FROM groups")).isEqualTo("RUS syria-assad-government");
      assertThat(single(st, "SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'text'")).isEqualTo("0");
    }
  }

  @Test
  void recomputesWhatItStoredWhenOpenedWithOtherComparatorSettings() {
    Path file = dir.resolve("levels.ledger");
    try (StanceLedger ledger = StanceLedger.open(file)) {
      ledger.add(EN, List.of(pledge()));
      ledger.add(AR, List.of(noPlan(), maybeHelp()));
      assertThat(ledger.report().conflicts()).isNotEmpty();
    }
    StanceComparator personal = StanceComparator.builder().holderLevel(ActorLevel.MENTIONED).build();
    List<Claim> all = List.of(pledge(), noPlan(), maybeHelp());
    try (StanceLedger ledger = StanceLedger.open(file, personal)) {
      assertThat(ledger.report()).isEqualTo(personal.compare(all));
    }
    try (StanceLedger ledger = StanceLedger.open(file)) {
      assertThat(ledger.report()).isEqualTo(StanceComparator.create().compare(all));
    }
  }

  @Test
  void refusesFilesThatAreNotLedgers() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "not a database at all, just some words\n".repeat(200));
    assertThatThrownBy(() -> StanceLedger.open(text)).isInstanceOf(LedgerException.class)
        .hasMessageContaining("not an SQLite database");
    Path other = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE people (name TEXT)");
    }
    assertThatThrownBy(() -> StanceLedger.open(other)).isInstanceOf(LedgerException.class)
        .hasMessageContaining("not a Crosscheck ledger");
    Path newer = dir.resolve("newer.ledger");
    StanceLedger.open(newer).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 7");
    }
    assertThatThrownBy(() -> StanceLedger.open(newer)).isInstanceOf(LedgerException.class)
        .hasMessageContaining("newer version");
    assertThatThrownBy(() -> StanceLedger.open(dir.resolve("missing/x.ledger"))).isInstanceOf(LedgerException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> StanceLedger.open(dir)).isInstanceOf(LedgerException.class)
        .hasMessageContaining("directory");
  }

  @Test
  void servesSeveralThreadsAtOnce() throws Exception {
    List<StanceLedger.Entry> entries = LedgerFixtures.articles(new Random(11), 40, 5);
    try (StanceLedger ledger = StanceLedger.open(dir.resolve("threads.ledger"))) {
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int from = t;
          done.add(pool.submit(() -> {
            for (int i = from; i < entries.size(); i += 4) {
              ledger.add(entries.get(i).article(), entries.get(i).claims());
              ledger.report();
            }
          }));
        }
        for (var f : done) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(ledger.report()).isEqualTo(StanceComparator.create().compare(LedgerFixtures.claims(entries)));
    }
  }

  private static String single(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }
}

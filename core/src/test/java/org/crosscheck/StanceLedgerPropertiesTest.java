package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/** The ledger's report is the batch comparator's, whatever the order and the batches the articles came in. */
class StanceLedgerPropertiesTest {

  private static final StanceComparator COMPARATOR = StanceComparator.create();

  @Property(tries = 80)
  void theReportEqualsTheComparatorOnAllClaimsWhateverTheOrderAndBatches(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 14) int articles) {
    Random random = new Random(seed);
    List<StanceLedger.Entry> entries = LedgerFixtures.articles(random, articles, 6);
    List<StanceLedger.Entry> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, random);
    StanceReport expected = COMPARATOR.compare(LedgerFixtures.claims(entries));
    Statistics.label("has conflicts").collect(!expected.conflicts().isEmpty());
    Statistics.label("has conflicts").coverage(c -> c.check(true).percentage(p -> p > 40));
    try (StanceLedger ledger = StanceLedger.inMemory(COMPARATOR)) {
      Map<String, StanceConflict> replayed = new HashMap<>();
      int i = 0;
      while (i < shuffled.size()) {
        int size = 1 + random.nextInt(Math.min(4, shuffled.size() - i));
        List<StanceLedger.Entry> batch = shuffled.subList(i, i + size);
        LedgerUpdate u = size == 1 && random.nextBoolean()
            ? ledger.add(batch.get(0).article(), batch.get(0).claims()) : ledger.addAll(batch);
        assertThat(u.articles()).containsExactlyElementsOf(batch.stream().map(e -> e.article().id()).toList());
        LedgerFixtures.replay(u, replayed);
        i += size;
      }
      assertThat(ledger.report()).isEqualTo(expected);
      // The events are a faithful log: replayed in order, they give the report's conflicts.
      assertThat(replayed).isEqualTo(LedgerFixtures.byId(expected.conflicts()));
      assertThat(ledger.claimCount()).isEqualTo(expected.claims().size());

      StanceLedger.Entry again = entries.get(random.nextInt(entries.size()));
      assertThat(ledger.add(again.article(), again.claims()).isEmpty()).isTrue();
      assertThat(ledger.addAll(entries).isEmpty()).isTrue();
      assertThat(ledger.report()).isEqualTo(expected);
    }
  }
}

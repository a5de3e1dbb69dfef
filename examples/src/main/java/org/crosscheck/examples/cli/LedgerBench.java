package org.crosscheck.examples.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Claim;
import org.crosscheck.Language;
import org.crosscheck.StanceLedger;

/**
 * The ledger benchmark: {@code count} {@link SyntheticClaims} loaded into a ledger file in a temporary folder (in
 * batches of 2,500 articles), the file closed and opened again, then one article of 20 claims at a time added to it,
 * each add timed (extraction excluded: the claims are ready), in wall time and in the thread's CPU time. Reports load, open and add times and the size of the
 * file. The folder is deleted afterwards.
 */
final class LedgerBench {

  private static final int WARM_UP_ADDS = 50;
  private static final int MEASURED_ADDS = 500;
  private static final int CLAIMS_PER_ADD = 20;

  private LedgerBench() {}

  static ObjectNode run(int count) throws IOException {
    Path dir = Files.createTempDirectory("crosscheck-ledger-bench");
    Path file = dir.resolve("bench.ledger");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("claims", count);
    try {
      SyntheticClaims synthetic = new SyntheticClaims(count);
      int articles = Math.min(count, SyntheticClaims.ARTICLES);
      long t0 = System.nanoTime();
      try (StanceLedger ledger = StanceLedger.open(file)) {
        for (int from = 0; from < articles; from += 10_000) {
          List<StanceLedger.Entry> batch = new ArrayList<>();
          for (int a = from; a < Math.min(articles, from + 10_000); a++) {
            String id = SyntheticClaims.article(a);
            List<Claim> claims = new ArrayList<>();
            for (int i = a; i < count; i += SyntheticClaims.ARTICLES) {
              claims.add(synthetic.claim(i, "s", id));
            }
            batch.add(new StanceLedger.Entry(summary(id), claims));
          }
          ledger.addAll(batch);
        }
      }
      o.put("loadSeconds", round((System.nanoTime() - t0) / 1e9));
      o.put("articles", articles);

      long o0 = System.nanoTime();
      StanceLedger ledger = StanceLedger.open(file);
      o.put("openMs", round((System.nanoTime() - o0) / 1e6));
      try {
        // Wall time is what a caller waits; the thread's CPU time is the work itself, which a machine shared with
        // other jobs does not inflate.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[MEASURED_ADDS];
        long[] cpu = new long[MEASURED_ADDS];
        for (int k = 0; k < WARM_UP_ADDS + MEASURED_ADDS; k++) {
          String id = "new-" + k;
          List<Claim> claims = new ArrayList<>(CLAIMS_PER_ADD);
          for (int m = 0; m < CLAIMS_PER_ADD; m++) {
            claims.add(synthetic.claim(count + k * CLAIMS_PER_ADD + m, "n", id));
          }
          long c0 = threads.getCurrentThreadCpuTime();
          long a0 = System.nanoTime();
          ledger.add(summary(id), claims);
          if (k >= WARM_UP_ADDS) {
            nanos[k - WARM_UP_ADDS] = System.nanoTime() - a0;
            cpu[k - WARM_UP_ADDS] = threads.getCurrentThreadCpuTime() - c0;
          }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        o.put("adds", MEASURED_ADDS);
        o.put("claimsPerAdd", CLAIMS_PER_ADD);
        o.put("addP50Ms", round(nanos[MEASURED_ADDS / 2] / 1e6));
        o.put("addP99Ms", round(nanos[(int) Math.ceil(MEASURED_ADDS * 0.99) - 1] / 1e6));
        o.put("addMaxMs", round(nanos[MEASURED_ADDS - 1] / 1e6));
        o.put("addCpuP50Ms", round(cpu[MEASURED_ADDS / 2] / 1e6));
        o.put("addCpuP99Ms", round(cpu[(int) Math.ceil(MEASURED_ADDS * 0.99) - 1] / 1e6));
        o.put("claimsAfter", ledger.claimCount());
      } finally {
        ledger.close();
      }
      o.put("fileMb", round(size(dir) / (1024.0 * 1024.0)));
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
    return o;
  }

  /** The ledger with its write-ahead log, if one is left. */
  private static long size(Path dir) throws IOException {
    long sum = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        sum += Files.size(p);
      }
    }
    return sum;
  }

  private static ArticleSummary summary(String id) {
    return new ArticleSummary(id, "bench/" + id, "Synthetic article " + id, Optional.of("Outlet"), Optional.empty(),
        Optional.empty(), Language.ENGLISH, 1, 100, List.of());
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}

package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An add that returned survives {@code kill -9}; an add cut short by it leaves the ledger as before. */
class StanceLedgerCrashIT {

  @TempDir
  Path dir;

  private static Process fork(String mode, Path file) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        LedgerCrashChild.class.getName(), mode, file.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static void kill(Process p) throws InterruptedException {
    p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally block runs
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void keepsEveryAddThatReturnedWhenTheJvmIsKilled() throws Exception {
    Path file = dir.resolve("killed.ledger");
    Process p = fork("commits", file);
    List<String> added = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (added.size() < 12 && (line = out.readLine()) != null) {
        added.add(line.substring("added ".length()));
      }
      // The child is adding the next article now, or about to.
      kill(p);
    }
    assertThat(added).hasSize(12);
    List<StanceLedger.Entry> all = LedgerCrashChild.articles();
    try (StanceLedger ledger = StanceLedger.open(file)) {
      List<String> held = ledger.articles().stream().map(ArticleSummary::id).toList();
      assertThat(held).startsWith(added.toArray(String[]::new));
      // Whatever was in flight is there whole or not at all: the report is the comparator's on what is held.
      List<StanceLedger.Entry> prefix = all.subList(0, held.size());
      assertThat(held).isEqualTo(prefix.stream().map(e -> e.article().id()).toList());
      assertThat(ledger.report()).isEqualTo(StanceComparator.create().compare(LedgerFixtures.claims(prefix)));
    }
  }

  @Test
  void leavesTheLedgerAsBeforeWhenKilledInTheMiddleOfAnAdd() throws Exception {
    Path file = dir.resolve("halfway.ledger");
    Path wal = dir.resolve("halfway.ledger-wal");
    Process p = fork("big", file);
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException closedByTheKill) {
        // expected: destroying the process closes its streams
      }
    });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!lines.contains("adding") && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(2);
    }
    assertThat(lines).containsExactly("adding");
    long before = Files.exists(wal) ? Files.size(wal) : 0;
    // Kill once the big add has written several MiB of pages to the write-ahead log but not committed them.
    while ((!Files.exists(wal) || Files.size(wal) < before + (8 << 20)) && System.nanoTime() < deadline
        && p.isAlive()) {
      Thread.sleep(2);
    }
    assertThat(Files.size(wal)).as("the big add wrote to the log").isGreaterThan(before + (8 << 20));
    kill(p);
    reader.join(10_000);
    assertThat(lines).as("the add must still have been running when killed").doesNotContain("added big");
    List<StanceLedger.Entry> first = LedgerCrashChild.articles().subList(0, 5);
    try (StanceLedger ledger = StanceLedger.open(file)) {
      assertThat(ledger.contains("archive/big.html")).isFalse();
      assertThat(ledger.claimCount()).isEqualTo(LedgerFixtures.claims(first).size());
      assertThat(ledger.report()).isEqualTo(StanceComparator.create().compare(LedgerFixtures.claims(first)));
    }
  }
}

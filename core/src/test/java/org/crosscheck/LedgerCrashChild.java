package org.crosscheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The forked JVM of {@link StanceLedgerCrashIT}, killed with SIGKILL while it writes. Prints one line per step on
 * stdout and flushes it before going on, so the parent knows what returned.
 *
 * <ul>
 *   <li>{@code commits FILE}: adds {@link #articles()} one by one, printing {@code added <id>} after each;</li>
 *   <li>{@code big FILE}: adds the first five of them, prints {@code adding}, then adds one article of
 *       {@value #BIG} claims and prints {@code added big}.</li>
 * </ul>
 */
public final class LedgerCrashChild {

  static final int BIG = 60_000;

  private LedgerCrashChild() {}

  /** The same articles in the parent and the child. */
  static List<StanceLedger.Entry> articles() {
    return LedgerFixtures.articles(new Random(5), 400, 6);
  }

  static StanceLedger.Entry big() {
    String id = "archive/big.html";
    ArticleSummary summary = LedgerFixtures.summary(id, Language.ENGLISH, "Archive");
    List<Claim> claims = new ArrayList<>(BIG);
    for (int i = 0; i < BIG; i++) {
      claims.add(TestClaims.claim(id + "#" + i).article(id, Language.ENGLISH, "Archive")
          .by(LedgerFixtures.HOLDERS.get(i % 5)).toward(LedgerFixtures.TARGETS.get(i % 4))
          .stance(i % 2 == 0 ? Stance.SUPPORT : Stance.OPPOSE, "cue").on("2024-11-0" + (1 + i % 9))
          .sentence("A long archived sentence number " + i + " that repeats nothing said before it. ".repeat(4))
          .build());
    }
    return new StanceLedger.Entry(summary, claims);
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    try (StanceLedger ledger = StanceLedger.open(Path.of(args[1]))) {
      List<StanceLedger.Entry> articles = articles();
      if (mode.equals("commits")) {
        for (StanceLedger.Entry e : articles) {
          ledger.add(e.article(), e.claims());
          System.out.println("added " + e.article().id());
          System.out.flush();
        }
      } else {
        for (StanceLedger.Entry e : articles.subList(0, 5)) {
          ledger.add(e.article(), e.claims());
        }
        StanceLedger.Entry big = big();
        System.out.println("adding");
        System.out.flush();
        ledger.add(big.article(), big.claims());
        System.out.println("added big");
        System.out.flush();
      }
      Thread.sleep(60_000);
    }
  }
}

package org.crosscheck.examples;

import java.nio.file.Path;
import java.util.Arrays;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.ArticleSummary;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.LedgerUpdate;
import org.crosscheck.StanceLedger;

/**
 * Incremental monitoring: each article goes into a ledger as it arrives, and the ledger tells which conflicts it
 * raised or changed. Run it with a ledger file and article files; run it again with more articles, and only what
 * they change is printed:
 *
 * <pre>
 * java -cp "examples/target/crosscheck.jar:examples/target/lib/*" org.crosscheck.examples.MonitoringExample \
 *     desk.ledger examples/src/main/resources/org/crosscheck/examples/samples/*.txt
 * </pre>
 */
public final class MonitoringExample {

  private MonitoringExample() {}

  public static void main(String[] args) {
    ArticleParser parser = ArticleParser.create();
    ClaimExtractor extractor = ClaimExtractor.create();
    try (StanceLedger ledger = StanceLedger.open(Path.of(args[0]))) {   // an SQLite file, created when missing
      for (String file : Arrays.copyOfRange(args, 1, args.length)) {
        Article article = parser.parse(Path.of(file), file);            // the id says which file it was
        if (ledger.contains(article.id())) {
          continue;                                                     // known: not extracted again
        }
        LedgerUpdate update = ledger.add(ArticleSummary.of(article), extractor.extract(article));
        for (LedgerUpdate.Event e : update.events()) {                  // NEW, CHANGED or WITHDRAWN
          System.out.println(e.change() + " " + e.conflict().id() + " " + e.conflict().kind() + " "
              + e.conflict().holder().name() + " → " + e.conflict().target().name() + ": "
              + e.conflict().explanation());
        }
      }
      System.out.println(ledger.report().conflicts().size() + " conflicts in " + ledger.claimCount() + " claims");
    }
  }
}

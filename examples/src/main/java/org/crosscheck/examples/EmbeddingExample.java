package org.crosscheck.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;

/**
 * The smallest complete use of Crosscheck: parse articles, extract their claims, compare them. Run it with article
 * files as arguments:
 *
 * <pre>
 * java -cp "examples/target/crosscheck.jar:examples/target/lib/*" org.crosscheck.examples.EmbeddingExample \
 *     examples/src/main/resources/org/crosscheck/examples/samples/*.txt
 * </pre>
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  public static void main(String[] args) {
    ArticleParser parser = ArticleParser.create();              // thread-safe, share it
    ClaimExtractor extractor = ClaimExtractor.create();         // every language module on the class path
    List<Claim> claims = new ArrayList<>();
    for (String file : args) {
      Article article = parser.parse(Path.of(file));            // scraped text or HTML, furniture removed
      claims.addAll(extractor.extract(article).claims());       // CoreNLP loads once per JVM, on first use
    }
    StanceReport report = StanceComparator.create().compare(claims);
    for (StanceConflict c : report.conflicts()) {
      System.out.println(c.kind() + " " + c.holder().name() + " → " + c.target().name() + ": " + c.explanation());
    }
    System.out.println(CrosscheckJson.analysis(List.of(), report, true));
  }
}

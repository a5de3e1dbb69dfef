package org.crosscheck.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crosscheck.ArticleParser;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.LedgerException;
import org.crosscheck.LedgerUpdate;
import org.crosscheck.StanceLedger;

/**
 * Brings a ledger up to date with a selection of inputs: the inputs whose id the ledger lacks are parsed and
 * extracted on a pool of threads, then added one article at a time in the selection's order, each add's events
 * handed on as they come. Inputs already in the ledger are not read again. Used by {@code watch} and
 * {@code analyze --ledger}. Stateless.
 */
final class LedgerFeed {

  private LedgerFeed() {}

  /**
   * What one feed did.
   *
   * @param read the inputs read and extracted
   * @param added the articles added to the ledger
   * @param failures the inputs that could not be read, extracted or added, as {@code name: reason}
   */
  record Outcome(int read, int added, List<String> failures) {}

  /** The inputs of {@code inputs} whose article id the ledger does not hold. */
  static List<Inputs.Input> unknown(StanceLedger ledger, List<Inputs.Input> inputs) {
    return inputs.stream().filter(in -> !ledger.contains(in.id())).toList();
  }

  static Outcome feed(StanceLedger ledger, List<Inputs.Input> inputs, int threads, ArticleParser parser,
      ClaimExtractor extractor, PrintStream progress, Consumer<LedgerUpdate.Event> onEvent) {
    if (inputs.isEmpty()) {
      return new Outcome(0, 0, List.of());
    }
    Batch.Result r = Batch.run(inputs, threads, parser, extractor, true, progress);
    Map<String, List<Claim>> claims = new HashMap<>();
    for (Claim c : r.claims()) {
      claims.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
    }
    Map<String, String> names = new LinkedHashMap<>();
    inputs.forEach(in -> names.put(in.id(), in.name()));
    List<String> failures = new ArrayList<>(r.failures());
    int added = 0;
    for (ArticleSummary a : r.articles()) {
      try {
        LedgerUpdate u = ledger.add(a, claims.getOrDefault(a.id(), List.of()));
        added += u.articles().size();
        u.events().forEach(onEvent);
      } catch (LedgerException e) {
        failures.add(names.getOrDefault(a.id(), a.id()) + ": " + Names.clean(e.getMessage()));
      }
    }
    return new Outcome(r.articles().size() + r.failures().size(), added, failures);
  }
}

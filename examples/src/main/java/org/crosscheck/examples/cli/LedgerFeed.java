package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.crosscheck.ArticleParser;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.LedgerException;
import org.crosscheck.LedgerUpdate;
import org.crosscheck.StanceLedger;

/**
 * Brings a ledger up to date with a selection of inputs: the inputs whose id the ledger lacks are parsed and
 * extracted on a pool of threads and added one article at a time, in the selection's order, as each is done; each
 * add's events are handed on as they come. Inputs already in the ledger are not read again; claims are not kept
 * in memory beyond their article. Used by {@code watch} and {@code analyze --ledger}. Stateless.
 */
final class LedgerFeed {

  private LedgerFeed() {}

  /**
   * What one feed did.
   *
   * @param added the articles added to the ledger
   * @param failures the inputs that could not be read, extracted or added (each reported on standard error)
   */
  record Outcome(int added, int failures) {}

  /** The inputs of {@code inputs} whose article id the ledger does not hold. */
  static List<Inputs.Input> unknown(StanceLedger ledger, List<Inputs.Input> inputs) {
    return inputs.stream().filter(in -> !ledger.contains(in.id())).toList();
  }

  static Outcome feed(StanceLedger ledger, List<Inputs.Input> inputs, int threads, ArticleParser parser,
      ClaimExtractor extractor, PrintWriter err, Consumer<LedgerUpdate.Event> onEvent) {
    if (inputs.isEmpty()) {
      return new Outcome(0, 0);
    }
    int[] counts = new int[2];
    Batch.run(inputs, threads, parser, extractor, true, false, one -> {
      if (!one.ok()) {
        err.println("crosscheck: skipped " + one.input().name() + ": " + one.failure());
        counts[1]++;
        return;
      }
      try {
        LedgerUpdate u = ledger.add(one.summary(), one.claims());
        counts[0] += u.articles().size();
        u.events().forEach(onEvent);
      } catch (LedgerException e) {
        err.println("crosscheck: skipped " + one.input().name() + ": " + Names.clean(e.getMessage()));
        counts[1]++;
      }
    }, err);
    err.flush();
    return new Outcome(counts[0], counts[1]);
  }
}

package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ArticleParser;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.LedgerException;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck watch}: keeps a ledger up to date with folders of articles and prints each new, changed or
 * withdrawn conflict as one line of JSON ({@link CrosscheckJson#toJson(org.crosscheck.LedgerUpdate.Event)}). Polls
 * the folders (a folder on a network share or in a container does not always deliver file events); an article is
 * known by its id, its path relative to the folder argument, so a file already in the ledger is not read again.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Extracts the articles in DIRs into a ledger, new ones as they appear, and prints each new or "
        + "changed conflict as a JSON line. Files already in the ledger are not read again.")
final class WatchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--ledger", paramLabel = "FILE", required = true,
      description = "the ledger (an SQLite file), created when missing")
  Path ledgerFile;

  @Option(names = "--once", description = "process what is there and exit (0, or 1 when some files were skipped)")
  boolean once;

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "2",
      description = "seconds between two looks at the folders (default: ${DEFAULT-VALUE})")
  double interval;

  @Mixin
  ThreadsOption threads;

  @Mixin
  ReadOptions read;

  @Mixin
  CatalogOption catalog;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "folders of articles")
  List<Path> dirs;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path d : dirs) {
      if (!Files.isDirectory(d)) {
        err.println("crosscheck watch: not a folder: " + Names.clean(d.toString()));
        return 2;
      }
    }
    if (!(interval >= 0.1 && interval <= 86_400)) {
      err.println("crosscheck watch: --interval must be between 0.1 and 86400 seconds, got " + interval);
      return 2;
    }
    ActorCatalog actors = catalog.catalog();
    ArticleParser parser = read.parser();
    ClaimExtractor extractor = read.extractor(actors);
    // Paths reported once per run: a file that fails is not retried, a skipped path not reported again, until the
    // next run.
    Set<String> reported = new HashSet<>();
    Set<String> failed = new HashSet<>();
    try (StanceLedger ledger = StanceLedger.open(ledgerFile, StanceComparator.builder().catalog(actors).build())) {
      boolean anyFailure = false;
      while (true) {
        Inputs.Selection selection = Inputs.walk(dirs, false, read.maxChars());
        if (once && selection.inputs().isEmpty()) {
          Messages.walk(err, selection);
          Messages.nothingToRead(err, dirs);
          return CrosscheckCli.ALL_FAILED;
        }
        for (Inputs.Skipped s : selection.skipped()) {
          anyFailure = true;
          if (reported.add(s.toString())) {
            err.println("crosscheck: skipped " + s);
          }
        }
        List<Inputs.Input> fresh = LedgerFeed.unknown(ledger, selection.inputs()).stream()
            .filter(in -> !failed.contains(in.id())).toList();
        LedgerFeed.Outcome o = LedgerFeed.feed(ledger, fresh, threads.get(), parser, extractor, err, e -> {
          out.println(CrosscheckJson.toJson(e));
          out.flush();
          if (out.checkError()) {
            throw new OutputException("cannot write to standard output", null, true);
          }
        });
        if (o.failures() > 0) {
          anyFailure = true;
          // Reported once: not read again in this run.
          fresh.stream().map(Inputs.Input::id).filter(id -> !ledger.contains(id)).forEach(failed::add);
        }
        err.flush();
        if (once) {
          return anyFailure ? CrosscheckCli.SOME_FAILED : 0;
        }
        Thread.sleep(Math.round(interval * 1000));
      }
    } catch (LedgerException e) {
      err.println("crosscheck watch: " + Names.clean(e.getMessage()));
      return CrosscheckCli.ALL_FAILED;
    }
  }
}

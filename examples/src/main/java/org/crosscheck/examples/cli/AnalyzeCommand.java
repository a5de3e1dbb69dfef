package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Claim;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.LedgerException;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceLedger;
import org.crosscheck.StanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck analyze}: parse, extract and compare; conflicts, agreements and timelines. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Parses, extracts and compares articles: conflicting stances of the same actor across outlets "
        + "and languages. With no paths, analyses the five bundled sample articles; - reads standard input.")
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", description = "text, json, jsonl (one object per line: articles and claims as they "
      + "are done, then conflicts, agreements and timelines) or html (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "write the report to this file instead of "
      + "standard output (checked before any work; replaced only once complete)")
  Path output;

  @Option(names = "--ledger", paramLabel = "FILE", description = "report on this ledger (see watch): the articles "
      + "given are added to it first, those it holds already are not read again; with no paths, its report as is")
  Path ledgerFile;

  @Mixin
  ThreadsOption threads;

  @Mixin
  ReadOptions read;

  @Mixin
  CatalogOption catalog;

  @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "article files or directories, - for "
      + "standard input")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (ledgerFile != null) {
      return fromLedger(err);
    }
    try (Destination dest = Destination.open(spec, output)) {
      ActorCatalog actors = catalog.catalog();
      Inputs.Selection selection = read.select(files, err);
      if (selection.inputs().isEmpty()) {
        return CrosscheckCli.ALL_FAILED;
      }
      PrintWriter out = dest.writer();
      Batch.Result r = Batch.run(selection.inputs(), threads.get(), read.parser(), read.extractor(actors), true,
          true, one -> {
            if (!one.ok()) {
              err.println("crosscheck: skipped " + one.input().name() + ": " + one.failure());
            } else if (format == Format.JSONL) {
              JsonLines.extraction(out, one.summary(), one.claims());
              dest.checkpoint();
            }
          }, err);
      StanceReport report = StanceComparator.builder().catalog(actors).build().compare(r.claims());
      switch (format) {
        case JSON -> out.println(CrosscheckJson.analysis(r.articles(), report, true));
        case JSONL -> JsonLines.comparison(out, report);
        case HTML -> out.print(HtmlReport.render(r.articles(), report));
        case TEXT -> out.println(TextReport.report(report));
      }
      dest.commit();
      if (dest.isFile()) {
        err.println("crosscheck: wrote " + Names.clean(output.toString()));
      }
      return Messages.exitCode(r.articles().size(), r.failures().size() + selection.skipped().size());
    }
  }

  /** The ledger's report, after adding the articles given that it lacks. */
  private int fromLedger(PrintWriter err) {
    boolean paths = files != null && !files.isEmpty();
    if (!paths && !Files.isRegularFile(ledgerFile)) {
      err.println("crosscheck analyze: no ledger at " + Names.clean(ledgerFile.toString()));
      return CrosscheckCli.ALL_FAILED;
    }
    try (Destination dest = Destination.open(spec, output)) {
      ActorCatalog actors = catalog.catalog();
      try (StanceLedger ledger = StanceLedger.open(ledgerFile,
          StanceComparator.builder().catalog(actors).build())) {
        int skipped = 0;
        if (paths) {
          Inputs.Selection selection = Inputs.walk(files, false, read.maxChars());
          Messages.walk(err, selection);
          LedgerFeed.Outcome o = LedgerFeed.feed(ledger, LedgerFeed.unknown(ledger, selection.inputs()),
              threads.get(), read.parser(), read.extractor(actors), err, e -> { });
          skipped = selection.skipped().size() + o.failures();
        }
        List<ArticleSummary> articles = ledger.articles();
        StanceReport report = ledger.report();
        PrintWriter out = dest.writer();
        switch (format) {
          case JSON -> out.println(CrosscheckJson.analysis(articles, report, true));
          case JSONL -> {
            Map<String, List<Claim>> byArticle = new HashMap<>();
            report.claims().forEach(c -> byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c));
            articles.forEach(a -> JsonLines.extraction(out, a, byArticle.getOrDefault(a.id(), List.of())));
            JsonLines.comparison(out, report);
          }
          case HTML -> out.print(HtmlReport.render(articles, report));
          case TEXT -> out.println(TextReport.report(report));
        }
        dest.commit();
        if (dest.isFile()) {
          err.println("crosscheck: wrote " + Names.clean(output.toString()));
        }
        return articles.isEmpty() && paths ? CrosscheckCli.ALL_FAILED
            : skipped > 0 ? CrosscheckCli.SOME_FAILED : 0;
      } catch (LedgerException e) {
        err.println("crosscheck analyze: " + Names.clean(e.getMessage()));
        return CrosscheckCli.ALL_FAILED;
      }
    }
  }
}

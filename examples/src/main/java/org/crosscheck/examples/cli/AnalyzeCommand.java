package org.crosscheck.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.ArticleParser;
import org.crosscheck.ArticleSummary;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.LedgerException;
import org.crosscheck.ParseOptions;
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
        + "and languages. With no paths, analyses the five bundled sample articles.")
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", description = "text, json or html (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @Option(names = "--output", description = "write the report to this file instead of standard output")
  Path output;

  @Option(names = "--ledger", paramLabel = "FILE", description = "report on this ledger (see watch): the articles "
      + "given are added to it first, those it holds already are not read again; with no paths, its report as is")
  Path ledgerFile;

  @Mixin
  ThreadsOption threads;

  @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "article files or directories")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    if (ledgerFile != null) {
      return fromLedger(err);
    }
    Inputs.Selection selection = Inputs.walk(files, true, ParseOptions.DEFAULT_MAX_CHARS);
    Messages.walk(err, selection);
    if (selection.inputs().isEmpty()) {
      Messages.nothingToRead(err, files);
      return CrosscheckCli.ALL_FAILED;
    }
    Batch.Result r = Batch.run(selection.inputs(), threads.get(),
        ArticleParser.create(), ClaimExtractor.create(), true, System.err);
    r.failures().forEach(f -> spec.commandLine().getErr().println("crosscheck: skipped " + f));
    StanceReport report = StanceComparator.create().compare(r.claims());
    write(r.articles(), report);
    return Messages.exitCode(r.articles().size(), r.failures().size() + selection.skipped().size());
  }

  /** The ledger's report, after adding the articles given that it lacks. */
  private int fromLedger(PrintWriter err) throws IOException {
    boolean paths = files != null && !files.isEmpty();
    if (!paths && !Files.isRegularFile(ledgerFile)) {
      err.println("crosscheck analyze: no ledger at " + Names.clean(ledgerFile.toString()));
      return CrosscheckCli.ALL_FAILED;
    }
    try (StanceLedger ledger = StanceLedger.open(ledgerFile)) {
      int skipped = 0;
      if (paths) {
        Inputs.Selection selection = Inputs.walk(files, false, ParseOptions.DEFAULT_MAX_CHARS);
        Messages.walk(err, selection);
        LedgerFeed.Outcome o = LedgerFeed.feed(ledger, LedgerFeed.unknown(ledger, selection.inputs()),
            threads.get(), ArticleParser.create(), ClaimExtractor.create(), System.err, e -> { });
        o.failures().forEach(f -> err.println("crosscheck: skipped " + f));
        skipped = selection.skipped().size() + o.failures().size();
      }
      List<ArticleSummary> articles = ledger.articles();
      write(articles, ledger.report());
      return articles.isEmpty() && paths ? CrosscheckCli.ALL_FAILED : skipped > 0 ? CrosscheckCli.SOME_FAILED : 0;
    } catch (LedgerException e) {
      err.println("crosscheck analyze: " + Names.clean(e.getMessage()));
      return CrosscheckCli.ALL_FAILED;
    }
  }

  private void write(List<ArticleSummary> articles, StanceReport report) throws IOException {
    String text = switch (format) {
      case JSON -> CrosscheckJson.analysis(articles, report, true);
      case HTML -> HtmlReport.render(articles, report);
      case TEXT -> TextReport.report(report);
    };
    if (output != null) {
      Files.writeString(output, text, StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("crosscheck: wrote " + output);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.println(text);
      out.flush();
    }
  }
}

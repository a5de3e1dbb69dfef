package org.crosscheck.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.ArticleParser;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.ParseOptions;
import org.crosscheck.StanceComparator;
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

  @Mixin
  ThreadsOption threads;

  @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "article files or directories")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
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
    String text = switch (format) {
      case JSON -> CrosscheckJson.analysis(r.articles(), report, true);
      case HTML -> HtmlReport.render(r.articles(), report);
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
    return Messages.exitCode(r.articles().size(), r.failures().size() + selection.skipped().size());
  }
}

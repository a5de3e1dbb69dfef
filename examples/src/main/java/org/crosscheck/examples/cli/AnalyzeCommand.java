package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.ActorCatalog;
import org.crosscheck.CrosscheckJson;
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
}

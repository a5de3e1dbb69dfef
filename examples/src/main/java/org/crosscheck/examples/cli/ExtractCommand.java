package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.Claim;
import org.crosscheck.CrosscheckJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck extract}: the claims of each article. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts the claims of English and Arabic articles. With no files, the bundled samples; - reads "
        + "standard input.")
final class ExtractCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", description = "text, json or jsonl (one object per line, written as articles are "
      + "done; default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Mixin
  ThreadsOption threads;

  @Mixin
  ReadOptions read;

  @Mixin
  CatalogOption catalog;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "article files or directories, - for standard input")
  List<Path> files;

  @Override
  public Integer call() {
    if (format == Format.HTML) {
      spec.commandLine().getErr().println("crosscheck extract: --format html is only available for analyze");
      return CrosscheckCli.USAGE;
    }
    PrintWriter err = spec.commandLine().getErr();
    var actors = catalog.catalog();
    Inputs.Selection selection = read.select(files, err);
    if (selection.inputs().isEmpty()) {
      return CrosscheckCli.ALL_FAILED;
    }
    try (Destination dest = Destination.open(spec, null)) {
      PrintWriter out = dest.writer();
      Batch.Result r = Batch.run(selection.inputs(), threads.get(), read.parser(), read.extractor(actors), true,
          format == Format.JSON, one -> {
            if (!one.ok()) {
              err.println("crosscheck: skipped " + one.input().name() + ": " + one.failure());
              return;
            }
            if (format == Format.JSONL) {
              JsonLines.extraction(out, one.summary(), one.claims());
            } else if (format == Format.TEXT && !one.claims().isEmpty()) {
              out.println("== " + one.summary().id());
              for (Claim c : one.claims()) {
                out.println(TextReport.claim(c));
              }
            }
            dest.checkpoint();
          }, err);
      if (format == Format.JSON) {
        out.println(CrosscheckJson.extraction(r.articles(), r.claims(), true));
      }
      dest.commit();
      return Messages.exitCode(r.articles().size(), r.failures().size() + selection.skipped().size());
    }
  }
}

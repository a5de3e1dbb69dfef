package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.ArticleParser;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.ParseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck extract}: the claims of each article. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts the claims of English and Arabic articles. With no files, the bundled samples.")
final class ExtractCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Mixin
  ThreadsOption threads;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "article files or directories")
  List<Path> files;

  @Override
  public Integer call() {
    if (format == Format.HTML) {
      spec.commandLine().getErr().println("crosscheck extract: --format html is only available for analyze");
      return 2;
    }
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
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(CrosscheckJson.extraction(r.articles(), r.claims(), true));
    } else {
      String article = null;
      for (Claim c : r.claims()) {
        if (!c.article().equals(article)) {
          article = c.article();
          out.println("== " + article);
        }
        out.println(TextReport.claim(c));
      }
    }
    out.flush();
    return Messages.exitCode(r.articles().size(), r.failures().size() + selection.skipped().size());
  }
}

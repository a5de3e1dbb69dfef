package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.ArticleParser;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.CrosscheckJson;
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
    List<Inputs.Input> inputs = Inputs.of(files, true);
    Batch.Result r = Batch.run(inputs, threads.get(),
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
    return r.failures().isEmpty() ? 0 : r.articles().isEmpty() ? CrosscheckCli.ALL_FAILED
        : CrosscheckCli.SOME_FAILED;
  }
}

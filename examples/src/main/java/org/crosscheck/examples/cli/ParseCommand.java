package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.CrosscheckException;
import org.crosscheck.CrosscheckJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck parse}: each article's id, source, title, outlet, date, language and paragraph count. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parses articles (scraped text or HTML) and prints id, source, title, outlet, published date, "
        + "language and paragraph count. With no files, parses the bundled samples; - reads standard input.")
final class ParseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Option(names = "--with-text", description = "also print the cleaned body text")
  boolean withText;

  @Mixin
  ReadOptions read;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "article files or directories, - for standard input")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.HTML || format == Format.JSONL) {
      err.println("crosscheck parse: --format " + format.name().toLowerCase(Locale.ROOT)
          + " is not available here (text or json)");
      return CrosscheckCli.USAGE;
    }
    ArticleParser parser = read.parser();
    Inputs.Selection selection = read.select(files, err);
    if (selection.inputs().isEmpty()) {
      return CrosscheckCli.ALL_FAILED;
    }
    List<Article> articles = new ArrayList<>();
    int failed = selection.skipped().size();
    int parsed = 0;
    try (Destination dest = Destination.open(spec, null)) {
      PrintWriter out = dest.writer();
      for (Inputs.Input in : selection.inputs()) {
        Article a;
        try {
          a = Batch.parse(parser, in);
        } catch (CrosscheckException | java.io.UncheckedIOException e) {
          err.println("crosscheck: skipped " + in.name() + ": " + Messages.reason(e));
          failed++;
          continue;
        }
        parsed++;
        if (format == Format.JSON) {
          articles.add(a);
        } else {
          print(out, a);
          dest.checkpoint();
        }
      }
      if (format == Format.JSON) {
        out.println(CrosscheckJson.articles(articles, withText, true));
      }
      dest.commit();
      return Messages.exitCode(parsed, failed);
    }
  }

  private void print(PrintWriter out, Article a) {
    out.printf(Locale.ROOT, "%s%n  source:     %s%n  title:      %s%n  outlet:     %s%n  published:  %s%n"
        + "  language:   %s%n  paragraphs: %d%n", a.id(), a.source(), a.title().isEmpty() ? "(none)" : a.title(),
        a.outlet().orElse("(none)"), a.published().map(Object::toString).orElse("(none)")
            + a.publishedTime().map(t -> " " + t).orElse(""), a.language().code() + " ("
            + a.language().displayName() + ")", a.paragraphs().size());
    if (withText) {
      out.println();
      out.println(a.text());
    }
    out.println();
  }
}

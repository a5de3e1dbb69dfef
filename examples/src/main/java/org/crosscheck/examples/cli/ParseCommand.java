package org.crosscheck.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.ParseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck parse}: each article's id, source, title, outlet, date, language and paragraph count. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parses articles (scraped text or HTML) and prints id, source, title, outlet, published date, "
        + "language and paragraph count. With no files, parses the bundled samples.")
final class ParseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Option(names = "--with-text", description = "also print the cleaned body text")
  boolean withText;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "article files or directories")
  List<Path> files;

  @Override
  public Integer call() {
    if (format == Format.HTML) {
      spec.commandLine().getErr().println("crosscheck parse: --format html is not available here (text or json)");
      return 2;
    }
    ArticleParser parser = ArticleParser.create();
    var err = spec.commandLine().getErr();
    Inputs.Selection selection = Inputs.walk(files, true, ParseOptions.DEFAULT_MAX_CHARS);
    Messages.walk(err, selection);
    if (selection.inputs().isEmpty()) {
      Messages.nothingToRead(err, files);
      return CrosscheckCli.ALL_FAILED;
    }
    List<Article> articles = new java.util.ArrayList<>();
    int failed = selection.skipped().size();
    for (Inputs.Input in : selection.inputs()) {
      try {
        articles.add(Batch.parse(parser, in));
      } catch (org.crosscheck.CrosscheckException | java.io.UncheckedIOException e) {
        err.println("crosscheck: skipped " + in.name() + ": " + Messages.reason(e));
        failed++;
      }
    }
    var out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(CrosscheckJson.articles(articles, withText, true));
    } else {
      for (Article a : articles) {
        out.printf("%s%n  source:     %s%n  title:      %s%n  outlet:     %s%n  published:  %s%n  language:   %s%n"
            + "  paragraphs: %d%n", a.id(), a.source(), a.title().isEmpty() ? "(none)" : a.title(),
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
    out.flush();
    return Messages.exitCode(articles.size(), failed);
  }
}

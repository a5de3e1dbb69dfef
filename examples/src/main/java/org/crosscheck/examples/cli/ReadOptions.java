package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ArticleParser;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ParseOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --max-chars N} option of the commands that read articles: one limit for parsing and for extraction,
 * so that {@code extract} and {@code analyze} accept every article {@code parse} accepts; and {@code
 * --keep-untargeted}, which keeps the stances that name no target.
 */
final class ReadOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private int maxChars = ParseOptions.DEFAULT_MAX_CHARS;

  @Option(names = "--max-chars", paramLabel = "N", description = "refuse articles longer than N characters "
      + "(default: 2097152, 2 MiB); longer articles need more heap, about 1 GiB per MiB of text")
  void maxChars(int n) {
    if (n < 1024) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be at least 1024, got " + n);
    }
    this.maxChars = n;
  }

  @Option(names = "--keep-untargeted", description = "keep support and opposition that name no target in articles "
      + "of more than one sentence (left out by default: the article almost always names whom they are toward)")
  boolean keepUntargeted;

  int maxChars() {
    return maxChars;
  }

  /**
   * Walks the paths (the bundled samples when there are none) and reports on {@code err} what is left out; when
   * nothing is left to read, says so too: the caller then exits with code 3.
   */
  Inputs.Selection select(List<Path> paths, PrintWriter err) {
    Inputs.Selection selection = Inputs.walk(paths, true, maxChars);
    Messages.walk(err, selection);
    if (selection.inputs().isEmpty()) {
      Messages.nothingToRead(err, paths);
    }
    return selection;
  }

  ArticleParser parser() {
    return ArticleParser.create(ParseOptions.builder().maxChars(maxChars).build());
  }

  ClaimExtractor extractor(ActorCatalog catalog) {
    return ClaimExtractor.builder().catalog(catalog).maxArticleChars(maxChars).keepUntargeted(keepUntargeted).build();
  }
}

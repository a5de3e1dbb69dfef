package org.crosscheck.examples.spark;

import org.crosscheck.ActorCatalog;
import org.crosscheck.ArticleParser;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ParseOptions;
import org.crosscheck.StanceComparator;

/**
 * The engines of one JVM (the driver, or one executor), each built on first use and then shared by every task the
 * JVM runs: one CoreNLP pipeline per language per executor, loaded once, never serialised with a task. The functions
 * Spark ships hold no engine, only the way to reach these. The settings are those of {@code crosscheck analyze}
 * without options (default catalog, levels, window and limits), so that the job gives the command line's answer.
 * Thread-safe: the engines are, and each holder is initialised once by the JVM's class initialisation lock.
 */
final class Engines {

  private Engines() {}

  private static final class Parser {
    static final ArticleParser INSTANCE = ArticleParser.create(
        ParseOptions.builder().maxChars(ParseOptions.DEFAULT_MAX_CHARS).build());
  }

  private static final class Extractor {
    static final ClaimExtractor INSTANCE = ClaimExtractor.builder().catalog(ActorCatalog.defaultCatalog())
        .maxArticleChars(ParseOptions.DEFAULT_MAX_CHARS).build();
  }

  private static final class Comparator {
    static final StanceComparator INSTANCE = StanceComparator.builder().catalog(ActorCatalog.defaultCatalog())
        .build();
  }

  static ArticleParser parser() {
    return Parser.INSTANCE;
  }

  static ClaimExtractor extractor() {
    return Extractor.INSTANCE;
  }

  static StanceComparator comparator() {
    return Comparator.INSTANCE;
  }
}

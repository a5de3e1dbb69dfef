package org.crosscheck.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.CrosscheckException;
import org.crosscheck.ExtractionResult;

/**
 * Parses and extracts a batch of inputs on {@code threads} threads sharing one parser and one extractor (and so
 * the CoreNLP pipelines). Keeps only article summaries and claims: memory stays flat as the batch grows. A file
 * that cannot be read, parsed or extracted is reported and skipped. Progress goes to stderr: a bar when stderr is
 * a terminal and the batch has more than a few files, a one-line summary otherwise.
 */
final class Batch {

  /** What a batch produced. */
  record Result(List<ArticleSummary> articles, List<Claim> claims, List<String> failures, long nanos, long tokens,
      int sentencesSkipped) {}

  private record One(int index, ArticleSummary summary, List<Claim> claims, String failure, long tokens,
      int skipped) {}

  private Batch() {}

  /** Reads one input into an article under the input's id (see {@link Inputs}). */
  static Article parse(ArticleParser parser, Inputs.Input in) {
    return in.parse(parser);
  }

  static Result run(List<Inputs.Input> inputs, int threads, ArticleParser parser, ClaimExtractor extractor,
      boolean extract, PrintStream err) {
    long t0 = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    Progress progress = new Progress(err, inputs.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "crosscheck-worker");
      t.setDaemon(true);
      return t;
    });
    List<Future<One>> futures = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      int index = i;
      Inputs.Input in = inputs.get(i);
      futures.add(pool.submit(() -> {
        try {
          Article a = parse(parser, in);
          List<Claim> claims = List.of();
          long tok = 0;
          int skipped = 0;
          if (extract) {
            ExtractionResult r = extractor.extract(a);
            claims = r.claims();
            tok = r.tokens();
            skipped = r.sentencesSkipped();
          }
          tokens.addAndGet(tok);
          return new One(index, ArticleSummary.of(a), claims, null, tok, skipped);
        } catch (CrosscheckException | java.io.UncheckedIOException e) {
          return new One(index, null, List.of(), in.name() + ": " + Messages.reason(e), 0, 0);
        } catch (RuntimeException | OutOfMemoryError e) {
          return new One(index, null, List.of(), in.name() + ": unexpected " + e, 0, 0);
        } finally {
          progress.update(done.incrementAndGet(), tokens.get());
        }
      }));
    }
    List<One> ones = new ArrayList<>();
    try {
      for (Future<One> f : futures) {
        ones.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    ones.sort(Comparator.comparingInt(One::index));
    List<ArticleSummary> articles = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int skipped = 0;
    for (One o : ones) {
      if (o.failure() != null) {
        failures.add(o.failure());
      } else {
        articles.add(o.summary());
        claims.addAll(o.claims());
        skipped += o.skipped();
      }
    }
    long nanos = System.nanoTime() - t0;
    progress.finish(articles.size(), failures.size(), claims.size(), nanos, tokens.get());
    return new Result(Collections.unmodifiableList(articles), Collections.unmodifiableList(claims),
        Collections.unmodifiableList(failures), nanos, tokens.get(), skipped);
  }

  /** Progress on stderr: a redrawn bar on a terminal, nothing until the summary line otherwise. */
  private static final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean bar;
    private final long t0 = System.nanoTime();

    Progress(PrintStream err, int total) {
      this.err = err;
      this.total = total;
      this.bar = total > 5 && System.console() != null && System.getenv("TERM") != null
          && !"dumb".equals(System.getenv("TERM"));
    }

    synchronized void update(int done, long tokens) {
      if (!bar) {
        return;
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      double rate = done / Math.max(secs, 1e-9);
      long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      int width = 30;
      int filled = (int) Math.round(width * done / (double) total);
      err.printf(Locale.ROOT, "\r[%s%s] %d/%d articles  %.1f articles/s  %.0f tokens/s  ETA %ds ",
          "#".repeat(filled), " ".repeat(width - filled), done, total, rate, tokens / Math.max(secs, 1e-9), eta);
      err.flush();
    }

    void finish(int ok, int failed, int claims, long nanos, long tokens) {
      double secs = nanos / 1e9;
      if (bar) {
        err.print("\r" + " ".repeat(100) + "\r");
      }
      err.printf(Locale.ROOT, "crosscheck: %d articles (%d failed), %d claims, %.1f s, %.1f articles/s, %.0f tokens/s%n",
          ok, failed, claims, secs, (ok + failed) / Math.max(secs, 1e-9), tokens / Math.max(secs, 1e-9));
    }
  }

}

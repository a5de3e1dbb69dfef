package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
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
 * the CoreNLP pipelines). Each article's result goes to a {@link Listener} in input order as soon as it and every
 * article before it are done, so output can stream while the batch runs and is the same on any number of threads.
 * Keeps only article summaries and claims, and claims only when asked: memory stays flat as the batch grows. A file
 * that cannot be read, parsed or extracted is reported and skipped; running out of heap on one article is reported
 * with advice on the heap to give. Progress goes to stderr: a bar when stderr is a terminal and the batch has more
 * than a few files, a one-line summary at the end.
 */
final class Batch {

  /** What a batch produced. */
  record Result(List<ArticleSummary> articles, List<Claim> claims, List<String> failures, long nanos, long tokens,
      int sentencesSkipped) {}

  /** One input's outcome: an article and its claims, or the reason it failed. */
  record One(int index, Inputs.Input input, ArticleSummary summary, List<Claim> claims, String failure,
      long tokens, int skipped) {
    boolean ok() {
      return failure == null;
    }
  }

  /** Receives each input's outcome, in input order, on the thread that called {@link #run}. */
  interface Listener {
    void accept(One one);
  }

  private Batch() {}

  /** Reads one input into an article under the input's id (see {@link Inputs}). */
  static Article parse(ArticleParser parser, Inputs.Input in) {
    return in.parse(parser);
  }

  /**
   * Runs the batch.
   *
   * @param extract whether to extract claims (else only parse)
   * @param keepClaims whether the result keeps the claims (the listener sees them either way)
   */
  static Result run(List<Inputs.Input> inputs, int threads, ArticleParser parser, ClaimExtractor extractor,
      boolean extract, boolean keepClaims, Listener listener, PrintWriter err) {
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
          return one(index, in, parser, extractor, extract, tokens);
        } finally {
          progress.update(done.incrementAndGet(), tokens.get());
        }
      }));
    }
    List<ArticleSummary> articles = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int skipped = 0;
    int claimCount = 0;
    try {
      for (Future<One> f : futures) {
        One o = f.get();
        if (o.ok()) {
          articles.add(o.summary());
          if (keepClaims) {
            claims.addAll(o.claims());
          }
          skipped += o.skipped();
          claimCount += o.claims().size();
        } else {
          failures.add(o.input().name() + ": " + o.failure());
        }
        progress.pause();
        listener.accept(o);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    long nanos = System.nanoTime() - t0;
    progress.finish(articles.size(), failures.size(), claimCount, nanos, tokens.get());
    return new Result(List.copyOf(articles), List.copyOf(claims), List.copyOf(failures), nanos, tokens.get(),
        skipped);
  }

  private static One one(int index, Inputs.Input in, ArticleParser parser, ClaimExtractor extractor,
      boolean extract, AtomicLong tokens) {
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
      return new One(index, in, ArticleSummary.of(a), claims, null, tok, skipped);
    } catch (CrosscheckException | java.io.UncheckedIOException e) {
      // The message names the file already: the article's id in the library's words would name it twice.
      return new One(index, in, null, List.of(), Messages.reason(e).replace("article " + in.id(), "the article"), 0,
          0);
    } catch (OutOfMemoryError e) {
      return new One(index, in, null, List.of(), Memory.advice(null), 0, 0);
    } catch (RuntimeException e) {
      return new One(index, in, null, List.of(), "unexpected " + e, 0, 0);
    }
  }

  /** Progress on stderr: a redrawn bar on a terminal, nothing until the summary line otherwise. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean bar;
    private final long t0 = System.nanoTime();
    private boolean drawn;

    Progress(PrintWriter err, int total) {
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
      drawn = true;
    }

    /** Clears the bar so that a message can take the line; the next update draws it again. */
    synchronized void pause() {
      if (drawn) {
        err.print("\r" + " ".repeat(100) + "\r");
        err.flush();
        drawn = false;
      }
    }

    void finish(int ok, int failed, int claims, long nanos, long tokens) {
      double secs = nanos / 1e9;
      pause();
      err.printf(Locale.ROOT, "crosscheck: %d articles (%d failed), %d claims, %.1f s, %.1f articles/s, %.0f "
          + "tokens/s%n", ok, failed, claims, secs, (ok + failed) / Math.max(secs, 1e-9), tokens / Math.max(secs,
          1e-9));
      err.flush();
    }
  }
}

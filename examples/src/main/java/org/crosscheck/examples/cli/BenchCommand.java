package org.crosscheck.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.ActorCatalog;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Language;
import org.crosscheck.Mention;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck bench}: end-to-end figures. Catalog load and mention finding; model load time per language;
 * articles/s and tokens/s per language with 1 and N threads (each language's articles repeated for a number of
 * rounds after a warm-up) and tokens per second of the workers' CPU time (the figure a busy shared machine does
 * not distort), the share of that time spent inside CoreNLP; peak heap; the comparator on 10^4,
 * 10^5 and 10^6 synthetic claims over 10,000 holders; and a ledger of 10^6 claims ({@link LedgerBench}). Prints a
 * table, or JSON with {@code --format json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures catalog, extraction and comparator speed and memory on the bundled samples or FILEs.")
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Mixin
  ThreadsOption threads;

  @Option(names = "--rounds", description = "times each language's articles are extracted per run "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "20")
  int rounds;

  @Option(names = "--claims", split = ",", description = "comparator sizes (default: ${DEFAULT-VALUE})",
      defaultValue = "10000,100000,1000000")
  List<Integer> claimCounts;

  @Option(names = "--ledger-claims", description = "claims in the ledger benchmark, 0 to skip it "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "1000000")
  int ledgerClaims;

  @Option(names = "--no-extraction", description = "skip the extraction runs (and the NLP models)")
  boolean noExtraction;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "article files or directories")
  List<Path> files;

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The most warm-up runs per language before the measured ones. */
  private static final int MAX_WARMUPS = 10;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private record Timed(ExtractionResult result, long cpuNanos) {}

  @Override
  public Integer call() throws Exception {
    int n = threads.get();
    ObjectNode out = JSON.createObjectNode();
    ObjectNode machine = out.putObject("machine");
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
    machine.put("java", System.getProperty("java.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    // Other jobs on the machine slow every figure down: the load average says how busy it was.
    machine.put("loadAverage", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

    // Catalog: load and mention finding.
    long t0 = System.nanoTime();
    ActorCatalog catalog = ActorCatalog.defaultCatalog();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    ObjectNode cat = out.putObject("catalog");
    cat.put("loadMs", round(loadMs));
    ActorCatalog.Stats st = catalog.stats();
    cat.put("actors", st.actors());
    cat.put("englishNames", st.englishNames());
    cat.put("arabicNames", st.arabicNames());
    cat.put("heapMb", round(heapUsedMb()));
    cat.put("mentionsMsPer1000Words", round(mentionSpeed(catalog)));

    // Parsing: the inputs, and one article of 1 MiB made of their paragraphs.
    ObjectNode parsing = out.putObject("parsing");
    parseSpeed(parsing);

    // The comparator first, before the NLP models take their share of the heap.
    ArrayNode comp = out.putArray("comparator");
    for (int count : claimCounts) {
      comp.add(comparator(count));
    }

    if (ledgerClaims > 0) {
      out.set("ledger", LedgerBench.run(ledgerClaims));
    }

    // Articles per language.
    ArticleParser parser = ArticleParser.create();
    Map<Language, List<Article>> byLang = new LinkedHashMap<>();
    Inputs.Selection selection = noExtraction ? null
        : Inputs.walk(files, true, org.crosscheck.ParseOptions.DEFAULT_MAX_CHARS);
    if (selection != null) {
      Messages.walk(spec.commandLine().getErr(), selection);
    }
    for (Inputs.Input in : selection == null ? List.<Inputs.Input>of() : selection.inputs()) {
      try {
        Article a = Batch.parse(parser, in);
        byLang.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(a);
      } catch (RuntimeException e) {
        spec.commandLine().getErr().println("crosscheck bench: skipped " + in.name() + ": " + Messages.reason(e));
      }
    }
    ClaimExtractor extractor = noExtraction ? null : ClaimExtractor.create();
    ObjectNode models = out.putObject("modelLoadMs");
    ArrayNode runs = out.putArray("extraction");
    resetPeaks();
    for (Map.Entry<Language, List<Article>> e : byLang.entrySet()) {
      if (!extractor.languages().contains(e.getKey())) {
        continue;
      }
      long m0 = System.nanoTime();
      extractor.extract(e.getValue().get(0));
      models.put(e.getKey().code(), round((System.nanoTime() - m0) / 1e6));
      // Warm up the JIT on as much work as one measured run, again while the compilers still spent more than a
      // twentieth of the run's time (up to MAX_WARMUPS runs): English reaches many code paths, and a compiler thread
      // still at work takes a core from N workers but only an idle one from a single worker, which showed as poor
      // N-thread scaling when one warm-up run was all there was.
      List<Double> warmupJit = new ArrayList<>();
      ObjectNode warm;
      do {
        warm = run(extractor, e.getValue(), rounds, n);
        warmupJit.add(warm.get("jitSeconds").asDouble());
      } while (warmupJit.size() < MAX_WARMUPS
          && warm.get("jitSeconds").asDouble() > 0.05 * warm.get("seconds").asDouble());
      for (int t : n == 1 ? List.of(1) : List.of(1, n)) {
        ObjectNode r = run(extractor, e.getValue(), rounds, t).put("language", e.getKey().code())
            .put("warmupRuns", warmupJit.size());
        warmupJit.forEach(r.putArray("warmupJitSeconds")::add);
        runs.add(r);
      }
    }
    out.put("extractionPeakHeapMb", round(peakHeapMb()));

    var w = spec.commandLine().getOut();
    if (format == Format.JSON) {
      w.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    } else {
      w.printf(Locale.ROOT, "machine: %d cores, max heap %d MiB, Java %s, %s, load average %.1f at start%n",
          machine.get("cores").asInt(), machine.get("maxHeapMb").asLong(), machine.get("java").asText(),
          machine.get("os").asText(), machine.get("loadAverage").asDouble());
      w.printf(Locale.ROOT, "parsing: %d articles in %.1f ms; a 1 MiB article (%d paragraphs) in %.0f ms%n",
          parsing.get("articles").asInt(), parsing.get("msForAllInputs").asDouble(),
          parsing.get("oneMiBParagraphs").asInt(), parsing.get("oneMiBMs").asDouble());
      w.printf(Locale.ROOT, "catalog: %d actors (%d English, %d Arabic names), loaded in %.0f ms, heap %.0f MiB; "
          + "mention finding %.2f ms per 1,000 words%n", st.actors(), st.englishNames(), st.arabicNames(), loadMs,
          cat.get("heapMb").asDouble(), cat.get("mentionsMsPer1000Words").asDouble());
      models.fields().forEachRemaining(f -> w.printf(Locale.ROOT, "model load + first article (%s): %.0f ms%n",
          f.getKey(), f.getValue().asDouble()));
      w.printf(Locale.ROOT, "%n%-9s %7s %9s %9s %12s %12s %12s %10s %7s %7s%n", "language", "threads", "articles",
          "tokens", "articles/s", "tokens/s", "tokens/CPU-s", "total/NLP", "JIT s", "GC s");
      for (var r : runs) {
        w.printf(Locale.ROOT, "%-9s %7d %9d %9d %12.1f %12.0f %12.0f %10.2f %7.2f %7.2f%n", r.get("language").asText(),
            r.get("threads").asInt(), r.get("articles").asInt(), r.get("tokens").asLong(),
            r.get("articlesPerSecond").asDouble(), r.get("tokensPerSecond").asDouble(),
            r.get("tokensPerCpuSecond").asDouble(), r.get("totalOverNlp").asDouble(), r.get("jitSeconds").asDouble(),
            r.get("gcPauseSeconds").asDouble());
      }
      for (var r : runs) {
        if (r.get("threads").asInt() == 1) {
          w.printf(Locale.ROOT, "%s: JIT s of the %d warm-up run(s) %s%n", r.get("language").asText(),
              r.get("warmupRuns").asInt(), r.get("warmupJitSeconds"));
        }
      }
      w.printf(Locale.ROOT, "(JIT s: the compilers' time during a run; GC s: the collectors' pauses)%n");
      w.printf(Locale.ROOT, "peak heap during extraction: %.0f MiB (sum of the heap pools' peaks, an upper bound)%n%n",
          out.get("extractionPeakHeapMb").asDouble());
      w.printf(Locale.ROOT, "%-10s %9s %10s %10s %10s %10s%n", "claims", "holders", "seconds", "heap MiB",
          "conflicts", "groups");
      for (var c : comp) {
        w.printf(Locale.ROOT, "%-10d %9d %10.2f %10.0f %10d %10d%n", c.get("claims").asInt(), c.get("holders").asInt(),
            c.get("seconds").asDouble(), c.get("peakHeapMb").asDouble(), c.get("conflicts").asInt(),
            c.get("timelines").asInt());
      }
      if (out.has("ledger")) {
        var l = out.get("ledger");
        w.printf(Locale.ROOT, "%nledger: %d claims (%d articles) loaded in %.1f s; file %.0f MiB; opened in %.0f ms; "
            + "adding one article of %d claims: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d adds); thread CPU time "
            + "p50 %.1f ms, p99 %.1f ms%n",
            l.get("claims").asInt(), l.get("articles").asInt(), l.get("loadSeconds").asDouble(),
            l.get("fileMb").asDouble(), l.get("openMs").asDouble(), l.get("claimsPerAdd").asInt(),
            l.get("addP50Ms").asDouble(), l.get("addP99Ms").asDouble(), l.get("addMaxMs").asDouble(),
            l.get("adds").asInt(), l.get("addCpuP50Ms").asDouble(), l.get("addCpuP99Ms").asDouble());
      }
    }
    w.flush();
    return 0;
  }

  private void parseSpeed(ObjectNode o) {
    ArticleParser parser = ArticleParser.create();
    List<Inputs.Input> inputs = Inputs.walk(files, true, org.crosscheck.ParseOptions.DEFAULT_MAX_CHARS).inputs();
    List<String> texts = new ArrayList<>();
    for (Inputs.Input in : inputs) {
      try {
        texts.add(in.origin() == Inputs.Origin.SAMPLE ? in.readResource()
            : in.origin() == Inputs.Origin.STDIN ? new String(in.content().orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8) : java.nio.file.Files.readString(in.path().orElseThrow()));
      } catch (java.io.IOException | RuntimeException e) {
        // Unreadable inputs are reported by the extraction part.
      }
    }
    for (int i = 0; i < 50; i++) {
      texts.forEach(t -> {
        try {
          parser.parse(t);
        } catch (RuntimeException e) {
          // warm-up only
        }
      });
    }
    long t0 = System.nanoTime();
    int reps = 50;
    for (int i = 0; i < reps; i++) {
      texts.forEach(t -> {
        try {
          parser.parse(t);
        } catch (RuntimeException e) {
          // counted as parsed: the time is what matters here
        }
      });
    }
    o.put("articles", texts.size());
    o.put("msForAllInputs", round((System.nanoTime() - t0) / 1e6 / reps));
    StringBuilder big = new StringBuilder();
    String title = "A very long article\n";
    big.append(title);
    while (big.length() < (1 << 20) - 10_000) {
      for (String t : texts) {
        for (String line : t.split("\n")) {
          if (line.length() > 80 && big.length() < (1 << 20) - 10_000) {
            big.append(line).append(" (").append(big.length()).append(")\n");
          }
        }
      }
    }
    String text = big.toString();
    parser.parse(text);
    long b0 = System.nanoTime();
    Article a = parser.parse(text);
    o.put("oneMiBChars", text.length());
    o.put("oneMiBParagraphs", a.paragraphs().size());
    o.put("oneMiBMs", round((System.nanoTime() - b0) / 1e6));
  }

  private ObjectNode run(ClaimExtractor extractor, List<Article> articles, int rounds, int threads)
      throws Exception {
    List<Article> work = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      work.addAll(articles);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long jit0 = jitMillis();
    long gc0 = gcMillis();
    long t0 = System.nanoTime();
    long tokens = 0;
    long cpuNanos = 0;
    Duration nlp = Duration.ZERO;
    Duration total = Duration.ZERO;
    try {
      List<Future<Timed>> fs = new ArrayList<>();
      for (Article a : work) {
        fs.add(pool.submit(() -> {
          long c0 = CPU.getCurrentThreadCpuTime();
          ExtractionResult r = extractor.extract(a);
          return new Timed(r, CPU.getCurrentThreadCpuTime() - c0);
        }));
      }
      for (Future<Timed> f : fs) {
        Timed t = f.get();
        ExtractionResult r = t.result();
        tokens += r.tokens();
        cpuNanos += t.cpuNanos();
        nlp = nlp.plus(r.nlpTime());
        total = total.plus(r.totalTime());
      }
    } finally {
      pool.shutdownNow();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    long jit = jitMillis() - jit0;
    long gc = gcMillis() - gc0;
    ObjectNode o = JSON.createObjectNode();
    o.put("threads", threads);
    o.put("articles", work.size());
    o.put("tokens", tokens);
    o.put("seconds", round(secs));
    o.put("articlesPerSecond", round(work.size() / secs));
    o.put("tokensPerSecond", round(tokens / secs));
    // Tokens per second of the workers' own CPU time: what the code costs, whatever else the machine is running;
    // when it stays level from one thread to N while tokensPerSecond does not scale, the cores were busy elsewhere.
    o.put("cpuSeconds", round(cpuNanos / 1e9));
    o.put("tokensPerCpuSecond", round(tokens / Math.max(1e-9, cpuNanos / 1e9)));
    o.put("totalOverNlp", round(total.toNanos() / (double) Math.max(1, nlp.toNanos())));
    // What else took the cores during the run: the JIT compilers (a run before warm-up ends) and the collectors.
    o.put("jitSeconds", round(jit / 1e3));
    o.put("gcPauseSeconds", round(gc / 1e3));
    return o;
  }

  /** The JIT compilers' accumulated time, or 0 when the JVM does not report it. */
  private static long jitMillis() {
    CompilationMXBean c = ManagementFactory.getCompilationMXBean();
    return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
  }

  /** The garbage collectors' accumulated collection time. */
  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, g.getCollectionTime());
    }
    return sum;
  }

  private static double mentionSpeed(ActorCatalog catalog) {
    String en = "On March 14, Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia would keep "
        + "supplying grain to Egypt under the existing contracts, while the Iranian foreign minister flew to Damascus "
        + "for talks and Egypt's Ministry of Interior blamed armed groups in Sinai for an attack on a checkpoint "
        + "near the border with Israel. ";
    StringBuilder b = new StringBuilder();
    while (b.toString().split("\\s+").length < 1000) {
      b.append(en);
    }
    String text = b.toString();
    int words = text.split("\\s+").length;
    for (int i = 0; i < 200; i++) {
      catalog.findMentions(text, Language.ENGLISH, Optional.of(LocalDate.of(2024, 12, 2)));
    }
    int reps = 200;
    long t0 = System.nanoTime();
    List<Mention> last = List.of();
    for (int i = 0; i < reps; i++) {
      last = catalog.findMentions(text, Language.ENGLISH, Optional.of(LocalDate.of(2024, 12, 2)));
    }
    double ms = (System.nanoTime() - t0) / 1e6 / reps;
    return last.isEmpty() ? -1 : ms * 1000.0 / words;
  }

  /** The batch comparator on {@code count} {@link SyntheticClaims}. */
  private ObjectNode comparator(int count) {
    SyntheticClaims synthetic = new SyntheticClaims(count);
    int holders = synthetic.holders();
    List<Claim> claims = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      claims.add(synthetic.claim(i, "s", SyntheticClaims.article(i)));
    }
    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    StanceReport r = StanceComparator.create().compare(claims);
    double secs = (System.nanoTime() - t0) / 1e9;
    ObjectNode o = JSON.createObjectNode();
    o.put("claims", count);
    o.put("holders", holders);
    o.put("seconds", round(secs));
    o.put("peakHeapMb", round(peakHeapMb()));
    o.put("conflicts", r.conflicts().size());
    o.put("timelines", r.timelines().size());
    return o;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /**
   * The sum of the heap pools' peak usages since the last reset. The pools peak at different moments (eden just
   * before a collection, the old generation after one), so this bounds the true peak from above and may exceed the
   * maximum heap; it is what the figures in the README were measured with.
   */
  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }

  private static double heapUsedMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}

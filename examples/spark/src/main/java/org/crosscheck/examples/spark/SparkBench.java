package org.crosscheck.examples.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.examples.cli.CrosscheckCli;
import org.crosscheck.examples.cli.InputFiles;
import org.crosscheck.examples.cli.SyntheticClaims;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scale figures of the Spark job in {@code local[2]} (or another master): the comparator on 10^6 and 10^7 synthetic
 * claims, the same claims as {@code crosscheck bench --claims} compares in one JVM ({@link SyntheticClaims}, ids
 * {@code s<i>}, article {@code i % 50,000}); and extraction of the samples copied N times, by the job and by
 * {@code crosscheck extract --threads 2} in this JVM. Each figure comes with the load average before and after it:
 * the machine is shared. Not a test: run it by hand (README, "Scale out").
 */
@Command(name = "crosscheck-spark-bench", mixinStandardHelpOptions = true,
    description = "Measures the Spark comparator on synthetic claims and the Spark extraction on copies of the "
        + "samples, next to the command line.")
public final class SparkBench implements Callable<Integer> {

  @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE})", defaultValue = "local[2]")
  String master;

  @Option(names = "--claims", split = ",", description = "comparator sizes (default: ${DEFAULT-VALUE})",
      defaultValue = "1000000,10000000")
  List<Integer> sizes;

  @Option(names = "--copies", description = "copies of the five samples to extract, 0 to skip (default: "
      + "${DEFAULT-VALUE})", defaultValue = "20")
  int copies;

  @Option(names = "--work", description = "scratch folder (default: a temporary folder, removed at the end)")
  Path work;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBench()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("crosscheck-spark-bench");
    SparkSession spark = SparkSession.builder().appName("crosscheck-bench").master(master)
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MiB, Java %s, Spark %s, master %s%n",
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
          System.getProperty("java.version"), spark.version(), master);
      if (copies > 0) {
        extraction(spark, dir.resolve("articles"));
      }
      for (int n : sizes) {
        comparator(spark, n, dir.resolve("claims-" + n));
      }
    } finally {
      spark.stop();
      if (work == null) {
        delete(dir);
      }
    }
    return 0;
  }

  /** The comparator on {@code n} synthetic claims: written as Parquet first, then compared from there. */
  private void comparator(SparkSession spark, int n, Path dir) {
    int partitions = Math.max(4 * spark.sparkContext().defaultParallelism(), n / 100_000);
    spark.conf().set("spark.sql.shuffle.partitions", partitions);
    String claimsPath = dir.resolve("claims.parquet").toString();
    long t0 = System.nanoTime();
    Dataset<Row> json = spark.range(0, n, 1, partitions).mapPartitions(new Synthetic(n), Encoders.STRING())
        .toDF("json");
    CrosscheckSpark.parse(json, Schemas.CLAIM).write().mode(SaveMode.Overwrite).parquet(claimsPath);
    double setup = (System.nanoTime() - t0) / 1e9;

    System.gc();
    double load = load();
    HeapSampler heap = HeapSampler.start();
    t0 = System.nanoTime();
    Comparison c = CrosscheckSpark.compare(spark.read().parquet(claimsPath));
    c.conflicts().write().mode(SaveMode.Overwrite).parquet(dir.resolve("conflicts.parquet").toString());
    c.agreements().write().mode(SaveMode.Overwrite).parquet(dir.resolve("agreements.parquet").toString());
    c.timelines().write().mode(SaveMode.Overwrite).parquet(dir.resolve("timelines.parquet").toString());
    double secs = (System.nanoTime() - t0) / 1e9;
    double peak = heap.stop();
    long conflicts = spark.read().parquet(dir.resolve("conflicts.parquet").toString()).count();
    long agreements = spark.read().parquet(dir.resolve("agreements.parquet").toString()).count();
    long timelines = spark.read().parquet(dir.resolve("timelines.parquet").toString()).count();
    System.out.printf(Locale.ROOT, "comparator: %,d claims (%d shuffle partitions) compared in %.1f s, peak heap "
        + "%.0f MiB (sampled); %,d conflicts, %,d agreements, %,d timelines; claims table written in %.1f s "
        + "first; load average %.1f before, %.1f after%n", n, partitions, secs, peak, conflicts, agreements,
        timelines, setup, load, load());
    c.unpersist();
    delete(dir);
  }

  /** The five samples {@code copies} times, extracted by the command line and by the job. */
  private void extraction(SparkSession spark, Path dir) throws IOException {
    List<InputFiles.Sample> samples = InputFiles.samples();
    for (int k = 0; k < copies; k++) {
      for (InputFiles.Sample s : samples) {
        Path f = dir.resolve("copy-" + k).resolve(s.name());
        Files.createDirectories(f.getParent());
        Files.writeString(f, s.text());
      }
    }
    int articles = copies * samples.size();
    // Models loaded and code warmed up before either is timed.
    CrosscheckCli.run(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), "extract",
        "--format", "jsonl", "--threads", "2", dir.resolve("copy-0").toString());

    double load = load();
    long t0 = System.nanoTime();
    CrosscheckCli.run(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), "extract",
        "--format", "jsonl", "--threads", "2", dir.toString());
    double cli = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "extraction, crosscheck extract --threads 2: %d articles in %.1f s, %.1f "
        + "articles/s; load average %.1f before, %.1f after%n", articles, cli, articles / cli, load, load());

    load = load();
    t0 = System.nanoTime();
    Extraction e = CrosscheckSpark.extract(CrosscheckSpark.files(spark, List.of(dir.toString())));
    long claims = e.claims().count();
    double job = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "extraction, Spark job in %s: %d articles (%,d claims) in %.1f s, %.1f "
        + "articles/s; load average %.1f before, %.1f after%n", master, e.articles().count(), claims, job,
        articles / job, load, load());
    e.unpersist();
  }

  /** Claims {@code [start, end)} of a run of {@code n}, as JSON; each partition builds its own generator. */
  private static final class Synthetic implements MapPartitionsFunction<Long, String> {
    private static final long serialVersionUID = 1L;
    private final int n;

    Synthetic(int n) {
      this.n = n;
    }

    @Override
    public Iterator<String> call(Iterator<Long> ids) {
      SyntheticClaims s = new SyntheticClaims(n);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return ids.hasNext();
        }

        @Override
        public String next() {
          int i = ids.next().intValue();
          return CrosscheckJson.toJson(s.claim(i, "s", SyntheticClaims.article(i)));
        }
      };
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /**
   * The most heap in use, sampled every 50 ms on a daemon thread: in local mode the driver and the executors share
   * this JVM, so this is all the job's heap. (Summing each pool's own peak, as {@code crosscheck bench} does for one
   * call, overstates a long run whose pools peak at different times.)
   */
  private static final class HeapSampler {
    private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean running = true;
    private final Thread thread = new Thread(() -> {
      while (running) {
        max.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");

    static HeapSampler start() {
      HeapSampler h = new HeapSampler();
      h.thread.setDaemon(true);
      h.thread.start();
      return h;
    }

    /** Stops sampling; the peak in MiB. */
    double stop() {
      running = false;
      thread.interrupt();
      return max.get() / (1024.0 * 1024.0);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

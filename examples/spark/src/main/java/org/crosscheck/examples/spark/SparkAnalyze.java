package org.crosscheck.examples.spark;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: {@code crosscheck analyze} over articles on a cluster (or in {@code local[2]}), results as Parquet
 * and as the {@code analyze} JSON document. With no paths and no table, it reads the five bundled samples. Under
 * {@code spark-submit} the master comes from spark-submit; run directly, it is {@code --master} or
 * {@code local[2]}. Exit codes as the command line's: 0, 1 when some articles could not be read, 3 when none
 * could.
 */
@Command(name = "crosscheck-spark", mixinStandardHelpOptions = true,
    description = "Extracts and compares articles on Spark: claims, conflicts, agreements and timelines as Parquet "
        + "and as analysis.json (the document of crosscheck analyze --format json).")
public final class SparkAnalyze implements Callable<Integer> {

  @Option(names = "--master", description = "Spark master when not run by spark-submit (default: local[2])")
  String master;

  @Option(names = "--out", paramLabel = "DIR", description = "where the results go, on any Hadoop file system "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "crosscheck-spark-out")
  String out;

  @Option(names = "--table", paramLabel = "PARQUET", description = "read articles from this Parquet table "
      + "(columns id, source, and text, html or path) instead of files")
  String table;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "article files or folders (any Hadoop file "
      + "system); none: the bundled samples")
  List<String> paths;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkAnalyze()).execute(args));
  }

  @Override
  public Integer call() {
    SparkSession.Builder builder = SparkSession.builder().appName("crosscheck");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[2]");
    }
    SparkSession spark = builder.getOrCreate();
    if (spark.sparkContext().isLocal() && !spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
      // Spark's default of 200 shuffle partitions is sized for clusters: on a few local cores each of them costs
      // a task in every group-by and sort.
      spark.conf().set("spark.sql.shuffle.partitions", 4L * spark.sparkContext().defaultParallelism());
    }
    try {
      long t0 = System.nanoTime();
      Dataset<Row> articles;
      if (table != null) {
        articles = spark.read().parquet(table);
      } else if (paths == null || paths.isEmpty()) {
        articles = CrosscheckSpark.samples(spark);
      } else {
        ArticleFiles.Listing listing = ArticleFiles.list(paths, spark.sparkContext().hadoopConfiguration());
        listing.skipped().forEach(s -> System.err.println("crosscheck-spark: skipped " + s));
        listing.notes().forEach(n -> System.err.println("crosscheck-spark: " + n));
        articles = CrosscheckSpark.table(spark, listing.files());
      }
      Extraction extraction = CrosscheckSpark.extract(articles);
      Comparison comparison = CrosscheckSpark.compare(extraction.claims());
      CrosscheckSpark.Written w = CrosscheckSpark.write(extraction, comparison, out);
      extraction.failures().collectAsList().stream().limit(20).forEach(f -> System.err.println(
          "crosscheck-spark: skipped " + f.getString(0) + ": " + f.getString(2)));
      System.out.printf(Locale.ROOT, "crosscheck-spark: %d articles (%d failed), %d claims, %d conflicts, "
          + "%d agreements in %.1f s on %s%n", w.articles(), w.failures(), w.claims(), w.conflicts(),
          w.agreements(), (System.nanoTime() - t0) / 1e9, spark.sparkContext().master());
      System.out.println("crosscheck-spark: results in " + w.dir() + ": analysis.json, articles.parquet, "
          + "claims.parquet, conflicts.parquet, agreements.parquet, timelines.parquet, failures.parquet");
      extraction.unpersist();
      comparison.unpersist();
      return w.articles() == 0 ? 3 : w.failures() > 0 ? 1 : 0;
    } finally {
      spark.stop();
    }
  }
}

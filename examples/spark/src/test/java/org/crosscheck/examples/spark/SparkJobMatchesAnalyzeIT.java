package org.crosscheck.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.crosscheck.examples.cli.CrosscheckCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} gives the answer of one machine: on the same articles, its claims, conflicts,
 * agreements and timelines (ids included) and its article list equal those of {@code crosscheck analyze --format
 * json}, run in this JVM through the command line's own entry point.
 */
class SparkJobMatchesAnalyzeIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void samplesGiveAnalyzesClaimsAndConflictsWithTheSameIds() throws IOException {
    Run cli = cli("analyze", "--format", "json", "--threads", "2");
    SparkSession spark = LocalSpark.session();
    Run job = job(CrosscheckSpark.samples(spark));

    same(job, cli);
    // The samples' one dispute: Russia and the Assad government, four conflicts.
    assertThat(cli.report.conflicts()).hasSize(4);
    assertThat(job.report.conflicts()).extracting(StanceConflict::id)
        .containsExactlyElementsOf(cli.report.conflicts().stream().map(StanceConflict::id).toList());
  }

  @Test
  void generatedVariantsGiveAnalyzesReportAndFailTheSameFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles"));
    int written = Variants.write(dir, 50);
    Run cli = cli("analyze", "--format", "json", "--threads", "2", dir.toString());
    SparkSession spark = LocalSpark.session();
    Run job = job(CrosscheckSpark.files(spark, List.of(dir.toString())));

    same(job, cli);
    assertThat(cli.articles).hasSize(written);
    assertThat(job.failures).containsExactlyInAnyOrder("broken/binary.txt", "broken/empty.txt");
    assertThat(cli.err).contains("skipped " + dir.resolve("broken/binary.txt"), "skipped "
        + dir.resolve("broken/empty.txt"));
    // Enough happens in the variants for the equality to mean something (about five claims an article; fewer since
    // stances toward no one are left out of articles).
    assertThat(cli.report.claims()).hasSizeGreaterThan(4 * written);
    assertThat(cli.report.conflicts()).hasSizeGreaterThan(100);
    assertThat(cli.report.agreements()).hasSizeGreaterThan(100);
    System.out.printf(Locale.ROOT, "variants: %d articles, %d claims, %d conflicts, %d agreements, %d timelines: "
        + "equal in local[2] and in analyze%n", job.articles.size(), job.report.claims().size(),
        job.report.conflicts().size(), job.report.agreements().size(), job.report.timelines().size());
  }

  @Test
  void aTableOfPagesGivesWhatAnalyzeGivesForThePagesAsFiles() throws IOException {
    Path generated = Files.createDirectories(tmp.resolve("generated"));
    Variants.write(generated, 10);
    Path dir = Files.createDirectories(tmp.resolve("pages"));
    List<Path> pages = new ArrayList<>();
    try (var files = Files.walk(generated)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        Path copy = dir.resolve(generated.relativize(p).toString());
        Files.createDirectories(copy.getParent());
        pages.add(Files.copy(p, copy));
      }
    }
    assertThat(pages).hasSizeGreaterThan(1);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Path p = pages.get(i);
      rows.add(RowFactory.create(dir.relativize(p).toString(), p.getFileName().toString(), Files.readString(p),
          (long) i));
    }
    StructType schema = new StructType().add("id", DataTypes.StringType).add("source", DataTypes.StringType)
        .add("html", DataTypes.StringType).add("ordinal", DataTypes.LongType);
    SparkSession spark = LocalSpark.session();
    Path table = tmp.resolve("pages.parquet");
    spark.createDataFrame(rows, schema).write().parquet(table.toString());

    Run cli = cli("analyze", "--format", "json", dir.toString());
    Run job = job(spark.read().parquet(table.toString()));

    same(job, cli);
    assertThat(job.articles).hasSize(pages.size());
  }

  /** What one side answered. */
  private record Run(List<JsonNode> articles, StanceReport report, List<String> failures, String err) {}

  private static Run cli(String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    int code = CrosscheckCli.run(new PrintWriter(out), new PrintWriter(err), args);
    System.out.printf(Locale.ROOT, "analyze: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    assertThat(code).as(err.toString()).isIn(0, 1);
    return new Run(articles(out.toString()), CrosscheckJson.readReport(out.toString()), List.of(), err.toString());
  }

  private Run job(Dataset<Row> articles) throws IOException {
    Path out = tmp.resolve("spark-out");
    long t0 = System.nanoTime();
    Extraction extraction = CrosscheckSpark.extract(articles);
    long n = extraction.articles().count();
    long t1 = System.nanoTime();
    Comparison comparison = CrosscheckSpark.compare(extraction.claims());
    long t2 = System.nanoTime();
    CrosscheckSpark.Written w = CrosscheckSpark.write(extraction, comparison, out.toString());
    System.out.printf(Locale.ROOT, "spark: %d articles extracted in %.1f s, ids checked in %.1f s, written in %.1f s%n",
        n, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
    String doc = Files.readString(out.resolve("analysis.json"));
    List<String> failures = extraction.failures().collectAsList().stream().map(r -> r.getString(0)).toList();
    StanceReport report = CrosscheckJson.readReport(doc);
    // The Parquet files hold what the document holds.
    SparkSession spark = articles.sparkSession();
    assertThat(ids(spark.read().parquet(out.resolve("claims.parquet").toString())))
        .isEqualTo(ids(report.claims(), c -> c.id()));
    assertThat(ids(spark.read().parquet(out.resolve("conflicts.parquet").toString())))
        .isEqualTo(ids(report.conflicts(), StanceConflict::id));
    assertThat(ids(spark.read().parquet(out.resolve("agreements.parquet").toString())))
        .isEqualTo(ids(report.agreements(), StanceConflict::id));
    assertThat(spark.read().parquet(out.resolve("timelines.parquet").toString()).count())
        .isEqualTo(report.timelines().size());
    assertThat(w.failures()).isEqualTo(failures.size());
    extraction.unpersist();
    comparison.unpersist();
    return new Run(articles(doc), report, failures, "");
  }

  /** Each part on its own, so that a difference is reported where it is rather than as two whole reports. */
  private static void same(Run job, Run cli) {
    assertThat(job.articles).isEqualTo(cli.articles);
    assertThat(job.report.claims()).containsExactlyElementsOf(cli.report.claims());
    assertThat(job.report.conflicts()).containsExactlyElementsOf(cli.report.conflicts());
    assertThat(job.report.agreements()).containsExactlyElementsOf(cli.report.agreements());
    assertThat(job.report.timelines()).containsExactlyElementsOf(cli.report.timelines());
    assertThat(job.report).isEqualTo(cli.report);
  }

  private static List<JsonNode> articles(String doc) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    JSON.readTree(doc).get("articles").forEach(out::add);
    return out;
  }

  private static Set<String> ids(Dataset<Row> rows) {
    Set<String> s = new TreeSet<>();
    rows.select("id").collectAsList().forEach(r -> s.add(r.getString(0)));
    return s;
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> s = new TreeSet<>();
    items.forEach(i -> s.add(id.apply(i)));
    return s;
  }
}

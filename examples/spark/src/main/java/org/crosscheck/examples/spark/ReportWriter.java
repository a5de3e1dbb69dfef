package org.crosscheck.examples.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.crosscheck.ConflictKind;
import org.crosscheck.CrosscheckJson;

/**
 * Writes an extraction and its comparison as Parquet and as the {@code analyze} JSON document, in the document's
 * order: articles in input order, claims by id, conflicts and agreements strongest first (the comparator's rank:
 * opposite stances first, then score, kind, holder, target, the first two claims, id), timelines by holder and
 * target. Spark orders text by its UTF-8 bytes, Java by UTF-16 units: the two differ only between characters
 * above U+FFFF and those from U+E000 to U+FFFF, which no id the library makes holds. Stateless.
 */
final class ReportWriter {

  private ReportWriter() {}

  static CrosscheckSpark.Written write(Extraction extraction, Comparison comparison, String dir) {
    Path root = new Path(dir);
    Dataset<Row> articles = extraction.ordered();
    Dataset<Row> claims = comparison.claims();
    Dataset<Row> conflicts = comparison.conflicts();
    Dataset<Row> agreements = comparison.agreements();
    Dataset<Row> timelines = comparison.timelines();
    parquet(articles.drop("ordinal"), root, "articles");
    parquet(claims, root, "claims");
    parquet(conflicts, root, "conflicts");
    parquet(agreements, root, "agreements");
    parquet(timelines, root, "timelines");
    parquet(extraction.failures(), root, "failures");

    Configuration conf = articles.sparkSession().sparkContext().hadoopConfiguration();
    Path target = new Path(root, "analysis.json");
    Path parts = new Path(root, ".analysis.json.parts");
    Path partial = new Path(root, ".analysis.json.partial");
    long[] counts = new long[5];
    try {
      FileSystem fs = root.getFileSystem(conf);
      // Each section is sorted and written as text by the executors, one file per partition in order; the driver
      // then only copies bytes, however large the report.
      sorted(articles.drop("ordinal"), new Path(parts, "articles"));
      sorted(claims.orderBy("id"), new Path(parts, "claims"));
      sorted(rank(conflicts), new Path(parts, "conflicts"));
      sorted(rank(agreements), new Path(parts, "agreements"));
      sorted(timelines.orderBy(col("holder.id"), col("target.id")), new Path(parts, "timelines"));
      try (Writer w = new BufferedWriter(new OutputStreamWriter(fs.create(partial, true), StandardCharsets.UTF_8),
          1 << 16)) {
        w.write("{\"schemaVersion\":" + CrosscheckJson.SCHEMA_VERSION);
        List<String> sections = List.of("articles", "claims", "conflicts", "agreements", "timelines");
        for (int i = 0; i < sections.size(); i++) {
          w.write(",\n\"" + sections.get(i) + "\":[");
          counts[i] = copy(fs, new Path(parts, sections.get(i)), w);
          w.write("]");
        }
        w.write("}\n");
      }
      fs.delete(parts, true);
      // A reader never sees half a document: it appears once complete.
      if (fs.exists(target) && !fs.delete(target, false)) {
        throw new IOException("cannot replace " + target);
      }
      if (!fs.rename(partial, target)) {
        throw new IOException("cannot move " + partial + " to " + target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + target + ": " + e.getMessage(), e);
    }
    long failures = extraction.failures().count();
    return new CrosscheckSpark.Written(dir, counts[0], failures, counts[1], counts[2], counts[3]);
  }

  private static void parquet(Dataset<Row> rows, Path root, String name) {
    rows.write().mode(SaveMode.Overwrite).parquet(new Path(root, name + ".parquet").toString());
  }

  /**
   * Writes sorted rows as JSON text, one line per row and one file per partition, the files' names in the order of
   * their partitions (a range partitioning's order, also when adaptive execution merges neighbouring partitions).
   */
  private static void sorted(Dataset<Row> rows, Path dir) {
    rows.select(CrosscheckSpark.json(rows, rows.schema()).as("json")).write().mode(SaveMode.Overwrite)
        .text(dir.toString());
  }

  /**
   * Appends the lines of the part files in {@code dir}, in partition order, as elements of a JSON array; returns
   * their count. The library's JSON holds no raw line break (to_json escapes them), so one line is one element.
   */
  private static long copy(FileSystem fs, Path dir, Writer w) throws IOException {
    List<Path> files = new ArrayList<>();
    for (FileStatus st : fs.listStatus(dir)) {
      if (st.getPath().getName().startsWith("part-")) {
        files.add(st.getPath());
      }
    }
    files.sort(Comparator.comparing(Path::getName));
    long n = 0;
    for (Path f : files) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(f), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          w.write(n == 0 ? "\n" : ",\n");
          w.write(line);
          n++;
        }
      }
    }
    return n;
  }

  /** The comparator's rank order ({@code Reports.RANK} in core), from the contract's columns. */
  static Dataset<Row> rank(Dataset<Row> conflicts) {
    Column kinds = array(Arrays.stream(ConflictKind.values()).map(k -> lit(k.name())).toArray(Column[]::new));
    return conflicts.orderBy(not(array_contains(col("reasons"), "OPPOSITE_STANCE")), col("score").desc(),
        array_position(kinds, col("kind")), col("holder.id"), col("target.id"), col("claims").getItem(0),
        col("claims").getItem(1), col("id"));
  }
}

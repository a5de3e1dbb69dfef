package org.crosscheck.examples.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.examples.cli.InputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crosscheck on Apache Spark: extraction and comparison for archives one machine cannot hold, with the answer of
 * one machine. On the same articles, {@link #extract} gives the claims {@code crosscheck analyze} gives (ids
 * included) and {@link #compare} its conflicts, agreements and timelines; {@link #write} stores them as Parquet and
 * as the {@code analyze} JSON document, which {@code CrosscheckJson.readReport} reads.
 *
 * <pre>{@code
 * Dataset<Row> articles = CrosscheckSpark.files(spark, List.of("hdfs:///news/2024"));  // or a table
 * Extraction extraction = CrosscheckSpark.extract(articles);
 * Comparison comparison = CrosscheckSpark.compare(extraction.claims());
 * CrosscheckSpark.write(extraction, comparison, "hdfs:///crosscheck/2024");
 * }</pre>
 *
 * <p><b>Articles</b> are a table with a string column {@code id} (unique), optionally {@code source} (the file name
 * or URI; default the id) and {@code ordinal} (a long giving the order of the report's article list; default by
 * id), and one of: {@code text} (scraped text, or an HTML document, which is recognised), {@code html} (a page) or
 * {@code path} (a URI on any Hadoop file system, read by the executors). {@link #files} and {@link #samples} make
 * such tables.
 *
 * <p><b>Columns</b> are the JSON contract's fields with the contract's names, nested objects as structs and
 * unknown values null: an article has {@code id, source, title, outlet, published, publishedTime, language,
 * paragraphs, warnings}; a claim {@code id, article, language, actor, speaker, target, stance, cue, negated,
 * modality, attribution, evidence, date, dateSource, dateText, monthDay, confidence, event}; a conflict or
 * agreement {@code id, kind, holder, target, claims, corroborations, score, reasons, explanation, kinds}; a
 * timeline {@code holder, target, entries}. Dates are {@code DATE} columns, enum values their names.
 *
 * <p><b>How it runs.</b> Each executor JVM builds one parser, one extractor (one CoreNLP pipeline per language) and
 * one comparator on first use and shares them across its tasks; functions shipped to executors hold no engine.
 * Claims meet their (holder, target) group, {@code StanceComparator.groupKey}, on one executor, where the
 * comparator compares the group alone: the comparator guarantees that the groups' reports together are the report
 * of all claims. The engines have {@code analyze}'s default settings (catalog, levels, window, 2 MiB article
 * limit). A group's claims are held in one task's memory. Article text must fit the executors' heap: about 1 GiB
 * per MiB of one article's text. Models reach executors on their class path (see the README's "Scale out").
 *
 * <p>Stateless and thread-safe; what it returns is as thread-safe as Spark's datasets.
 */
public final class CrosscheckSpark {

  private static final Logger LOG = LoggerFactory.getLogger(CrosscheckSpark.class);

  private static final Map<String, String> FAIL_FAST = Map.of("mode", "FAILFAST");
  private static final Map<String, String> WITH_NULLS = Map.of("ignoreNullFields", "false");
  private static final List<String> FORMS = List.of("text", "html", "path");

  private CrosscheckSpark() {}

  /**
   * The article files under {@code paths} (files or folders, on any Hadoop file system) as an articles table
   * ({@code id, source, path, ordinal}), with the ids and in the order {@code crosscheck analyze} gives them (see
   * {@code ArticleFiles}). Listing runs on the driver. Paths that cannot be read are logged and left out.
   *
   * @throws IllegalArgumentException if {@code paths} is empty
   */
  public static Dataset<Row> files(SparkSession spark, List<String> paths) {
    requireNonNull(spark, "spark");
    requireNonNull(paths, "paths");
    checkArgument(!paths.isEmpty(), "paths must not be empty");
    ArticleFiles.Listing listing = ArticleFiles.list(paths, spark.sparkContext().hadoopConfiguration());
    listing.skipped().forEach(s -> LOG.warn("skipped {}", s));
    listing.notes().forEach(n -> LOG.info("{}", n));
    return table(spark, listing.files());
  }

  static Dataset<Row> table(SparkSession spark, List<ArticleFiles.File> files) {
    List<Row> rows = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      ArticleFiles.File f = files.get(i);
      rows.add(RowFactory.create(f.id(), f.source(), f.uri(), (long) i));
    }
    StructType schema = new StructType().add("id", DataTypes.StringType, false)
        .add("source", DataTypes.StringType, false).add("path", DataTypes.StringType, false)
        .add("ordinal", DataTypes.LongType, false);
    // Some articles take far longer than others: a few tasks per core keep the cores busy to the end.
    int slices = Math.max(1, Math.min(rows.size(), spark.sparkContext().defaultParallelism() * 4));
    return spark.createDataFrame(rows, schema).repartition(slices);
  }

  /** The five bundled sample articles as an articles table ({@code id, source, text, ordinal}). */
  public static Dataset<Row> samples(SparkSession spark) {
    requireNonNull(spark, "spark");
    List<Row> rows = new ArrayList<>();
    List<InputFiles.Sample> samples = InputFiles.samples();
    for (int i = 0; i < samples.size(); i++) {
      InputFiles.Sample s = samples.get(i);
      rows.add(RowFactory.create(s.id(), s.name(), s.text(), (long) i));
    }
    StructType schema = new StructType().add("id", DataTypes.StringType, false)
        .add("source", DataTypes.StringType, false).add("text", DataTypes.StringType, false)
        .add("ordinal", DataTypes.LongType, false);
    return spark.createDataFrame(rows, schema);
  }

  /**
   * Parses and extracts every article, on the executors. Lazy: the work runs with the first action on a view of
   * the result, once. An article that cannot be read, parsed or extracted is a row of
   * {@link Extraction#failures()}, as {@code analyze} skips it with a message.
   *
   * @throws IllegalArgumentException if the table has no {@code id} column, or not exactly one of {@code text},
   *     {@code html}, {@code path}
   */
  public static Extraction extract(Dataset<Row> articles) {
    requireNonNull(articles, "articles");
    Set<String> columns = columns(articles);
    checkArgument(columns.contains("id"), "articles needs an id column, has %s", columns);
    List<String> forms = FORMS.stream().filter(columns::contains).toList();
    checkArgument(forms.size() == 1, "articles needs exactly one of the columns text, html and path, has %s",
        columns);
    String form = forms.get(0);
    Dataset<Row> input = articles.select(col("id").cast("string"),
        (columns.contains("source") ? col("source").cast("string") : col("id").cast("string")).as("source"),
        (columns.contains("ordinal") ? col("ordinal").cast("long") : lit(null).cast("long")).as("ordinal"),
        lit(form).as("form"), col(form).cast("string").as("body"));
    Broadcast<SerializableWritable<Configuration>> hadoop = null;
    if (form.equals("path")) {
      SparkSession spark = articles.sparkSession();
      hadoop = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .broadcast(new SerializableWritable<>(spark.sparkContext().hadoopConfiguration()));
    }
    Dataset<Row> extracted = input.flatMap(new ExtractArticle(hadoop), Encoders.row(Schemas.EXTRACTED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new Extraction(extracted);
  }

  /**
   * Compares claims (the contract's columns, as {@link Extraction#claims()} gives them or as read back from its
   * Parquet files): claims are keyed by their (holder, target) group and each group is compared on one executor.
   * A claim given twice counts once. Checks the ids at once (one Spark job); the comparison itself is lazy.
   *
   * @throws IllegalArgumentException if a contract column is missing, or two different claims share an id (give
   *     every article a unique id), as {@code StanceComparator.compare} refuses them
   */
  public static Comparison compare(Dataset<Row> claims) {
    requireNonNull(claims, "claims");
    Set<String> columns = columns(claims);
    List<String> missing = Schemas.names(Schemas.CLAIM).stream()
        .filter(c -> !columns.contains(c.toLowerCase(Locale.ROOT))).toList();
    checkArgument(missing.isEmpty(), "claims lacks the columns %s", missing);
    Dataset<Row> byId = claims.select(col("id"), json(claims, Schemas.CLAIM).as("json"))
        .groupBy("id").agg(min("json").as("json"), max("json").as("other"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> clash = byId.filter(col("json").notEqual(col("other"))).limit(1).collectAsList();
    if (!clash.isEmpty()) {
      byId.unpersist();
      throw new IllegalArgumentException("two different claims share the id '" + clash.get(0).getString(0)
          + "': claim ids must be unique, so give every article a unique id");
    }
    Dataset<Row> distinct = byId.select("id", "json");
    StructType keyed = new StructType().add("key", DataTypes.StringType, false)
        .add("json", DataTypes.StringType, false);
    Dataset<Row> compared = distinct.map(new CompareGroup.KeyClaim(), Encoders.row(keyed))
        .filter(col("key").notEqual(""))
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups(new CompareGroup(), Encoders.row(Schemas.COMPARED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new Comparison(distinct, compared);
  }

  /**
   * Writes the results under {@code dir} (any Hadoop file system), replacing what an earlier run wrote there:
   * {@code articles.parquet}, {@code claims.parquet}, {@code conflicts.parquet}, {@code agreements.parquet},
   * {@code timelines.parquet}, {@code failures.parquet}, and {@code analysis.json}, the document
   * {@code crosscheck analyze --format json} writes for the same articles, in its order (streamed through the
   * driver one partition at a time, and moved into place once complete).
   *
   * @return what was written
   */
  public static Written write(Extraction extraction, Comparison comparison, String dir) {
    requireNonNull(extraction, "extraction");
    requireNonNull(comparison, "comparison");
    requireNonNull(dir, "dir");
    return ReportWriter.write(extraction, comparison, dir);
  }

  /**
   * What {@link #write} wrote.
   *
   * @param dir the folder
   * @param articles articles read
   * @param failures articles that could not be read
   * @param claims claims
   * @param conflicts conflicts
   * @param agreements agreements
   */
  public record Written(String dir, long articles, long failures, long claims, long conflicts, long agreements) {}

  /** The contract's columns of a dataset, as JSON text (null fields written as null, as the library does). */
  static Column json(Dataset<Row> ds, StructType schema) {
    return to_json(struct(Arrays.stream(schema.fieldNames()).map(ds::col).toArray(Column[]::new)), WITH_NULLS);
  }

  /** A {@code json} column read into the schema's columns, failing on a row that does not fit. */
  static Dataset<Row> parse(Dataset<Row> ds, StructType schema, String... keep) {
    List<Column> cols = new ArrayList<>();
    cols.add(from_json(col("json"), schema, FAIL_FAST).as("parsed"));
    Arrays.stream(keep).forEach(k -> cols.add(col(k)));
    List<Column> out = new ArrayList<>();
    out.add(col("parsed.*"));
    Arrays.stream(keep).forEach(k -> out.add(col(k)));
    return ds.select(cols.toArray(Column[]::new)).select(out.toArray(Column[]::new));
  }

  private static Set<String> columns(Dataset<Row> ds) {
    Set<String> s = new TreeSet<>();
    Arrays.stream(ds.columns()).forEach(c -> s.add(c.toLowerCase(Locale.ROOT)));
    return s;
  }
}

package org.crosscheck.examples.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.crosscheck.Article;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Claim;
import org.crosscheck.CrosscheckException;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.ExtractionResult;

/**
 * Parses and extracts one article of an {@link Schemas#INPUT} row on an executor, with that JVM's engines
 * ({@link Engines}): an {@code article} row and one {@code claim} row per claim, or one {@code failure} row with the
 * reason, as {@code crosscheck analyze} reports and skips the article. The function holds only the Hadoop
 * configuration (broadcast, for reading files); it is serialisable and thread-safe.
 */
final class ExtractArticle implements FlatMapFunction<Row, Row> {

  @Serial
  private static final long serialVersionUID = 1L;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The Hadoop configuration, to open {@code path} inputs on any file system; null when no input is a path. */
  private final Broadcast<SerializableWritable<Configuration>> hadoop;

  ExtractArticle(Broadcast<SerializableWritable<Configuration>> hadoop) {
    this.hadoop = hadoop;
  }

  @Override
  public Iterator<Row> call(Row in) {
    String id = in.getString(0);
    String source = in.getString(1);
    Long ordinal = in.isNullAt(2) ? null : in.getLong(2);
    List<Row> out = new ArrayList<>();
    try {
      Article article = parse(id, source, in.getString(3), in.isNullAt(4) ? null : in.getString(4));
      ExtractionResult r = Engines.extractor().extract(article);
      out.add(RowFactory.create("article", ordinal, id, source, summary(ArticleSummary.of(article))));
      for (Claim c : r.claims()) {
        out.add(RowFactory.create("claim", ordinal, id, source, CrosscheckJson.toJson(c)));
      }
      return out.iterator();
    } catch (CrosscheckException | UncheckedIOException | IllegalArgumentException e) {
      return failure(ordinal, id, source, String.valueOf(e.getMessage()));
    } catch (IOException e) {
      return failure(ordinal, id, source, "cannot read it: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      return failure(ordinal, id, source, "ran out of heap; give the executors more memory "
          + "(spark.executor.memory), about 1 GiB per MiB of article text");
    } catch (RuntimeException e) {
      return failure(ordinal, id, source, "unexpected " + e);
    }
  }

  private Article parse(String id, String source, String form, String body) throws IOException {
    if (body == null) {
      throw new IllegalArgumentException("the article has no " + form);
    }
    return switch (form) {
      case "text" -> Engines.parser().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), id,
          source);
      case "html" -> Engines.parser().parseHtml(body, source).withId(id);
      case "path" -> {
        // The parser reads no further than its size limit allows, as it does for a file.
        Path path = new Path(URI.create(body));
        try (InputStream stream = path.getFileSystem(hadoop.value().value()).open(path)) {
          yield Engines.parser().parse(stream, id, source);
        }
      }
      default -> throw new IllegalStateException("unknown input form " + form);
    };
  }

  private static Iterator<Row> failure(Long ordinal, String id, String source, String reason) {
    return List.of(RowFactory.create("failure", ordinal, id, source, reason)).iterator();
  }

  /** The article as the JSON contract lists it, through the public writer. */
  private static String summary(ArticleSummary a) {
    try {
      return JSON.readTree(CrosscheckJson.extraction(List.of(a), List.of(), false)).get("articles").get(0)
          .toString();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the library wrote invalid JSON", e);
    }
  }
}

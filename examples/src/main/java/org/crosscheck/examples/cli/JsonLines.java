package org.crosscheck.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Claim;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.StanceReport;

/**
 * {@code --format jsonl}: one JSON object per line, each with a {@code "type"} ({@code article}, {@code claim},
 * {@code conflict}, {@code agreement}, {@code timeline}) and then exactly the fields the {@code json} format gives
 * the same object, so that a pipeline can stream what a batch produces. Stateless and thread-safe.
 */
final class JsonLines {

  private JsonLines() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** An article's line and its claims' lines. */
  static void extraction(PrintWriter w, ArticleSummary article, List<Claim> claims) {
    JsonNode doc = read(CrosscheckJson.extraction(List.of(article), claims, false));
    write(w, "article", doc.get("articles"));
    write(w, "claim", doc.get("claims"));
  }

  /** The lines of a comparison: conflicts, agreements, timelines. */
  static void comparison(PrintWriter w, StanceReport report) {
    JsonNode doc = read(CrosscheckJson.analysis(List.of(), report, false));
    write(w, "conflict", doc.get("conflicts"));
    write(w, "agreement", doc.get("agreements"));
    write(w, "timeline", doc.get("timelines"));
  }

  private static void write(PrintWriter w, String type, JsonNode items) {
    for (JsonNode item : items) {
      ObjectNode line = MAPPER.createObjectNode();
      line.put("type", type);
      line.setAll((ObjectNode) item);
      try {
        w.println(MAPPER.writeValueAsString(line));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

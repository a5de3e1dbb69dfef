package org.crosscheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: verbs, JSON field names, exit codes, the HTML report and batches. */
class CrosscheckCliIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CrosscheckCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static JsonNode json(Run r) throws IOException {
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  private Path samplesDir(int copies) throws IOException {
    Path d = Files.createDirectories(dir.resolve("batch"));
    for (Inputs.Input in : Inputs.samples()) {
      for (int i = 0; i < copies; i++) {
        Files.writeString(d.resolve("copy" + i + "_" + in.name()), in.readResource(), StandardCharsets.UTF_8);
      }
    }
    return d;
  }

  @Test
  void parsePrintsTheContractFields() throws IOException {
    JsonNode doc = json(run("parse", "--format", "json", "--with-text"));
    assertThat(doc.get("articles")).hasSize(5);
    for (JsonNode a : doc.get("articles")) {
      assertThat(a.has("id") && a.has("source") && a.has("title") && a.has("outlet") && a.has("published")
          && a.has("language") && a.has("text")).isTrue();
      assertThat(a.get("paragraphs").isInt()).isTrue();
    }
    assertThat(doc.get("articles").get(3).get("published").asText()).isEqualTo("2024-12-06");
    assertThat(doc.get("articles").get(0).get("outlet").isNull()).isTrue();
    Run text = run("parse");
    assertThat(text.out()).contains("003_308198e8ac050b6b", "بغداد اليوم", "2024-12-06");
  }

  @Test
  void actorsPrintsMentionsWithChains() throws IOException {
    JsonNode doc = json(run("actors", "--lang", "ar", "--date", "2024-12-05", "--format", "json",
        "قال المتحدث باسم الكرملين دميتري بيسكوف"));
    JsonNode m = doc.get("mentions").get(0);
    assertThat(m.get("actor").get("id").asText()).isEqualTo("dmitry-peskov");
    assertThat(m.get("actor").get("nameAr").asText()).isEqualTo("دميتري بيسكوف");
    assertThat(m.get("actor").has("kind") && m.get("actor").has("cameo") && m.has("start") && m.has("end")).isTrue();
    assertThat(m.get("chain").toString()).isEqualTo("[\"dmitry-peskov\",\"kremlin-spokesman\",\"RUSGOV\",\"RUS\"]");
    assertThat(run("actors", "--lang", "xx", "Moscow").exit()).isEqualTo(2);
  }

  @Test
  void extractPrintsClaimsWithTheContractFields() throws IOException {
    Path f = samplesDir(1).resolve("copy0_003_308198e8ac050b6b.txt");
    JsonNode doc = json(run("extract", "--format", "json", f.toString()));
    assertThat(doc.get("articles")).hasSize(1);
    assertThat(doc.get("claims")).isNotEmpty();
    for (JsonNode c : doc.get("claims")) {
      for (String field : List.of("id", "article", "actor", "speaker", "target", "stance", "cue", "negated",
          "modality", "attribution", "evidence", "date", "dateSource", "confidence")) {
        assertThat(c.has(field)).as(field).isTrue();
      }
      assertThat(c.get("actor").has("mention")).isTrue();
      assertThat(c.get("attribution").has("chain") && c.get("attribution").has("anonymous")
          && c.get("attribution").has("direct")).isTrue();
      assertThat(c.get("evidence").has("start") && c.get("evidence").has("end")).isTrue();
    }
  }

  @Test
  void analyzeWritesTheReportAsJson() throws IOException {
    JsonNode doc = json(run("analyze", "--format", "json"));
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.get("articles")).hasSize(5);
    assertThat(doc.get("conflicts")).isNotEmpty();
    JsonNode c = doc.get("conflicts").get(0);
    for (String field : List.of("id", "kind", "holder", "target", "claims", "score", "explanation")) {
      assertThat(c.has(field)).as(field).isTrue();
    }
    assertThat(c.get("holder").get("id").asText()).isEqualTo("RUS");
    assertThat(doc.has("agreements") && doc.has("timelines")).isTrue();
  }

  @Test
  void analyzeWritesASelfContainedHtmlReport() throws IOException {
    Path html = dir.resolve("report.html");
    Run r = run("analyze", "--format", "html", "--output", html.toString());
    assertThat(r.exit()).isZero();
    Document doc = Jsoup.parse(html.toFile(), "UTF-8");
    JsonNode json = json(run("analyze", "--format", "json"));
    assertThat(doc.select("#conflicts article.conflict")).hasSize(json.get("conflicts").size());
    assertThat(doc.select("#agreements article.conflict")).hasSize(json.get("agreements").size());
    for (JsonNode c : json.get("conflicts")) {
      Element card = doc.getElementById(c.get("id").asText());
      assertThat(card).as(c.get("id").asText()).isNotNull();
      for (JsonNode id : c.get("claims")) {
        assertThat(card.select("div.claim[data-claim=" + id.asText() + "]")).hasSize(1);
      }
    }
    assertThat(doc.select("div.claim blockquote[lang=ar]")).isNotEmpty()
        .allSatisfy(b -> assertThat(b.attr("dir")).isEqualTo("rtl"));
    Element russia = doc.selectFirst("section.dispute[data-holder=RUS]");
    assertThat(russia).isNotNull();
    assertThat(russia.select("article.conflict")).isNotEmpty();
    assertThat(russia.select("div.timeline svg")).isNotEmpty();
    assertThat(russia.select("line.conflict-link")).isNotEmpty();
    HtmlReportTest.assertSelfContained(doc);
  }

  @Test
  void runsABatchInParallelSkippingBrokenFilesWithTheSameConflictsAsOneThread() throws IOException {
    Path d = samplesDir(39);
    Files.writeString(d.resolve("empty.txt"), "");
    Files.write(d.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
    Files.write(d.resolve("latin1.txt"), "Caf\u00e9 na\u00efve Syrie".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(d.resolve("furniture.txt"), "Dark Mode\nLogo\nWhatsApp\n");
    Files.writeString(d.resolve("french.txt"), "La Russie soutient Assad\nLe Kremlin a déclaré que la Russie "
        + "continuerait de soutenir le président syrien dans les jours qui viennent.");
    try (var files = Files.list(d)) {
      assertThat(files.count()).isEqualTo(200);
    }
    Run two = run("analyze", "--format", "json", "--threads", "2", d.toString());
    Run one = run("analyze", "--format", "json", "--threads", "1", d.toString());
    assertThat(two.exit()).isEqualTo(CrosscheckCli.SOME_FAILED);
    assertThat(two.err()).contains("empty.txt", "binary.txt", "latin1.txt", "not valid UTF-8", "furniture.txt",
        "french.txt");
    JsonNode a = JSON.readTree(two.out());
    JsonNode b = JSON.readTree(one.out());
    assertThat(a.get("articles")).hasSize(195);
    assertThat(a.get("conflicts")).isEqualTo(b.get("conflicts"));
    assertThat(a.get("claims")).isEqualTo(b.get("claims"));
    List<String> kinds = new ArrayList<>();
    a.get("conflicts").forEach(c -> c.get("kinds").forEach(k -> kinds.add(k.asText())));
    assertThat(kinds).contains("CONTRADICTION", "REVERSAL", "HEDGE_MISMATCH");
    // 39 copies of each sample are repeats of one report: the copies corroborate, they add no conflict.
    assertThat(a.get("conflicts").size()).isLessThanOrEqualTo(4);
    assertThat(a.get("conflicts").get(0).get("corroborations")).isNotEmpty();
  }

  @Test
  void evalPrintsTheMetricsAsJson() throws IOException {
    Path claims = dir.resolve("small.claims.jsonl");
    Files.writeString(claims, String.join("\n",
        "{\"id\":\"1\",\"language\":\"en\",\"text\":\"Russia condemned the strikes on Syria, TASS said.\","
            + "\"actor\":{\"text\":\"Russia\",\"code\":\"RUS\"},\"target\":{\"text\":\"Syria\",\"code\":\"SYR\"},"
            + "\"stance\":\"OPPOSE\",\"event\":\"DISAPPROVE\"}",
        "{\"id\":\"2\",\"language\":\"ar\",\"text\":\"قالت تركيا إنها تدعم المعارضة السورية.\","
            + "\"actor\":{\"text\":\"تركيا\",\"code\":\"TUR\"},\"target\":null,\"stance\":\"SUPPORT\",\"event\":\"SUPPORT\"}"));
    JsonNode m = json(run("eval", "claims", "--format", "json", claims.toString()));
    assertThat(m.get("cases").asInt()).isEqualTo(2);
    for (String f : List.of("actorFound", "targetFound", "stanceAccuracy", "macroF1")) {
      assertThat(m.get(f).asDouble()).as(f).isBetween(0.0, 1.0);
    }
    assertThat(m.get("actorFound").asDouble()).isEqualTo(1.0);
    Path conflicts = dir.resolve("small.conflicts.jsonl");
    Files.writeString(conflicts, String.join("\n",
        "{\"id\":\"c1\",\"language\":\"ar\",\"a\":\"قالت روسيا إنها تدعم الحكومة السورية\","
            + "\"b\":\"قالت روسيا إنها لن تدعم الحكومة السورية\",\"conflict\":true}",
        "{\"id\":\"c2\",\"language\":\"ar\",\"a\":\"قالت روسيا إنها تدعم الحكومة السورية\","
            + "\"b\":\"أكدت روسيا دعمها للحكومة السورية\",\"conflict\":false}"));
    JsonNode c = json(run("eval", "conflicts", "--format", "json", conflicts.toString()));
    assertThat(c.get("cases").asInt()).isEqualTo(2);
    assertThat(c.get("precision").asDouble()).isEqualTo(1.0);
    assertThat(c.get("recall").asDouble()).isEqualTo(1.0);
    assertThat(c.get("f1").asDouble()).isEqualTo(1.0);
  }

  @Test
  void evalListsMissedCasesWithTheirClaimsOnlyWhenAsked() throws IOException {
    Path claims = dir.resolve("misses.claims.jsonl");
    Files.writeString(claims, String.join("\n",
        "{\"id\":\"hit\",\"language\":\"en\",\"text\":\"Russia condemned Turkey over the strikes, TASS said.\","
            + "\"actor\":{\"text\":\"Russia\",\"code\":\"RUS\"},\"target\":{\"text\":\"Turkey\",\"code\":\"TUR\"},"
            + "\"stance\":\"OPPOSE\"}",
        "{\"id\":\"wrong-actor\",\"language\":\"en\",\"text\":\"Russia condemned Turkey over the strikes, TASS said.\","
            + "\"actor\":{\"text\":\"Brazil\",\"code\":\"BRA\"},\"target\":null,\"stance\":\"OPPOSE\"}"));
    JsonNode m = json(run("eval", "claims", "--misses", "--format", "json", claims.toString()));
    assertThat(m.get("misses")).hasSize(1);
    JsonNode miss = m.get("misses").get(0);
    assertThat(miss.get("id").asText()).isEqualTo("wrong-actor");
    assertThat(miss.get("actor").asBoolean()).isFalse();
    assertThat(miss.get("predicted").asText()).isEqualTo("NONE");
    assertThat(miss.get("claims").get(0).asText()).isEqualTo("Russia -OPPOSE-> Turkey");
    assertThat(json(run("eval", "claims", "--format", "json", claims.toString())).has("misses")).isFalse();
    assertThat(run("eval", "claims", "--misses", claims.toString()).out())
        .contains("miss wrong-actor actor=missed target=none stance=OPPOSE/NONE claims=[Russia -OPPOSE-> Turkey]");
  }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} and {@code analyze --ledger} on the bundled samples, as a monitoring desk would run them. */
class MonitoringIT {

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

  private static List<JsonNode> lines(Run r) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static void copy(Inputs.Input sample, Path folder) throws IOException {
    Files.writeString(folder.resolve(sample.name()), sample.readResource(), StandardCharsets.UTF_8);
  }

  @Test
  void watchAlertsOnceForEachConflictAndAnalyzeLedgerEqualsAnalyze() throws IOException {
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Path ledger = dir.resolve("desk.ledger");
    List<Inputs.Input> samples = Inputs.samples();
    Inputs.Input last = samples.stream().filter(s -> s.name().startsWith("004")).findFirst().orElseThrow();
    for (Inputs.Input s : samples) {
      if (s != last) {
        copy(s, feed);
      }
    }

    Run first = run("watch", "--ledger", ledger.toString(), "--once", "--threads", "2", feed.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    List<JsonNode> alerts = lines(first);
    assertThat(alerts).isNotEmpty().allSatisfy(a -> {
      assertThat(a.get("event").asText()).isIn("new", "changed", "withdrawn");
      assertThat(a.get("conflict").get("id").asText()).matches("c[0-9a-f]{16}");
      assertThat(a.get("conflict").has("explanation") && a.get("conflict").has("kinds")).isTrue();
      assertThat(a.get("article").asText()).endsWith(".txt");
    });

    Run second = run("watch", "--ledger", ledger.toString(), "--once", feed.toString());
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).as("nothing is new the second time").isBlank();

    copy(last, feed);
    Run third = run("watch", "--ledger", ledger.toString(), "--once", feed.toString());
    assertThat(third.exit()).as(third.err()).isZero();
    List<JsonNode> more = lines(third);
    JsonNode fromLedger = JSON.readTree(run("analyze", "--ledger", ledger.toString(), "--format", "json").out());
    java.util.Map<String, String> articleOf = new java.util.HashMap<>();
    fromLedger.get("claims").forEach(c -> articleOf.put(c.get("id").asText(), c.get("article").asText()));
    // Peskov's pledge in 004 disputes both the Kremlin source (003) and the later sources (000).
    assertThat(more).hasSizeGreaterThanOrEqualTo(2).allSatisfy(a -> {
      assertThat(a.get("article").asText()).isEqualTo(last.name());
      List<String> articles = new ArrayList<>();
      a.get("conflict").get("claims").forEach(id -> articles.add(articleOf.get(id.asText())));
      assertThat(articles).contains(last.name());
    });

    JsonNode direct = JSON.readTree(run("analyze", "--format", "json", feed.toString()).out());
    for (String part : List.of("articles", "claims", "conflicts", "agreements", "timelines")) {
      assertThat(fromLedger.get(part)).as(part).isEqualTo(direct.get(part));
    }
    assertThat(fromLedger.get("conflicts")).hasSizeBetween(1, 4);
    List<String> alerted = new ArrayList<>();
    alerts.forEach(a -> alerted.add(a.get("conflict").get("id").asText()));
    more.forEach(a -> alerted.add(a.get("conflict").get("id").asText()));
    fromLedger.get("conflicts").forEach(c -> assertThat(alerted).contains(c.get("id").asText()));
  }

  @Test
  void analyzeLedgerAddsWhatItLacksAndRefusesWhatIsNoLedger() throws IOException {
    Path feed = Files.createDirectories(dir.resolve("two"));
    Inputs.samples().stream().filter(s -> s.name().startsWith("003") || s.name().startsWith("000"))
        .forEach(s -> {
          try {
            copy(s, feed);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    Path ledger = dir.resolve("two.ledger");
    Run text = run("analyze", "--ledger", ledger.toString(), feed.toString());
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("== Russia → Assad government", "SUPPORT: ", "OPPOSE: ", "timeline: ");
    Run again = run("analyze", "--ledger", ledger.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).isEqualTo(text.out());

    assertThat(run("analyze", "--ledger", dir.resolve("missing.ledger").toString()).exit()).isEqualTo(3);
    Path notes = Files.writeString(dir.resolve("notes.ledger"), "just words, no database\n".repeat(100));
    Run refused = run("analyze", "--ledger", notes.toString());
    assertThat(refused.exit()).isEqualTo(3);
    assertThat(refused.err()).contains("not an SQLite database");
    assertThat(run("watch", "--ledger", ledger.toString(), "--once", dir.resolve("nowhere").toString()).exit())
        .isEqualTo(2);
  }
}

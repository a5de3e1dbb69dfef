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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.crosscheck.ActorCatalog;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ConflictKind;
import org.crosscheck.DateSource;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the five bundled samples: the claims and conflicts the seeds' README lists, through both real
 * CoreNLP pipelines.
 */
class SamplesIT {

  private static final List<Claim> CLAIMS = new ArrayList<>();
  private static StanceReport report;

  @BeforeAll
  static void analyse() {
    ArticleParser parser = ArticleParser.create();
    ClaimExtractor extractor = ClaimExtractor.create();
    for (Inputs.Input in : Inputs.samples()) {
      Article a = Batch.parse(parser, in);
      CLAIMS.addAll(extractor.extract(a).claims());
    }
    report = StanceComparator.create().compare(CLAIMS);
  }

  private static List<Claim> in(String article) {
    return CLAIMS.stream().filter(c -> c.article().startsWith(article)).toList();
  }

  private static boolean liftsTo(String id, String expected) {
    String x = id.startsWith("anon:") ? id.substring(5) : id;
    return ActorCatalog.defaultCatalog().chain(x, Optional.empty()).contains(expected);
  }

  private static Predicate<Claim> about(String actor, String target, Stance stance) {
    return c -> liftsTo(c.actor().id(), actor) && c.target().isPresent() && liftsTo(c.target().get().id(), target)
        && c.stance() == stance;
  }

  @Test
  void readsPeskovBackingAssadIn004() {
    assertThat(in("004")).anySatisfy(c -> {
      assertThat(about("RUS", "bashar-al-assad", Stance.SUPPORT)).accepts(c);
      assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("dmitry-peskov"));
      assertThat(c.cue()).isEqualTo("continue to back");
      assertThat(c.dateText()).contains("December 2");
      assertThat(c.attribution().agencies()).contains("RIA Novosti");
    });
    assertThat(in("004")).anySatisfy(c -> assertThat(about("RUS", "SYR", Stance.SUPPORT)).accepts(c));
    assertThat(in("004")).anySatisfy(c -> {
      assertThat(about("IRN", "syria-assad-government", Stance.SUPPORT)).accepts(c);
      assertThat(c.cue()).contains("steadfast support");
    });
    assertThat(in("004")).anySatisfy(c -> {
      assertThat(about("TUR", "syria-assad-government", Stance.OPPOSE)).accepts(c);
      assertThat(c.cue()).isEqualTo("accused");
    });
    assertThat(in("004")).anySatisfy(c -> {
      assertThat(liftsTo(c.actor().id(), "USA")).isTrue();
      assertThat(c.stance()).isEqualTo(Stance.NEUTRAL);
      assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("us-national-security-council"));
    });
  }

  @Test
  void findsNoClaimInThe004AnalysisSection() {
    assertThat(in("004")).noneMatch(c -> c.evidence().text().startsWith("Analysts have also noted"));
    assertThat(in("001")).noneMatch(c -> c.evidence().text().startsWith("Russia's support for the Assad regime"));
  }

  @Test
  void readsTheInformedSourcesIn000() {
    assertThat(in("000")).anySatisfy(c -> {
      assertThat(about("RUS", "syria-assad-government", Stance.OPPOSE)).accepts(c);
      assertThat(c.negated()).isTrue();
      assertThat(c.attribution().anonymous()).isTrue();
      assertThat(c.date()).contains(LocalDate.of(2024, 12, 26));
      assertThat(c.dateSource()).isEqualTo(DateSource.PUBLICATION);
    });
  }

  @Test
  void readsShibaniAndTheRussianOfficialsIn001() {
    assertThat(in("001")).anySatisfy(c -> {
      assertThat(about("SYR", "RUS", Stance.SUPPORT)).accepts(c);
      assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("asaad-al-shibani"));
      assertThat(c.cue()).isEqualTo("turn the page");
      assertThat(c.attribution().direct()).isTrue();
    });
    assertThat(in("001")).anySatisfy(c -> assertThat(about("RUSGOV", "SYR", Stance.SUPPORT)).accepts(c));
    assertThat(in("001")).allSatisfy(c -> assertThat(c.date()).isEmpty());
  }

  @Test
  void readsUshakovIn002() {
    assertThat(in("002")).anySatisfy(c -> {
      assertThat(about("RUS", "syria-transitional-government", Stance.SUPPORT)).accepts(c);
      assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("yuri-ushakov"));
      assertThat(c.date()).contains(LocalDate.of(2024, 12, 23));
      assertThat(c.dateSource()).isEqualTo(DateSource.TEXT);
      assertThat(c.attribution().outlet()).contains("سكاي نيوز عربية");
    });
    assertThat(in("002")).anySatisfy(c -> assertThat(about("RUS", "SYR", Stance.SUPPORT)).accepts(c));
  }

  @Test
  void readsTheKremlinSourceAndPeskovIn003() {
    assertThat(in("003")).anySatisfy(c -> {
      assertThat(about("RUS", "bashar-al-assad", Stance.OPPOSE)).accepts(c);
      assertThat(c.negated()).isTrue();
      assertThat(c.attribution().anonymous()).isTrue();
      assertThat(c.attribution().agencies()).contains("Bloomberg");
      assertThat(c.attribution().outlet()).contains("بغداد اليوم");
      assertThat(c.evidence().text()).contains("لا خطة لدى روسيا لإنقاذ الأسد");
      assertThat(c.date()).contains(LocalDate.of(2024, 12, 6));
    });
    assertThat(in("003")).anySatisfy(c -> {
      assertThat(about("RUS", "SYR", Stance.SUPPORT)).accepts(c);
      assertThat(c.modality()).isEqualTo(Modality.CONDITIONAL);
      assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("dmitry-peskov"));
    });
  }

  /** The conflicts whose leading pair of claims comes from these two articles. */
  private static List<StanceConflict> between(String a, String b) {
    return report.conflicts().stream().filter(c -> {
      String x = c.claims().get(0).article();
      String y = c.claims().get(1).article();
      return x.startsWith(a) && y.startsWith(b) || x.startsWith(b) && y.startsWith(a);
    }).toList();
  }

  @Test
  void reportsRussiaSupportingAndOpposingAssadAcrossLanguages() {
    assertThat(between("004", "003")).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ConflictKind.CONTRADICTION);
      assertThat(c.holder().id()).isEqualTo("RUS");
      assertThat(c.target().id()).isEqualTo("syria-assad-government");
      assertThat(c.explanation()).contains("English", "Arabic", "بغداد اليوم", "Dmitry Peskov", "unnamed source");
    });
  }

  @Test
  void reportsRussiaTurningAgainstTheSyrianGovernmentLater() {
    assertThat(between("004", "000")).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ConflictKind.REVERSAL);
      assertThat(c.claims().get(0).article()).startsWith("004");
      assertThat(c.explanation()).contains("26 December 2024", "24 days");
    });
  }

  @Test
  void reportsTwoVoicesOfRussiaInsideOneArticle() {
    // One conflict for the two voices of 003: Peskov's offer of help "if necessary" against the Kremlin source. Its
    // kind is that of its strongest pair; the firm-against-conditional difference is among its kinds.
    assertThat(between("003", "003")).singleElement().satisfies(c -> {
      assertThat(c.kinds()).contains(ConflictKind.HEDGE_MISMATCH);
      assertThat(c.claims()).anyMatch(x -> x.speaker().map(s -> s.id().equals("dmitry-peskov")).orElse(false)
          && x.modality().isQualified());
      assertThat(c.claims()).anyMatch(x -> x.attribution().anonymous());
    });
  }

  @Test
  void reportsOneConflictPerPairOfReports() {
    assertThat(report.conflicts()).hasSizeLessThanOrEqualTo(4);
    for (String[] pair : new String[][] {{"004", "003"}, {"004", "000"}, {"003", "000"}}) {
      assertThat(between(pair[0], pair[1])).as("%s vs %s", pair[0], pair[1]).hasSize(1);
    }
    assertThat(report.conflicts()).extracting(StanceConflict::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("c[0-9a-f]{16}"));
  }

  @Test
  void findsNoConflictBetweenTheRussiaSyriaClaimsOf001And002() {
    assertThat(between("001", "002")).isEmpty();
  }

  @Test
  void readsTheSameArticlesUnderSameNamesInDifferentFoldersAsUnderTheirOwnNames(@TempDir Path dir)
      throws IOException {
    // Scraped sites are full of index.html: three samples as a/index.txt, b/index.txt, c/index.txt. The folders
    // sort as the samples' names do, so ties broken by id fall the same way under both names.
    Path own = Files.createDirectories(dir.resolve("own"));
    Path site = dir.resolve("site");
    Map<String, String> renamed = new LinkedHashMap<>();
    String[] folders = {"a", "b", "c"};
    int i = 0;
    for (Inputs.Input in : Inputs.samples()) {
      if (in.name().startsWith("000") || in.name().startsWith("003") || in.name().startsWith("004")) {
        Files.writeString(own.resolve(in.name()), in.readResource(), StandardCharsets.UTF_8);
        Path p = Files.createDirectories(site.resolve(folders[i])).resolve("index.txt");
        Files.writeString(p, in.readResource(), StandardCharsets.UTF_8);
        renamed.put(folders[i] + "/index.txt", in.name());
        i++;
      }
    }
    JsonNode byName = analyze(own);
    JsonNode bySite = analyze(site);
    assertThat(bySite.get("claims")).hasSize(byName.get("claims").size());
    // Each claim read under a/b/c/index.txt is the claim of the same sample at the same place in the text.
    Map<String, String> claimIds = new LinkedHashMap<>();
    for (JsonNode c : bySite.get("claims")) {
      String article = renamed.get(c.get("article").asText());
      JsonNode same = null;
      for (JsonNode d : byName.get("claims")) {
        if (d.get("article").asText().equals(article) && d.get("evidence").equals(c.get("evidence"))
            && d.get("cue").equals(c.get("cue")) && d.get("target").equals(c.get("target"))) {
          same = d;
        }
      }
      assertThat(same).as(c.toString()).isNotNull();
      claimIds.put(c.get("id").asText(), same.get("id").asText());
    }
    assertThat(bySite.get("conflicts")).hasSize(byName.get("conflicts").size()).isNotEmpty();
    for (int k = 0; k < byName.get("conflicts").size(); k++) {
      JsonNode expected = byName.get("conflicts").get(k);
      JsonNode actual = bySite.get("conflicts").get(k);
      for (String field : List.of("kind", "kinds", "holder", "target", "score", "reasons")) {
        assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
      }
      for (String field : List.of("claims", "corroborations")) {
        List<String> mapped = new ArrayList<>();
        actual.get(field).forEach(id -> mapped.add(claimIds.get(id.asText())));
        List<String> wanted = new ArrayList<>();
        expected.get(field).forEach(id -> wanted.add(id.asText()));
        assertThat(mapped).as(field).isEqualTo(wanted);
      }
    }
  }

  private static JsonNode analyze(Path folder) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CrosscheckCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "analyze", "--format", "json",
        folder.toString());
    assertThat(exit).as(err.toString()).isZero();
    return new ObjectMapper().readTree(out.toString());
  }
}

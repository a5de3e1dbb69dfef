package org.crosscheck.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Attribution;
import org.crosscheck.Claim;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.DateSource;
import org.crosscheck.EventCode;
import org.crosscheck.Evidence;
import org.crosscheck.Language;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceReport;
import org.crosscheck.examples.cli.SyntheticClaims;
import org.junit.jupiter.api.Test;

/**
 * The Spark columns are the JSON contract: every field the library writes, with nothing missing or extra, so that a
 * field added to the contract cannot be dropped silently by the job.
 */
class SchemasTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void claimColumnsAreTheFieldsOfAClaimWithEveryPartPresent() throws Exception {
    ActorRef peskov = new ActorRef("RUSGOVSPK", "Dmitry Peskov", ActorKind.PERSON, "Peskov", true);
    ActorRef russia = new ActorRef("RUS", "Russia", ActorKind.STATE, "Moscow", true);
    ActorRef target = new ActorRef("SYRGOV", "Syrian government", ActorKind.GOVERNMENT, "Damascus", true);
    Claim claim = new Claim("a#10.0", "a", Language.ENGLISH, russia, Optional.of(peskov), Optional.of(target),
        Stance.SUPPORT, "back", false, Modality.FUTURE,
        new Attribution(List.of(new Attribution.Voice(Attribution.Role.OUTLET, "Daily", Optional.of("daily"))),
            false, true),
        Optional.of(LocalDate.of(2024, 12, 2)), DateSource.TEXT, Optional.of("On December 2"),
        Optional.of(MonthDay.of(12, 2)), new Evidence("Moscow will back Damascus.", 10, 36),
        0.8, Optional.of(new EventCode("051", "Praise or endorse")));

    assertFits(JSON.readTree(CrosscheckJson.toJson(claim)), Schemas.CLAIM);
  }

  @Test
  void articleColumnsAreTheFieldsOfAnArticleAsAnalyzeListsIt() throws Exception {
    ArticleSummary a = new ArticleSummary("a", "a.txt", "Title", Optional.of("Daily"),
        Optional.of(LocalDate.of(2024, 12, 2)), Optional.of(LocalTime.of(20, 1)), Language.ARABIC, 3, 120,
        List.of("no title"));

    assertFits(JSON.readTree(CrosscheckJson.extraction(List.of(a), List.of(), false)).get("articles").get(0),
        Schemas.ARTICLE);
  }

  @Test
  void conflictAndTimelineColumnsAreTheFieldsTheComparatorWrites() throws Exception {
    SyntheticClaims synthetic = new SyntheticClaims(100_000);
    List<Claim> claims = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      claims.add(synthetic.claim(k * synthetic.holders(), "s", "art" + k));
    }
    StanceReport report = StanceComparator.create().compare(claims);
    assertThat(report.conflicts()).isNotEmpty();
    assertThat(report.agreements()).isNotEmpty();

    JsonNode doc = JSON.readTree(CrosscheckJson.analysis(List.of(), report, false));
    assertFits(doc.get("conflicts").get(0), Schemas.CONFLICT);
    assertFits(doc.get("agreements").get(0), Schemas.CONFLICT);
    assertFits(doc.get("timelines").get(0), Schemas.TIMELINE);
  }

  /** The object's fields are the struct's, in order, recursively (null fields are not descended into). */
  private static void assertFits(JsonNode node, StructType struct) {
    List<String> fields = new ArrayList<>();
    node.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).as("fields of %s", node).containsExactly(struct.fieldNames());
    for (StructField f : struct.fields()) {
      descend(node.get(f.name()), f.dataType());
    }
  }

  private static void descend(JsonNode value, DataType type) {
    assertThat(value).as("a value for %s", type).isNotNull();
    if (type instanceof StructType s) {
      assertThat(value.isObject()).as("%s is an object", value).isTrue();
      assertFits(value, s);
    } else if (type instanceof ArrayType a && value.size() > 0) {
      descend(value.get(0), a.elementType());
    }
  }
}

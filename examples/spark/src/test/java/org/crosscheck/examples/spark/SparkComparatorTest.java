package org.crosscheck.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.Claim;
import org.crosscheck.CrosscheckJson;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceReport;
import org.crosscheck.examples.cli.SyntheticClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distributed comparison equals {@code StanceComparator.compare} on all claims at once, without any model. */
class SparkComparatorTest {

  @TempDir
  Path tmp;

  /** 300 holders with 20 claims each over five targets: groups of four claims with every kind of result. */
  private static List<Claim> synthetic() {
    SyntheticClaims s = new SyntheticClaims(100_000);
    List<Claim> claims = new ArrayList<>();
    for (int h = 0; h < 300; h++) {
      for (int k = 0; k < 20; k++) {
        int i = h + k * s.holders();
        claims.add(s.claim(i, "s", "art" + i));
      }
    }
    return claims;
  }

  static Dataset<Row> table(SparkSession spark, List<Claim> claims) {
    Dataset<Row> json = spark.createDataset(claims.stream().map(CrosscheckJson::toJson).toList(), Encoders.STRING())
        .toDF("json");
    return CrosscheckSpark.parse(json, Schemas.CLAIM);
  }

  @Test
  void groupsComparedApartGiveTheReportOfAllClaimsAtOnce() throws Exception {
    List<Claim> claims = new ArrayList<>(synthetic());
    Claim first = claims.get(0);
    // A claim without a target joins no group but is listed; a repeat counts once.
    claims.add(new Claim("untargeted#1", "untargeted", first.language(), first.actor(), Optional.empty(),
        Optional.empty(), first.stance(), "cue", false, first.modality(), first.attribution(), first.date(),
        first.dateSource(), Optional.empty(), Optional.empty(), first.evidence(), 0.5, Optional.empty()));
    claims.add(first);
    StanceReport oneMachine = StanceComparator.create().compare(claims);
    SparkSession spark = LocalSpark.session();

    Comparison comparison = CrosscheckSpark.compare(table(spark, claims));
    Extraction none = CrosscheckSpark.extract(CrosscheckSpark.samples(spark).limit(0));
    CrosscheckSpark.write(none, comparison, tmp.toString());
    StanceReport distributed = CrosscheckJson.readReport(Files.readString(tmp.resolve("analysis.json")));

    StanceReport expected = CrosscheckJson.readReport(CrosscheckJson.analysis(List.of(), oneMachine, false));
    assertThat(expected.conflicts()).hasSizeGreaterThan(100);
    assertThat(expected.agreements()).hasSizeGreaterThan(100);
    assertThat(distributed.claims()).hasSize(claims.size() - 1).containsExactlyElementsOf(expected.claims());
    assertThat(distributed.conflicts()).containsExactlyElementsOf(expected.conflicts());
    assertThat(distributed.agreements()).containsExactlyElementsOf(expected.agreements());
    assertThat(distributed.timelines()).containsExactlyElementsOf(expected.timelines());
  }

  @Test
  void refusesTwoDifferentClaimsUnderOneId() {
    List<Claim> claims = synthetic().subList(0, 40);
    Claim c = claims.get(0);
    Claim other = new Claim(c.id(), c.article(), c.language(), c.actor(), c.speaker(), c.target(), c.stance(),
        "another cue", c.negated(), c.modality(), c.attribution(), c.date(), c.dateSource(), c.dateText(),
        c.monthDay(), c.evidence(), c.confidence(), c.event());
    List<Claim> both = new ArrayList<>(claims);
    both.add(other);

    assertThatThrownBy(() -> CrosscheckSpark.compare(table(LocalSpark.session(), both)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + c.id() + "'");
  }

  @Test
  void refusesATableWithoutTheClaimColumns() {
    Dataset<Row> notClaims = LocalSpark.session().createDataset(List.of("x"), Encoders.STRING()).toDF("id");

    assertThatThrownBy(() -> CrosscheckSpark.compare(notClaims)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor");
  }
}

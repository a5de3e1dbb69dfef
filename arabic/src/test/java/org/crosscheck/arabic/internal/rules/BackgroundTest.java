package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.time.LocalDate;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class BackgroundTest {

  private static final String YEAR_2015 = "دعمت/VBD روسيا/NNP سوريا/NNP في/IN عام/NN 2015/CD ./PUNC";

  @Test
  void pastYearInTheClauseLooksBack() {
    ClaimDraft d = withCue(Fixture.of("دعمت روسيا سوريا في عام 2015.").read(YEAR_2015), "دعمت");
    assertThat(d.lookingBack()).isTrue();
    assertThat(d.report()).isEqualTo(ClaimDraft.Report.NARRATED);
  }

  @Test
  void yearOfTheArticleDoesNotLookBack() {
    ClaimDraft d = withCue(Fixture.published("دعمت روسيا سوريا في عام 2015.", LocalDate.of(2015, 6, 1))
        .read(YEAR_2015), "دعمت");
    assertThat(d.lookingBack()).isFalse();
  }

  @Test
  void wordOfHistoryInTheClauseLooksBack() {
    ClaimDraft d = withCue(Fixture.of("قال بوتين إن روسيا تدعم سوريا منذ سنوات.").read(
        "قال/VBD بوتين/NNP ان/IN روسيا/NNP تدعم/VBP سوريا/NNP منذ/IN سنوات/NNS ./PUNC"), "تدعم");
    assertThat(d.lookingBack()).isTrue();
    assertThat(d.report()).isEqualTo(ClaimDraft.Report.NAMED);
  }

  @Test
  void sentenceOpeningWithYusharLooksBackInEveryClause() {
    ClaimDraft d = withCue(Fixture.of("يشار إلى أن بوتين قال إن روسيا تدعم سوريا.").read(
        "يشار/VBN الى/IN ان/IN بوتين/NNP قال/VBD ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC"), "تدعم");
    assertThat(d.lookingBack()).isTrue();
  }

  @Test
  void clauseWithoutTimeMarkersDoesNotLookBack() {
    ClaimDraft d = withCue(Fixture.of("قال بوتين إن روسيا تدعم سوريا.").read(
        "قال/VBD بوتين/NNP ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC"), "تدعم");
    assertThat(d.lookingBack()).isFalse();
  }

  @Test
  void sinceARecentDayDoesNotLookBack() {
    ClaimDraft d = withCue(Fixture.of("يعتصم المحتجون أمام البرلمان منذ الأحد.").read(
        "يعتصم/VBP المحتجون/DTNNS امام/NN البرلمان/DTNN منذ/IN الاحد/DTNN ./PUNC"), "يعتصم");
    assertThat(d.lookingBack()).isFalse();
  }

  @Test
  void pastYearInARelativeClauseDoesNotDateTheClaim() {
    ClaimDraft d = withCue(Fixture.of("يعتصم المحتجون ضد الرئيس الذي وصل إلى الحكم عام 2001.").read(
        "يعتصم/VBP المحتجون/DTNNS ضد/NN الرئيس/DTNN الذي/WP وصل/VBD الى/IN الحكم/DTNN عام/NN 2001/CD ./PUNC"),
        "يعتصم");
    assertThat(d.lookingBack()).isFalse();
  }
}

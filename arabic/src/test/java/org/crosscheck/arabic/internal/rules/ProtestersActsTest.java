package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

/** Any act of people the text calls protesters is a demonstration ({@link ProtestActs}). */
class ProtestersActsTest {

  @Test
  void protestersHandingALetterDemonstrate() {
    ClaimDraft d = withCue(Fixture.of("وسلم المحتجون رسالة إلى رئيس البلدية.").read(
        "و/CC سلم/VBD المحتجون/DTNNS رسالة/NN الى/IN رئيس/NN البلدية/DTNN ./PUNC"), "سلم");
    assertThat(holder(d)).startsWith("adhoc:group:");
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(d.event()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("141"));
  }

  @Test
  void whatProtestersActAgainstIsTheTarget() {
    ClaimDraft d = withCue(Fixture.of("وزع المتظاهرون منشورات ضد الحكومة في السوق.").read(
        "وزع/VBD المتظاهرون/DTNNS منشورات/NNS ضد/NN الحكومة/DTNN في/IN السوق/DTNN ./PUNC"), "وزع");
    assertThat(target(d)).startsWith("adhoc:government:");
  }

  @Test
  void objectOfAnActThatTakesNoSideIsNoTarget() {
    ClaimDraft d = withCue(Fixture.of("ارتدى المعتصمون قمصان الجيش في الميدان.").read(
        "ارتدى/VBD المعتصمون/DTNNS قمصان/NN الجيش/DTNN في/IN الميدان/DTNN ./PUNC"), "ارتدى");
    assertThat(target(d)).isEqualTo("-");
  }

  @Test
  void actAfterTheAuxiliaryIsTheCue() {
    ClaimDraft d = withCue(Fixture.of("كان المحتجون يوزعون منشورات قرب الجامعة.").read(
        "كان/VBD المحتجون/DTNNS يوزعون/VBP منشورات/NNS قرب/NN الجامعة/DTNN ./PUNC"), "يوزعون");
    assertThat(holder(d)).startsWith("adhoc:group:");
  }

  @Test
  void whatProtestersUndergoIsNoAct() {
    assertThat(Fixture.of("فر المحتجون من الساحة.").read(
        "فر/VBD المحتجون/DTNNS من/IN الساحة/DTNN ./PUNC")).isEmpty();
  }

  @Test
  void negatedActIsNone() {
    assertThat(Fixture.of("لم يغادر المعتصمون الساحة.").read(
        "لم/RP يغادر/VBP المعتصمون/DTNNS الساحة/DTNN ./PUNC")).isEmpty();
  }

  @Test
  void actsOfTheOppositionAtLargeAreNoProtest() {
    assertThat(Fixture.of("زارت المعارضة القاهرة.").read(
        "زارت/VBD المعارضة/DTNN القاهرة/DTNNP ./PUNC")).noneMatch(d -> d.cue().equals("زارت"));
  }

  @Test
  void lightVerbLeavesTheCueToTheNounOfProtestItGoverns() {
    assertThat(Fixture.of("قام المحتجون في وسط المدينة بالاعتصام.").read(
        "قام/VBD المحتجون/DTNNS في/IN وسط/NN المدينة/DTNN ب/IN الاعتصام/DTNN ./PUNC"))
        .noneMatch(d -> d.cue().equals("قام"));
  }
}

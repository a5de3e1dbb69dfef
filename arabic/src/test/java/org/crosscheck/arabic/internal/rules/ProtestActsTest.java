package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ProtestActsTest {

  @Test
  void protestersGatheringIsAProtest() {
    ClaimDraft d = withCue(Fixture.of("تجمع آلاف المتظاهرين أمام السفارة.").read(
        "تجمع/VBP الاف/NNS المتظاهرين/DTNNS امام/NN السفارة/DTNN ./PUNC"), "تجمع");
    assertThat(holder(d)).startsWith("adhoc:group:");
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(d.event()).hasValueSatisfying(e -> assertThat(e.code()).startsWith("14"));
  }

  @Test
  void sameVerbWithAnotherSubjectIsNoProtest() {
    assertThat(Fixture.of("تجمع الوزراء أمام السفارة.").read(
        "تجمع/VBP الوزراء/DTNNS امام/NN السفارة/DTNN ./PUNC")).isEmpty();
  }

  @Test
  void derivedVerbIsAProtestActInTheImperfect() {
    ClaimDraft d = withCue(Fixture.of("يعتصم مئات المحتجين أمام البرلمان.").read(
        "يعتصم/VBP مئات/NNS المحتجين/DTNNS امام/NN البرلمان/DTNN ./PUNC"), "يعتصم");
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void peopleGoingOutInAMarchIsAProtest() {
    ClaimDraft d = withCue(Fixture.of("خرج مئات العمال في مسيرة ضد الحكومة.").read(
        "خرج/VBD مئات/NNS العمال/DTNN في/IN مسيرة/NN ضد/NN الحكومة/DTNN ./PUNC"), "خرج");
    assertThat(d.holder().text()).endsWith("العمال");
    assertThat(d.event()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("141"));
  }

  @Test
  void peopleWhoHadGoneOutToProtestAreReadPastTheParticle() {
    ClaimDraft d = withCue(Fixture.of("كان عشرات الشبان قد نزلوا إلى الشوارع احتجاجا.").read(
        "كان/VBD عشرات/NNS الشبان/DTNN قد/RP نزلوا/VBD الى/IN الشوارع/DTNN احتجاجا/NN ./PUNC"), "نزلوا");
    assertThat(d.holder().text()).isEqualTo("الشبان");
  }

  @Test
  void peopleGoingOutWithNoMarchAfterItIsNoProtest() {
    assertThat(Fixture.of("خرج مئات العمال إلى الشوارع احتفالا بالعيد.").read(
        "خرج/VBD مئات/NNS العمال/DTNN الى/IN الشوارع/DTNN احتفالا/NN ب/IN العيد/DTNN ./PUNC")).isEmpty();
  }

  @Test
  void peopleGatheringInACrowdIsAProtest() {
    ClaimDraft d = withCue(Fixture.of("تجمهر الناس أمام المحكمة.").read(
        "تجمهر/VBP الناس/DTNN امام/NN المحكمة/DTNN ./PUNC"), "تجمهر");
    assertThat(d.holder().text()).isEqualTo("الناس");
  }

  @Test
  void peopleRaisingSomethingIsNoProtest() {
    assertThat(Fixture.of("رفع الناس أيديهم.").read("رفع/VBD الناس/DTNN ايدي/NN هم/PRP$ ./PUNC")).isEmpty();
  }

  @Test
  void protestersHeadingSomewhereIsAProtest() {
    ClaimDraft d = withCue(Fixture.of("توجه آلاف المتظاهرين إلى مقر الحكومة.").read(
        "توجه/VBD الاف/NN المتظاهرين/DTNNS الى/IN مقر/NN الحكومة/DTNN ./PUNC"), "توجه");
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
  }
}

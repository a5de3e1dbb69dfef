package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class LightVerbsTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void masdarWithAResumptiveLightVerbHasTheDoerAfterIt() {
    ClaimDraft d = withCue(read("وقتل جنديان في هجوم شنه مسلحون على الجيش.",
        "و/CC قتل/VBN جنديان/NN في/IN هجوم/NN شن/NN ه/PRP$ مسلحون/NNS على/IN الجيش/DTNN ./PUNC"), "هجوم");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void lightVerbBeforeTheMasdarLendsItItsSubject() {
    ClaimDraft d = withCue(read("شن الجيش الروسي هجوما على أوكرانيا.",
        "شن/VBD الجيش/DTNN الروسي/DTJJ هجوما/NN على/IN اوكرانيا/NNP ./PUNC"), "هجوما");
    assertThat(holder(d)).startsWith("RUS");
  }

  @Test
  void qamaBiLendsItsSubjectToTheMasdar() {
    ClaimDraft d = withCue(read("قامت روسيا بمهاجمة أوكرانيا.",
        "قامت/VBD روسيا/NNP ب/IN مهاجمة/NN اوكرانيا/NNP ./PUNC"), "مهاجمة");
    assertThat(holder(d)).startsWith("RUS");
  }

  @Test
  void aqdamaAlaLendsItsSubjectToTheMasdar() {
    ClaimDraft d = withCue(read("أقدم مسلحون على اختطاف الصحافي.",
        "اقدم/VBD مسلحون/NNS على/IN اختطاف/NN الصحافي/DTNN ./PUNC"), "اختطاف");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void amaraBiLendsItsSubjectToTheMasdar() {
    ClaimDraft d = withCue(read("أمر الجيش التركي بقصف القرية.",
        "امر/VBD الجيش/DTNN التركي/DTJJ ب/IN قصف/NN القرية/DTNN ./PUNC"), "قصف");
    assertThat(holder(d)).startsWith("TUR");
  }

  @Test
  void qamaBiLendsItsSubjectPastAPhraseOfPlaceAndTime() {
    ClaimDraft d = withCue(read("قام مسلحون في ضواحي المدينة في 12 مايو بخطف الصحافي.",
        "قام/VBD مسلحون/NNS في/IN ضواحي/NN المدينة/DTNN في/IN 12/CD مايو/NN ب/IN خطف/NN الصحافي/DTNN ./PUNC"),
        "خطف");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void claimOfResponsibilityMakesItsSubjectTheDoer() {
    ClaimDraft d = withCue(read("تبنت الجماعة المسؤولية عن عملية تفجير الحافلة.",
        "تبنت/VBD الجماعة/DTNN المسؤولية/DTNN عن/IN عملية/NN تفجير/NN الحافلة/DTNN ./PUNC"), "تفجير");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void verbOfSuccessLendsItsSubjectToTheMasdarAfterFi() {
    ClaimDraft d = withCue(read("نجح الجيش التركي في قتل عشرات المسلحين.",
        "نجح/VBD الجيش/DTNN التركي/DTJJ في/IN قتل/NN عشرات/NN المسلحين/DTNNS ./PUNC"), "قتل");
    assertThat(holder(d)).startsWith("TUR");
  }

  @Test
  void genitiveOfTheMasdarOfQamaDoesTheMasdarAfterBi() {
    ClaimDraft d = withCue(read("أغلقت الشرطة الطريق إثر قيام مسلحين بخطف مهندسين.",
        "اغلقت/VBD الشرطة/DTNN الطريق/DTNN اثر/NN قيام/NN مسلحين/NNS ب/IN خطف/NN مهندسين/NNS ./PUNC"), "خطف");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void sanctionsImposedAreTheStanceOfWhoImposesThem() {
    ClaimDraft d = withCue(Fixture.of("واشنطن تفرض عقوبات على إيران.").read(
        "واشنطن/NNP تفرض/VBP عقوبات/NNS على/IN ايران/NNP ./PUNC"), "عقوبات");
    assertThat(holder(d)).isEqualTo("USAGOV");
    assertThat(target(d)).isEqualTo("IRN");
  }
}

package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class TargetsTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void firstActorAfterTheCueOtherThanTheHolderIsTheTarget() {
    ClaimDraft d = withCue(read("تدعم روسيا سوريا في المفاوضات.",
        "تدعم/VBP روسيا/NNP سوريا/NNP في/IN المفاوضات/DTNNS ./PUNC"), "تدعم");
    assertThat(holder(d)).isEqualTo("RUS");
    assertThat(target(d)).isEqualTo("SYR");
  }

  @Test
  void searchForTheTargetStopsAtASecondVerb() {
    List<ClaimDraft> ds = read("روسيا تدعم الحل وتعارض تركيا.",
        "روسيا/NNP تدعم/VBP الحل/DTNN و/CC تعارض/VBP تركيا/NNP ./PUNC");
    assertThat(ds).extracting(ClaimDraft::cue).containsExactly("تعارض");
    assertThat(target(ds.get(0))).isEqualTo("TUR");
  }

  @Test
  void searchForTheTargetStopsAtPunctuation() {
    List<ClaimDraft> ds = read("روسيا تدعم الاتفاق؛ تركيا تعارضه.",
        "روسيا/NNP تدعم/VBP الاتفاق/DTNN ;/PUNC تركيا/NNP تعارض/VBP ه/PRP ./PUNC");
    assertThat(ds).isEmpty();
  }

  @Test
  void searchForTheTargetReadsPastCommasAndStraightQuotes() {
    assertThat(target(withCue(read("روسيا تدعم، بقوة، سوريا.",
        "روسيا/NNP تدعم/VBP ,/PUNC ب/IN قوة/NN ,/PUNC سوريا/NNP ./PUNC"), "تدعم"))).isEqualTo("SYR");
    assertThat(target(withCue(read("روسيا تدعم \"سوريا\" في المفاوضات.",
        "روسيا/NNP تدعم/VBP \"/PUNC سوريا/NNP \"/PUNC في/IN المفاوضات/DTNNS ./PUNC"), "تدعم"))).isEqualTo("SYR");
  }

  @Test
  void newsOutletOrUnnamedSourceIsNoTarget() {
    assertThat(read("روسيا تهاجم وكالة رويترز.", "روسيا/NNP تهاجم/VBP وكالة/NN رويترز/NNP ./PUNC")).isEmpty();
    assertThat(read("روسيا تهاجم مصادر مطلعة.", "روسيا/NNP تهاجم/VBP مصادر/NN مطلعة/JJ ./PUNC")).isEmpty();
  }

  @Test
  void actorAfterMinIsNoTargetOfAnImpliedHolder() {
    // "يرفض من إيران هذا الطلب": Iran is where the request comes from, not whom the rejection is toward.
    assertThat(read("قال بوتين إنه يرفض من إيران هذا الطلب.",
        "قال/VBD بوتين/NNP ان/IN ه/PRP يرفض/VBP من/IN ايران/NNP هذا/DT الطلب/DTNN ./PUNC")).isEmpty();
  }

  @Test
  void whomAHostileEventStruckIsNotTheTargetOfItsCondemnation() {
    List<ClaimDraft> ds = read("الأردن يدين الهجوم على دمشق.",
        "الاردن/DTNNP يدين/VBP الهجوم/DTNN على/IN دمشق/NNP ./PUNC");
    assertThat(ds).noneMatch(d -> d.cue().equals("يدين"));
  }

  @Test
  void doerOfAHostileEventIsTheTargetOfItsCondemnation() {
    ClaimDraft d = withCue(read("الأردن يدين الهجوم الإسرائيلي على دمشق.",
        "الاردن/DTNNP يدين/VBP الهجوم/DTNN الاسرائيلي/DTJJ على/IN دمشق/NNP ./PUNC"), "يدين");
    assertThat(holder(d)).isEqualTo("JOR");
    assertThat(target(d)).isEqualTo("ISR");
  }

  @Test
  void actorOfAComplementClauseIsNoTarget() {
    // Rejecting that Syria is a failed state is no opposition to Syria.
    assertThat(read("ترفض روسيا أن سوريا دولة فاشلة.",
        "ترفض/VBP روسيا/NNP ان/IN سوريا/NNP دولة/NN فاشلة/JJ ./PUNC")).isEmpty();
  }

  @Test
  void groupTheHolderComesFromIsNoTarget() {
    ClaimDraft d = Fixture.withCue(Fixture.of("تجمع محتجون من حركة «الشباب الغاضب» أمام البرلمان.").read(
        "تجمع/VBD محتجون/NNS من/IN حركة/NN \"/PUNC الشباب/DTNN الغاضب/DTJJ \"/PUNC امام/NN البرلمان/DTNN ./PUNC"),
        "تجمع");
    assertThat(Fixture.target(d)).doesNotContain("حرك");
  }

  @Test
  void targetFollowsTheDoerALightVerbNamesAfterTheNounOfViolence() {
    ClaimDraft d = Fixture.withCue(Fixture.of("قتل جنديان في هجوم شنه مسلحون مجهولون، على دورية للجيش التركي.").read(
        "قتل/VBN جنديان/NN في/IN هجوم/NN شن/NN ه/PRP$ مسلحون/NNS مجهولون/JJ ,/PUNC على/IN دورية/NN ل/IN الجيش/DTNN "
            + "التركي/DTJJ ./PUNC"), "هجوم");
    assertThat(Fixture.holder(d)).startsWith("adhoc:armed_group:");
    assertThat(Fixture.target(d)).startsWith("TUR");
  }

  @Test
  void personsNameReadInAnAdjectiveAfterANounIsNoTarget() {
    Reading r = Fixture.of("تجمع المحتجون في الشارع الرئيسي.").reading(
        "تجمع/VBD المحتجون/DTNNS في/IN الشارع/DTNN الرئيسي/DTJJ ./PUNC");
    CommonActors.add(r);
    org.crosscheck.Actor person = org.crosscheck.Actor.builder("test-person", org.crosscheck.ActorKind.PERSON)
        .names(org.crosscheck.Language.ARABIC, "الرئيسي").build();
    assertThat(Targets.strayAdjective(r, org.crosscheck.spi.ActorSpan.of(4, 4, person, "الرئيسي"))).isTrue();
    assertThat(Targets.strayAdjective(r, org.crosscheck.spi.ActorSpan.of(3, 3, person, "الشارع"))).isFalse();
  }

  @Test
  void whomATransitiveMasdarStruckIsNotTheTargetOfItsCondemnation() {
    assertThat(read("الأردن يدين استهداف المتظاهرين في بغداد.",
        "الاردن/DTNNP يدين/VBP استهداف/NN المتظاهرين/DTNNS في/IN بغداد/NNP ./PUNC"))
        .noneMatch(d -> d.cue().equals("يدين") && d.target().isPresent());
    // With the preposition of its target after it, the genitive is the doer.
    assertThat(target(withCue(read("الأردن يدين قصف إسرائيل لغزة.",
        "الاردن/DTNNP يدين/VBP قصف/NN اسرائيل/NNP ل/IN غزة/NNP ./PUNC"), "يدين"))).isEqualTo("ISR");
  }

  @Test
  void stateAfterADirectionAdjectiveOrAPluralOfPlacesIsAPlaceNotATarget() {
    assertThat(read("الأردن يحذر من المعارك جنوبي العراق.",
        "الاردن/DTNNP يحذر/VBP من/IN المعارك/DTNNS جنوبي/JJ العراق/DTNNP ./PUNC")).isEmpty();
    assertThat(read("مسلحون يهاجمون مناطق العراق.",
        "مسلحون/NNS يهاجمون/VBP مناطق/NNS العراق/DTNNP ./PUNC"))
        .noneMatch(d -> d.target().isPresent());
    assertThat(read("القراصنة يهاجمون مرفأ هامبورغ.", "القراصنة/DTNNS يهاجمون/VBP مرفا/NN هامبورغ/NNP ./PUNC"))
        .isNotEmpty().noneMatch(d -> d.target().isPresent());
    assertThat(target(withCue(read("الأمم المتحدة تحذر سوريا من القتال.",
        "الامم/DTNNP المتحدة/DTNNP تحذر/VBP سوريا/NNP من/IN القتال/DTNN ./PUNC"), "تحذر"))).isEqualTo("SYR");
  }

  @Test
  void peopleOfTheSubjectsOwnAreNoTarget() {
    assertThat(read("المغرب يمنع مواطنيه من السفر.",
        "المغرب/DTNNP يمنع/VBP مواطني/NNS ه/PRP$ من/IN السفر/DTNN ./PUNC"))
        .noneMatch(d -> d.target().isPresent());
    assertThat(read("المغرب يمنع المواطنين من السفر.",
        "المغرب/DTNNP يمنع/VBP المواطنين/DTNNS من/IN السفر/DTNN ./PUNC"))
        .anyMatch(d -> d.target().isPresent());
  }
}

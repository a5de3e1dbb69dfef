package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class HoldersTest {

  private static ClaimDraft read(String text, String tagged, String cue) {
    return withCue(Fixture.of(text).read(tagged), cue);
  }

  @Test
  void masdarAgentInTheGenitiveHoldsTheStanceTowardTheObjectOfLam() {
    ClaimDraft d = read("أكد الوزير دعم روسيا لسوريا.",
        "اكد/VBD الوزير/DTNN دعم/NN روسيا/NNP ل/IN سوريا/NNP ./PUNC", "دعم");
    assertThat(holder(d)).isEqualTo("RUS");
    assertThat(target(d)).isEqualTo("SYR");
  }

  @Test
  void actorAfterLamIsWhomTheMasdarIsAimedAtNotItsGenitive() {
    assertThat(Fixture.of("اتهامات لإيران بدعم الحوثيين.").read(
        "اتهامات/NNS ل/IN ايران/NNP ب/IN دعم/NN الحوثيين/DTNNS ./PUNC"))
        .noneMatch(d -> holder(d).equals("IRN"));
  }

  @Test
  void speakersCountryAsAMasdarAgentIsTheSpeakersState() {
    ClaimDraft d = read("أكد الرئيس التركي دعم بلاده لقطر.",
        "اكد/VBD الرئيس/DTNN التركي/DTJJ دعم/NN بلاد/NN ه/PRP$ ل/IN قطر/NNP ./PUNC", "دعم");
    assertThat(holder(d)).isEqualTo("TUR");
    assertThat(d.holder().implied()).isTrue();
    assertThat(target(d)).isEqualTo("QAT");
  }

  @Test
  void pronounAfterTheComplementizerIsTheSpeakingState() {
    ClaimDraft d = read("أكدت تركيا أنها لن تدعم إيران.",
        "اكدت/VBD تركيا/NNP ان/IN ها/PRP لن/RP تدعم/VBP ايران/NNP ./PUNC", "لن تدعم");
    assertThat(holder(d)).isEqualTo("TUR");
    assertThat(target(d)).isEqualTo("IRN");
  }

  @Test
  void pronounAfterTheComplementizerIsTheOrganisationAPersonSpeaksFor() {
    ClaimDraft d = read("قال بوتين إنه يدعم سوريا.",
        "قال/VBD بوتين/NNP ان/IN ه/PRP يدعم/VBP سوريا/NNP ./PUNC", "يدعم");
    assertThat(holder(d)).isEqualTo("RUSGOV");
    assertThat(target(d)).isEqualTo("SYR");
  }

  @Test
  void actorAfterMinHoldsAStanceNounBeforeIt() {
    ClaimDraft d = read("وصل الدعم من روسيا إلى سوريا.",
        "وصل/VBD الدعم/DTNN من/IN روسيا/NNP الى/IN سوريا/NNP ./PUNC", "الدعم");
    assertThat(holder(d)).isEqualTo("RUS");
    assertThat(target(d)).isEqualTo("SYR");
  }

  @Test
  void nearestActorBeforeTheCueHoldsIt() {
    ClaimDraft d = read("مصر وروسيا تدعمان سوريا.",
        "مصر/NNP و/CC روسيا/NNP تدعمان/VBP سوريا/NNP ./PUNC", "تدعمان");
    assertThat(holder(d)).isEqualTo("RUS");
  }

  @Test
  void actorGovernedByAPrepositionDoesNotHoldTheStance() {
    ClaimDraft d = read("تركيا بعد لقاء مع روسيا تدعم سوريا.",
        "تركيا/NNP بعد/NN لقاء/NN مع/NN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC", "تدعم");
    assertThat(holder(d)).isEqualTo("TUR");
  }

  @Test
  void actorInAnAppositionBetweenCommasDoesNotHoldTheStance() {
    ClaimDraft d = read("روسيا، شريكة تركيا، تدعم سوريا.",
        "روسيا/NNP ,/PUNC شريكة/NN تركيا/NNP ,/PUNC تدعم/VBP سوريا/NNP ./PUNC", "تدعم");
    assertThat(holder(d)).isEqualTo("RUS");
  }

  @Test
  void speakersCountryBeforeTheCueIsTheSpeakersState() {
    ClaimDraft d = read("قال الرئيس التركي إن بلاده تدعم قطر.",
        "قال/VBD الرئيس/DTNN التركي/DTJJ ان/IN بلاد/NN ه/PRP$ تدعم/VBP قطر/NNP ./PUNC", "تدعم");
    assertThat(holder(d)).isEqualTo("TUR");
    assertThat(target(d)).isEqualTo("QAT");
  }

  @Test
  void speakersCountryWrittenAsOneWordIsTheSpeakersState() {
    ClaimDraft d = read("قال الرئيس التركي إن سياسة بلاده تدعم قطر.",
        "قال/VBD الرئيس/DTNN التركي/DTJJ ان/IN سياسة/NN بلاده/NN تدعم/VBP قطر/NNP ./PUNC", "تدعم");
    assertThat(holder(d)).isEqualTo("TUR");
  }

  @Test
  void weIsTheOrganisationTheSpeakerSpeaksFor() {
    ClaimDraft d = read("قال لافروف: «نحن ندعم سوريا».",
        "قال/VBD لافروف/NNP :/PUNC \"/PUNC نحن/PRP ندعم/VBP سوريا/NNP \"/PUNC ./PUNC", "ندعم");
    assertThat(holder(d)).isEqualTo("RUSGOV");
  }

  @Test
  void coordinatedVerbsShareTheSubjectOfTheClause() {
    ClaimDraft d = read("روسيا تراقب الوضع الأمني في المنطقة بدقة كبيرة وتجري حوارا مع سوريا.",
        "روسيا/NNP تراقب/VBP الوضع/DTNN الامني/DTJJ في/IN المنطقة/DTNN ب/IN دقة/NN كبيرة/JJ و/CC تجري/VBP "
            + "حوارا/NN مع/NN سوريا/NNP ./PUNC", "حوارا");
    assertThat(holder(d)).isEqualTo("RUS");
    assertThat(target(d)).isEqualTo("SYR");
  }

  @Test
  void firstPersonSuffixInTheClauseIsTheSpeakersOrganisation() {
    ClaimDraft d = read("قال بوتين: أثبتنا قدرتنا على دعم سوريا.",
        "قال/VBD بوتين/NNP :/PUNC اثبتنا/VBD قدرة/NN نا/PRP$ على/IN دعم/NN سوريا/NNP ./PUNC", "دعم");
    assertThat(holder(d)).isEqualTo("RUSGOV");
    assertThat(target(d)).isEqualTo("SYR");
  }

  @Test
  void subjectAfterAVerbCueHoldsIt() {
    ClaimDraft d = read("تدعم روسيا سوريا في المفاوضات.",
        "تدعم/VBP روسيا/NNP سوريا/NNP في/IN المفاوضات/DTNNS ./PUNC", "تدعم");
    assertThat(holder(d)).isEqualTo("RUS");
    assertThat(target(d)).isEqualTo("SYR");
  }

  @Test
  void newsOutletDoesNotHoldAStance() {
    List<ClaimDraft> ds = Fixture.of("وكالة رويترز تهاجم روسيا بشدة.")
        .read("وكالة/NN رويترز/NNP تهاجم/VBP روسيا/NNP ب/IN شدة/NN ./PUNC");
    assertThat(ds).extracting(Fixture::holder).doesNotContain("reuters");
  }

  @Test
  void fromPastTheMasdarsObjectTellsWhenceTheObjectComesNotWhoActs() {
    List<ClaimDraft> ds = Fixture.of("وقع خطف عشرة عمال من تركيا قرب الحدود.").read(
        "وقع/VBD خطف/NN عشرة/CD عمال/NN من/IN تركيا/NNP قرب/NN الحدود/DTNN ./PUNC");
    assertThat(ds).noneMatch(d -> holder(d).startsWith("TUR"));
  }

  @Test
  void actorInTheGenitiveOfAnotherNounIsNoSubjectOfANominalPredicate() {
    List<ClaimDraft> ds = Fixture.of("سار الناس إلى ضريح الرئيس التركي في مظاهرة كبيرة.").read(
        "سار/VBD الناس/DTNN الى/IN ضريح/NN الرئيس/DTNN التركي/DTJJ في/IN مظاهرة/NN كبيرة/JJ ./PUNC");
    assertThat(ds).noneMatch(d -> d.cue().equals("مظاهرة"));
  }

  @Test
  void masdarOfPurposeFarFromItsVerbIsHeldByTheVerbsSubject() {
    ClaimDraft d = read("تجمع مئات المحتجين أمام مبنى البرلمان في وسط العاصمة يوم الأحد للاحتجاج على قرار الحكومة العراقية.",
        "تجمع/VBD مئات/NN المحتجين/DTNNS امام/NN مبنى/NN البرلمان/DTNN في/IN وسط/NN العاصمة/DTNN يوم/NN "
            + "الاحد/DTNN ل/IN الاحتجاج/DTNN على/IN قرار/NN الحكومة/DTNN العراقية/DTJJ ./PUNC", "للاحتجاج");
    assertThat(holder(d)).startsWith("adhoc:group:");
  }

  @Test
  void demonymTheCatalogReadsAsItsStateHoldsTheStrikeBeforeIt() {
    ClaimDraft d = read("أدت ضربة جوية أميركية إلى مقتل مسلحين.",
        "ادت/VBD ضربة/NN جوية/JJ اميركية/JJ الى/IN مقتل/NN مسلحين/NNS ./PUNC", "ضربة");
    assertThat(holder(d)).startsWith("USA");
  }

  @Test
  void actorTheHelpGoesToDoesWhatTheMasdarOfPurposeNames() {
    ClaimDraft d = read("وعدت تركيا بتقديم السلاح للحكومة العراقية لمحاربة المتمردين.",
        "وعدت/VBD تركيا/NNP ب/IN تقديم/NN السلاح/DTNN ل/IN الحكومة/DTNN العراقية/DTJJ ل/IN محاربة/NN "
            + "المتمردين/DTNNS ./PUNC", "لمحاربة");
    assertThat(holder(d)).isEqualTo("IRQGOV");
  }

  @Test
  void actorAnEventIsPutDownToHoldsIt() {
    ClaimDraft d = read("وقع هجوم انتحاري، نسب إلى المتمردين، قرب الثكنة.",
        "وقع/VBD هجوم/NN انتحاري/JJ ,/PUNC نسب/VBN الى/IN المتمردين/DTNNS ,/PUNC قرب/NN الثكنة/DTNN ./PUNC", "هجوم");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void definiteMasdarTakesNoGenitiveHolder() {
    assertThat(Fixture.of("أكد الوزير الدعم روسيا لسوريا.").read(
        "اكد/VBD الوزير/DTNN الدعم/DTNN روسيا/NNP ل/IN سوريا/NNP ./PUNC"))
        .noneMatch(d -> holder(d).equals("RUS"));
  }

  @Test
  void adjectiveRightBeforeAMasdarIsNoPredicateOfIt() {
    assertThat(Fixture.of("القاعدة روسية مواجهة بوتين.").read(
        "القاعدة/DTNNP روسية/JJ مواجهة/NN بوتين/NNP ./PUNC")).isEmpty();
    ClaimDraft d = read("روسيا مستعدة لمواجهة أوكرانيا.",
        "روسيا/NNP مستعدة/JJ ل/IN مواجهة/NN اوكرانيا/NNP ./PUNC", "لمواجهة");
    assertThat(holder(d)).isEqualTo("RUS");
  }

  @Test
  void clausesFirstActorHoldsACoordinatedVerbOnly() {
    Fixture f = Fixture.of("ينذر الكرملين بالرد أمس تراقب. حذرت روسيا من التصعيد وتراقب.");
    Reading r = f.reading("ينذر/VBP الكرملين/DTNNP ب/IN الرد/DTNN امس/NN تراقب/VBP ./PUNC");
    assertThat(Holders.sharesClauseActor(r, Segments.of(r).get(0), 5)).isFalse();
    Reading c = f.reading("حذرت/VBD روسيا/NNP من/IN التصعيد/DTNN و/CC تراقب/VBP ./PUNC");
    assertThat(Holders.sharesClauseActor(c, Segments.of(c).get(0), 5)).isTrue();
  }

  @Test
  void headlineSpeakerBeforeAColonHoldsAFirstPersonVerb() {
    ClaimDraft d = read("بكين: سنقاتل حتى النهاية.",
        "بكين/NNP :/PUNC س/RP نقاتل/VBP حتى/IN النهاية/DTNN ./PUNC", "نقاتل");
    assertThat(holder(d)).isEqualTo("CHNGOV");
  }

  @Test
  void masdarWithAPossessivePronounAfterAnVerbOfExpressingIsItsSubjectsStance() {
    ClaimDraft d = read("أعربت الصين عن دعمها لموقف روسيا.",
        "اعربت/VBD الصين/DTNNP عن/IN دعم/NN ها/PRP$ ل/IN موقف/NN روسيا/NNP ./PUNC", "دعم");
    assertThat(holder(d)).startsWith("CHN");
    assertThat(target(d)).startsWith("RUS");
  }

  @Test
  void masdarWithAPossessivePronounRightAfterTheObjectIsNotTheSubjectsStance() {
    assertThat(Holders.possessor(Fixture.of("أدانت مصر اعتقالها.").reading(
        "ادانت/VBD مصر/NNP اعتقال/NN ها/PRP$ ./PUNC"), 2)).isNull();
  }

  @Test
  void masdarWithAPossessivePronounAsTheObjectOfAVerbOfDeclaringIsItsSubjectsStance() {
    ClaimDraft d = read("أعلنت فرنسا دعمها لأوكرانيا.",
        "اعلنت/VBD فرنسا/NNP دعم/NN ها/PRP$ ل/IN اوكرانيا/NNP ./PUNC", "دعم");
    assertThat(holder(d)).startsWith("FRA");
    assertThat(target(d)).startsWith("UKR");
    ClaimDraft h = read("واشنطن تعلن دعمها الكامل لإسرائيل.",
        "واشنطن/NNP تعلن/VBP دعم/NN ها/PRP$ الكامل/DTJJ ل/IN اسرائيل/NNP ./PUNC", "دعم");
    assertThat(holder(h)).startsWith("USA");
    assertThat(target(h)).startsWith("ISR");
  }

  @Test
  void masdarWithAPossessivePronounAfterAVerbOfAffirmingIsItsSubjectsStance() {
    ClaimDraft d = read("أكدت قطر دعمها للسودان.",
        "اكدت/VBD قطر/NNP دعم/NN ها/PRP$ ل/IN السودان/DTNNP ./PUNC", "دعم");
    assertThat(holder(d)).startsWith("QAT");
    assertThat(target(d)).startsWith("SDN");
  }

  @Test
  void masdarWithAPossessivePronounAfterAnotherVerbOrAGovernedActorHasNoDeclaredHolder() {
    assertThat(Holders.possessor(Fixture.of("دعت فرنسا دعمها.").reading(
        "دعت/VBD فرنسا/NNP دعم/NN ها/PRP$ ./PUNC"), 2)).isNull();
    assertThat(Holders.possessor(Fixture.of("تعلن لفرنسا دعمها.").reading(
        "تعلن/VBP ل/IN فرنسا/NNP دعم/NN ها/PRP$ ./PUNC"), 3)).isNull();
  }
}

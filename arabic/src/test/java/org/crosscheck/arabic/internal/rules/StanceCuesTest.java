package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class StanceCuesTest {

  /** The stance and event code of the cue at the first token of a one-sentence text, or "none". */
  private static String cue(String text, String tagged) {
    Reading r = Fixture.of(text).reading(tagged);
    return StanceCues.at(r, 0).map(c -> c.stance() + c.event().map(e -> " " + e.code()).orElse(""))
        .orElse("none");
  }

  @Test
  void matchesACuratedStemAsWrittenAndBehindItsArticleAndClitics() {
    assertThat(cue("دعم", "دعم/NN")).isEqualTo("SUPPORT 050");
    assertThat(cue("وبالدعم", "وبالدعم/NN")).isEqualTo("SUPPORT 050");
  }

  @Test
  void matchesAnImperfectVerbWithoutItsPrefixAndEnding() {
    assertThat(cue("تدعم", "تدعم/VBP")).startsWith("SUPPORT");
    assertThat(cue("يرفض", "يرفض/VBP")).startsWith("OPPOSE");
    assertThat(cue("يهاجمون", "يهاجمون/VBP")).isEqualTo("OPPOSE 190");
  }

  @Test
  void matchesAWordWithoutItsSuffix() {
    assertThat(cue("رفضت", "رفضت/VBD")).startsWith("OPPOSE");
    assertThat(cue("دعمها", "دعمها/NN")).startsWith("SUPPORT");
  }

  @Test
  void pressureIsACueOfOpposition() {
    assertThat(cue("ضغوط", "ضغوط/NNS")).isEqualTo("OPPOSE");
    assertThat(cue("ضغطت", "ضغطت/VBD")).isEqualTo("OPPOSE");
  }

  @Test
  void theDeadAndTheWoundedAreNoKilling() {
    assertThat(cue("قتلى", "قتلى/NN")).isEqualTo("none");
    assertThat(cue("القتلى", "القتلى/DTNN")).isEqualTo("none");
    assertThat(cue("قتل", "قتل/NN")).startsWith("OPPOSE");
  }

  @Test
  void leavesOtherWordsAndTooShortStemsAlone() {
    assertThat(cue("وزير", "وزير/NN")).isEqualTo("none");
    assertThat(cue("تدع", "تدع/VBP")).isEqualTo("none");
  }

  @Test
  void curatedVerbCueDoesNotMatchANounReading() {
    // "أيدي" (hands) is no "أيد" (endorsed): a noun ending leaves only a noun's stem.
    assertThat(cue("بأيدي", "بأيدي/NN")).isEqualTo("none");
  }

  @Test
  void dictionaryVerbMatchesOnlyWhereTheTaggerReadAVerb() {
    assertThat(cue("يقاومون", "يقاومون/VBP")).startsWith("OPPOSE");
    assertThat(cue("يقاومون", "يقاومون/NN")).isEqualTo("none");
  }

  @Test
  void dictionaryVerbNeedsTheWordsItsLemmaNames() {
    assertThat(cue("أطلقوا النار على الشرطة", "اطلقوا/VBD النار/DTNN على/IN الشرطة/DTNN")).isEqualTo("OPPOSE 190");
    assertThat(cue("أطلقوا حملة", "اطلقوا/VBD حملة/NN")).isEqualTo("none");
  }

  @Test
  void verbsTheReviewExcludedAreNoCues() {
    assertThat(cue("أعلنت", "اعلنت/VBD")).isEqualTo("none");
    assertThat(cue("قرر", "قرر/VBD")).isEqualTo("none");
  }

  @Test
  void reviewedCorrectionGivesTheCodeOfTheVerbsSenseInNews() {
    // The generated code of قصف is 085 (ease sanctions): the review gives 195, aerial weapons.
    assertThat(cue("قصفت", "قصفت/VBD")).isEqualTo("OPPOSE 195");
  }

  @Test
  void masdarOfADictionaryVerbIsACueOnNouns() {
    assertThat(cue("التشجيع", "التشجيع/DTNN")).isEqualTo("SUPPORT 051");
    assertThat(cue("المقاومة", "المقاومة/DTNN")).startsWith("OPPOSE");
  }

  @Test
  void perfectVerbTheSegmenterWroteWithTehMarbutaBeforeItsObjectIsAVerb() {
    assertThat(cue("قاومتها", "قاومة/NN ها/PRP$")).startsWith("OPPOSE");
  }

  @Test
  void patternRefinesTheEventWhenItsStanceIsTheCues() {
    // هاجم + a proposal is verbal criticism (111), not armed force (190).
    assertThat(cue("هاجم الاقتراح", "هاجم/VBD الاقتراح/DTNN")).isEqualTo("OPPOSE 111");
  }

  @Test
  void imperfectOfAyyadaWithItsHamzaOnWawIsASupportingCue() {
    ClaimDraft d = withCue(Fixture.of("واشنطن تؤيد قرار مجلس الأمن الدولي.").read(
        "واشنطن/NNP تؤيد/VBP قرار/NN مجلس/NN الامن/DTNN الدولي/DTJJ ./PUNC"), "تؤيد");
    assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
    assertThat(holder(d)).isEqualTo("USAGOV");
  }
}

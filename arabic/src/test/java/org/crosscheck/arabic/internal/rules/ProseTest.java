package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

  @Test
  void newsSentenceIsProse() {
    Reading r = Fixture.of("أنقرة تتهم دمشق بخرق الهدنة.").reading(
        "انقرة/NNP تتهم/VBP دمشق/NNP ب/IN خرق/NN الهدنة/DTNN ./PUNC");
    assertThat(Prose.brokenSentence(r)).isFalse();
    assertThat(Prose.brokenWithin(r, 0, r.size() - 1)).isFalse();
  }

  @Test
  void prepositionBeforeAVerbOrAParticleBreaksTheOrder() {
    Reading r = Fixture.of("روسيا في تتهم إلى قد أوكرانيا.").reading(
        "روسيا/NNP في/IN تتهم/VBP الى/IN قد/RP اوكرانيا/NNP ./PUNC");
    assertThat(Prose.broken(r, 1)).isTrue();
    assertThat(Prose.broken(r, 3)).isTrue();
    assertThat(Prose.brokenSentence(r)).isTrue();
  }

  @Test
  void lamOfPurposeBeforeAVerbAndPrepositionBeforeAQuoteAreAllowed() {
    Reading r = Fixture.of("خرجوا ليطالبوا بـ\"الحرية\".").reading(
        "خرجوا/VBD ل/IN يطالبوا/VBP ب/IN \"/PUNC الحرية/DTNN \"/PUNC ./PUNC");
    assertThat(Prose.broken(r, 1)).isFalse();
    assertThat(Prose.broken(r, 3)).isFalse();
  }

  @Test
  void relativePronounBeforeAConjunctionBreaksTheOrder() {
    Reading r = Fixture.of("الحكومة التي و الجيش.").reading("الحكومة/DTNN التي/WP و/CC الجيش/DTNN ./PUNC");
    assertThat(Prose.broken(r, 1)).isTrue();
  }

  @Test
  void claimOverWordsOutOfOrderIsNotRead() {
    assertThat(Fixture.of("أنقرة تتهم دمشق في و بخرق الهدنة الذي.").read(
        "انقرة/NNP تتهم/VBP دمشق/NNP في/IN و/CC ب/IN خرق/NN الهدنة/DTNN الذي/WP ./PUNC")).isEmpty();
  }

  @Test
  void loneAdjectiveHoldsNoStance() {
    assertThat(Fixture.of("الروسي يهاجم أوكرانيا.").read("الروسي/DTJJ يهاجم/VBP اوكرانيا/NNP ./PUNC")).isEmpty();
  }

  @Test
  void particleOfAVerbBeforeANounBreaksTheOrder() {
    Reading r = Fixture.of("قالت قد روسيا لن تدعم فقد الجيش مواقعه.").reading(
        "قالت/VBD قد/RP روسيا/NNP لن/RP تدعم/VBP ف/RP قد/RP الجيش/DTNN مواقع/NN ه/PRP$ ./PUNC");
    assertThat(Prose.verbalParticleBeforeNoun(r, 1)).isTrue();
    assertThat(Prose.verbalParticleBeforeNoun(r, 3)).isFalse();
    // "فقد" (lost), cut by the segmenter into فـ and قد, stands before its subject.
    assertThat(Prose.verbalParticleBeforeNoun(r, 6)).isFalse();
  }

  @Test
  void definiteAdjectiveRightAfterAVerbOrAParticleBreaksTheOrder() {
    Reading r = Fixture.of("ستعزز السورية الحكومة السورية لن المتسارعة.").reading(
        "س/RP تعزز/VBP السورية/DTJJ الحكومة/DTNN السورية/DTJJ لن/RP المتسارعة/DTJJ ./PUNC");
    assertThat(Prose.broken(r, 1)).isTrue();
    assertThat(Prose.broken(r, 3)).isFalse();
    assertThat(Prose.broken(r, 5)).isTrue();
  }

  @Test
  void nameSaidTwiceInARowBreaksTheOrderButTwoNamesDoNot() {
    Reading r = Fixture.of("نشرت روسيا روسيا وتهاجم روسيا أوكرانيا.").reading(
        "نشرت/VBD روسيا/NNP روسيا/NNP و/CC تهاجم/VBP روسيا/NNP اوكرانيا/NNP ./PUNC");
    assertThat(Prose.nameRepeated(r, 1)).isTrue();
    assertThat(Prose.nameRepeated(r, 5)).isFalse();
  }

  @Test
  void perfectVerbRightAfterAnotherBreaksTheOrderUnlessAfterKanaOrSpeech() {
    Reading r = Fixture.of("ونشرت قال كانت أعلنت وقال رفضنا.").reading(
        "و/CC نشرت/VBD قال/VBD كانت/VBD اعلنت/VBD و/CC قال/VBD رفضنا/VBD ./PUNC");
    assertThat(Prose.twoPerfects(r, 1)).isTrue();
    assertThat(Prose.twoPerfects(r, 3)).isFalse();
    assertThat(Prose.twoPerfects(r, 6)).isFalse();
  }

  @Test
  void wordThatGovernsANounBeforeAVerbOrAMarkBreaksTheOrderButMayFollowAPreposition() {
    Reading r = Fixture.of("روسيا عبر تدعم من خلال الحوار وغير.").reading(
        "روسيا/NNP عبر/NN تدعم/VBP من/IN خلال/NN الحوار/DTNN و/CC غير/NN ./PUNC");
    assertThat(Prose.broken(r, 1)).isTrue();
    assertThat(Prose.broken(r, 3)).isFalse();
    assertThat(Prose.broken(r, 4)).isFalse();
    assertThat(Prose.broken(r, 7)).isTrue();
  }
}

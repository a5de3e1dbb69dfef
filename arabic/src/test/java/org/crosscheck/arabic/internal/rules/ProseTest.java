package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.spi.ClaimDraft;
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
    assertThat(Prose.verbalParticleBeforeNoun(r.s, r.lex, 1)).isTrue();
    assertThat(Prose.verbalParticleBeforeNoun(r.s, r.lex, 3)).isFalse();
    // "فقد" (lost), cut by the segmenter into فـ and قد, stands before its subject.
    assertThat(Prose.verbalParticleBeforeNoun(r.s, r.lex, 6)).isFalse();
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
    assertThat(Prose.twoPerfects(r.s, r.lex, 1)).isTrue();
    assertThat(Prose.twoPerfects(r.s, r.lex, 3)).isFalse();
    assertThat(Prose.twoPerfects(r.s, r.lex, 6)).isFalse();
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

  private static final String SHUFFLED = "روسيا في تتهم إلى قد أوكرانيا.";
  private static final String SHUFFLED_TAGS = "روسيا/NNP في/IN تتهم/VBP الى/IN قد/RP اوكرانيا/NNP ./PUNC";
  private static final String CLAIM = "أنقرة تتهم دمشق بخرق الهدنة.";
  private static final String CLAIM_TAGS = "انقرة/NNP تتهم/VBP دمشق/NNP ب/IN خرق/NN الهدنة/DTNN ./PUNC";
  private static final String PLAIN = "وصل الوفد إلى العاصمة صباح اليوم.";
  private static final String PLAIN_TAGS = "وصل/VBD الوفد/DTNN الى/IN العاصمة/DTNN صباح/NN اليوم/DTNN ./PUNC";

  @Test
  void sentenceThatReadsWellAmongShuffledWordsIsNotRead() {
    Fixture f = Fixture.of(SHUFFLED + " " + SHUFFLED + " " + CLAIM + " " + SHUFFLED);
    List<ArabicSentence> marked = Prose.amidProse(List.of(f.sentence(SHUFFLED_TAGS), f.sentence(SHUFFLED_TAGS),
        f.sentence(CLAIM_TAGS), f.sentence(SHUFFLED_TAGS)), Fixture.LEX);
    assertThat(marked).noneMatch(ArabicSentence::amidProse);
    assertThat(marked.get(2).part(0, 3).amidProse()).isFalse();
    assertThat(read(f, marked.get(2))).isEmpty();
    assertThat(Fixture.of(CLAIM).read(CLAIM_TAGS)).hasSize(1);
  }

  @Test
  void oneGarbledSentenceDoesNotSilenceItsNeighbours() {
    Fixture f = Fixture.of(PLAIN + " " + SHUFFLED + " " + CLAIM + " " + PLAIN);
    List<ArabicSentence> marked = Prose.amidProse(List.of(f.sentence(PLAIN_TAGS), f.sentence(SHUFFLED_TAGS),
        f.sentence(CLAIM_TAGS), f.sentence(PLAIN_TAGS)), Fixture.LEX);
    assertThat(marked).allMatch(ArabicSentence::amidProse);
    assertThat(read(f, marked.get(2))).hasSize(1);
  }

  @Test
  void neighbourhoodReachesAHundredAndTwentyTokensEachSide() {
    // Seven tokens a sentence: twelve garbled sentences, then plain ones. Eighteen sentences back from the 28th
    // reach two garbled ones, from the 27th three.
    List<ArabicSentence> marked = Prose.amidProse(sentences(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), Fixture.LEX);
    assertThat(marked.get(12).amidProse()).isFalse();
    assertThat(marked.get(27).amidProse()).isFalse();
    assertThat(marked.get(28).amidProse()).isTrue();
  }

  @Test
  void garbledSentencesSpreadThinOverProseLeaveItProse() {
    // Three garbled sentences in 210 tokens: fewer than one per 67.
    List<ArabicSentence> marked = Prose.amidProse(sentences(0, 14, 29), Fixture.LEX);
    assertThat(marked).allMatch(ArabicSentence::amidProse);
    List<ArabicSentence> close = Prose.amidProse(sentences(0, 2, 4), Fixture.LEX);
    assertThat(close.get(3).amidProse()).isFalse();
    // The 10th sentence sees all three in 196 tokens (one per 65), the 11th in 203 (one per 68).
    assertThat(close.get(9).amidProse()).isFalse();
    assertThat(close.get(10).amidProse()).isTrue();
  }

  /** Thirty sentences of seven tokens, garbled at the given indices and plain elsewhere. */
  private static List<ArabicSentence> sentences(int... garbled) {
    List<String> texts = new ArrayList<>(Collections.nCopies(30, PLAIN));
    for (int g : garbled) {
      texts.set(g, SHUFFLED);
    }
    Fixture f = Fixture.of(String.join(" ", texts));
    List<ArabicSentence> out = new ArrayList<>();
    for (String t : texts) {
      out.add(f.sentence(t.equals(SHUFFLED) ? SHUFFLED_TAGS : PLAIN_TAGS));
    }
    return out;
  }

  private static List<ClaimDraft> read(Fixture f, ArabicSentence s) {
    List<ClaimDraft> drafts = new ArrayList<>();
    new ClaimReader(Fixture.LEX).read(f.context(s, drafts));
    return drafts;
  }
}

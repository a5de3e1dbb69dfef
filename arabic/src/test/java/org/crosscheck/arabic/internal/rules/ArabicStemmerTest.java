package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per affix rule of the stemmer, on words of the kind news writes. */
class ArabicStemmerTest {

  private static final ArabicStemmer STEMMER = ArabicLexicon.get().stemmer;

  private static Optional<ArabicStemmer.Stem> stem(String word, String form) {
    return STEMMER.stems(word).stream().filter(s -> s.form().equals(form)).findFirst();
  }

  private static List<ArabicStemmer.Stem> all(String word, String form) {
    return STEMMER.stems(word).stream().filter(s -> s.form().equals(form)).toList();
  }

  @Test
  void theWordItselfComesFirst() {
    assertThat(STEMMER.stems("هاجم").get(0).form()).isEqualTo("هاجم");
  }

  @Test
  void conjunctionIsRemovedBeforeAnything() {
    ArabicStemmer.Stem s = stem("وهاجم", "هاجم").orElseThrow();
    assertThat(s.begin()).isEqualTo(1);
    assertThat(s.end()).isEqualTo(5);
    assertThat(s.verbal()).isTrue();
  }

  @Test
  void prepositionAndArticleMakeANoun() {
    assertThat(all("بالاعتقال", "اعتقال")).isNotEmpty().allMatch(s -> s.nominal() && !s.verbal());
    assertThat(stem("للحكومة", "حكومه")).isPresent();
  }

  @Test
  void futureAndImperfectPrefixesMakeAVerb() {
    List<ArabicStemmer.Stem> s = all("سيهاجمون", "هاجم");
    assertThat(s).isNotEmpty().allMatch(x -> x.verbal() && !x.nominal());
    assertThat(s.get(0).begin()).isEqualTo(2);
  }

  @Test
  void derivationPrefixOfAMasdarInTehMarbutaLeavesTheVerb() {
    assertThat(all("مهاجمة", "هاجم")).isNotEmpty().allMatch(ArabicStemmer.Stem::nominal);
  }

  @Test
  void pronounSuffixIsRemoved() {
    assertThat(stem("هاجمها", "هاجم").orElseThrow().end()).isEqualTo(4);
  }

  @Test
  void verbEndingMakesAVerb() {
    assertThat(all("هاجموا", "هاجم")).isNotEmpty().allMatch(s -> s.verbal() && !s.nominal());
  }

  @Test
  void nounEndingMakesANounAndAFemininePluralGetsItsTehMarbutaBack() {
    assertThat(all("مسلحون", "مسلح")).anyMatch(s -> s.nominal() && !s.verbal());
    assertThat(stem("مظاهرات", "مظاهره").orElseThrow().end()).isEqualTo(5);
  }

  @Test
  void finalAlefMaqsuraIsNoNounEndingThoughFoldedAsYeh() {
    // "قتلى" (the dead) is no "قتل" (killing); the construct plural "مسلحي" is "مسلح".
    assertThat(stem("قتلى", "قتل")).isEmpty();
    assertThat(stem("جرحى", "جرح")).isEmpty();
    assertThat(all("مسلحي", "مسلح")).anyMatch(ArabicStemmer.Stem::nominal);
  }

  @Test
  void offsetsCountDiacriticsAsWritten() {
    ArabicStemmer.Stem s = stem("وَهاجم", "هاجم").orElseThrow();
    assertThat("وَهاجم".substring(s.begin(), s.end())).isEqualTo("هاجم");
  }

  @Test
  void stemsKeepAtLeastTwoLetters() {
    assertThat(STEMMER.stems("وله")).allMatch(s -> s.form().length() >= ArabicStemmer.MIN_STEM);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> STEMMER.stems(null)).isInstanceOf(NullPointerException.class);
  }
}

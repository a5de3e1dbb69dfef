package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {

  private static boolean candidate(String text, String tagged) {
    Fixture f = Fixture.of(text);
    return CandidateFilter.isCandidate(f.context(f.sentence(tagged), new ArrayList<>()), Fixture.LEX);
  }

  @Test
  void readsASentenceWithASpeechVerbAndNoCueForTheSpeakerItNames() {
    assertThat(candidate("قال بوتين كلاما طويلا.", "قال/VBD بوتين/NNP كلاما/NN طويلا/JJ ./PUNC")).isTrue();
  }

  @Test
  void readsASentenceWithAStanceCue() {
    assertThat(candidate("روسيا تدعم سوريا.", "روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC")).isTrue();
  }

  @Test
  void leavesASentenceWithNeitherUnread() {
    assertThat(candidate("كان الطقس معتدلا.", "كان/VBD الطقس/DTNN معتدلا/JJ ./PUNC")).isFalse();
  }

  @Test
  void readsASentenceWhoseOnlyProtestWordIsItsProtesters() {
    assertThat(candidate("وسلم المحتجون رسالة إلى المحافظ.",
        "و/CC سلم/VBD المحتجون/DTNNS رسالة/NN الى/IN المحافظ/DTNN ./PUNC")).isTrue();
  }

  @Test
  void readsASentenceWhoseOnlyProtestWordIsAVerbOfOrganising() {
    assertThat(candidate("حشد الحزب أنصاره في الساحة.", "حشد/VBD الحزب/DTNN انصار/NN ه/PRP$ في/IN الساحة/DTNN ./PUNC"))
        .isTrue();
  }

  @Test
  void readsASentenceWhoseOnlyCueIsAVerbOfAgreeing() {
    assertThat(candidate("اتفقت إيران والسعودية على استئناف العلاقات.",
        "اتفقت/VBD ايران/NNP و/CC السعودية/DTNNP على/IN استئناف/NN العلاقات/DTNNS ./PUNC")).isTrue();
  }

  @Test
  void readsASentenceWhoseOnlyCueIsAPredicateOfCondemnation() {
    assertThat(candidate("روسيا: الوجود الأمريكي احتلال.",
        "روسيا/NNP :/PUNC الوجود/DTNN الامريكي/DTJJ احتلال/NN ./PUNC")).isTrue();
  }
}

package org.crosscheck.arabic.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterFeaturesTest {

  /** One datum per character of {@code word}, as CoreNLP's IOB conversion fills them in. */
  private static List<CoreLabel> chars(String word, String domain) {
    List<CoreLabel> out = new ArrayList<>();
    for (int i = 0; i < word.length(); i++) {
      CoreLabel c = new CoreLabel();
      c.set(CoreAnnotations.CharAnnotation.class, String.valueOf(word.charAt(i)));
      c.setWord(word);
      c.setIndex(i);
      c.set(CoreAnnotations.DomainAnnotation.class, domain);
      out.add(c);
    }
    return out;
  }

  @Test
  void keyIsTheSameWhereTheFactoryReadsTheSame() {
    // Position 3 of both: same word, index, domain and characters from 1 to 5; they differ at 0 and 6 only.
    List<CoreLabel> a = chars("abcdefg", "atb");
    List<CoreLabel> b = chars("abcdefg", "atb");
    b.get(0).set(CoreAnnotations.CharAnnotation.class, "x");
    b.get(6).set(CoreAnnotations.CharAnnotation.class, "y");
    assertThat(CharacterFeatures.key(b, 3)).isEqualTo(CharacterFeatures.key(a, 3));
  }

  @Test
  void keyChangesWithEachThingTheFactoryReads() {
    List<CoreLabel> a = chars("abcdefg", "atb");
    String key = CharacterFeatures.key(a, 3);
    for (int j = 1; j <= 5; j++) {
      List<CoreLabel> b = chars("abcdefg", "atb");
      b.get(j).set(CoreAnnotations.CharAnnotation.class, "z");
      assertThat(CharacterFeatures.key(b, 3)).as("character %s", j).isNotEqualTo(key);
    }
    List<CoreLabel> word = chars("abcdefg", "atb");
    word.get(3).setWord("abcdefgh");
    assertThat(CharacterFeatures.key(word, 3)).isNotEqualTo(key);
    List<CoreLabel> index = chars("abcdefg", "atb");
    index.get(3).setIndex(4);
    assertThat(CharacterFeatures.key(index, 3)).isNotEqualTo(key);
    assertThat(CharacterFeatures.key(chars("abcdefg", "egy"), 3)).isNotEqualTo(key);
  }

  @Test
  void keyTellsTheEdgeOfTheTextFromACharacterWrittenLikeTheEdgeMark() {
    List<CoreLabel> edge = chars("ab", "atb");
    List<CoreLabel> marked = chars("xyab", "atb");
    for (int i = 0; i < marked.size(); i++) {
      marked.get(i).setWord("ab");
      marked.get(i).setIndex(i - 2);
    }
    marked.get(0).set(CoreAnnotations.CharAnnotation.class, "-;");
    marked.get(1).set(CoreAnnotations.CharAnnotation.class, "-;");
    marked.get(2).setIndex(0);
    assertThat(CharacterFeatures.key(marked, 2)).isNotEqualTo(CharacterFeatures.key(edge, 0));
  }

  @Test
  void keySeparatesPartsSoThatNoTwoSplitsOfTheSameCharactersMeet() {
    List<CoreLabel> a = chars("ab", "atb");
    List<CoreLabel> b = chars("ab", "atb");
    a.get(0).set(CoreAnnotations.CharAnnotation.class, "ab");
    a.get(1).set(CoreAnnotations.CharAnnotation.class, "c");
    b.get(0).set(CoreAnnotations.CharAnnotation.class, "a");
    b.get(1).set(CoreAnnotations.CharAnnotation.class, "bc");
    assertThat(CharacterFeatures.key(a, 1)).isNotEqualTo(CharacterFeatures.key(b, 1));
  }
}

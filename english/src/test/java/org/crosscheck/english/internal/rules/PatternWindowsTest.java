package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.Token;
import org.junit.jupiter.api.Test;

class PatternWindowsTest {

  /** Tokens at the offsets the words have in {@code text}, each found after the one before. */
  private static List<Token> tokens(String text, String... words) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      int b = text.indexOf(w, at);
      out.add(new Token(out.size(), w, w.toLowerCase(java.util.Locale.ROOT), w.equals("-") ? "HYPH" : "NN", b,
          b + w.length()));
      at = b + w.length();
    }
    return out;
  }

  private static List<String> words(List<String[]> window) {
    return window.stream().map(w -> w[0]).toList();
  }

  @Test
  void hyphenatedWordSplitByTheTokenizerIsOneWord() {
    List<Token> t = tokens("imposed a 24-hour curfew", "imposed", "a", "24", "-", "hour", "curfew");
    assertThat(words(PatternWindows.after(t, 0, 8))).containsExactly("a", "24-hour", "curfew");
  }

  @Test
  void longHyphenatedRunIsOneWord() {
    List<Token> t = tokens("a dusk-to-dawn curfew", "a", "dusk", "-", "to", "-", "dawn", "curfew");
    assertThat(words(PatternWindows.after(t, -1, 8))).containsExactly("a", "dusk-to-dawn", "curfew");
  }

  @Test
  void dashWithSpacesStaysAWord() {
    List<Token> t = tokens("talks - and a curfew", "talks", "-", "and", "a", "curfew");
    assertThat(words(PatternWindows.after(t, -1, 8))).containsExactly("talks", "-", "and", "a", "curfew");
  }

  @Test
  void windowCountsWordsNotTokens() {
    List<Token> t = tokens("a 90-day state of emergency", "a", "90", "-", "day", "state", "of", "emergency");
    assertThat(words(PatternWindows.after(t, -1, 3))).containsExactly("a", "90-day", "state");
  }

  @Test
  void wordBetweenTouchingBracketsIsNoHyphenatedRun() {
    List<Token> t = tokens("the (UN) said", "the", "(", "UN", ")", "said");
    assertThat(words(PatternWindows.after(t, -1, 8))).containsExactly("the", "(", "un", ")", "said");
  }

  @Test
  void theWindowAfterAContainerStartsAfterItsOf() {
    List<Token> t = tokens("launched two days of naval drills", "launched", "two", "days", "of", "naval", "drills");
    assertThat(words(PatternWindows.afterContainer(t, 0, 8, java.util.Set.of("days"))))
        .containsExactly("naval", "drills");
    assertThat(PatternWindows.afterContainer(t, 0, 8, java.util.Set.of("round"))).isEmpty();
  }

  @Test
  void aVerbInThePastKeepsItsFormAsItsLemmaButANounItsLemma() {
    List<Token> t = Readings.tagged("hailed/VBD the/DT deal/NN struck/VBN/strike by/IN strikes/NNS/strike");
    assertThat(PatternWindows.after(t, 0, 8).stream().map(w -> w[1]).toList())
        .containsExactly("the", "deal", "struck", "by", "strike");
  }
}

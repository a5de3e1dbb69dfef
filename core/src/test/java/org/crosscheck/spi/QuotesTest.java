package org.crosscheck.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {

  @Test
  void pairsCurlyGuillemetAndStraightQuotes() {
    String t = "He said “no” and «لا» and \"never\".";
    assertThat(Quotes.in(t, 0, t.length())).extracting(q -> t.substring(q.open() + 1, q.close()))
        .containsExactly("no", "لا", "never");
  }

  @Test
  void anUnclosedQuoteIsNoSpan() {
    String t = "He said “no and left.";
    assertThat(Quotes.in(t, 0, t.length())).isEmpty();
  }

  @Test
  void containsCoversTheOpeningMarkButNotTheClosingOne() {
    Quotes.Span s = new Quotes.Span(3, 9);
    assertThat(s.contains(3)).isTrue();
    assertThat(s.contains(8)).isTrue();
    assertThat(s.contains(9)).isFalse();
  }
}

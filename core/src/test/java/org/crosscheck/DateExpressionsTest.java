package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.crosscheck.spi.DateExpressions;
import org.crosscheck.spi.DateExpressions.Found;
import org.junit.jupiter.api.Test;

/**
 * Date expressions with core alone: ISO dates need no language module. The words and patterns of English and
 * Arabic dates are tested in their modules, the mechanics on invented languages in {@code DateFinderTest}.
 */
class DateExpressionsTest {

  private static final Optional<LocalDate> FRIDAY_DEC_6 = Optional.of(LocalDate.of(2024, 12, 6));

  @Test
  void readsIsoDatesWithoutALanguageModule() {
    String text = "Filed 2024-12-06T10:00:00Z, on December 2, yesterday.";
    assertThat(DateExpressions.find(text, 0, text.length(), FRIDAY_DEC_6)).singleElement().satisfies(f -> {
      assertThat(f.date()).contains(LocalDate.of(2024, 12, 6));
      assertThat(f.kind()).isEqualTo(DateExpressions.Kind.FULL);
      assertThat(f.text()).isEqualTo("2024-12-06T10:00:00Z");
    });
  }

  @Test
  void keepsOffsetsInTheWholeTextAndChecksTheRange() {
    String text = "xx 2024-12-06 yy";
    Found f = DateExpressions.find(text, 3, 13, Optional.empty()).get(0);
    assertThat(f.start()).isEqualTo(3);
    assertThat(f.end()).isEqualTo(13);
    assertThatThrownBy(() -> DateExpressions.find(text, 5, 99, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package org.crosscheck.english.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.spi.DateExpressions;
import org.crosscheck.spi.DateExpressions.Found;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English dates, read by core's date finder with the words and patterns of {@code dates.tsv}. */
class EnglishDatesTest {

  private static final Optional<LocalDate> FRIDAY_DEC_6 = Optional.of(LocalDate.of(2024, 12, 6));

  private static Found first(String text) {
    List<Found> found = DateExpressions.find(text, 0, text.length(), FRIDAY_DEC_6);
    assertThat(found).as(text).isNotEmpty();
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Thursday, 26 December 2024                 | 2024-12-26
      6th, December 2024 GMT                     | 2024-12-06
      December 2, 2024                           | 2024-12-02
      Monday, Dec. 2nd 2024                      | 2024-12-02
      the 2nd of December, 2024                  | 2024-12-02
      the 2nd of December                        | 2024-12-02
      On December 2                              | 2024-12-02
      on Monday                                  | 2024-12-02
      yesterday                                  | 2024-12-05
      this morning                               | 2024-12-06
      last Friday                                | 2024-11-29
      """)
  void resolvesNewsDateExpressions(String text, String expected) {
    assertThat(first(text.strip()).date()).contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"On December 2, DAY_MONTH", "Thursday 26 December 2024, FULL", "yesterday, RELATIVE"})
  void saysWhatKindOfExpressionItFound(String text, DateExpressions.Kind kind) {
    assertThat(first(text).kind()).isEqualTo(kind);
  }

  @Test
  void keepsDayAndMonthWithoutAYearWhenNoReferenceIsKnown() {
    String text = "On December 2, Peskov spoke.";
    Found f = DateExpressions.find(text, 0, text.length(), Optional.empty()).get(0);
    assertThat(f.date()).isEmpty();
    assertThat(f.monthDay()).hasValueSatisfying(md -> assertThat(md.getDayOfMonth()).isEqualTo(2));
    assertThat(f.text()).isEqualTo("December 2");
  }

  @Test
  void putsADayAndMonthLaterThanTheReferenceInThePreviousYear() {
    String text = "On December 28 the talks began.";
    Found f = DateExpressions.find(text, 0, text.length(), Optional.of(LocalDate.of(2025, 1, 3))).get(0);
    assertThat(f.date()).contains(LocalDate.of(2024, 12, 28));
  }

  @Test
  void doesNotReadMayTheVerbAsAMonth() {
    String text = "Russia may 5 times reconsider.";
    assertThat(DateExpressions.find(text, 0, text.length(), FRIDAY_DEC_6)).isEmpty();
  }
}

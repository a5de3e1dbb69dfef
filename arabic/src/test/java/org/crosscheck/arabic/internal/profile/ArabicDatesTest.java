package org.crosscheck.arabic.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.spi.DateExpressions;
import org.crosscheck.spi.DateExpressions.Found;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic dates, read by core's date finder with the words and patterns of {@code dates.tsv}. */
class ArabicDatesTest {

  private static final Optional<LocalDate> FRIDAY_DEC_6 = Optional.of(LocalDate.of(2024, 12, 6));

  private static Found first(String text) {
    List<Found> found = DateExpressions.find(text, 0, text.length(), FRIDAY_DEC_6);
    assertThat(found).as(text).isNotEmpty();
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      الاثنين 23 كانون الأول 2024 - 20:01        | 2024-12-23
      اليوم الجمعة (6 كانون الأول 2024)          | 2024-12-06
      أمس الخميس                                 | 2024-12-05
      ٦ ديسمبر ٢٠٢٤                              | 2024-12-06
      5 آذار 2024                                | 2024-03-05
      15 سبتمبر أيلول 2015                       | 2015-09-15
      6 من ديسمبر عام 2024                       | 2024-12-06
      يوم الاثنين                                | 2024-12-02
      وأمس                                       | 2024-12-05
      اليوم                                      | 2024-12-06
      """)
  void resolvesNewsDateExpressions(String text, String expected) {
    assertThat(first(text.strip()).date()).contains(LocalDate.parse(expected));
  }

  @Test
  void readsTheWholeDatelineAsOneFullDate() {
    Found f = first("الاثنين 23 كانون الأول 2024 - 20:01");
    assertThat(f.kind()).isEqualTo(DateExpressions.Kind.FULL);
    assertThat(f.text()).isEqualTo("الاثنين 23 كانون الأول 2024 - 20:01");
    assertThat(first("في 23 كانون الأول").kind()).isEqualTo(DateExpressions.Kind.DAY_MONTH);
    Found today = first("اليوم الجمعة (6 كانون الأول 2024)");
    assertThat(today.kind()).isEqualTo(DateExpressions.Kind.FULL);
    assertThat(today.text()).isEqualTo("اليوم الجمعة (6 كانون الأول 2024)");
  }

  @Test
  void findsNoDateInAMonthAndYearWithoutADay() {
    String text = "في نهاية سبتمبر أيلول 2015";
    assertThat(DateExpressions.find(text, 0, text.length(), FRIDAY_DEC_6)).isEmpty();
  }

  @Test
  void readsYawmOnlyWithTheWeekdayAfterIt() {
    String text = "في يوم واحد";
    assertThat(DateExpressions.find(text, 0, text.length(), FRIDAY_DEC_6)).isEmpty();
  }
}

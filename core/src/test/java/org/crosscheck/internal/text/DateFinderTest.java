package org.crosscheck.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.TestProfiles;
import org.junit.jupiter.api.Test;

/** The date mechanics on the invented languages' date vocabulary: what a language writes, core reads. */
class DateFinderTest {

  private static final LocalDate FRIDAY_DEC_6 = LocalDate.of(2024, 12, 6);
  private static final DateFinder FINDER = DateFinder.of(TestProfiles.both());

  private static List<DateFinder.Match> find(DateFinder finder, String text, LocalDate reference) {
    return finder.find(text, 0, text.length(), reference);
  }

  private static DateFinder.Match only(String text, LocalDate reference) {
    List<DateFinder.Match> found = find(FINDER, text, reference);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @Test
  void findsIsoDatesAndTimesWithoutAnyProfile() {
    DateFinder none = DateFinder.of(Profiles.none());
    DateFinder.Match m = find(none, "Filed 2024-12-06T10:05:00Z by the desk.", null).get(0);
    assertThat(m.date()).contains(FRIDAY_DEC_6);
    assertThat(m.time()).contains(LocalTime.of(10, 5));
    assertThat(m.kind()).isEqualTo(DateFinder.Kind.FULL);
    assertThat(find(none, "12 Dekkar 2024, heri", FRIDAY_DEC_6)).isEmpty();
  }

  @Test
  void readsFullDatesInTheWordsAndPatternsOfAProfile() {
    DateFinder.Match m = only("Venedo, 6 Dekkar 2024 um 8:15 nm", null);
    assertThat(m.kind()).isEqualTo(DateFinder.Kind.FULL);
    assertThat(m.date()).contains(FRIDAY_DEC_6);
    assertThat(m.time()).contains(LocalTime.of(20, 15));
    assertThat(m.text()).isEqualTo("Venedo, 6 Dekkar 2024 um 8:15 nm");
    assertThat(only("3 ilmar 2025", null).date()).contains(LocalDate.of(2025, 1, 3));
  }

  @Test
  void letsAbbreviatedMonthsTakeAFullStop() {
    assertThat(only("6 Dek. 2024", null).date()).contains(FRIDAY_DEC_6);
    assertThat(only("6 Dek 2024", null).date()).contains(FRIDAY_DEC_6);
  }

  @Test
  void readsTimesInTheWordsOfAnyProfile() {
    // Qabbish writes the date, Zemblan the time word and the marker: pages mix languages.
    DateFinder.Match m = only("3. Tammi 2025 um 9:00 nm", null);
    assertThat(m.date()).contains(LocalDate.of(2025, 1, 3));
    assertThat(m.time()).contains(LocalTime.of(21, 0));
    assertThat(only("3. Tammi 2025 klo 9:00 ip", null).time()).contains(LocalTime.of(21, 0));
  }

  @Test
  void resolvesADayAndMonthAgainstTheReferenceAndKeepsItWithoutOne() {
    DateFinder.Match m = only("pri 2 Dekkar", FRIDAY_DEC_6);
    assertThat(m.kind()).isEqualTo(DateFinder.Kind.DAY_MONTH);
    assertThat(m.date()).contains(LocalDate.of(2024, 12, 2));
    // More than a week after the reference: last year's.
    assertThat(only("28 Dekkar", LocalDate.of(2025, 1, 3)).date()).contains(LocalDate.of(2024, 12, 28));
    DateFinder.Match undated = only("2 Dekkar", null);
    assertThat(undated.date()).isEmpty();
    assertThat(undated.monthDay()).contains(MonthDay.of(12, 2));
  }

  @Test
  void followsThePatternOnCase() {
    // The day-month pattern has no (?i): a lower-case month is not read there.
    assertThat(find(FINDER, "pri 2 dekkar", FRIDAY_DEC_6)).isEmpty();
  }

  @Test
  void resolvesRelativeDaysAndWeekdays() {
    assertThat(only("heri", FRIDAY_DEC_6).date()).contains(LocalDate.of(2024, 12, 5));
    assertThat(only("Hodie", FRIDAY_DEC_6).date()).contains(FRIDAY_DEC_6);
    // A relative day keeps its meaning whatever weekday follows it.
    assertThat(only("heri Lunedo", FRIDAY_DEC_6).date()).contains(LocalDate.of(2024, 12, 5));
    assertThat(only("pa Lunedo", FRIDAY_DEC_6).date()).contains(LocalDate.of(2024, 12, 2));
    assertThat(only("pa Venedo", FRIDAY_DEC_6).date()).contains(FRIDAY_DEC_6);
    assertThat(only("lasto Venedo", FRIDAY_DEC_6).date()).contains(LocalDate.of(2024, 11, 29));
    assertThat(only("heri", null).date()).isEmpty();
  }

  @Test
  void readsAWeekdayWordOnlyWithItsWeekday() {
    assertThat(find(FINDER, "pa kaj", FRIDAY_DEC_6)).isEmpty();
  }

  @Test
  void keepsTheFullDateWhereExpressionsOverlap() {
    List<DateFinder.Match> found = find(FINDER, "pa Venedo, 6 Dekkar 2024", null);
    assertThat(found).extracting(DateFinder.Match::kind).containsExactly(DateFinder.Kind.FULL);
    assertThat(found.get(0).text()).isEqualTo("Venedo, 6 Dekkar 2024");
  }

  @Test
  void foldsArabicIndicDigitsOneForOne() {
    DateFinder.Match m = only("— ٦ Dekkar ٢٠٢٤ —", null);
    assertThat(m.date()).contains(FRIDAY_DEC_6);
    assertThat(m.text()).isEqualTo("٦ Dekkar ٢٠٢٤");
  }

  @Test
  void refusesImpossibleDatesAndYearsOutsideTheNews() {
    assertThat(find(FINDER, "32 Dekkar 2024", null)).isEmpty();
    assertThat(only("6 Dekkar 1850", null).kind()).isEqualTo(DateFinder.Kind.DAY_MONTH);
  }
}

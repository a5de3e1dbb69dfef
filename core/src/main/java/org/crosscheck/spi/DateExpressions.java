package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.crosscheck.internal.text.DateFinder;

/**
 * Finds date expressions in article text for language modules: ISO dates in any text, and, in the words and
 * patterns of the {@link DateVocabulary} of each language module on the class path, full dates in the forms news
 * uses ("On December 2, 2024", "6 كانون الأول 2024", "٦ ديسمبر ٢٠٢٤"), day and month without a year ("On December
 * 2"), and relative dates ("yesterday", "on Monday", "اليوم الجمعة", "أمس الخميس") resolved against a reference
 * date, usually the publication date. Stateless and thread-safe.
 */
public final class DateExpressions {

  private DateExpressions() {}

  /** What kind of expression a {@link Found} is. */
  public enum Kind {
    /** Day, month and year. */
    FULL,
    /** Day and month only; the year is taken from the reference date when there is one. */
    DAY_MONTH,
    /** Relative to the reference date. */
    RELATIVE
  }

  /**
   * A date expression.
   *
   * @param start offset in the text, inclusive
   * @param end offset in the text, exclusive
   * @param kind the kind of expression
   * @param date the resolved date, when it could be resolved
   * @param monthDay the day and month, for FULL and DAY_MONTH expressions
   * @param text the expression as written
   */
  public record Found(int start, int end, Kind kind, Optional<LocalDate> date, Optional<MonthDay> monthDay,
      String text) {}

  /**
   * The date expressions in {@code text[from, to)}, in order.
   *
   * @param reference the date to resolve relative expressions and missing years against, when known
   */
  public static List<Found> find(String text, int from, int to, Optional<LocalDate> reference) {
    requireNonNull(text, "text");
    requireNonNull(reference, "reference");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException("[" + from + ", " + to + ") is outside the text");
    }
    return DateFinder.registered().find(text, from, to, reference.orElse(null)).stream()
        .map(m -> new Found(m.start(), m.end(), Kind.valueOf(m.kind().name()), m.date(), m.monthDay(), m.text()))
        .toList();
  }
}

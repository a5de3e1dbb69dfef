package org.crosscheck.internal.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Article;
import org.crosscheck.DateSource;
import org.crosscheck.Paragraph;
import org.crosscheck.internal.text.DateFinder;

/**
 * Dates a claim from its sentence: a date expression in the sentence wins ("On December 2", "أمس الخميس"); else
 * the last one earlier in the same paragraph ("He added …" continues the dated report); else the publication
 * date. Relative expressions and years missing from a day and month resolve against the publication date. A day
 * and month with no year anywhere is kept as text and as its month and day, with no date. Stateless and
 * thread-safe.
 */
final class ClaimDates {

  private ClaimDates() {}

  /** How far back in the paragraph a date still carries over to a sentence, in characters. */
  static final int LOOK_BACK = 1500;

  /**
   * A claim's date.
   *
   * @param date the date, when known
   * @param source where it comes from
   * @param text the expression in the text, when there is one
   * @param monthDay the day and month the expression gives, when it gives them (also when it has no year)
   */
  record Dated(Optional<LocalDate> date, DateSource source, Optional<String> text, Optional<MonthDay> monthDay) {}

  /** Dates the sentence {@code [start, end)} of {@code article}. */
  static Dated forSentence(Article article, int start, int end) {
    LocalDate ref = article.published().orElse(null);
    Optional<DateFinder.Match> found = best(DateFinder.registered().find(article.text(), start, end, ref));
    if (found.isEmpty()) {
      for (Paragraph p : article.paragraphs()) {
        if (p.start() <= start && start < p.end()) {
          // Look back a bounded stretch: a date further back in a very long paragraph no longer dates this
          // sentence, and rescanning it for every sentence would make long paragraphs quadratic.
          int from = Math.max(p.start(), start - LOOK_BACK);
          List<DateFinder.Match> before = DateFinder.registered().find(article.text(), from, start, ref);
          if (!before.isEmpty()) {
            found = best(List.of(before.get(before.size() - 1)));
          }
          break;
        }
      }
    }
    if (found.isPresent()) {
      DateFinder.Match f = found.get();
      if (f.date().isPresent()) {
        return new Dated(f.date(), DateSource.TEXT, Optional.of(f.text()), f.monthDay());
      }
      return article.published().isPresent()
          ? new Dated(article.published(), DateSource.PUBLICATION, Optional.of(f.text()), f.monthDay())
          : new Dated(Optional.empty(), DateSource.UNKNOWN, Optional.of(f.text()), f.monthDay());
    }
    return article.published().isPresent()
        ? new Dated(article.published(), DateSource.PUBLICATION, Optional.empty(), Optional.empty())
        : new Dated(Optional.empty(), DateSource.UNKNOWN, Optional.empty(), Optional.empty());
  }

  /** A full date first, then a relative one, then a day and month. */
  private static Optional<DateFinder.Match> best(List<DateFinder.Match> found) {
    for (DateFinder.Kind k : List.of(DateFinder.Kind.FULL, DateFinder.Kind.DAY_MONTH, DateFinder.Kind.RELATIVE)) {
      for (DateFinder.Match f : found) {
        if (f.kind() == k) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}

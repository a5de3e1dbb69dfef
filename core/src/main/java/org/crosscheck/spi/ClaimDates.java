package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Article;
import org.crosscheck.DateSource;
import org.crosscheck.Paragraph;

/**
 * Dates a claim from its sentence: a date expression in the sentence wins ("On December 2", "أمس الخميس"); else
 * the last one earlier in the same paragraph ("He added …" continues the dated report); else the publication
 * date. Relative expressions and years missing from a day and month resolve against the publication date. A day
 * and month with no year anywhere is kept as text with no date. Stateless and thread-safe.
 */
public final class ClaimDates {

  private ClaimDates() {}

  /** How far back in the paragraph a date still carries over to a sentence, in characters. */
  static final int LOOK_BACK = 1500;

  /**
   * A claim's date.
   *
   * @param date the date, when known
   * @param source where it comes from
   * @param text the expression in the text, when there is one
   */
  public record Dated(Optional<LocalDate> date, DateSource source, Optional<String> text) {}

  /** Dates the sentence {@code [start, end)} of {@code article}. */
  public static Dated forSentence(Article article, int start, int end) {
    requireNonNull(article, "article");
    Optional<DateExpressions.Found> inSentence = best(DateExpressions.find(article.text(), start, end,
        article.published()));
    if (inSentence.isEmpty()) {
      for (Paragraph p : article.paragraphs()) {
        if (p.start() <= start && start < p.end()) {
          // Look back a bounded stretch: a date further back in a very long paragraph no longer dates this
          // sentence, and rescanning it for every sentence would make long paragraphs quadratic.
          int from = Math.max(p.start(), start - LOOK_BACK);
          List<DateExpressions.Found> before = DateExpressions.find(article.text(), from, start,
              article.published());
          if (!before.isEmpty()) {
            inSentence = best(List.of(before.get(before.size() - 1)));
          }
          break;
        }
      }
    }
    if (inSentence.isPresent()) {
      DateExpressions.Found f = inSentence.get();
      if (f.date().isPresent()) {
        return new Dated(f.date(), DateSource.TEXT, Optional.of(f.text()));
      }
      return article.published().isPresent()
          ? new Dated(article.published(), DateSource.PUBLICATION, Optional.of(f.text()))
          : new Dated(Optional.empty(), DateSource.UNKNOWN, Optional.of(f.text()));
    }
    return article.published().isPresent()
        ? new Dated(article.published(), DateSource.PUBLICATION, Optional.empty())
        : new Dated(Optional.empty(), DateSource.UNKNOWN, Optional.empty());
  }

  /** A full date first, then a relative one, then a day and month. */
  private static Optional<DateExpressions.Found> best(List<DateExpressions.Found> found) {
    for (DateExpressions.Kind k : DateExpressions.Kind.values()) {
      for (DateExpressions.Found f : found) {
        if (f.kind() == k) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}

package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The sentence a claim was read from: its text, the part of the article it stands in, and its exact span there,
 * so that {@code article.text().substring(start, end).equals(text)} holds for a body sentence and
 * {@code article.title().substring(start, end).equals(text)} for a headline.
 *
 * @param text the sentence, exactly as it stands in the article
 * @param start offset of its first character in its part, inclusive
 * @param end offset after its last character, exclusive
 * @param part whether the sentence is the article's headline or stands in its body
 */
public record Evidence(String text, int start, int end, Part part) {

  /** Where in an article a sentence stands. */
  public enum Part {
    /** The headline ({@link Article#title()}). */
    TITLE,
    /** The text ({@link Article#text()}). */
    BODY
  }

  public Evidence {
    requireNonNull(text, "text");
    checkArgument(start >= 0, "start must be >= 0, got %s", start);
    checkArgument(end - start == text.length(),
        "end - start must equal text length, got start=%s end=%s length=%s", start, end, text.length());
    requireNonNull(part, "part");
  }

  /** A sentence of the body. */
  public Evidence(String text, int start, int end) {
    this(text, start, end, Part.BODY);
  }

  /** Cuts the evidence for {@code [start, end)} out of {@code article}'s headline. */
  public static Evidence ofTitle(Article article, int start, int end) {
    requireNonNull(article, "article");
    checkArgument(0 <= start && start <= end && end <= article.title().length(),
        "span [%s, %s) is outside the title of length %s", start, end, article.title().length());
    return new Evidence(article.title().substring(start, end), start, end, Part.TITLE);
  }

  /** Cuts the evidence for {@code [start, end)} out of {@code article}. */
  public static Evidence of(Article article, int start, int end) {
    requireNonNull(article, "article");
    checkArgument(0 <= start && start <= end && end <= article.text().length(),
        "span [%s, %s) is outside the article text of length %s", start, end, article.text().length());
    return new Evidence(article.text().substring(start, end), start, end);
  }
}

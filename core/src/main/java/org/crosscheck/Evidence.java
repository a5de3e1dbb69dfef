package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The sentence a claim was read from: its text and its exact span in {@link Article#text()}, so that
 * {@code article.text().substring(start, end).equals(text)} always holds for the article the claim came from.
 *
 * @param text the sentence, exactly as it stands in the article text
 * @param start offset of its first character, inclusive
 * @param end offset after its last character, exclusive
 */
public record Evidence(String text, int start, int end) {

  public Evidence {
    requireNonNull(text, "text");
    checkArgument(start >= 0, "start must be >= 0, got %s", start);
    checkArgument(end - start == text.length(),
        "end - start must equal text length, got start=%s end=%s length=%s", start, end, text.length());
  }

  /** Cuts the evidence for {@code [start, end)} out of {@code article}. */
  public static Evidence of(Article article, int start, int end) {
    requireNonNull(article, "article");
    checkArgument(0 <= start && start <= end && end <= article.text().length(),
        "span [%s, %s) is outside the article text of length %s", start, end, article.text().length());
    return new Evidence(article.text().substring(start, end), start, end);
  }
}

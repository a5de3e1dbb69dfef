package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One paragraph of an {@link Article}'s body, as a span of {@link Article#text()}.
 *
 * @param start offset of the first character in {@link Article#text()}, inclusive
 * @param end offset after the last character, exclusive; {@code end > start}
 * @param kind whether the paragraph is running text or a section heading
 */
public record Paragraph(int start, int end, Kind kind) {

  /** What a paragraph is. */
  public enum Kind {
    /** Running text: sentences that can hold claims. */
    BODY,
    /** A section heading or sub-headline inside the body ("Background &amp; Context"). */
    HEADING
  }

  public Paragraph {
    checkArgument(start >= 0, "start must be >= 0, got %s", start);
    checkArgument(end > start, "end must be > start, got start=%s end=%s", start, end);
    requireNonNull(kind, "kind");
  }

  /** The paragraph's text, cut out of the article it belongs to. */
  public String text(Article article) {
    return article.text().substring(start, end);
  }

  /** Length in characters. */
  public int length() {
    return end - start;
  }
}

package org.crosscheck.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations in article text: spans between an opening and a closing mark (“ ” « » and straight quotes paired in
 * order). Script-neutral; stateless and thread-safe.
 */
public final class Quotes {

  private Quotes() {}

  /**
   * A quotation: the opening mark at {@code open}, the closing mark at {@code close}.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark
   */
  public record Span(int open, int close) {
    public Span {
      checkArgument(0 <= open && open < close, "need 0 <= open < close, got %s and %s", open, close);
    }

    /** Whether {@code offset} lies between the marks (the opening mark included). */
    public boolean contains(int offset) {
      return open <= offset && offset < close;
    }
  }

  /** The quotations in {@code text[start, end)}, in order. */
  public static List<Span> in(String text, int start, int end) {
    requireNonNull(text, "text");
    checkArgument(0 <= start && start <= end && end <= text.length(), "[%s, %s) is outside the text", start, end);
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '\u00AB') {
        open = i;
      } else if ((c == '\u201D' || c == '\u00BB') && open >= 0) {
        out.add(new Span(open, i));
        open = -1;
      } else if (c == '"') {
        if (open < 0) {
          open = i;
        } else {
          out.add(new Span(open, i));
          open = -1;
        }
      }
    }
    return out;
  }
}

package org.crosscheck.internal.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Article;
import org.crosscheck.Paragraph;

/**
 * Cuts an article into chunks of whole paragraphs of at most a given length, so that a language module annotates
 * a long article piece by piece and the NLP engine's memory stays bounded by the chunk, not the article. A
 * paragraph longer than the bound is cut after a sentence end, else at a space, else hard. Stateless and
 * thread-safe.
 */
public final class TextChunks {

  private TextChunks() {}

  /** A chunk: {@code [start, end)} in {@link Article#text()}. */
  public record Chunk(int start, int end) {}

  /** The chunks of {@code article}, in order, covering every paragraph. */
  public static List<Chunk> of(Article article, int maxChars) {
    requireNonNull(article, "article");
    checkArgument(maxChars >= 100, "maxChars must be >= 100, got %s", maxChars);
    String text = article.text();
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Paragraph p : article.paragraphs()) {
      if (start >= 0 && p.end() - start > maxChars) {
        out.add(new Chunk(start, end));
        start = -1;
      }
      if (p.length() > maxChars) {
        cut(text, p.start(), p.end(), maxChars, out);
        continue;
      }
      if (start < 0) {
        start = p.start();
      }
      end = p.end();
    }
    if (start >= 0) {
      out.add(new Chunk(start, end));
    }
    return out;
  }

  private static void cut(String text, int from, int to, int max, List<Chunk> out) {
    int s = from;
    while (s < to) {
      int e = Math.min(to, s + max);
      if (e < to) {
        int cut = -1;
        for (int i = e - 1; i > s + max / 2; i--) {
          char c = text.charAt(i);
          if ((c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n') && Character.isWhitespace(
              text.charAt(i + 1))) {
            cut = i + 1;
            break;
          }
        }
        if (cut < 0) {
          for (int i = e - 1; i > s + max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
              cut = i + 1;
              break;
            }
          }
        }
        e = cut > 0 ? cut : e;
      }
      out.add(new Chunk(s, e));
      s = e;
    }
  }
}

package org.crosscheck.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Word lists as regular-expression alternations: each word literal, longest first, so that a word is never cut
 * short by a shorter one it starts with ("related articles" before "related article"). Stateless.
 */
public final class Alternation {

  private Alternation() {}

  /** {@code w1|w2|…} of the words, quoted, longest first; empty for no words. */
  public static String of(Collection<String> words) {
    return of(words, w -> "");
  }

  /** As {@link #of(Collection)}, with {@code after} a word's regular expression appended to it ({@code "\\.?"}). */
  public static String of(Collection<String> words, UnaryOperator<String> after) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> parts = new ArrayList<>(sorted.size());
    for (String w : sorted) {
      parts.add(Pattern.quote(w) + after.apply(w));
    }
    return String.join("|", parts);
  }
}

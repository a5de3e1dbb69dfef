package org.crosscheck.english.internal.rules;

import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * "Lake Chad", "the Congo River", "Mount Lebanon": a state's name with a capitalised noun of nature right before or
 * after it ({@code nature-nouns.tsv}) names a lake, a river or a mountain, where something happens, not the state,
 * so the mention stands for no actor. Stateless.
 */
final class NaturalPlaces {

  private NaturalPlaces() {}

  /** Whether the mention {@code m} is part of the name of a lake, a river or a mountain. */
  static boolean named(Graph g, ActorSpan m) {
    return !m.implied() && (nature(g, m.first() - 1) || nature(g, m.last() + 1));
  }

  private static boolean nature(Graph g, int k) {
    if (k < 0 || k >= g.size()) {
      return false;
    }
    String w = g.toks.get(k).word();
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
        && g.lex.natureNouns.contains(w.toLowerCase(Locale.ROOT));
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * "renounced his French nationality", "failed to give up her British citizenship", "holds a Russian passport": the
 * state before a noun of citizenship ({@code citizenship-nouns.tsv}) says whose citizen someone is, so renouncing,
 * keeping or seeking the citizenship is no stance toward that state. The state that strips someone of it is the
 * subject, not this modifier, and is read as before ("Bahrain stripped the cleric of his citizenship"). Stateless.
 */
final class Citizenships {

  private Citizenships() {}

  /** Whether a dependent of the noun {@code d} only says whose citizenship {@code d} is ("of France" too). */
  static boolean stateOnly(Graph g, IndexedWord d) {
    return g.lex.citizenshipNouns.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the word {@code w} says whose citizen or citizenship its noun is ("a Jordanian national"): no fallback
   * target either.
   */
  static boolean ofCitizen(Graph g, IndexedWord w) {
    IndexedWord p = w == null ? null : g.parent(w);
    return p != null && stateOnly(g, p);
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * "Uganda armed the opponents of the Kenyan government", "Kenya has sheltered critics of President Museveni", "gave a
 * platform to Mali's enemies": a noun of people set against someone ({@code adversary-nouns.tsv}) names by its "of"
 * phrase or possessor whom those people oppose. An act on them is toward them, the unnamed, never toward the one they
 * oppose: arming a government's opponents is no support of the government. Stateless.
 */
final class Adversaries {

  private Adversaries() {}

  /**
   * Whether the noun {@code d} names adversaries, so that nothing its phrase names is a target:
   * whom they oppose, or whose people they are ("armed Kenyan opponents of the government" backs no Kenya either).
   */
  static boolean opposedOnly(Graph g, IndexedWord d) {
    return g.lex.adversaryNouns.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT));
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A verb that carries out a measure (IMPOSE in {@code governors.tsv}) acts toward the one the measure is on: in
 * "imposed EU sanctions on Y" or "threatened to restore UN sanctions on Y" the EU and the UN only own the sanctions,
 * so the "on" or "against" phrase, whether the parser hangs it on the verb or on the measure, comes before the
 * measure's own compound or possessor. Stateless.
 */
final class Impositions {

  private Impositions() {}

  /** The "on"/"against" phrases of what {@code v} imposes, or nothing when {@code v} imposes nothing. */
  static List<IndexedWord> on(Graph g, IndexedWord v) {
    if (!g.verbOf(v, EnglishLexicon.GovernorClass.IMPOSE)) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>(g.children(v, "obl:on", "obl:against"));
    for (IndexedWord o : g.children(v, "obj")) {
      out.addAll(g.children(o, "nmod:on", "nmod:against"));
    }
    return out;
  }
}

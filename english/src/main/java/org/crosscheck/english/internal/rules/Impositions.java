package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

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

  /**
   * Whether {@code c}, a state compounded with the measure {@code noun}, is the one the measure is on, not its owner:
   * "the Security Council renewed the South Sudan arms embargo" (a measure carried out by a subject of its own, with no
   * "on" or "against" phrase to say whom it is on). "imposed EU sanctions on Y" keeps the EU as owner.
   */
  static boolean compoundUndergoer(Graph g, IndexedWord noun, IndexedWord c) {
    IndexedWord v = g.parent(noun);
    ActorSpan state = g.mentionOf(c);
    return g.relToParent(c).equals("compound") && g.relToParent(noun).equals("obj") && v != null
        && g.verbOf(v, EnglishLexicon.GovernorClass.IMPOSE) && !g.children(v, "nsubj").isEmpty()
        && g.children(noun, "nmod:on", "nmod:against").isEmpty()
        && state != null && state.actor().kind() == ActorKind.STATE;
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * The side a fight is fought on: "Chadian troops fought alongside French forces", "soldiers sent to fight for Russia".
 * A verb of combat names its allies with a preposition of its own ({@code allegiance-phrases.tsv}); read as the
 * verb's target, the ally became a foe. With no foe named (an object, "against Y"), the fight backs its allies: SUPPORT
 * toward them. With a foe named, the stance stays against the foe, the ally is no target of it, and a second cue
 * ({@link #KEY}) backs the ally. A phrase that names no actor ("fought for independence", "fought for control of the
 * town") is no ally and leaves the verb as it was. Stateless.
 */
final class Allegiances {

  /** The key of the support cue a fight with a foe named gives its allies besides ("fought Y alongside Z"). */
  static final String KEY = "allegiance";

  private Allegiances() {}

  /** Whether the relation {@code r} of the verb {@code w} names the side it fights on, whoever it names. */
  static boolean side(Graph g, IndexedWord w, String r) {
    return r.startsWith("obl:") && g.lex.allegiancePhrases.contains(g.lemmaOf(w) + " " + r.substring(4));
  }

  /** The actors the verb {@code w} fights beside, named by a side phrase itself. */
  static List<IndexedWord> allies(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB")) {
      return List.of();
    }
    return g.g.outgoingEdgeList(w).stream().filter(e -> side(g, w, Graph.rel(e))).map(e -> e.getDependent())
        .filter(d -> g.namesActor(d) || CommonNouns.at(g, d) != null).toList();
  }

  /** Whether the verb {@code w} backs its allies: it names some, and no foe. */
  static boolean backs(Graph g, IndexedWord w) {
    return !allies(g, w).isEmpty() && g.children(w, "obj", "obl:against").isEmpty();
  }

  /** The allies of {@code w} as targets of the support its {@link #KEY} cue gives them, its holders left out. */
  static List<ActorSpan> targets(Graph g, IndexedWord w, List<ActorSpan> holders) {
    return allies(g, w).stream().map(d -> Targets.in(g, d, 0, holders)).filter(java.util.Objects::nonNull).toList();
  }
}

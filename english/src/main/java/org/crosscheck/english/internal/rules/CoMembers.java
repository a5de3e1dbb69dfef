package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * A target that "and" joins to its holder in one list is no target of that holder ("thanked the co-chairs X and Y
 * for their engagement": not Y toward X), whether the holder is named in the list itself or found through a pronoun
 * that stands for it. Members of one list hold a stance side by side; only a reciprocal cue ("accused each other",
 * "agreed a truce"), which the caller leaves alone, sets them against or beside each other. Stateless.
 */
final class CoMembers {

  private CoMembers() {}

  /** Whether a conjunct of {@code target}'s word names {@code holder}'s actor. */
  static boolean of(Graph g, ActorSpan holder, ActorSpan target) {
    if (holder.implied() || target.implied() || holder.actor().id().equals(target.actor().id())) {
      return false;
    }
    for (int i = target.first(); i <= target.last(); i++) {
      IndexedWord t = g.node(i);
      if (t == null) {
        continue;
      }
      // Its conjuncts either way: those it governs and the one it hangs on.
      List<IndexedWord> joined = new ArrayList<>(g.children(t, "conj", "conj:"));
      for (SemanticGraphEdge e : g.g.incomingEdgeList(t)) {
        if (Graph.rel(e).startsWith("conj")) {
          joined.add(e.getGovernor());
        }
      }
      for (IndexedWord other : joined) {
        ActorSpan m = g.mentionOf(other);
        if (m != null && m.actor().id().equals(holder.actor().id())) {
          return true;
        }
      }
    }
    return false;
  }
}

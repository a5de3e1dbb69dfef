package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A preposition left before a conjunction shares the object that ends the coordination: in "built close ties with
 * and opened a consulate in Y" the ties are with Y. The parser hangs the second conjunct's object on the stranded
 * preposition ("ties with … a consulate"), its verb on the preposition as a conjunct; the one the preposition is
 * about is the name the object's own prepositional phrase ends in. Stateless.
 */
final class RaisedObjects {

  private RaisedObjects() {}

  /** The noun a stranded preposition before {@code noun} really takes, or null when none is stranded there. */
  static IndexedWord shared(Graph g, IndexedWord noun) {
    if (!g.pos(noun).startsWith("NN")) {
      return null;
    }
    for (IndexedWord c : g.children(noun, "case")) {
      int next = g.idx(c) + 1;
      boolean stranded = next < g.size() && g.toks.get(next).tag().equals("CC")
          && g.children(c, "conj:and", "conj:or").stream().anyMatch(v -> g.pos(v).startsWith("VB"));
      if (!stranded) {
        continue;
      }
      IndexedWord last = null;
      for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : g.g.outgoingEdgeList(noun)) {
        if (Graph.rel(e).startsWith("nmod:") && !Graph.rel(e).equals("nmod:poss")
            && (last == null || e.getDependent().index() > last.index())) {
          last = e.getDependent();
        }
      }
      return last;
    }
    return null;
  }
}

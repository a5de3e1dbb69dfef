package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * "Amnesty accused the army and allied militias of killings": a participle of alignment
 * ({@code attributive-participles.tsv}) joined by "and" to a verb that already has its object, and standing right
 * before a bare noun, modifies that noun, though the parser reads it as a second verb sharing the subject. The
 * alignment it states is the noun's group's, toward whom the word names, and here it names nobody: it is never a
 * stance of the governing verb's subject. A participle that is a verb keeps its cue: with its own subject,
 * auxiliary or "with"/"to" phrase ("… and allied itself with Y", "has aligned with Y"), or a determiner or
 * possessive opening its object ("aligned its policy"), none of which an attributive participle has. Stateless.
 */
final class MisreadAttributives {

  private MisreadAttributives() {}

  /** Whether the verb {@code w} is really a participle of alignment modifying the noun the parser made its object. */
  static boolean modifier(Graph g, IndexedWord w) {
    IndexedWord governor = nearestConjunct(g, w);
    if (governor == null || !g.lex.attributiveParticiples.contains(g.lemmaOf(w))
        || !g.pos(governor).startsWith("VB")
        || g.children(governor, "obj").stream().noneMatch(o -> g.idx(o) < g.idx(w))) {
      return false;
    }
    List<IndexedWord> objects = g.children(w, "obj");
    if (objects.size() != 1 || !g.pos(objects.get(0)).startsWith("NN")) {
      return false;
    }
    IndexedWord noun = objects.get(0);
    // The subject the parser shares from the governor comes before "and"; any other word of a verb's own is a verb's.
    if (!g.children(w, "aux", "aux:pass", "obl:with", "obl:to", "xcomp", "ccomp", "iobj").isEmpty()
        || g.children(w, "nsubj", "nsubj:pass").stream().anyMatch(s -> g.idx(s) > g.idx(governor))) {
      return false;
    }
    // "aligned its policy": a determiner or possessive between the participle and the noun opens a verb's object.
    for (int k = g.idx(w) + 1; k < g.idx(noun); k++) {
      IndexedWord between = g.node(k);
      if (between != null && !isModifier(g, between, noun)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The verb before the participle that the parser joins it to, the nearest where it joins it to several ("is
   * studying Y, and X has accused Z and allied militias": accused, whose subject X is shared, not studying).
   */
  private static IndexedWord nearestConjunct(Graph g, IndexedWord w) {
    IndexedWord best = null;
    for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : g.g.incomingEdgeList(w)) {
      IndexedWord gov = e.getGovernor();
      if (Graph.rel(e).startsWith("conj") && g.idx(gov) < g.idx(w) && (best == null || g.idx(gov) > g.idx(best))) {
        best = gov;
      }
    }
    return best;
  }

  private static boolean isModifier(Graph g, IndexedWord word, IndexedWord noun) {
    String r = g.relToParent(word);
    return noun.equals(g.parent(word)) && (r.equals("amod") || r.equals("compound") || r.equals("nummod"));
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * "France, along with Germany, condemned the attack", "Britain sanctioned the leaders alongside the EU", "the Bank will
 * distribute the funds together with UNICEF and the health ministry": an actor named in a phrase of partnership
 * ({@code relations.tsv} COAGENT, or a "with" phrase right after "together" or "jointly") does the act with the
 * holder. It is never the act's target, though it may be the one other actor of the sentence; its conjuncts
 * neither. So is the side a fight is fought on ("fought for Y", {@link Allegiances}), and whatever an "of" phrase
 * of such a partner names ("fought for control of Y"). Stateless.
 */
final class CoAgents {

  private CoAgents() {}

  /**
   * Whether the word {@code w} is linked to its governor as a partner in the governor's act, or modifies a noun that
   * is ("together with the Kenyan health ministry").
   */
  static boolean partner(Graph g, IndexedWord w) {
    if (w == null) {
      return false;
    }
    String own = g.relToParent(w);
    if ((own.equals("amod") || own.equals("compound") || own.equals("nmod:of")) && partner(g, g.parent(w))) {
      return true;
    }
    for (SemanticGraphEdge e : g.g.incomingEdgeList(w)) {
      String r = Graph.rel(e);
      // "fought for Y", "fought alongside Y": the side fought on is a partner too (Allegiances).
      if (g.lex.relations(EnglishLexicon.RelationClass.COAGENT).contains(r) || Allegiances.side(g, e.getGovernor(), r)
          || (r.equals("obl:with") || r.equals("nmod:with")) && together(g, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the "with" that marks {@code w}, or the first of its conjuncts, comes right after "together" or "jointly"
   * ({@code coagent-adverbs.tsv}).
   */
  private static boolean together(Graph g, IndexedWord w) {
    IndexedWord first = g.firstConjunct(w);
    IndexedWord head = first == null ? w : first;
    return g.children(head, "case").stream().anyMatch(c -> g.idx(c) > 0
        && g.lex.coAgentAdverbs.contains(g.toks.get(g.idx(c) - 1).word().toLowerCase(java.util.Locale.ROOT)));
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A passive whose "is" or "have been" is left out: a headline's "Two aid workers freed in Mali", or a reduced
 * relative the parser reads as a clause of its own ("Two aid workers kidnapped in Mali last June have been freed").
 * Its subject undergoes the act and holds no stance; only a "by" phrase names who acted. A participle (VBN) with a
 * subject and no auxiliary is such a passive; a past tense (VBD) is one only for a verb that never stands without its
 * object in the active voice ({@code object-verbs.tsv}: "gunmen kidnapped" says whom). A participle that describes a
 * noun ("an official jailed in Sweden", "prisoners freed last year") is such a passive too: the noun undergoes it.
 * Stateless.
 */
final class ReducedPassives {

  private ReducedPassives() {}

  /** Whether the verb cue's subject is whom the act befalls, the verb being a passive with its auxiliary left out. */
  static boolean undergone(Graph g, IndexedWord w) {
    String pos = g.pos(w);
    if (!pos.equals("VBN") && !pos.equals("VBD") || g.children(w, "nsubj").isEmpty()
        || g.firstConjunct(w) != null || TrailingAttributions.mistaggedReport(g, w)) {
      // A conjunct shares the first verb's auxiliary ("have attacked and seized …") without the graph showing it;
      // "…, a rights group charged" is a past tense the tagger misread, its subject the one who speaks.
      return false;
    }
    if (!g.children(w, "aux", "aux:pass", "cop", "iobj", "ccomp", "xcomp").isEmpty()
        || g.children(w, "obj").stream().anyMatch(o -> !(pos.equals("VBN") && apposedToTheClause(g, w, o)))) {
      return false;
    }
    return (pos.equals("VBN") && !prepositionalPhrase(g, w)) || g.lex.objectVerbs.contains(g.lemmaOf(w));
  }

  /**
   * Whether the object is a noun set after a comma to sum the clause up ("pardoned 41 people jailed over the protests,
   * a decision welcomed by rights groups"), which the parser may hang on the participle as its object: no object of
   * an active verb. A past tense keeps it ("kidnapped, in a dawn raid, two aid workers").
   */
  private static boolean apposedToTheClause(Graph g, IndexedWord w, IndexedWord o) {
    for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : g.g.incomingEdgeList(o)) {
      // "…, a decision welcomed by X but criticised by Y": a conjunct shares the summing noun's place.
      if (Graph.rel(e).startsWith("conj") && e.getGovernor() != o && g.children(w, "obj").contains(e.getGovernor())
          && apposedToTheClause(g, w, e.getGovernor())) {
        return true;
      }
    }
    java.util.Set<Integer> words = new java.util.TreeSet<>();
    g.subtree(o, words, 0);
    int first = words.isEmpty() ? g.idx(o) : words.iterator().next();
    return first > g.idx(w) + 1 && g.toks.get(first - 1).word().equals(",");
  }

  /**
   * Whether the verb begins a stance phrase that ends in a preposition with its object after it ("Erdogan on
   * Thursday rounded on Macron", "hit out at", "railed against"): the tagger may call such a past tense a participle,
   * but a passive would strand the preposition ("was rounded on").
   */
  private static boolean prepositionalPhrase(Graph g, IndexedWord w) {
    int i = g.idx(w);
    for (EnglishLexicon.Phrase p : g.lex.phrasesByFirst.get(g.lemma(i))) {
      int n = p.lemmas().size();
      if (n < 2 || i + n >= g.size() || !g.toks.get(i + n - 1).tag().matches("IN|RP")) {
        continue;
      }
      if (p.continuesAt(g.toks, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb cue is a past participle describing the noun it hangs on ("in exchange for an official jailed
   * in Sweden"): the noun is whom the act befalls, and only a "by" phrase names who acted.
   */
  static boolean describes(Graph g, IndexedWord w) {
    String up = g.relToParent(w);
    return g.pos(w).equals("VBN") && up.startsWith("acl") && !up.equals("acl:relcl")
        && g.pos(g.parent(w)).startsWith("NN")
        && g.children(w, "nsubj", "aux", "aux:pass", "cop", "obj", "iobj").isEmpty();
  }
}

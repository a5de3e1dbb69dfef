package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;

/**
 * "Kenya expelled the Somali ambassador, a move condemned by the African Union": a noun that sums up the clause's
 * act ({@code reaction-nouns.tsv}), set after a comma with a participle, reports a reaction to that act. The
 * participle's agent reacts toward whoever did the act (the subjects of the clause's verb), and is no party to the
 * act itself: the African Union is not expelled, nor is ECOWAS the target of "Ghana lifted the ban on Nigerian
 * traders, a decision welcomed by ECOWAS". The parser makes the noun a second object of the verb, or an apposition
 * of its object. Stateless.
 */
final class ReactionNouns {

  /** The relations a parser gives the noun to the act's verb: a second object, an apposition or a loose phrase. */
  private static final java.util.Set<String> LOOSE = java.util.Set.of("obj", "dep", "appos", "obl:npmod",
      "parataxis");

  private ReactionNouns() {}

  /** Whether {@code n} is a reaction noun after a comma, hung on a verb or on the verb's object. */
  static boolean is(Graph g, IndexedWord n) {
    return act(g, n) != null;
  }

  /** The verb of the act the reaction noun {@code n} sums up, or null. */
  private static IndexedWord act(Graph g, IndexedWord n) {
    if (!g.pos(n).startsWith("NN") || !g.lex.reactionNouns.contains(g.lemmaOf(n)) || !afterComma(g, n)) {
      return null;
    }
    IndexedWord p = g.parent(n);
    String r = g.relToParent(n);
    boolean subject = r.equals("nsubj") && p != null && g.pos(p).equals("VBN");
    if (!subject && g.children(n, "acl").stream().noneMatch(a -> g.pos(a).equals("VBN"))) {
      // "…, a key step toward unlocking Y": a summing noun with no participle of reaction reports none.
      return null;
    }
    if (p != null && r.equals("appos") && g.relToParent(p).equals("obj")) {
      p = g.parent(p);
      r = "obj";
    }
    if (subject) {
      // "…, a move condemned by Z" read as a clause of its own hung loosely on the act's verb.
      String up = g.relToParent(p);
      p = up.equals("dep") || up.equals("parataxis") || up.startsWith("advcl") ? g.parent(p) : null;
      r = "dep";
    }
    return p != null && LOOSE.contains(r) && g.pos(p).startsWith("VB") ? p : null;
  }

  /**
   * The doers of the act a reaction noun sums up where the noun's relative clause has the verb {@code v} ("banned the
   * imports, in a move that drew a protest from Kyiv": who banned them), or empty. The noun stands in a phrase of
   * "in" on the act's verb ("in a move that …"), or after a comma, hung on the verb or on its object.
   */
  static List<IndexedWord> summedBy(Graph g, IndexedWord v) {
    for (SemanticGraphEdge e : g.g.incomingEdgeList(v)) {
      IndexedWord n = e.getGovernor();
      if (!Graph.rel(e).equals("acl:relcl") || !g.pos(n).startsWith("NN")
          || !g.lex.reactionNouns.contains(g.lemmaOf(n))) {
        continue;
      }
      IndexedWord act = g.parent(n);
      String r = g.relToParent(n);
      if (act != null && r.equals("appos") && g.relToParent(act).equals("obj")) {
        act = g.parent(act);
        r = "obj";
      }
      if (act != null && g.pos(act).startsWith("VB")
          && (r.equals("obl:in") || LOOSE.contains(r) && afterComma(g, n))) {
        return g.children(act, "nsubj");
      }
    }
    return List.of();
  }

  /** Whether the words before the noun's own modifiers are a comma ("…, a move"). */
  private static boolean afterComma(Graph g, IndexedWord n) {
    int k = g.idx(n) - 1;
    while (k > 0 && g.node(k) != null && g.parent(g.node(k)) == n) {
      k--;
    }
    return k >= 0 && g.toks.get(k).word().equals(",");
  }

  /** The doers of the act a participle of reaction on a reaction noun answers ("a move condemned by Z"), or empty. */
  static List<IndexedWord> doers(Graph g, IndexedWord participle) {
    IndexedWord act = g.pos(participle).equals("VBN") ? actAnswered(g, participle) : null;
    return act == null ? List.of() : g.children(act, "nsubj");
  }

  /** The act a participle on a reaction noun answers: the noun's as its modifier, or as its loose clause. */
  private static IndexedWord actAnswered(Graph g, IndexedWord participle) {
    IndexedWord n = g.parent(participle);
    if (n != null && g.relToParent(participle).startsWith("acl")) {
      return act(g, n);
    }
    for (IndexedWord s : g.children(participle, "nsubj")) {
      IndexedWord act = act(g, s);
      if (act != null) {
        return act;
      }
    }
    return null;
  }

  /** Whether the word {@code w} is inside a reaction noun's phrase, as whoever reacts ("by Z"). */
  static boolean reactor(Graph g, IndexedWord w) {
    // Bounded: an enhanced graph may lead a word's governors round a cycle (a relative clause's subject).
    IndexedWord cur = w;
    for (int d = 0; cur != null && d < 12; d++, cur = g.parent(cur)) {
      if (is(g, cur) || g.pos(cur).equals("VBN") && actAnswered(g, cur) != null) {
        return true;
      }
    }
    return false;
  }
}

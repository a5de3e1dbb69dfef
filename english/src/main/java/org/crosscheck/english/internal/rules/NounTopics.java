package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * A stance noun whose own argument names a thing is toward that thing: "its commitments on freedom of expression",
 * "support for the reforms", "opposition to the new law". Whoever acts on the noun is no fallback target of it; in
 * "The EU reminded Tunis of its commitments on free speech" the commitments are Tunis's and are toward free speech,
 * not toward the EU. Another actor of the sentence may still be ("its opposition to an administration the RSF set
 * up", however the parser hangs the RSF). The noun's "of" phrase is left out, as it names the owner as often as the
 * thing, but for a noun of the one who holds a stance ({@code stance-agents.tsv}: "a critic of the ruling party"),
 * whose "of" phrase is whom it is toward: no other actor stands in for a thing there. An argument with an actor
 * anywhere in it is left to the rules as before. Stateless.
 */
final class NounTopics {

  private static final List<String> ABOUT = List.of("nmod:on", "nmod:for", "nmod:to", "nmod:against", "nmod:toward",
      "nmod:towards");

  private NounTopics() {}

  /**
   * Whether the noun cue {@code w} has a nominal argument of its own in which nothing names an actor or may. One
   * that does ("opposition to an administration set up by Y") may leave the fallback to find it.
   */
  static boolean aboutAThing(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NN") && g.children(w, ABOUT).stream().anyMatch(a -> thing(g, a));
  }

  /**
   * Whether the noun {@code w} names one who holds a stance toward a thing ({@code stance-agents.tsv}: "a longtime
   * critic of the ruling party"): its "of" phrase is whom the stance is toward, so no other actor of the sentence is.
   */
  static boolean agentOfAThing(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NN") && g.lex.stanceAgents.contains(g.lemmaOf(w))
        && g.children(w, "nmod:of").stream().anyMatch(a -> thing(g, a));
  }

  /** Whether the argument {@code a} is a noun in which nothing names an actor or may. */
  private static boolean thing(Graph g, IndexedWord a) {
    return g.pos(a).startsWith("NN") && g.g.descendants(a).stream().noneMatch(d -> mayName(g, d));
  }

  /**
   * Whether {@code t} is the subject of the verb the noun {@code w} is the object or oblique of: whoever reminds of,
   * questions or praises the noun ("The EU reminded Tunis of its commitments"), never what the noun is toward.
   */
  static boolean actsOnIt(Graph g, IndexedWord w, org.crosscheck.spi.ActorSpan t) {
    IndexedWord v = g.parent(w);
    String r = g.relToParent(w);
    return v != null && (r.equals("obj") || r.startsWith("obl")) && g.children(v, "nsubj").stream()
        .anyMatch(s -> g.idx(s) >= t.first() && g.idx(s) <= t.last());
  }

  /** Whether {@code d} names an actor or may: a mention, a demonym, a proper noun, a group the text describes. */
  private static boolean mayName(Graph g, IndexedWord d) {
    return g.namesActor(d) || g.pos(d).startsWith("NNP") || CommonNouns.at(g, d) != null;
  }
}

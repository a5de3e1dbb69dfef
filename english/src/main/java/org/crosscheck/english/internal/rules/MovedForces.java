package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * Forces sent somewhere are no stance by themselves: "Britain sent troops to Iraq", "Germany will deploy warships
 * to the Red Sea" may be help or invasion, and the troops are the sender's own, never its target. A verb of moving
 * forces (MOVE in {@code governors.tsv}) whose object is a military or police group noun (sector MIL or COP in
 * {@code group-nouns.tsv} or the agent dictionaries) yields no claim: "Kenya deployed police officers to Haiti" is a
 * mission as likely as an intrusion. Its purpose does, as the sender's: "the US sent
 * troops to help Iraq" is the US helping Iraq, not the troops. Forces withdrawn are no target either ("withdrew
 * troops from Y" is toward Y). Sending aid or weapons is untouched: those are no group. Stateless.
 */
final class MovedForces {

  private MovedForces() {}

  /** Whether {@code verb} moves military forces: a MOVE verb with a military group noun as its object. */
  static boolean moves(Graph g, IndexedWord verb) {
    return g.verbOf(verb, EnglishLexicon.GovernorClass.MOVE)
        && g.children(verb, "obj").stream().anyMatch(o -> force(g, o));
  }

  /**
   * Whether {@code t} is what a verb of withdrawing takes away ("agreed to withdraw troops from Y"): the withdrawer's
   * own, never its target.
   */
  static boolean withdrawn(Graph g, org.crosscheck.spi.ActorSpan t) {
    for (int k = Math.max(t.first(), 0); k <= t.last(); k++) {
      IndexedWord w = g.node(k);
      IndexedWord v = w == null ? null : g.parent(w);
      if (v != null && g.relToParent(w).equals("obj") && g.verbOf(v, EnglishLexicon.GovernorClass.WITHDRAW)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun names armed forces ("troops", "warships", "soldiers", "police officers"). */
  static boolean force(Graph g, IndexedWord noun) {
    return g.pos(noun).startsWith("NN") && !g.pos(noun).startsWith("NNP")
        && CommonNouns.sector(g, noun).filter(s -> s.startsWith("MIL") || s.startsWith("COP")).isPresent();
  }

  /**
   * Where forces are sent ("to Y", "into Y"): the target of a stance about sending them that an outer verb takes
   * ("agreed to send troops to Y", "threatened to send troops into Y"), since the troops are the sender's own. The
   * bare sending stays no stance ({@link #moves}); the outer verb says whether it is help or a threat.
   */
  static java.util.List<IndexedWord> destinations(Graph g, IndexedWord verb) {
    return g.children(verb, "obl:to", "obl:into");
  }

  /**
   * The verb that moved the forces a purpose clause is controlled by ("sent troops to help Iraq": "sent"), or null:
   * the purpose is the sender's.
   */
  static IndexedWord mover(Graph g, IndexedWord cue) {
    IndexedWord p = g.parent(cue);
    String r = g.relToParent(cue);
    return p != null && (r.equals("xcomp") || r.startsWith("advcl")) && moves(g, p) ? p : null;
  }
}

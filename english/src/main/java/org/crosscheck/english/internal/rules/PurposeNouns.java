package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Villagers blocked the road to protest against X": the tagger often reads an infinitive of purpose as a noun
 * after "to", which the parser then hangs on the object ("road … to protest"). A bare stance noun (no determiner)
 * introduced by "to" that is also a stance verb is such an infinitive; the clause it serves is the verb it hangs
 * on, directly or through that verb's object. Stateless.
 */
final class PurposeNouns {

  private PurposeNouns() {}

  /** The verb whose purpose the noun states, or null when the noun is a noun. */
  static IndexedWord servedVerb(Graph g, IndexedWord noun) {
    if (!g.pos(noun).equals("NN") || !g.lex.stanceVerbs.containsKey(g.lemmaOf(noun))
        || !g.children(noun, "det", "nmod:poss", "amod").isEmpty()
        || g.children(noun, "case").stream().noneMatch(c -> c.word().equalsIgnoreCase("to"))) {
      return null;
    }
    IndexedWord p = g.parent(noun);
    if (p != null && g.pos(p).startsWith("NN") && g.relToParent(p).equals("obj")) {
      p = g.parent(p);
    }
    return p != null && g.pos(p).startsWith("VB") ? p : null;
  }
}

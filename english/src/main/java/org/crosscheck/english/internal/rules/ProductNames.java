package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A name the catalog lacks, compounded to a noun of a thing, names the thing's make, not an actor: "agreed to sell 24
 * Eurofighter Typhoon jets to Y", "the Nord Stream pipeline". Such a name, made up for capitalised words and of no
 * known kind, is no target; the search goes on to the rest of the phrase ("to Y"). A noun of a group the text
 * describes ("Wagner fighters") or one that names an actor is no thing. Stateless.
 */
final class ProductNames {

  private ProductNames() {}

  /** Whether the compound {@code c} of the noun {@code d} is only the make of a thing. */
  static boolean makeOnly(Graph g, IndexedWord d, IndexedWord c) {
    if (!g.relToParent(c).equals("compound") || !g.pos(d).startsWith("NN") || g.pos(d).startsWith("NNP")
        || g.namesActor(d) || CommonNouns.at(g, d) != null) {
      return false;
    }
    ActorSpan m = g.mentionOf(c);
    return m != null && m.actor().isAdHoc() && m.actor().kind() == ActorKind.UNKNOWN;
  }
}

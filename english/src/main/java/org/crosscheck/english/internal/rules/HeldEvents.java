package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * An election, a poll or its results ({@code held-events.tsv}) take place in a state: the state word in front of
 * such a noun, as adjective, compound or possessor ("the Kenyan election results", "the X poll results", "X's
 * referendum"), says where, so rejecting or disputing them is no stance toward the state. The noun's other
 * arguments are read as before ("results announced by the commission"), and so is any noun outside the list
 * ("rejected the Kenyan proposal" is toward Kenya). Stateless.
 */
final class HeldEvents {

  private static final Set<String> PLACE_LINKS = Set.of("amod", "compound", "nmod:poss");

  private HeldEvents() {}

  /** Whether the dependent {@code c} of the noun {@code d} only says where the event {@code d} is held. */
  static boolean placeOnly(Graph g, IndexedWord d, IndexedWord c) {
    return g.pos(d).startsWith("NN") && g.lex.heldEvents.contains(g.lemmaOf(d))
        && PLACE_LINKS.contains(g.relToParent(c));
  }
}

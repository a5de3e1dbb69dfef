package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A stance noun whose holder is named as its possessor states that stance as a fact, whatever the clause around it
 * does: "Kenya did not comment on Uganda's support for the rebels" and "the opposition said Lee had failed to press
 * Xi on Beijing's support for Pyongyang" say that Uganda and Beijing give support; the negation is Kenya's or Lee's,
 * not the possessor's. Only a possessor named as an actor counts: "its support" may be the outer subject's own ("X
 * has no plan to end its support for Y"), a negation on the noun itself ("no support") stays its own, and so does a
 * word right above it that ends it ("the end of Russia's support", {@link Negation}). Stateless.
 */
final class PossessedStances {

  private PossessedStances() {}

  /** Whether the noun cue {@code w} has a named actor for its possessor, which makes its stance a stated fact. */
  static boolean presupposed(Graph g, IndexedWord w) {
    // A possessive pronoun names no actor here: it is no mention.
    return g.children(w, "nmod:poss").stream().anyMatch(p -> g.mentionOf(p) != null);
  }
}

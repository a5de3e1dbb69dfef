package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A noun of a body made of members set beside an actor ({@code composition-nouns.tsv}: "the Liberty Front, an alliance
 * of farm unions") says what the actor is made of: its "of" phrase names members, not someone the actor allies with,
 * so the noun is no stance cue there. "an alliance with Y", or an alliance that is no apposition ("announced an
 * alliance of …"), keeps its stance. Stateless.
 */
final class Compositions {

  private Compositions() {}

  /** Whether the nominal cue {@code w} describes the make-up of the actor it is in apposition to. */
  static boolean describes(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NN") && g.lex.compositionNouns.contains(g.lemmaOf(w))
        && g.relToParent(w).equals("appos") && !g.children(w, "nmod:of").isEmpty();
  }
}

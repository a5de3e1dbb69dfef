package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import org.crosscheck.EventCode;
import org.crosscheck.Stance;

/**
 * "France has withdrawn its troops from Mali, Niger and Chad": a military retreat ({@code retreat-codes.tsv}) done
 * is a deployment ended, no support of the places left, though CAMEO files it under yielding. Offered or agreed to
 * ("has agreed to withdraw its soldiers from Y", "is prepared to pull out of Y") it is a concession to Y and stays
 * support. Stateless.
 */
final class Retreats {

  private Retreats() {}

  /** Whether the cue on {@code w}, coded {@code coded}, is a retreat told as done or planned, not conceded. */
  static boolean ended(Graph g, Optional<EventCode> coded, IndexedWord w) {
    if (coded.filter(e -> g.lex.retreatCodes.stream().anyMatch(p -> e.code().startsWith(p))).isEmpty()) {
      return false;
    }
    IndexedWord p = g.parent(w);
    boolean conceded = p != null && g.relToParent(w).equals("xcomp")
        && (g.lex.stanceVerbs.get(g.lemmaOf(p)) == Stance.SUPPORT
            || g.lex.is(g.lemmaOf(p), EnglishLexicon.ModalityClass.WILLING));
    return !conceded;
  }
}

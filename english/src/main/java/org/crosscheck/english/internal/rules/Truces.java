package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Stance;

/**
 * A truce agreed is no support: "Sudan and the rebels agreed to a ceasefire", "signed a truce with the militia",
 * "a ceasefire was agreed". A verb of accord ({@code stance-verbs.tsv} SUPPORT: agree, sign, accept, observe) whose
 * object, passive subject or "to"/"on" phrase is a truce ({@code truce-nouns.tsv}) holds between the two sides as
 * NEUTRAL: they stop fighting each other without backing each other. Stateless.
 */
final class Truces {

  private static final List<String> AGREED = List.of("obj", "nsubj:pass", "obl:to", "obl:on");

  private Truces() {}

  /** Whether the verb {@code w} agrees to a truce. */
  static boolean agreed(Graph g, IndexedWord w) {
    if (g.lex.stanceVerbs.get(g.lemmaOf(w)) != Stance.SUPPORT) {
      return false;
    }
    for (IndexedWord o : g.children(w, AGREED)) {
      if (g.pos(o).startsWith("NN") && g.lex.truceNouns.contains(g.lemmaOf(o).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}

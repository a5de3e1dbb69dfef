package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Stance;

/**
 * A truce agreed is no support: "Sudan and the rebels agreed to a ceasefire", "signed a truce with the militia",
 * "a ceasefire was agreed". A verb of support by which a party enters or keeps a truce ({@code truce-verbs.tsv}) whose
 * object, passive subject or "to"/"on" phrase is a truce ({@code truce-nouns.tsv}) holds between the two sides as
 * NEUTRAL: they stop fighting each other without backing each other. Another's approval ("welcomed the ceasefire")
 * stays support. Stateless.
 */
final class Truces {

  private static final List<String> AGREED = List.of("obj", "nsubj:pass", "obl:to", "obl:on");

  private Truces() {}

  /** Whether the verb {@code w} agrees to a truce. */
  static boolean agreed(Graph g, IndexedWord w) {
    String lemma = g.lemmaOf(w).toLowerCase(Locale.ROOT);
    if (g.lex.stanceVerbs.get(lemma) != Stance.SUPPORT || !g.lex.truceVerbs.contains(lemma)) {
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

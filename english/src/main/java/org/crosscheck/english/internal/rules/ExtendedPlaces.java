package org.crosscheck.english.internal.rules;

import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * "the Qara Dagh oil field" is no "Qara" (a Syrian town the dictionaries file under Syria): when the tagger marks a
 * run of capitalised words as one place and a catalog name of one word is followed in it by more capitalised words, the run
 * names another place, which the catalog lacks, and the mention stands for no actor. A word of administration after it keeps the reading ("Kirkuk Province" is Kirkuk, {@code
 * named-place-nouns.tsv}), as do names the catalog lists whole ("Gaza City") and longer mentions that end before a
 * place ("Canada's embassy in Lima"). Stateless.
 */
final class ExtendedPlaces {

  private ExtendedPlaces() {}

  /** Whether the mention {@code m} is only the first word of a longer place name the catalog lacks. */
  static boolean extended(Graph g, ActorSpan m) {
    if (m.implied() || m.first() != m.last() || m.actor().isAdHoc()
        || !g.ctx.sentence().ner(m.first()).equals("LOCATION")) {
      return false;
    }
    int[] run = g.nerRun(m.first(), m.last(), "LOCATION");
    if (run[1] == m.last()) {
      return false;
    }
    for (int k = m.last() + 1; k <= run[1]; k++) {
      String w = g.toks.get(k).word();
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))
          || g.lex.namedPlaceNouns.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}

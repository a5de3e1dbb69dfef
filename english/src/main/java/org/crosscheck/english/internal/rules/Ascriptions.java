package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Kenya blamed much of Uganda's unrest on the rebels", "attributed the blast to Y": a verb of {@code
 * ascription-verbs.tsv} lays the deed it takes as object at the door of its prepositional phrase, which the parser
 * hangs on the verb, on the object or on the object's "of" phrase. That phrase is the target; the deed and whoever
 * owns it are not. Stateless.
 */
final class Ascriptions {

  private Ascriptions() {}

  /** The phrases naming whom the verb {@code v} blames, or nothing when it lays no deed at anyone's door. */
  static List<IndexedWord> to(Graph g, IndexedWord v) {
    String prep = g.pos(v).startsWith("VB") ? g.lex.ascriptions.get(g.lemmaOf(v).toLowerCase(Locale.ROOT)) : null;
    if (prep == null) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>(g.children(v, "obl:" + prep));
    for (IndexedWord o : g.children(v, "obj")) {
      out.addAll(g.children(o, "nmod:" + prep));
      for (IndexedWord of : g.children(o, "nmod:of")) {
        out.addAll(g.children(of, "nmod:" + prep));
      }
    }
    return out;
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A measure lifted or eased ({@code governors.tsv} UNDO: "lifted its ban on Y", "the sanctions were eased"; {@code
 * undoing-nouns.tsv}: "the removal of sanctions on Y") is no stance of its own: the undoing is the stance, toward
 * whom the measure was on. The measure may be named through a share of it ("lifted most of its sanctions on Y",
 * "eased some of the curbs"), which the parser makes the object, with the measure hung on it by "of". Stateless.
 */
final class UndoneMeasures {

  private UndoneMeasures() {}

  /** Whether the noun {@code w} names a measure a verb or a noun of undoing lifts or eases. */
  static boolean undone(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    if (p != null && g.relToParent(w).equals("nmod:of") && !g.pos(p).startsWith("VB")) {
      if (g.lex.undoingNouns.contains(g.lemmaOf(p).toLowerCase(Locale.ROOT))) {
        // "the removal of sanctions on Y", "the easing of the blockade".
        return true;
      }
      // "lifted most of its sanctions": the share is the object, the measure hangs on it.
      w = p;
      p = g.parent(p);
    }
    String r = w == null ? "" : g.relToParent(w);
    return p != null && (r.equals("obj") || r.startsWith("nsubj:pass")) && g.pos(p).startsWith("VB")
        && g.governs(p, EnglishLexicon.GovernorClass.UNDO);
  }

  /** What the verb of undoing {@code w} lifts: its objects, and the measure a share of which is its object. */
  static List<IndexedWord> measures(Graph g, IndexedWord w) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord o : g.children(w, "obj")) {
      out.add(o);
      out.addAll(g.children(o, "nmod:of"));
    }
    return out;
  }
}

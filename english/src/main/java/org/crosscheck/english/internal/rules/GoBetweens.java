package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A go-between's act ("Qatar mediated between Israel and Hamas", "Egypt brokered a truce between Y and Z", "Turkey
 * hosted talks between Y and Z") is contact with each of the parties it goes between, and takes no side (a NEUTRAL
 * claim, {@link Contacts}): the parties are the verb's "between" phrase or its object's, two at least. Verbs of
 * MEDIATE in {@code governors.tsv}, and hosting; not one only offered or planned ("offered to mediate between Y and
 * Z"). Stateless.
 */
final class GoBetweens {

  private GoBetweens() {}

  /** The words naming the parties the go-between verb {@code w} goes between; empty when it is none. */
  static List<IndexedWord> parties(Graph g, IndexedWord w) {
    if (!g.governs(w, EnglishLexicon.GovernorClass.MEDIATE) && !g.lemmaOf(w).equalsIgnoreCase("host")
        || g.relToParent(w).equals("xcomp")) {
      // "offered to mediate between Y and Z": an offer, a plan or a wish is no contact yet.
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>();
    between(g, w, "obl:between", out);
    for (IndexedWord o : g.children(w, "obj")) {
      between(g, o, "nmod:between", out);
    }
    return out.size() >= 2 ? out : List.of();
  }

  private static void between(Graph g, IndexedWord w, String rel, List<IndexedWord> out) {
    for (IndexedWord x : g.children(w, rel)) {
      for (IndexedWord c : g.withConjuncts(x)) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
  }
}

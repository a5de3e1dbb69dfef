package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Stance;

/**
 * Blocking a measure against someone shields them: "China vetoed sanctions on Myanmar", "Russia would block new
 * sanctions on North Korea" are each SUPPORT toward whom the measure is on, not opposition. The verb is a verb of
 * opposition that stops what it takes ({@code blocking-verbs.tsv}); the measure is what {@link Endorsements} reads
 * as one (a noun of opposition or harm, with an "on"/"against" phrase). A measure with a doer of its own, named by a
 * possessor, a "by" phrase or a name before it ("blocked EU sanctions on Russia"), stays the verb's opposition to
 * that doer. Blocking aid ({@code tie-acts.tsv} AID) is against whom the aid is for, not its giver: "Hungary blocked
 * EU military aid for Ukraine", "vetoed 2 billion euros in loans to Kyiv" ({@link #aidFor}). Stateless.
 */
final class BlockedMeasures {

  private BlockedMeasures() {}

  /** Whom the measure the verb {@code w} blocks is on; empty when {@code w} blocks no measure. */
  static List<IndexedWord> on(Graph g, IndexedWord w) {
    if (!blocking(g, w)) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord object : g.children(w, "obj")) {
      IndexedWord o = Measures.contents(g, object);
      // "blocked the EU's package of sanctions on Y": the container's owner is the measure's doer too.
      boolean owned = o != object
          && g.children(object, "nmod:poss", "compound", "amod").stream().anyMatch(g::namesActor);
      if (!owned && g.children(o, "compound", "amod").stream().noneMatch(g::namesActor)) {
        // "vetoed …, the fourth such veto this year" read as a second object, with "on Tuesday" the verb's: a day is
        // nobody a measure is on.
        Endorsements.measureOn(g, w, object, o).stream().filter(g::namesActor).forEach(out::add);
      }
    }
    return out;
  }

  /** Whom the aid the verb {@code w} blocks is for, by the aid's "for"/"to" phrase or the verb's; else empty. */
  static List<IndexedWord> aidFor(Graph g, IndexedWord w) {
    if (!blocking(g, w)) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord object : g.children(w, "obj")) {
      // "2 billion euros in EU military aid": the sum is the aid.
      List<IndexedWord> aid = new ArrayList<>(g.children(object, "nmod:in", "nmod:of"));
      aid.add(Measures.contents(g, object));
      for (IndexedWord a : aid) {
        if (g.pos(a).startsWith("NN") && TieActs.aid(g, a)) {
          List<IndexedWord> own = g.children(a, "nmod:for", "nmod:to").stream().filter(g::namesActor).toList();
          out.addAll(own.isEmpty() ? g.children(w, "obl:for", "obl:to").stream().filter(g::namesActor).toList() : own);
        }
      }
    }
    return out;
  }

  /** Whether {@code w} is a verb of opposition that stops what it takes ({@code blocking-verbs.tsv}). */
  private static boolean blocking(Graph g, IndexedWord w) {
    String lemma = g.lemmaOf(w);
    return g.pos(w).startsWith("VB") && g.lex.blockingVerbs.contains(lemma)
        && g.lex.stanceVerbs.get(lemma) == Stance.OPPOSE;
  }
}

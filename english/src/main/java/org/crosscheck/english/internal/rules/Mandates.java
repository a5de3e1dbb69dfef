package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A peace mission's mandate renewed is support of the state it serves in: "the Security Council extended the mandate
 * of the peacekeeping mission in Mali", "agreed to renew the monitoring mission in Kosovo", "approved a renewal of
 * the observer mission's mandate in Chad" are support of Mali, Kosovo, Chad. A word of
 * renewing (RENEW in {@code mandates.tsv}, verb or noun) whose object or "of" phrase is a mandate (MANDATE) of a peace
 * mission, or the mission itself, gives the state that mission's "in" phrase names by its own name
 * ({@link PeaceForces#namesState}). The mission must be one of keeping peace, watching or training
 * ({@link PeaceForces#peace}): "extended its military operation in Y" is no help to Y. Ending a mandate is left
 * alone: a host may have asked for it. Stateless.
 */
final class Mandates {

  private Mandates() {}

  /** Whether the verb {@code w} renews a peace mission's mandate in a state named: a SUPPORT cue. */
  static boolean renews(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("VB") && !states(g, w).isEmpty();
  }

  /** The states whose peace mission {@code w} renews, as the nodes naming them; empty when it renews none. */
  static List<IndexedWord> states(Graph g, IndexedWord w) {
    if (g.lex.mandates.get(g.lemmaOf(w)) != EnglishLexicon.MandateClass.RENEW) {
      return List.of();
    }
    List<IndexedWord> places = new ArrayList<>();
    for (IndexedWord a : g.children(w, "obj", "nsubj:pass", "nmod:of")) {
      boolean mandate = g.lex.mandates.get(g.lemmaOf(a)) == EnglishLexicon.MandateClass.MANDATE;
      // "the mandate of the mission", "the mandate for the force", "the mission's mandate"; or the mission itself.
      List<IndexedWord> missions = new ArrayList<>(mandate ? g.children(a, "nmod:of", "nmod:for", "nmod:poss")
          : List.of(a));
      if (mandate && PeaceForces.peace(g, a)) {
        // "extended the peacekeeping mandate in Y": the mandate names the mission's kind itself.
        missions.add(a);
      }
      for (IndexedWord m : missions) {
        if (PeaceForces.peace(g, m)) {
          places.addAll(g.children(m, "nmod:in"));
          if (mandate) {
            // "the mandate of the peacekeeping mission in Y": the parser may hang the place on the mandate.
            places.addAll(g.children(a, "nmod:in"));
          }
        }
      }
    }
    return places.stream().filter(p -> PeaceForces.namesState(g, p)).distinct().toList();
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.ActorKind;
import org.crosscheck.english.internal.rules.EnglishLexicon.VisitClass;
import org.crosscheck.spi.ActorSpan;

/**
 * A leg of a journey is no visit: "the emir will fly on to Japan", "the Turkish president headed to Baku", "Erdogan
 * set off for Riyadh", "Blinken flew into Tel Aviv". The CAMEO dictionary codes "fly to" as an intent to meet (036),
 * "head to" as an intent to cooperate (030) and "fly into" as a show of force (154); read alone, such a verb of
 * travel ({@code visits.tsv} ARRIVAL or JOURNEY, by lemma or lemma and particle) only tells where someone goes. It is
 * a visit when the text says talks or a visit ({@link Arrivals}: "flew to Moscow for talks"); aircraft or troops
 * moving ("Russian jets flew into Turkish airspace") and things carried ("flew food to Gaza", "returned the tanker to
 * Britain") are left to the dictionary, and so is a trip with a purpose clause ("flew to Israel to press for a
 * ceasefire"), which says what the traveller goes there to do. A verb to a place of a state (a state, its government
 * or its capital) with no purpose, no object and no armed subject makes no claim. Stateless.
 */
final class Journeys {

  private Journeys() {}

  /** Whether the verb {@code w} is a leg of a journey to a state's place, with no purpose that makes it a visit. */
  static boolean leg(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || !travel(g, w) || Arrivals.purposed(g, w)
        || !g.children(w, "obj", "iobj", "xcomp", "advcl:to").isEmpty()
        || g.children(w, "nsubj").stream().anyMatch(s -> MovedForces.force(g, s))) {
      return false;
    }
    return g.children(w, "obl:to", "obl:for", "obl:into", "obl:in", "obl:toward", "obl:towards").stream()
        .map(g::mentionOf).anyMatch(m -> m != null && !m.anonymous() && place(m));
  }

  /** Whether the verb travels: its lemma, or lemma and particle ("set off"), is a verb of arriving or setting out. */
  private static boolean travel(Graph g, IndexedWord w) {
    String lemma = g.lemmaOf(w).toLowerCase(Locale.ROOT);
    if (journey(g, lemma)) {
      return true;
    }
    return g.children(w, "compound:prt").stream()
        .anyMatch(p -> journey(g, lemma + " " + p.word().toLowerCase(Locale.ROOT)));
  }

  private static boolean journey(Graph g, String key) {
    VisitClass c = g.lex.visits.get(key);
    return c == VisitClass.ARRIVAL || c == VisitClass.JOURNEY;
  }

  private static boolean place(ActorSpan m) {
    return m.actor().kind() == ActorKind.STATE || m.actor().kind() == ActorKind.GOVERNMENT;
  }
}

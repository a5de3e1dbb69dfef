package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * Sanctions, embargoes and tariffs ({@code state-measures.tsv}) are measures of states and their bodies: an armed
 * group, an organisation or a crowd found as their holder is the parser's mistake ("the United States determined that
 * the RSF had committed genocide and imposed sanctions on Dagalo", read with the RSF imposing them), and makes no
 * claim. Stateless.
 */
final class StateMeasures {

  private StateMeasures() {}

  /** Whether the cue {@code w} is a state's measure, or imposes one, and {@code holder} is no one who takes one. */
  static boolean misheld(Graph g, IndexedWord w, ActorSpan holder) {
    ActorKind kind = holder.actor().kind();
    if (kind != ActorKind.ARMED_GROUP && kind != ActorKind.GROUP && kind != ActorKind.ORGANISATION) {
      return false;
    }
    return measure(g, w) || g.pos(w).startsWith("VB") && g.children(w, "obj").stream().anyMatch(o -> measure(g, o));
  }

  private static boolean measure(Graph g, IndexedWord w) {
    return g.lex.stateMeasures.contains(g.lemmaOf(w).toLowerCase(java.util.Locale.ROOT));
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "The EFF welcomed the DA's exit from the coalition", "Kyiv welcomed the withdrawal of Russian troops": a support
 * whose object is someone's departure ({@code departure-nouns.tsv}) backs their going, not them, so whoever goes is no
 * target of it. An opposition to a departure is left to the other rules. Stateless.
 */
final class Departures {

  private Departures() {}

  /** Whether the target {@code t} of a support is only whoever goes in a departure it backs. */
  static boolean leaver(Graph g, ActorSpan t) {
    IndexedWord head = g.node(t.last());
    if (head == null) {
      return false;
    }
    IndexedWord noun = g.parent(head);
    String r = g.relToParent(head);
    return noun != null && (r.equals("nmod:poss") || r.equals("nmod:of"))
        && g.lex.departureNouns.contains(g.lemmaOf(noun));
  }
}

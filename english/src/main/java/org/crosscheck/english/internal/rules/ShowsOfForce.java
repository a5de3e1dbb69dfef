package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Serbia put troops on alert", "the army placed its units on standby": a show of force (CAMEO root 15: an alert
 * raised, forces mobilised, drills) is done with the holder's own forces, so a force noun it takes as object is the
 * means, never whom the show is aimed at; the claim keeps what else names a target, or none. Stateless.
 */
final class ShowsOfForce {

  /** CAMEO's root of demonstrating military or police power: a structure of the dictionary. */
  private static final String ROOT = "15";

  private ShowsOfForce() {}

  /** Whether the verb {@code w} reports a show of force by the dictionary, through its pattern or itself. */
  static boolean shows(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("VB") && StanceCues.windows(g, w).stream()
        .map(f -> g.lex.events.of(g.lemmaOf(w), f)).flatMap(java.util.Optional::stream)
        .anyMatch(e -> e.code().startsWith(ROOT));
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A journey told as what someone does, not did: "Sahel Air, which flies to Dakar, Paris and Lyon, rejected the
 * findings" names the airline's routes, and no visit to any of them. A verb of travel or meeting ({@code
 * routine-codes.tsv}) in the simple present, in a relative clause describing its subject, is a routine and no event.
 * A journey in the past ("which flew to Doha on Monday") or in a main clause ("The envoy flies to Doha on Monday", a
 * plan) is left to the event rules. Stateless.
 */
final class Routines {

  private Routines() {}

  /** Whether the verb {@code w}, a cue of the CAMEO event {@code code}, tells a routine. */
  static boolean routine(Graph g, IndexedWord w, String code) {
    String tag = g.pos(w);
    return (tag.equals("VBZ") || tag.equals("VBP")) && g.relToParent(w).equals("acl:relcl")
        && g.lex.routineCodes.stream().anyMatch(code::startsWith);
  }
}

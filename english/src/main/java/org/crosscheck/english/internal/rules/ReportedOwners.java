package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "Oman, which has hosted contacts between Iranian and U.S. officials, said its foreign minister had held talks": a
 * possessive on the subject of a clause a speaker reports stands for the speaker, who tells of its own; not for the
 * nearest name before it, which the relative clause only mentioned. The speaker must be a named actor the pronoun
 * agrees with ("its" not for "the ministers"); a speaker that names nobody leaves the pronoun to the other rules.
 * Stateless.
 */
final class ReportedOwners {

  private ReportedOwners() {}

  /** The speaker a possessive on a reported clause's subject stands for, or null. */
  static ActorSpan speaker(Graph g, IndexedWord possessive) {
    IndexedWord subject = g.parent(possessive);
    IndexedWord clause = subject == null ? null : g.parent(subject);
    IndexedWord verb = clause == null ? null : g.parent(clause);
    if (verb == null || !g.relToParent(possessive).equals("nmod:poss")
        || !g.relToParent(subject).startsWith("nsubj") || !g.relToParent(clause).equals("ccomp") || !g.isSpeech(verb)) {
      return null;
    }
    for (IndexedWord s : g.children(verb, "nsubj")) {
      ActorSpan m = g.mentionOf(s);
      if (m != null && !m.anonymous() && m.last() < g.idx(possessive) && Antecedents.agrees(g, possessive, s)) {
        return m.at(g.idx(possessive));
      }
    }
    return null;
  }
}

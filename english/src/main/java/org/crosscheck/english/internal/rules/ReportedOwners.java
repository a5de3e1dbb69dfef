package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * "Oman, which has hosted contacts between Iranian and U.S. officials, said its foreign minister had held talks": a
 * possessive on the subject of a clause a speaker reports stands for the speaker, who tells of its own; not for the
 * nearest name before it, which the relative clause only mentioned. The speaker must be a named actor the pronoun
 * agrees with ("its" not for "the ministers"); a speaker that names nobody leaves the pronoun to the other rules.
 * A participle of speech after its act speaks for the act's subject ("claimed the attack, saying its fighters …").
 * Stateless.
 */
final class ReportedOwners {

  private ReportedOwners() {}

  /** The speaker a possessive on a reported clause's subject stands for, or null. */
  static ActorSpan speaker(Graph g, IndexedWord possessive) {
    IndexedWord subject = g.parent(possessive);
    IndexedWord clause = subject == null ? null : g.parent(subject);
    IndexedWord verb = clause == null ? null : g.parent(clause);
    if (verb == null || !g.relToParent(possessive).equals("nmod:poss") || !g.relToParent(subject).startsWith("nsubj")) {
      return null;
    }
    List<IndexedWord> speakers;
    if (g.relToParent(clause).equals("ccomp") && g.isSpeech(verb)) {
      speakers = g.children(verb, "nsubj");
      IndexedWord act = g.parent(verb);
      String r = g.relToParent(verb);
      if (speakers.isEmpty() && act != null && g.pos(act).startsWith("VB")
          && (r.startsWith("advcl") || r.equals("dep"))) {
        // "X claimed the attack in a statement circulated by Y, saying its fighters …": the participle's speaker is
        // the subject of the verb it follows.
        speakers = g.children(act, "nsubj");
      }
    } else if (g.relToParent(clause).startsWith("advcl") && g.children(clause, "mark").stream()
        .anyMatch(g::isSpeech)) {
      // The parser may make the participle a mark of the clause it reports, hung on the act.
      speakers = g.children(verb, "nsubj");
    } else {
      return null;
    }
    for (IndexedWord s : speakers) {
      ActorSpan m = g.mentionOf(s);
      if (m != null && !m.anonymous() && m.last() < g.idx(possessive) && Antecedents.agrees(g, possessive, s)) {
        return m.at(g.idx(possessive));
      }
    }
    return null;
  }
}

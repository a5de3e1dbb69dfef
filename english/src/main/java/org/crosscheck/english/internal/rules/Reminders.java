package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "The EU reminded Tunis of its commitments": what one is reminded of is one's own, so a possessive in the "of" phrase
 * of a verb of reminding ({@code reminding-verbs.tsv}) stands for the verb's object, not its subject. Read as the
 * subject's, the commitments became the EU's, and a support of Tunis. Stateless.
 */
final class Reminders {

  private Reminders() {}

  /** The object a possessive in a verb of reminding's "of" phrase stands for, or null. */
  static ActorSpan reminded(Graph g, IndexedWord possessive) {
    IndexedWord noun = g.parent(possessive);
    IndexedWord verb = noun == null ? null : g.parent(noun);
    if (verb == null || !g.relToParent(possessive).equals("nmod:poss") || !g.relToParent(noun).equals("obl:of")
        || !g.lex.remindingVerbs.contains(g.lemmaOf(verb))) {
      return null;
    }
    for (IndexedWord o : g.children(verb, "obj")) {
      ActorSpan m = g.mentionOf(o);
      if (m != null && !m.anonymous()) {
        return m.at(g.idx(possessive));
      }
    }
    return null;
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * A donor in a gapped clause is no target of the first donor's act: in "the EU pledged 350 million euros and Germany
 * 250 million euros", "Britain pledged 10 million pounds, France 5 million and Japan 20 million", the parser joins the
 * later names to the first sum, as if they were given too. A name joined to a sum is the subject of the verb left out
 * ("and France a further 5 million"), giving as the first subject does, not what or whom it gives to. Stateless.
 */
final class GappedSubjects {

  private GappedSubjects() {}

  /** Whether {@code t} is the subject of a gapped clause that gives as the clause before it gives a sum. */
  static boolean subject(Graph g, ActorSpan t) {
    IndexedWord head = g.node(t.last());
    IndexedWord first = head == null ? null : g.firstConjunct(head);
    return first != null && sum(g, first);
  }

  /** Whether the noun is a sum: one a number counts ("350 million euros", "$500 million"). */
  private static boolean sum(Graph g, IndexedWord w) {
    return !g.children(w, "nummod").isEmpty();
  }
}

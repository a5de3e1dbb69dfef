package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * "Saudi Arabia has long backed the government in its war with the Houthis": the party named in the "with" or
 * "against" phrase of a conflict noun ({@code conflict-nouns.tsv}) is the other side of that conflict. A support whose
 * arguments name no actor never falls back on it; an opposition may ("launched strikes in its war with Y"), so the
 * caller asks only for support. Stateless.
 */
final class ConflictOpponents {

  private ConflictOpponents() {}

  /** Whether the actor is named as the other side of a conflict noun ("war with Y", "dispute against Y"). */
  static boolean opponent(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    IndexedWord noun = head == null ? null : g.parent(head);
    String r = head == null ? "" : g.relToParent(head);
    return noun != null && (r.equals("nmod:with") || r.equals("nmod:against"))
        && g.lex.conflictNouns.contains(g.lemmaOf(noun).toLowerCase(Locale.ROOT));
  }
}

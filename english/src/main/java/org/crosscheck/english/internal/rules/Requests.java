package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;

/**
 * "Polish police detained the suspect at Lithuania's request", "Interpol issued a notice for his arrest at
 * Peru's request", "expelled the envoy at the behest of the junta": the actor a noun of asking ({@code
 * request-nouns.tsv}) names, in a phrase of "at", "on" or "upon", is on whose word the act is done. It stands behind
 * the holder and is never the act's target, though it may be the one other actor of the sentence. Stateless.
 */
final class Requests {

  private static final Set<String> MARKS = Set.of("at", "on", "upon");

  private Requests() {}

  /** Whether the word {@code w} names who asked for the act: the possessor or "of" phrase of such a noun. */
  static boolean asker(Graph g, IndexedWord w) {
    IndexedWord n = w == null ? null : g.parent(w);
    String r = g.relToParent(w);
    if (n == null || !(r.equals("nmod:poss") || r.equals("nmod:of"))
        || !g.lex.requestNouns.contains(g.lemmaOf(n).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String link = g.relToParent(n);
    int colon = link.indexOf(':');
    return colon > 0 && MARKS.contains(link.substring(colon + 1));
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * A demonym on the noun of a private party ({@code private-party-nouns.tsv}: "sanctioned Kenyan money changers",
 * "harms Polish hauliers", "Russian oligarchs") gives the party's nationality, not a stance toward its state: the
 * sanctions hit the money changers, not Kenya. The party itself is the target when the catalog's agent nouns know
 * it ("Chinese companies" are China's business sector, {@link CommonNouns}); otherwise the demonym names no one.
 * Stateless.
 */
final class PrivateParties {

  private PrivateParties() {}

  /** Whether {@code d} is a demonym or state name modifying the noun of a private party. */
  static boolean nationality(Graph g, IndexedWord d) {
    String rel = g.relToParent(d);
    IndexedWord head = g.parent(d);
    return head != null && (rel.equals("amod") || rel.equals("compound")) && g.pos(head).startsWith("NN")
        && g.lex.privatePartyNouns.contains(g.lemmaOf(head).toLowerCase(Locale.ROOT));
  }
}

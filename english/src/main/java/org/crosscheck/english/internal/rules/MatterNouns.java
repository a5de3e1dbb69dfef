package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;

/**
 * A matter named after whom it concerns ({@code matter-nouns.tsv}: "the Palestinian question", "the Kurdish issue",
 * "the Cyprus problem", "the Iran file") is a topic: refusing to tie it to a deal, raising it or discussing it is no
 * stance toward the people or the state its adjective or compound names. A possessor may own the matter ("Iran's
 * nuclear file", "concerns over Iran's nuclear file" oppose Iran) and is read as before. Stateless.
 */
final class MatterNouns {

  /** Links by which a word before the noun names whom the matter concerns. */
  private static final Set<String> MODIFIERS = Set.of("amod", "compound");

  private MatterNouns() {}

  /** Whether the dependent {@code c} of the noun {@code d} only says whom the matter {@code d} concerns. */
  static boolean topicOnly(Graph g, IndexedWord d, IndexedWord c) {
    return g.pos(d).startsWith("NN") && !g.pos(d).startsWith("NNP")
        && g.lex.matterNouns.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT)) && MODIFIERS.contains(g.relToParent(c));
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * A post named by its title: in "rejected the candidate for the post of President of Lebanon" the "of" phrase of
 * "post" ({@code post-nouns.tsv}), an office ({@code office-nouns.tsv}), is the title of the post to be filled, not a
 * party ("a border post of the Syrian army" keeps its owner); an act on the candidate or the nomination is not toward
 * whoever holds that title, so the target search does not follow that link. Stateless.
 */
final class Posts {

  private Posts() {}

  /** Whether {@code c}, a link under {@code d}, is the title of the post {@code d} names. */
  static boolean titleOnly(Graph g, IndexedWord d, IndexedWord c) {
    return g.relToParent(c).equals("nmod:of") && g.pos(d).startsWith("NN")
        && g.lex.postNouns.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT))
        && g.lex.officeNouns.contains(g.lemmaOf(c).toLowerCase(Locale.ROOT));
  }
}

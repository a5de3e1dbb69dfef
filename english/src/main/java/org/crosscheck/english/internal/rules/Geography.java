package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * Where states lie is no stance: a verb of having whose object is a feature of the land ({@code geography.tsv}:
 * "South Africa, which shares a long border with Mozambique, …", "Uzbekistan shares the valley with both states")
 * makes no claim, though "share" with anything else ("shared intelligence with Y") still does. Stateless.
 */
final class Geography {

  private Geography() {}

  /** Whether the verb cue states a feature of the land its subject has. */
  static boolean states(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || g.lex.geography.get(g.lemmaOf(w)) != EnglishLexicon.GeographyClass.VERB) {
      return false;
    }
    return g.children(w, "obj").stream()
        .anyMatch(o -> g.lex.geography.get(g.lemmaOf(o)) == EnglishLexicon.GeographyClass.FEATURE);
  }
}

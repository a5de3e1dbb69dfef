package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * A stance noun with a determiner of no particular act ({@code nonspecific-determiners.tsv}) that is the subject of
 * its clause tells of no act of its holder: "Any attack by Iran on Israel would be met with force" says nothing of an
 * attack by Iran, "Any US support for Kyiv must be approved by Congress" nothing of support given. Such a nominal
 * cue makes no claim. Left alone: the noun as an object, where the verb carries the stance ("China opposes any
 * support for Taiwan's independence": China's, by the verb) or a denial ("denied giving any support to Y"). Stateless.
 */
final class AnyActs {

  private AnyActs() {}

  /** Whether the nominal cue {@code w} is a subject determined as no act in particular. */
  static boolean unspecified(Graph g, IndexedWord w) {
    return g.relToParent(w).startsWith("nsubj") && g.children(w, "det").stream()
        .anyMatch(d -> g.lex.nonspecificDeterminers.contains(d.word().toLowerCase(Locale.ROOT)));
  }
}

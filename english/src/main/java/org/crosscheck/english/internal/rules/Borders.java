package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A border's neighbour is a party only where the border itself is acted on: "Turkey closed its border with X" is
 * toward X, but in "Iran warned against any change to its border with X" the warning is about a change, and X is
 * only where the border runs ({@code border-nouns.tsv}). Stateless.
 */
final class Borders {

  private Borders() {}

  /**
   * Whether {@code link}, a dependent of {@code noun} reached {@code depth} links into a target phrase, is the
   * neighbour of a border that is not itself the cue's argument.
   */
  static boolean neighbourOnly(Graph g, IndexedWord noun, IndexedWord link, int depth) {
    return depth >= 1 && g.pos(noun).startsWith("NN") && g.lex.borderNouns.contains(g.lemmaOf(noun))
        && g.relToParent(link).equals("nmod:with");
  }
}

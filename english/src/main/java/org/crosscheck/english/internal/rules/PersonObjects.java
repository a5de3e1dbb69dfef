package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * An act done to "him" or "her" is done to a person: when no name in reach stands for the pronoun, the act has no
 * named target, and no other actor of the sentence takes the pronoun's place ("police detained the mayor, prompting
 * his party to expel him" is no stance of the party toward the police, either as the one other actor or as the doer
 * of what prompted it, {@link Provocations}). Stateless.
 */
final class PersonObjects {

  private PersonObjects() {}

  /** Whether the cue's object is the personal pronoun "him" or "her". */
  static boolean of(Graph g, IndexedWord cue) {
    return g.children(cue, "obj").stream()
        .anyMatch(o -> g.pos(o).equals("PRP") && o.word().matches("(?i)him|her"));
  }
}

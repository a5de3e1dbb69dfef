package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * An act on one's own thing ("the Kremlin looks to strengthen its standing", "vowed to protect their citizens"),
 * with no other actor named, is no stance toward anyone: a verb cue whose object a possessive pronoun owns makes no
 * target-less claim. Stateless.
 */
final class OwnObjects {

  private OwnObjects() {}

  /** Whether the verb's object is owned by a possessive pronoun ("its", "their", "our"). */
  static boolean own(Graph g, IndexedWord verb) {
    for (IndexedWord o : g.children(verb, "obj")) {
      for (IndexedWord p : g.children(o, "nmod:poss")) {
        if (g.pos(p).equals("PRP$")) {
          return true;
        }
      }
    }
    return false;
  }
}

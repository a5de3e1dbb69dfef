package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * An act on one's own thing ("the Kremlin looks to strengthen its standing", "vowed to protect their citizens"),
 * with no other actor named, is no stance toward anyone: a verb cue whose object a possessive pronoun owns, or whose
 * object is the subject itself ("said it would defend itself in court"), makes no target-less claim. A measure of
 * force is no such thing ("tightened its siege", {@link ForceObjects#measure}). Stateless.
 */
final class OwnObjects {

  private OwnObjects() {}

  /** Whether the verb's object is owned by a possessive pronoun ("its", "their", "our"), or is only the self. */
  static boolean own(Graph g, IndexedWord verb) {
    List<IndexedWord> objects = g.children(verb, "obj");
    if (!objects.isEmpty()
        && objects.stream().allMatch(o -> g.lex.is(o.word(), EnglishLexicon.PronounClass.REFLEXIVE))) {
      // Only the self: "shot four guards and then themselves" still shoots others.
      return true;
    }
    for (IndexedWord o : objects) {
      if (ForceObjects.measure(g, verb, o)) {
        // "reimposed its blockade": a measure of force is owned by whoever enforces it and falls on others.
        continue;
      }
      for (IndexedWord p : g.children(o, "nmod:poss")) {
        if (g.pos(p).equals("PRP$")) {
          return true;
        }
      }
    }
    return false;
  }
}

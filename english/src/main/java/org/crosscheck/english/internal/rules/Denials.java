package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Ethiopia accuses Eritrea of arming rebels, Asmara denies": a denial after a clause that is itself an accusation or
 * a complaint with its own subject answers that charge; it does not report the accusation, which the sentence
 * asserts, as something the denier says did not happen. A denial after a plain clause ("the army shelled the town,
 * the ministry denies") still reports it, negated. Stateless.
 */
final class Denials {

  private Denials() {}

  /** Whether trailing verb {@code speech} denies the charge that clause {@code reported} lays, not the clause. */
  static boolean answers(Graph g, IndexedWord speech, IndexedWord reported) {
    return g.lex.is(g.lemmaOf(speech), EnglishLexicon.ModalityClass.NEGATOR)
        && (g.verbOf(reported, EnglishLexicon.GovernorClass.REASON)
        || g.verbOf(reported, EnglishLexicon.GovernorClass.COMPLAINT))
        && !g.children(reported, "nsubj").isEmpty();
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A gerund clause as subject that the parser read as a name with an adjective: in "Isolating Tehran would only help
 * Russia" it gives "Tehran" as the subject of "help" and "Isolating" as its adjective, yet Tehran helps no one; the
 * act of isolating it would. Such a subject is a proper name whose modifier is a verb's -ing form (tagged VBG, read
 * as amod) standing first in its clause, and the verb tells a consequence, with a modal auxiliary ("would", "will",
 * "could": {@code modality.tsv}): a participle before a bare name is hardly an adjective of it ("Advancing Russian
 * forces" has a common noun; "Retreating troops" is left alone), and least where an outcome is weighed ("the ruling
 * ANC backed him" has its determiner, and no modal). What an act would bring about is no stance of the one it is
 * done to, nor of anyone: the subject holds nothing. Stateless.
 */
final class GerundSubjects {

  private GerundSubjects() {}

  /** Whether the subject {@code s} of verb {@code v} is the object of a gerund the parser read as its adjective. */
  static boolean misread(Graph g, IndexedWord v, IndexedWord s) {
    if (!g.pos(s).startsWith("NNP") || g.children(v, "aux").stream().noneMatch(x -> g.pos(x).equals("MD")
        && (g.lex.is(x.word(), EnglishLexicon.ModalityClass.FUTURE)
            || g.lex.is(x.word(), EnglishLexicon.ModalityClass.HEDGE)))) {
      return false;
    }
    for (IndexedWord a : g.children(s, "amod")) {
      int i = g.idx(a);
      if (g.pos(a).equals("VBG") && i < g.idx(s) && clauseStart(g, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} opens its sentence or follows a quotation mark, colon or comma that opens a clause. */
  private static boolean clauseStart(Graph g, int i) {
    if (i == 0) {
      return true;
    }
    String prev = g.toks.get(i - 1).tag();
    return prev.equals("``") || prev.equals(":") || prev.equals(",");
  }
}

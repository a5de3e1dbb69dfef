package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * Words of legal and norm judgement ({@code norm-judgements.tsv}: "illegal", "a violation", "unlawfully"). Said of
 * a deed they judge its doer, and {@link Evaluations} reads them as it reads any evaluative word; as a plain noun's
 * modifier an adjective of them sorts things rather than judging anyone ("illegal migrants", "illegal mining"), so it
 * gives that noun no polarity, unless the noun is of a deed ("illegal killings"). An adverb of them on a verb in what
 * a speaker reports judges the verb's subject ("X said Y had illegally seized the island"). Stateless.
 */
final class NormJudgements {

  private NormJudgements() {}

  /**
   * Whether {@code w} is an adverb of unlawful manner on a verb ("had illegally seized", "acted unlawfully"), which
   * judges that verb's subject in what a speaker reports; not one on an adjective or a noun, nor on a negated verb
   * ("did not act unlawfully").
   */
  static boolean manner(Graph g, IndexedWord w) {
    IndexedWord v = g.parent(w);
    return g.pos(w).startsWith("RB")
        && g.lex.norms.get(g.lemmaOf(w).toLowerCase(java.util.Locale.ROOT)) == EnglishLexicon.NormClass.MANNER
        && g.relToParent(w).equals("advmod") && v != null && g.pos(v).startsWith("VB")
        && g.children(v, "advmod", "neg").stream()
            .noneMatch(c -> g.lex.is(c.word(), EnglishLexicon.ModalityClass.NEGATION));
  }

  /**
   * Whether the adjective {@code a} is a norm word that sorts the noun it modifies rather than judging it: "illegal
   * migrants", not "illegal killings" or "an unlawful occupation", nouns of a deed (DEED, of conduct or of attack).
   */
  static boolean classifies(Graph g, IndexedWord a) {
    IndexedWord n = g.parent(a);
    if (g.lex.norms.get(g.lemmaOf(a).toLowerCase(java.util.Locale.ROOT)) != EnglishLexicon.NormClass.ADJ) {
      return false;
    }
    if (n == null) {
      return true;
    }
    String noun = g.lemmaOf(n).toLowerCase(java.util.Locale.ROOT);
    return g.lex.norms.get(noun) != EnglishLexicon.NormClass.DEED && !g.lex.conductNouns.contains(noun)
        && !g.attackNoun(n);
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "refused to meet the kidnappers demands": a plural noun whose possessive apostrophe was left out, before a noun of
 * asking (ASKED in {@code intention-nouns.tsv}), is read by the tagger as the subject of a verb in -s. A plural
 * subject right before a verb in -s does not agree with it, so the pair is a possessor and its noun: the verb is
 * no cue of its own (the plural is not a holder demanding anything), and it is the noun a refusal or an acceptance
 * acts on, made by its possessor ({@link Targets}). Stateless.
 */
final class LostApostrophes {

  private LostApostrophes() {}

  /** Whether the verb {@code v} is a noun of asking misread after a plural that lost its apostrophe. */
  static boolean misread(Graph g, IndexedWord v) {
    return g.pos(v).equals("VBZ") && g.lex.intentions.get(g.lemmaOf(v)) == EnglishLexicon.IntentionClass.ASKED
        && possessor(g, v) != null;
  }

  /** The plural right before the verb {@code v} that the parser made its subject, or null. */
  static IndexedWord possessor(Graph g, IndexedWord v) {
    return g.children(v, "nsubj").stream()
        .filter(n -> g.pos(n).equals("NNS") && g.idx(n) == g.idx(v) - 1).findFirst().orElse(null);
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Paris seeks to offset Beijing's sway", "X plans to isolate Y": a verb of intent ({@code intent-verbs.tsv}) that
 * the CAMEO dictionary codes as an intent to cooperate says nothing of whom the intended act is for or against; that
 * is the act's to say. When the infinitive it governs is no cue of the lexicon (a stance verb or a dictionary verb),
 * the verb of intent is no cue either, rather than a support of the act's object; when it is one, the act makes the
 * claim with the intent as its modality ("plans to visit Y", a visit to come), and a dictionary pattern of the verb
 * of intent with the act ("plan visit", an intent to meet) would be the same claim again. Stateless.
 */
final class IntentVerbs {

  private IntentVerbs() {}

  /** Whether {@code w} is a verb of intent with an infinitive, which says the stance if any does. */
  static boolean empty(Graph g, IndexedWord w) {
    return g.lex.intentVerbs.contains(g.lemmaOf(w))
        && g.children(w, "xcomp").stream().anyMatch(x -> g.pos(x).startsWith("VB"));
  }
}

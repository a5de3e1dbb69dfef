package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Paris seeks to offset Beijing's sway", "X plans to isolate Y": a verb of intent ({@code intent-verbs.tsv}) that
 * the CAMEO dictionary codes as an intent to cooperate says nothing of whom the intended act is for or against; that
 * is the act's to say. When the infinitive it governs is no cue of the lexicon (a stance verb or a dictionary verb),
 * the verb of intent is no cue either, rather than a support of the act's object. Stateless.
 */
final class IntentVerbs {

  private IntentVerbs() {}

  /** Whether {@code w} is a verb of intent whose infinitive names an act of no known stance. */
  static boolean empty(Graph g, IndexedWord w) {
    if (!g.lex.intentVerbs.contains(g.lemmaOf(w))) {
      return false;
    }
    for (IndexedWord x : g.children(w, "xcomp")) {
      String l = g.lemmaOf(x);
      if (g.pos(x).startsWith("VB") && !g.lex.stanceVerbs.containsKey(l) && !g.lex.events.cue(l)
          && !g.lex.events.patternCue(l)) {
        return true;
      }
    }
    return false;
  }
}

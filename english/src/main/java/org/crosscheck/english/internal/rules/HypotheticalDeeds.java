package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Modality;

/**
 * "Japan could respond militarily to a Chinese attack on Taiwan", "NATO would defend its members against a Russian
 * invasion": an attack named with "a" in a hedged or conditional clause is one imagined, not one told, and no stance
 * of its would-be doer. An attack told as a fact keeps its claim, with "a" too ("a Russian attack on Kyiv killed
 * five"). Stateless.
 */
final class HypotheticalDeeds {

  private HypotheticalDeeds() {}

  /** Whether the nominal cue {@code w}, read with {@code modality}, is an attack only imagined. */
  static boolean imagined(Graph g, IndexedWord w, boolean nominal, Modality modality) {
    return nominal && modality.isQualified() && g.attackNoun(w)
        && g.children(w, "det").stream().anyMatch(d -> g.lemmaOf(d).equals("a"));
  }
}

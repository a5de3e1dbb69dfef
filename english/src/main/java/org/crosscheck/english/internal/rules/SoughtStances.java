package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * A stance noun its holder is only asked or hoped to give: "Sweden sought NATO backing", "Kenya asked for support
 * from the AU", "Sweden hopes to win NATO backing". The noun's own holder (its possessor, modifier or "from" phrase)
 * has not given it, so no claim of that holder is made. The noun is the object of a verb of seeking, or the object
 * of a verb of undergoing ({@code undergoers.tsv}) that is itself only an aim, an infinitive ("to win praise from
 * X"). The seeker's own stance is left alone: "X called for sanctions on Y" is X's, and its holder is the verb's
 * subject, not the noun's. Stateless.
 */
final class SoughtStances {

  private SoughtStances() {}

  /** Whether the nominal cue {@code noun} is only sought from {@code holder}, who does not hold it. */
  static boolean sought(Graph g, IndexedWord noun, ActorSpan holder) {
    IndexedWord carrier = Measures.carrier(g, noun);
    IndexedWord v = g.parent(carrier);
    if (v == null || !g.pos(v).startsWith("VB")) {
      return false;
    }
    for (IndexedWord s : g.children(v, "nsubj", "nsubj:xsubj", "nsubj:pass")) {
      if (g.idx(s) >= holder.first() && g.idx(s) <= holder.last()) {
        return false;
      }
    }
    String up = g.relToParent(carrier);
    String lemma = g.lemmaOf(v);
    if (up.equals("obj") && g.lex.seekingVerbs.contains(lemma)) {
      return true;
    }
    int colon = up.indexOf(':');
    if (up.startsWith("obl:") && g.lex.seekingVerbs.contains(lemma + " " + up.substring(colon + 1))) {
      return true;
    }
    // "to win NATO backing": an infinitive of undergoing is an aim, not yet what was won.
    return up.equals("obj") && g.lex.undergoers.contains(lemma)
        && g.children(v, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to"));
  }
}

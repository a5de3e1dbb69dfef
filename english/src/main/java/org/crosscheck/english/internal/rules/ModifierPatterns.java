package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Map;
import org.crosscheck.Stance;

/**
 * "Niger ordered aid groups funded by France to leave": a verb whose bare CAMEO sense takes no side ("order", 100)
 * but whose pattern does ("order aid", 070) is no cue when every pattern it matches ends on a word that only
 * modifies the head noun of an actor: "aid groups" are organisations, not aid given; the word is inside a name, not
 * the thing the verb acts on. A pattern word that heads the phrase ("sent aid to Y", "sent Indian troops") or that
 * modifies a noun naming no actor ("sent aid convoys") still makes the cue. Stateless.
 */
final class ModifierPatterns {

  /** How far after the verb the word a pattern ends on is looked for; the patterns' own reach (8 words). */
  private static final int REACH = 9;

  private ModifierPatterns() {}

  /** Whether every stance pattern the verb {@code w} matches ends on a compound modifier of an actor's head noun. */
  static boolean insideName(Graph g, IndexedWord w) {
    String lemma = g.lemmaOf(w);
    if (g.lex.events.cue(lemma)
        && g.lex.events.of(lemma, List.of()).filter(e -> e.stance() != Stance.NEUTRAL).isPresent()) {
      // Its bare sense makes the cue whatever the pattern reads ("backed aid groups").
      return false;
    }
    List<List<String>> matched = StanceCues.windows(g, w).stream()
        .flatMap(f -> g.lex.events.patternEvents(lemma, f).stream())
        .filter(e -> e.getKey().stance() != Stance.NEUTRAL).map(Map.Entry::getValue).toList();
    if (matched.isEmpty()) {
      return false;
    }
    int at = g.idx(w);
    for (List<String> words : matched) {
      String last = words.get(words.size() - 1);
      int found = -1;
      for (int k = at + 1; k < Math.min(g.size(), at + REACH) && found < 0; k++) {
        IndexedWord n = g.node(k);
        if (n != null && ForceObjects.named(last, n, g)) {
          found = k;
        }
      }
      IndexedWord word = found < 0 ? null : g.node(found);
      IndexedWord head = word == null || !g.relToParent(word).equals("compound") ? null : g.parent(word);
      if (head == null || g.mentionAt(g.idx(head)) == null && CommonNouns.at(g, head) == null) {
        return false;
      }
    }
    return true;
  }
}

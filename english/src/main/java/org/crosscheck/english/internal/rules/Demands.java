package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.Stance;

/**
 * A demand takes the stance of the act it demands toward whom that act befalls ({@code demanded-acts.tsv}):
 * "Amnesty called for the release of X" supports X, "protesters demanded the resignation of X" oppose X, whatever
 * the demand verb would say alone ("demanded" opposes). The verb of demand (ASK in {@code governors.tsv}) is the
 * cue, with the demanded act in its words; the act's "of" phrase, reached as the verb's argument, is the target.
 * A cue the verb or the act noun made already gives way. Stateless.
 */
final class Demands {

  private Demands() {}

  /** The cues with each demand of the sentence in place of the cues its verb and its act noun made. */
  static List<StanceCues.Cue> apply(Graph g, List<StanceCues.Cue> cues) {
    List<StanceCues.Cue> added = new ArrayList<>();
    List<IndexedWord> replaced = new ArrayList<>();
    for (IndexedWord v : g.g.vertexSet()) {
      if (!g.verbOf(v, EnglishLexicon.GovernorClass.ASK)) {
        continue;
      }
      for (IndexedWord n : g.children(v, "obj", "obl:for")) {
        Stance s = g.pos(n).startsWith("NN") ? g.lex.demandedActs.get(g.lemmaOf(n)) : null;
        if (s != null && !g.children(n, "nmod:of", "nmod:poss").isEmpty()) {
          added.add(new StanceCues.Cue(v, s, g.text(g.idx(v), g.idx(n)), false, false, "demand " + g.lemmaOf(n)));
          replaced.add(v);
          replaced.add(n);
          break;
        }
      }
    }
    if (added.isEmpty()) {
      return cues;
    }
    Set<IndexedWord> gone = Set.copyOf(replaced);
    List<StanceCues.Cue> out = cues.stream().filter(c -> !gone.contains(c.head())).collect(Collectors.toList());
    out.addAll(added);
    out.sort((a, b) -> Integer.compare(a.head().index(), b.head().index()));
    return out;
  }
}

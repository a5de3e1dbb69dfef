package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Whose deed a noun in a target phrase is: its "by" phrase names its doer as a possessor does, so the two come before
 * the deed's object or recipient. "condemned the sale of weapons to X by Y" is a stance toward Y, as "condemned Y's
 * sale of weapons to X" is; X only receives. A "by" phrase that names nobody ("by auction", "by Friday") leaves the
 * other links as they were. Nouns of harm keep their own order ({@code harm-nouns.tsv}, where the victim is never a
 * target). Stateless.
 */
final class DeedDoers {

  private DeedDoers() {}

  /** The links of {@code noun}, its possessors and "by" phrases first, the rest in their order. */
  static List<IndexedWord> first(Graph g, IndexedWord noun, List<IndexedWord> links) {
    List<IndexedWord> doers = new ArrayList<>(g.children(noun, "nmod:poss"));
    for (IndexedWord by : g.children(noun, "nmod:by")) {
      if (links.contains(by)) {
        doers.add(by);
      }
    }
    doers.retainAll(links);
    List<IndexedWord> out = new ArrayList<>(doers);
    links.stream().filter(l -> !doers.contains(l)).forEach(out::add);
    return out;
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;

/**
 * A place named by a direction from a landmark ({@code compass-words.tsv}: "a village north of Goma", "a suburb
 * west of Dhaka") lies beside the landmark, not in it: the state or city after "of" is no target of what is done
 * there. "The north of Gaza", "the east of Ukraine" is a part of it, and keeps it. Stateless.
 */
final class CompassPlaces {

  /** Links by which the parser hangs the landmark on the direction word. */
  private static final Set<String> LANDMARK = Set.of("nmod:of", "obl:of");

  private CompassPlaces() {}

  /** Whether the dependent {@code c} of {@code d} is only the landmark a direction word {@code d} is measured from. */
  static boolean landmarkOnly(Graph g, IndexedWord d, IndexedWord c) {
    return LANDMARK.contains(g.relToParent(c))
        && g.lex.compassWords.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT))
        // "a village north of Goma" may hang "a village" on "north"; "the north of Gaza" is Gaza's north.
        && (!g.children(d, "compound").isEmpty()
            || g.children(d, "det").stream().noneMatch(x -> g.lemmaOf(x).equalsIgnoreCase("the")));
  }
}

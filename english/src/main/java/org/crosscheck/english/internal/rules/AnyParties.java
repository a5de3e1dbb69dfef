package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "Any government in Kenya that welcomed foreign troops would fall", "avoid clashes with any Lebanese faction": a
 * party chosen with "any" is whoever might fit, no actor the sentence names; it holds no stance and is no target.
 * The determiner sits on one of the mention's words ("any Somali militia"). Stateless.
 */
final class AnyParties {

  private AnyParties() {}

  /** Whether {@code a} is only whichever party might fit. */
  static boolean any(Graph g, ActorSpan a) {
    // An implied actor (first and last -1) has no words.
    for (int k = Math.max(a.first(), 0); k <= a.last(); k++) {
      IndexedWord w = g.node(k);
      if (w != null && g.children(w, "det").stream().anyMatch(d -> g.lemmaOf(d).equals("any"))) {
        return true;
      }
    }
    return false;
  }
}

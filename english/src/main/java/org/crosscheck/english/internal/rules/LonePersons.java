package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "Thai troops shelled a village, killing a 61-year-old farmer", "violating the ceasefire and then blaming the
 * victim": a target that is one unnamed person described by a noun of {@code lone-person-nouns.tsv}, in the singular,
 * is someone a deed befell, no party the holder takes a stance toward; readers name no such claim. A plural ("killed
 * three farmers"), a name or an office stays a target. Stateless.
 */
final class LonePersons {

  private LonePersons() {}

  /** Whether {@code target} is one unnamed person only a common noun describes. */
  static boolean only(Graph g, ActorSpan target) {
    IndexedWord head = g.node(target.last());
    return head != null && target.actor().isAdHoc() && g.pos(head).equals("NN")
        && g.lex.lonePersonNouns.contains(g.lemmaOf(head).toLowerCase(java.util.Locale.ROOT));
  }
}

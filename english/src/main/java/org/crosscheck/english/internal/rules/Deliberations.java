package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * "The Security Council is due to discuss the mandate", "the military was still analysing the data", "declined to
 * discuss the terms": a verb of deliberating ({@code deliberation-verbs.tsv}) is neutral toward the party it
 * deliberates with or over; with no party named it deliberates over a matter and takes no stance at all, so it gives
 * no claim. Talks it takes as its object are such a matter, no contact of their own. Stateless.
 */
final class Deliberations {

  private Deliberations() {}

  /** Whether the cue {@code w} only deliberates over a matter, naming no {@code target}. */
  static boolean overAMatter(Graph g, IndexedWord w, ActorSpan target) {
    return target == null && g.lex.deliberationVerbs.contains(g.lemmaOf(w).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the contact noun {@code w} is the matter a verb of deliberating takes ("the two leaders discussed
   * Moldova's EU accession talks", "will review the negotiations"): talks spoken of, not talks held between those the
   * noun names.
   */
  static boolean discussed(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    return p != null && g.relToParent(w).equals("obj") && g.pos(p).startsWith("VB")
        && g.lex.deliberationVerbs.contains(g.lemmaOf(p).toLowerCase(Locale.ROOT))
        && g.lex.contactActs.get(g.lemmaOf(w).toLowerCase(Locale.ROOT)) == EnglishLexicon.ContactClass.WORD;
  }
}

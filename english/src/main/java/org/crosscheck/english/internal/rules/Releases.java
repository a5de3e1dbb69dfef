package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A release of captives ({@code release-verbs.tsv} with an object or passive subject in {@code captive-nouns.tsv},
 * or a people's name for its members: "the Houthis released the crew to Omani officials", "handed over four hostages
 * to the Red Cross", "freed three Israeli hostages", "freed a Swedish researcher", "freed five Americans", or a
 * person or a ship the catalog lacks: "released Peter Okello") is a stance toward no one named: whom the captives
 * are handed to is a go-between, a mediator or their own side's officials, and the state they are from is no one the
 * releaser backs (a release is a deal, a ransom or a swap as often as a gesture, and the judges of such sentences
 * split on it). The claim keeps its holder and no target. A freeing from someone's hold is {@link Rescues}'
 * ("rescued the hostages from the gunmen"), and a release of anything else ("released funds to Y", "handed over
 * patrol boats to Y") is left alone. Stateless.
 */
final class Releases {

  private Releases() {}

  /** Whether the verb {@code w} lets captives go. */
  static boolean ofCaptives(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || !g.lex.releaseVerbs.contains(g.lemmaOf(w)) || Rescues.against(g, w)) {
      return false;
    }
    // "freed five Americans": a people's name for its members is whom the release lets go, not their state.
    return g.children(w, "obj", "nsubj:pass").stream().anyMatch(o -> g.pos(o).startsWith("NN")
        && (g.lex.captiveNouns.contains(g.lemmaOf(o)) || g.pos(o).endsWith("S") && g.demonym(o) != null
        || namedCaptive(g, o)));
  }

  /**
   * "released Peter Okello", "freed the Atlantic Dawn": a name the catalog lacks (a hostage, a ship) let go by
   * whoever held it, no party the release backs. A public figure the catalog knows ("will release Prime Minister X")
   * is left to the dictionary, which codes the release as cooperation with him.
   */
  private static boolean namedCaptive(Graph g, IndexedWord o) {
    ActorSpan m = g.mentionOf(o);
    return m != null && m.actor().kind() == ActorKind.UNKNOWN;
  }
}

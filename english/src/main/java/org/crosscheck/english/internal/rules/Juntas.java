package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * A bare "the junta" ({@code junta-nouns.tsv}) stands for the government the article last called so with a state
 * ("Mali's junta", "the Malian junta", resolved by the catalog to that state's government). Before any such mention,
 * without "the" ("a junta") or with a modifier of its own ("Niger's junta", the catalog's mention), this class gives
 * nothing. Not the last holder: in "Ghana condemned Mali. The bloc criticised the junta" Ghana is no junta. The
 * memory lives in the article's {@link Discourse}.
 */
final class Juntas {

  static final Discourse.Key<ActorRef> LAST = Discourse.Key.of("english.lastJunta");

  private Juntas() {}

  /** Notes the government a junta noun of this sentence names, for a bare "the junta" in it or after it. */
  static void remember(Graph g) {
    for (int i = 0; i < g.size(); i++) {
      IndexedWord w = g.node(i);
      if (w == null || !noun(g, w)) {
        continue;
      }
      ActorSpan m = g.mentionOf(w);
      if (m != null && !m.anonymous() && m.actor().kind() == ActorKind.GOVERNMENT) {
        g.ctx.discourse().set(LAST, ActorRef.of(m.actor(), m.text()));
      }
    }
  }

  /** The government a bare "the junta" at {@code c} refers back to, or null. */
  static ActorSpan at(Graph g, IndexedWord c) {
    if (!noun(g, c) || !g.pos(c).equals("NN") || !g.children(c, "nmod:poss", "nmod:of", "amod", "compound").isEmpty()
        || g.children(c, "det").stream().noneMatch(d -> g.lemmaOf(d).equals("the"))) {
      return null;
    }
    // A bare "the junta" names no state: whatever the catalog's agent phrase makes of it, it is the one named before.
    ActorRef last = g.ctx.discourse().get(LAST).orElse(null);
    return last == null ? null
        : ActorSpan.of(g.idx(c), g.idx(c), g.ctx.actors().actorOf(last), last.mention());
  }

  private static boolean noun(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NN") && g.lex.juntaNouns.contains(g.lemmaOf(w));
  }
}

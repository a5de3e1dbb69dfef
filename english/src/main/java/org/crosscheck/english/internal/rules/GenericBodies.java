package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;

/**
 * A generic institution noun that the catalog files under one state ({@code generic-bodies.tsv}: "Senate" is the US
 * Congress there) is the body of the state its owner names: "Chile's Senate", "the Kenyan Senate" are those states'
 * legislatures, composed from the state and the listed sector ("the Senate of Colombia" is left to
 * {@link ExtendedNames}, which reads the whole name). Without an owner, a story filed from another state ("BOGOTA -
 * … the Senate voted") speaks of that state's body. An owner that is the catalog's own state, a bare noun in a story
 * without a dateline or filed from that state, an owner that is no state ("Schumer's Senate"), and a mention longer
 * than the noun ("US Senate", a catalog name of its own) keep the catalog's actor. Stateless.
 */
final class GenericBodies {

  private GenericBodies() {}

  /** The body of the state that owns the generic noun {@code m} names, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied() || m.actor().isAdHoc()) {
      return m;
    }
    String sector = g.lex.genericBodies.get(bare(m.text()));
    Actor catalogState = sector == null ? null : g.ctx.actors().stateOf(m.actor()).orElse(null);
    if (catalogState == null) {
      return m;
    }
    IndexedWord head = g.node(m.last());
    IndexedWord ownerWord = head == null ? null : g.children(head, "nmod:poss", "amod", "compound").stream()
        .filter(w -> stateOf(g, w) != null).findFirst().orElse(null);
    Actor owner = ownerWord == null ? null : stateOf(g, ownerWord);
    if (owner == null && head != null && !g.children(head, "nmod:poss").isEmpty()) {
      // "Schumer's Senate": an owner, but no state's; the story's place is not asked.
      return m;
    }
    if (owner == null) {
      ActorRef home = g.ctx.discourse().get(RecalledInstitutions.DATELINE_STATE).orElse(null);
      owner = home == null ? null : g.ctx.actors().actorOf(home);
    }
    if (owner == null || owner.id().equals(catalogState.id())) {
      return m;
    }
    // "Chile's Senate" is one mention, as the catalog composes "Chile's foreign ministry".
    int from = ownerWord != null ? Math.min(g.idx(ownerWord), m.first()) : m.first();
    return g.ctx.actors().composite(owner, sector)
        .map(a -> ActorSpan.of(from, m.last(), a, g.text(from, m.last()))).orElse(m);
  }

  /** The state an owner word names: a state's name ("Chile's") or a demonym ("Kenyan"), or null. */
  private static Actor stateOf(Graph g, IndexedWord w) {
    ActorSpan named = g.ctx.mentionAt(g.idx(w)).orElse(null);
    if (named != null && !named.implied() && named.actor().kind() == ActorKind.STATE) {
      return named.actor();
    }
    return g.demonym(w);
  }

  /** The mention's words in lower case without a leading article: "the Senate" is listed as "senate". */
  private static String bare(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.startsWith("the ") ? t.substring(4) : t;
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.spi.ActorSpan;

/**
 * A state's sector named by an adjective before a noun ("U.S. military aid", "Russian military support"): the
 * adjective says what kind the aid is, not who gives it, so the holder is the state, not its armed forces; "the U.S.
 * military said", where the sector word is a noun, stays the armed forces. Stateless.
 */
final class SectorAdjectives {

  private SectorAdjectives() {}

  /** The holders, each sector named by an adjective lifted to its state. */
  static List<ActorSpan> lift(Graph g, List<ActorSpan> holders) {
    return holders.stream().map(h -> lift(g, h)).toList();
  }

  private static ActorSpan lift(Graph g, ActorSpan h) {
    IndexedWord last = g.node(h.last());
    if (last == null || h.first() >= h.last() || !g.relToParent(last).equals("amod")) {
      return h;
    }
    Optional<Actor> state = g.ctx.actors().stateOf(h.actor());
    if (state.isEmpty() || state.get().id().equals(h.actor().id())) {
      return h;
    }
    StringBuilder text = new StringBuilder();
    for (int k = h.first(); k < h.last(); k++) {
      IndexedWord w = g.node(k);
      if (w != null) {
        text.append(text.length() == 0 ? "" : " ").append(w.word());
      }
    }
    return ActorSpan.of(h.first(), h.last() - 1, state.get(), text.toString());
  }
}

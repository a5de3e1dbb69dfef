package org.crosscheck.english.internal.rules;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * People counted by their nationality are that state's people, not the state: "Germany deported 28 Syrians",
 * "Turkey sent back dozens of Afghans", "gunmen kidnapped three Chinese" (a number or "of" just before the
 * demonym). The catalog files the demonym as the state's name, and a deportation of Syrians read as a move against
 * Syria misstates it; the state's civilians (CAMEO sector CVL) are whom the act befalls. "The Russians said" and "talks with the Americans", counted by no one, stay the state.
 * Stateless.
 */
final class CountedDemonyms {

  private CountedDemonyms() {}

  /** The civilians of the state a counted demonym names, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied() || m.actor().kind() != ActorKind.STATE || !counted(g, m)) {
      return m;
    }
    // "in 2024 Kenya …": a state's own name after a number is no demonym.
    Optional<Actor> state = g.ctx.actors().stateOfDemonym(m.text());
    if (state.filter(s -> s.id().equals(m.actor().id())).isEmpty()) {
      return m;
    }
    return g.ctx.actors().composite(m.actor(), "CVL").map(a -> ActorSpan.of(m.first(), m.last(), a, m.text()))
        .orElse(m);
  }

  /**
   * Whether the mention {@code m} is counted ("28 Syrians") or said of people by an "of" phrase ("dozens of
   * Afghans", "the deportation of Afghans"): a bare plural demonym after "of" is people, not a state. A demonym
   * before a noun ("the release of Palestinian prisoners") is left as it is.
   */
  private static boolean counted(Graph g, ActorSpan m) {
    int i = m.first();
    return i > 0 && (g.toks.get(i - 1).tag().equals("CD")
        || g.toks.get(i - 1).lemma().equals("of") && g.toks.get(m.last()).tag().matches("NNP?S"));
  }
}

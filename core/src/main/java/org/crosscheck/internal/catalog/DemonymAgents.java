package org.crosscheck.internal.catalog;

import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.spi.MentionGrammar.DemonymOrder;

/**
 * A state (or its demonym) side by side with an agent noun, in the language's order: "Russian officials",
 * "Egypt's Ministry of Interior" (demonym first), "الحكومة السورية", "وزارة الخارجية الروسية" (noun first).
 * One candidate for the country's sector (RUSGOV, SYRGOV), which can introduce a name. Stateless.
 */
final class DemonymAgents {

  private DemonymAgents() {}

  static void apply(Passage p, List<Candidate> items) {
    DemonymOrder order = p.grammar.demonymOrder();
    if (order == DemonymOrder.NONE) {
      return;
    }
    for (int k = 0; k + 1 < items.size(); k++) {
      Candidate a = items.get(k);
      Candidate b = items.get(k + 1);
      if (!p.adjacent(a.to, b.from, false)) {
        continue;
      }
      Candidate stateItem = order == DemonymOrder.AFTER_NOUN ? b : a;
      Candidate agentItem = order == DemonymOrder.AFTER_NOUN ? a : b;
      Actor state = Passage.stateOf(stateItem);
      if (state == null || agentItem.sector == null || agentItem.actor != null) {
        continue;
      }
      Optional<Actor> composite = p.catalog.composite(state.id(), agentItem.sector);
      if (composite.isEmpty()) {
        continue;
      }
      items.set(k, Candidate.of(a.from, b.to, composite.get(), true));
      items.remove(k + 1);
    }
  }
}

package org.crosscheck.internal.catalog;

import java.util.List;
import java.util.Set;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.MentionGrammar.DemonymOrder;

/**
 * A body or organisation the catalog names, then a title noun of the grammar, in a language that puts its
 * affiliations before the noun: "UN envoy", "Hamas spokesman", "EU negotiator". One title candidate of that body,
 * so that a name after it becomes the body's person ({@link NamesAfterTitles}: "UN envoy Jan Kubis" is a person of
 * the UN, as "Russian envoy Ivan Petrov" is one of Russia's government) and the mention keeps the title. The title
 * noun may be written in lower case, as English writes it after a body's name. A state is left to
 * {@link TitleNames}, and a word the catalog already reads as part of a name is left alone. Stateless.
 */
final class BodyTitles {

  private BodyTitles() {}

  private static final Set<ActorKind> BODIES = Set.of(ActorKind.INTERNATIONAL_BODY, ActorKind.ORGANISATION,
      ActorKind.ARMED_GROUP);

  static void apply(Passage p, List<Candidate> items) {
    if (p.grammar.titleNouns().isEmpty() || p.grammar.demonymOrder() != DemonymOrder.BEFORE_NOUN) {
      return;
    }
    for (int k = 0; k < items.size(); k++) {
      Candidate a = items.get(k);
      int t = a.to;
      if (a.actor == null || !BODIES.contains(a.actor.kind()) || t >= p.tokens.size() || !joined(p, t)
          || !p.grammar.titleNouns().containsKey(p.form(t))) {
        continue;
      }
      Candidate at = Candidate.startingAt(items, t);
      if (at != null && (at.actor != null || at.to > t + 1)) {
        continue;
      }
      Candidate merged = Candidate.of(a.from, t + 1, a.actor, true);
      items.set(k, merged);
      items.removeIf(x -> x != merged && x.from == t);
    }
  }

  /** Token {@code t} follows the one before by spaces, or by the last dot of an acronym ("U.N. envoy"). */
  private static boolean joined(Passage p, int t) {
    if (p.joined(t)) {
      return true;
    }
    int a = p.tokens.get(t - 1).end();
    int b = p.tokens.get(t).start();
    return a - p.tokens.get(t - 1).start() == 1 && p.text.startsWith(".", a) && p.text.substring(a + 1, b).isBlank()
        && b > a + 1;
  }
}

package org.crosscheck.internal.catalog;

import com.google.common.base.Enums;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.Sector;

/**
 * A state or its demonym, then capitalised words ending in a title noun of the grammar ("Russian Deputy Energy
 * Minister", "Iran's Oil Minister"): one candidate for a title of that state's sector (its government, armed forces
 * …), which can introduce a name. The words may be agent nouns the longer title swallows ("Foreign Ministry
 * spokesman"). Up to five words; consecutive title nouns ("Prime Minister", "Secretary General") are read on to
 * the last, which gives the sector, unless an agent noun of several words ends there ("Attorney General"). Stateless.
 */
final class TitleNames {

  private TitleNames() {}

  /** The longest run of words a title may have after its state. */
  private static final int MAX_WORDS = 5;

  static void apply(Passage p, List<Candidate> items) {
    if (p.grammar.titleNouns().isEmpty()) {
      return;
    }
    for (int k = 0; k < items.size(); k++) {
      Candidate a = items.get(k);
      Actor state = Passage.stateOf(a);
      if (state == null || a.sector != null && a.actor == null && a.state == null) {
        continue;
      }
      int end = a.to;
      int limit = Math.min(p.tokens.size(), a.to + MAX_WORDS);
      Sector sector = null;
      int agentTo = -1;
      Sector agentSector = null;
      while (end < limit && p.tokens.get(end).capitalized() && agentOrFree(items, end) && p.joined(end)) {
        Candidate agent = Candidate.startingAt(items, end);
        if (agent != null && agent.to - agent.from > 1 && sectorNamed(agent.sector) != null) {
          // "Attorney General", "Director General": an agent noun of several words says its own sector, which its
          // last word's would misstate ("General" alone is a soldier's rank).
          agentTo = agent.to;
          agentSector = sectorNamed(agent.sector);
        }
        Sector s = p.grammar.titleNouns().get(p.form(end));
        end++;
        if (s != null) {
          sector = end <= agentTo ? agentSector : s;
          if (end >= p.tokens.size() || !p.tokens.get(end).capitalized()
              || !p.grammar.titleNouns().containsKey(p.form(end))) {
            break;
          }
        }
      }
      if (sector == null || a.actor != null && a.actor.kind() != ActorKind.STATE) {
        continue;
      }
      Optional<Actor> composite = p.catalog.composite(state.id(), sector.name());
      if (composite.isPresent()) {
        Candidate merged = Candidate.of(a.from, end, composite.get(), true);
        items.set(k, merged);
        int stop = end;
        items.removeIf(x -> x != merged && x.from > merged.from && x.from < stop);
      }
    }
  }

  /** The sector an agent noun gives, or null when it names none of the grammar's sectors. */
  private static Sector sectorNamed(String code) {
    return code == null ? null : Enums.getIfPresent(Sector.class, code).orNull();
  }

  /** Whether token {@code i} starts no candidate, or only an agent noun that a longer title may swallow. */
  private static boolean agentOrFree(List<Candidate> items, int i) {
    Candidate at = Candidate.startingAt(items, i);
    return at == null || at.actor == null && at.sector != null && at.state == null;
  }
}

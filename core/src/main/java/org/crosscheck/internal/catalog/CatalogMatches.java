package org.crosscheck.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.internal.catalog.AliasIndex.Entry;
import org.crosscheck.internal.catalog.AliasIndex.EntryType;
import org.crosscheck.internal.catalog.AliasIndex.Match;

/**
 * The first step of mention finding, the same in every language: the longest catalog phrase at each token, left
 * to right, as a candidate naming an actor, or a demonym or agent noun for the composition rules. Stateless.
 */
final class CatalogMatches {

  private CatalogMatches() {}

  static List<Candidate> find(Passage p) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < p.tokens.size()) {
      Match m = p.catalog.aliases().longestAt(p.tokens, i);
      if (m == null) {
        i++;
        continue;
      }
      Entry name = Passage.best(m.entries(), EntryType.NAME);
      Candidate c = new Candidate(m.from(), name == null ? m.to() : sameNameEnd(p, m, name.target()));
      if (name != null) {
        c.actor = p.catalog.actor(name.target()).orElse(null);
        c.titleLike = c.actor != null && c.actor.kind() == ActorKind.ROLE;
      } else {
        Entry demonym = Passage.best(m.entries(), EntryType.DEMONYM);
        Entry agent = Passage.best(m.entries(), EntryType.AGENT);
        if (demonym != null) {
          c.state = p.catalog.actor(demonym.target()).orElse(null);
        }
        if (agent != null) {
          c.sector = agent.target();
        }
      }
      out.add(c);
      i = c.to;
    }
    return out;
  }

  /**
   * Where a name ends when another alias of the same actor starts inside it and runs on: "Crown Prince Mohammed" and
   * "Mohammed bin Salman" are one mention of one man, and cutting at the first alias would leave "bin Salman" to be
   * read as somebody else.
   */
  private static int sameNameEnd(Passage p, Match m, String target) {
    int end = m.to();
    for (int j = m.from() + 1; j < end; j++) {
      Match inner = p.catalog.aliases().longestAt(p.tokens, j);
      if (inner != null && inner.to() > end) {
        Entry name = Passage.best(inner.entries(), EntryType.NAME);
        if (name != null && name.target().equals(target)) {
          end = inner.to();
        }
      }
    }
    return end;
  }
}

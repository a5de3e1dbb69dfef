package org.crosscheck.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.internal.catalog.AliasIndex.Entry;
import org.crosscheck.internal.catalog.AliasIndex.EntryType;
import org.crosscheck.internal.catalog.AliasIndex.Match;
import org.crosscheck.spi.MentionGrammar;

/**
 * The first step of mention finding, the same in every language: the longest catalog phrase at each token, left
 * to right, as a candidate naming an actor, or a demonym or agent noun for the composition rules. Stateless.
 */
final class CatalogMatches {

  /** The most capitalised words between a state and a body of its own whose name another state's dictionary holds. */
  private static final int BETWEEN = 2;

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
      if (name != null && pluralOfState(p, m, name)) {
        i++;
        continue;
      }
      Candidate foreign = foreignBody(p, out, m, name);
      if (foreign != null) {
        out.add(foreign);
        i = foreign.to;
        continue;
      }
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
   * Whether the match is a state's name read through an English plural: "the Americas" is a continent and "the two
   * Koreas" are two states, while a state whose name ends in s ("the Philippines") matches under its own form.
   */
  private static boolean pluralOfState(Passage p, Match m, Entry name) {
    if (m.exact()) {
      return false;
    }
    String last = p.tokens.get(m.to() - 1).folded();
    Actor named = p.catalog.actor(name.target()).orElse(null);
    return named != null && named.kind() == ActorKind.STATE && last.endsWith("s");
  }

  /**
   * A body another state's possessive or demonym names, though the catalog files its name under one state: "Pakistan's
   * Senate", "Iran's Supreme National Security Council" are no organ of the United States, whose dictionary holds the
   * bare names. When the phrase is also an agent noun and a state is named just before it (across at most
   * {@value #BETWEEN} capitalised words, "Supreme"), it is that state's body of the agent's sector: an agent noun the
   * demonym rules compose when the state touches it, else that state's composite over the phrase and the words before
   * it. Null when the phrase is no agent noun, no state comes before it, or the named actor is of that state or of
   * none.
   */
  private static Candidate foreignBody(Passage p, List<Candidate> before, Match m, Entry name) {
    Entry agent = Passage.best(m.entries(), EntryType.AGENT);
    Candidate owner = before.isEmpty() ? null : before.get(before.size() - 1);
    Actor state = owner == null ? null : Passage.stateOf(owner);
    // Only where a state's own words come before its body ("Pakistan's Senate"); where they follow the noun, a state
    // before it is another phrase's ("اتهمت إيران مجلس الشيوخ": Iran accused the Senate).
    if (name == null || agent == null || state == null || m.from() - owner.to > BETWEEN
        || p.grammar.demonymOrder() != MentionGrammar.DemonymOrder.BEFORE_NOUN) {
      return null;
    }
    for (int j = owner.to; j <= m.from(); j++) {
      // Spaces or a possessive between the words; the words between, capitalised ("Iran's Supreme …").
      if (!p.joined(j) || j < m.from() && !p.tokens.get(j).capitalized()) {
        return null;
      }
    }
    Actor named = p.catalog.actor(name.target()).orElse(null);
    List<String> chain = named == null ? List.of() : p.catalog.chain(named, null);
    boolean ofAnother = chain.stream().map(id -> p.catalog.actor(id).orElse(null))
        .anyMatch(a -> a != null && a.kind() == ActorKind.STATE && !a.id().equals(state.id()));
    if (!ofAnother) {
      return null;
    }
    if (owner.to == m.from()) {
      Candidate c = new Candidate(m.from(), m.to());
      c.sector = agent.target();
      return c;
    }
    return p.catalog.composite(state.id(), agent.target())
        .map(a -> Candidate.of(owner.to, m.to(), a, true)).orElse(null);
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

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A common noun that describes the name set right after it is that name: "criticised Malaysia's neighbour
 * Singapore", "Beijing's ally North Korea", "its neighbour, Finland" are aimed at Singapore, North Korea and Finland;
 * the possessor only says whose neighbour or ally, and is no target. The name follows the noun, at most across a
 * comma or an article, as its apposition (or the loose dependent the parser makes of it), and is a state, a
 * government or a body; a person set beside a noun ("the country's foreign minister, Name") is left to the office
 * rules, a name that holds the stance is none. Stateless.
 */
final class ApposedNames {

  private static final Set<ActorKind> NAMED = EnumSet.of(ActorKind.STATE, ActorKind.GOVERNMENT,
      ActorKind.ORGANISATION, ActorKind.ARMED_GROUP, ActorKind.INTERNATIONAL_BODY);

  private ApposedNames() {}

  /** The state or body named right after the common noun {@code d}, or null. */
  static ActorSpan at(Graph g, IndexedWord d, List<ActorSpan> holders) {
    if (!g.pos(d).equals("NN") && !g.pos(d).equals("NNS") || g.mentionOf(d) != null) {
      return null;
    }
    for (IndexedWord a : g.children(d, "appos", "dep")) {
      ActorSpan m = g.mentionOf(a);
      if (m == null || m.anonymous() || m.media() || !NAMED.contains(m.actor().kind()) || m.first() <= g.idx(d)
          || !adjacent(g, g.idx(d), m.first())
          || holders.stream().anyMatch(h -> h.actor().id().equals(m.actor().id()))) {
        continue;
      }
      return m;
    }
    return null;
  }

  /** Whether only a comma or an article stands between the noun and the name. */
  private static boolean adjacent(Graph g, int noun, int name) {
    for (int k = noun + 1; k < name; k++) {
      String tag = g.toks.get(k).tag();
      if (!tag.equals(",") && !tag.equals("DT")) {
        return false;
      }
    }
    return true;
  }
}

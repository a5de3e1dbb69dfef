package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * Arrivals that are visits: "the Turkish foreign minister arrived in Baghdad for talks", "Iran's president landed in
 * Moscow on Tuesday for a two-day visit", "flew to Tokyo for a summit". A verb of arriving ({@code visits.tsv},
 * ARRIVAL) with a purpose of visiting or talks (PURPOSE, as its "for" or "on" phrase) is a visit (CAMEO 042), SUPPORT
 * of the state whose place its "in"/"to" phrase names, when the text names no one else it is with. Only where the
 * text says talks or a visit: troops arriving are no visit, and an arrival with no purpose says nothing. Stateless.
 */
final class Arrivals {

  /** CAMEO's "make a visit". */
  static final String VISIT = "042";

  private Arrivals() {}

  /** Whether {@code verb} is an arrival for a visit or talks by someone other than military forces. */
  static boolean visit(Graph g, IndexedWord verb) {
    if (!g.pos(verb).startsWith("VB")
        || g.lex.visits.get(g.lemmaOf(verb)) != EnglishLexicon.VisitClass.ARRIVAL) {
      return false;
    }
    boolean purpose = g.children(verb, "obl:for", "obl:on", "advcl:for").stream()
        .anyMatch(p -> g.lex.visits.get(g.lemmaOf(p)) == EnglishLexicon.VisitClass.PURPOSE);
    return purpose && g.children(verb, "nsubj").stream().noneMatch(s -> MovedForces.force(g, s));
  }

  /** The host of a visit: the state (or its government) that the arrival's place names, not a holder's own. */
  static List<ActorSpan> hosts(Graph g, IndexedWord verb, List<ActorSpan> holders) {
    if (!visit(g, verb)) {
      return List.of();
    }
    List<ActorSpan> out = new ArrayList<>();
    for (IndexedWord place : g.children(verb, "obl:in", "obl:to")) {
      ActorSpan m = g.mentionOf(place);
      if (m != null && !m.anonymous() && stateLike(m.actor())
          && holders.stream().noneMatch(h -> same(h.actor(), m.actor()))) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean stateLike(Actor a) {
    return a.kind() == ActorKind.STATE || a.kind() == ActorKind.GOVERNMENT;
  }

  /** Whether two actors are one state's: the same, or one a member of the other ("Kenya" and its government). */
  private static boolean same(Actor a, Actor b) {
    return a.id().equals(b.id()) || a.memberOf().stream().anyMatch(x -> x.actor().equals(b.id()))
        || b.memberOf().stream().anyMatch(x -> x.actor().equals(a.id()))
        || a.memberOf().stream().anyMatch(x -> b.memberOf().stream().anyMatch(y -> y.actor().equals(x.actor())));
  }
}

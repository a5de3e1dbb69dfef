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
 * text says talks or a visit: troops arriving are no visit, and an arrival with no purpose says nothing. Parties of
 * several states arriving together for talks (MEETING: "Egyptian and Qatari negotiators arrived in Amman for talks")
 * meet each other, not the place's state, which only hosts them. Stateless.
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
    boolean purpose = !purposes(g, verb).isEmpty();
    return purpose && g.children(verb, "nsubj").stream().noneMatch(s -> MovedForces.force(g, s));
  }

  /** Whether the verb has a purpose of visiting or talks: its "for"/"on" phrase ("headed to Cairo for talks"). */
  static boolean purposed(Graph g, IndexedWord verb) {
    return !purposes(g, verb).isEmpty();
  }

  /** The classes of the arrival's purposes: its "for"/"on" phrase, or what that phrase is a round of ("of talks"). */
  private static java.util.Set<EnglishLexicon.VisitClass> purposes(Graph g, IndexedWord verb) {
    java.util.Set<EnglishLexicon.VisitClass> out = java.util.EnumSet.noneOf(EnglishLexicon.VisitClass.class);
    for (IndexedWord p : g.children(verb, "obl:for", "obl:on", "advcl:for")) {
      List<IndexedWord> heads = new ArrayList<>(List.of(p));
      heads.addAll(g.children(p, "nmod:of"));
      for (IndexedWord h : heads) {
        EnglishLexicon.VisitClass c = g.lex.visits.get(g.lemmaOf(h));
        if (c == EnglishLexicon.VisitClass.PURPOSE || c == EnglishLexicon.VisitClass.MEETING) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * Whether the arrival is a meeting of its holders with each other: they are of more than one state and came for
   * talks, not for a visit ("arrived in Amman for talks", not "for a visit").
   */
  static boolean joint(Graph g, IndexedWord verb, List<ActorSpan> holders) {
    if (!visit(g, verb) || !purposes(g, verb).equals(java.util.EnumSet.of(EnglishLexicon.VisitClass.MEETING))) {
      return false;
    }
    return holders.stream().anyMatch(a -> holders.stream().anyMatch(b -> !same(a.actor(), b.actor())));
  }

  /** The host of a visit: the state (or its government) that the arrival's place names, not a holder's own. */
  static List<ActorSpan> hosts(Graph g, IndexedWord verb, List<ActorSpan> holders) {
    if (!visit(g, verb) || joint(g, verb, holders)) {
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

  /** Whether {@code rel} links a visit to its place, whose state is a target only as its host ({@link #hosts}). */
  static boolean place(Graph g, IndexedWord verb, String rel) {
    return (rel.equals("obl:in") || rel.equals("obl:to")) && visit(g, verb);
  }

  private static boolean stateLike(Actor a) {
    return a.kind() == ActorKind.STATE || a.kind() == ActorKind.GOVERNMENT;
  }

  /** Whether two actors are one state's: the same, or one a member of the other ("Kenya" and its government). */
  static boolean same(Actor a, Actor b) {
    return a.id().equals(b.id()) || a.memberOf().stream().anyMatch(x -> x.actor().equals(b.id()))
        || b.memberOf().stream().anyMatch(x -> x.actor().equals(a.id()))
        || a.memberOf().stream().anyMatch(x -> b.memberOf().stream().anyMatch(y -> y.actor().equals(x.actor())));
  }
}

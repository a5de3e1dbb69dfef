package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * "The EU urged the two neighbours to return to talks", "ready to mediate between both countries", "urged both sides
 * to show restraint": a plural noun of parties ({@code pair-nouns.tsv}) counted as two or with "both" stands for two
 * parties the article has named. First, two named before it in the sentence and joined by "and" ("Armenia and
 * Azerbaijan … the two neighbours"); else the two the article is about ({@link ArticleParties}), as a reader takes
 * "both governments" long after the two were named ("Washington appreciates Qatar's mediation and urged both
 * governments" is toward neither Washington nor Qatar); else two named before it in the sentence, joined or not;
 * else the two of the previous sentence ({@link PreviousSentence}). A government named by its capital counts as its
 * state ("Baku"). Exactly two, or nobody: three states named, or one, leave the noun unresolved. A state the holder is
 * or belongs to is not its own target ("Armenia said the two neighbours …" is toward the other only). "Sides" and
 * "parties" may be armed groups or organisations too; "on both sides", "both sides of the border" are places.
 * Stateless.
 */
final class Pairs {

  private Pairs() {}

  /** The parties the noun {@code c} stands for, less the holders' own, or an empty list. */
  static List<ActorSpan> at(Graph g, IndexedWord c, List<ActorSpan> holders) {
    EnglishLexicon.PairClass kind = g.lex.pairNouns.get(g.lemmaOf(c));
    if (!g.pos(c).equals("NNS") || kind == null || !counted(g, c) || onBothSides(g, c)) {
      return List.of();
    }
    boolean sides = kind == EnglishLexicon.PairClass.SIDES;
    List<ActorSpan> here = new ArrayList<>();
    for (int k = 0; k < g.idx(c); k++) {
      ActorSpan m = g.mentionAt(k);
      // "Russia criticised both countries": the holder is not one of the two it speaks of.
      if (m != null && !m.anonymous()
          && holders.stream().noneMatch(h -> g.ctx.actors().related(h.actor(), m.actor()))
          && party(g, m.actor(), sides) != null
          && here.stream().noneMatch(x -> party(g, x.actor(), sides).id().equals(party(g, m.actor(), sides).id()))) {
        here.add(m);
      }
    }
    List<Actor> states = here.size() == 2 && joined(g, here.get(0), here.get(1))
        ? here.stream().map(m -> party(g, m.actor(), sides)).toList()
        : ArticleParties.pair(g.ctx.discourse(), sides,
            a -> holders.stream().anyMatch(h -> g.ctx.actors().related(h.actor(), a)));
    if (states.isEmpty() && here.size() == 2) {
      states = here.stream().map(m -> party(g, m.actor(), sides)).toList();
    }
    if (states.isEmpty() && here.isEmpty()) {
      List<Actor> before = new ArrayList<>();
      for (Actor a : PreviousSentence.previous(g).named()) {
        Actor p = party(g, a, sides);
        if (p != null && before.stream().noneMatch(x -> x.id().equals(p.id()))) {
          before.add(p);
        }
      }
      states = before;
    }
    if (states.size() != 2) {
      return List.of();
    }
    List<ActorSpan> out = new ArrayList<>();
    for (Actor s : states) {
      PreviousSentence.named(g, s);
      if (holders.stream().noneMatch(h -> g.ctx.actors().related(h.actor(), s))) {
        out.add(ActorSpan.of(g.idx(c), g.idx(c), s, c.word()));
      }
    }
    return out;
  }

  /** "Works on both sides of the front line", "families on both sides": where, not whom. */
  private static boolean onBothSides(Graph g, IndexedWord c) {
    String rel = g.relToParent(c);
    return rel.equals("obl:on") || rel.equals("nmod:on")
        || g.children(c, "nmod:of").stream().anyMatch(p -> g.lex.locationNouns.contains(g.lemmaOf(p))
            || g.lex.placeNouns.contains(g.lemmaOf(p)));
  }

  /** Whether the two mentions are joined by "and" or "or" ("Armenia and Azerbaijan", "Russia or Ukraine"). */
  private static boolean joined(Graph g, ActorSpan a, ActorSpan b) {
    IndexedWord x = g.node(a.last());
    IndexedWord y = g.node(b.last());
    return x != null && y != null && (g.children(x, "conj:").contains(y) || g.children(y, "conj:").contains(x));
  }

  /** Whether the noun is counted as two ("the two neighbours") or has "both" ("both countries"). */
  private static boolean counted(Graph g, IndexedWord c) {
    return g.children(c, "nummod").stream().anyMatch(n -> g.lemmaOf(n).equals("two") || n.word().equals("2"))
        || g.children(c, "det", "cc:preconj", "det:predet").stream().anyMatch(d -> g.lemmaOf(d).equals("both"));
  }

  /**
   * The party {@code a} counts as: the state it is or whose government it is; with {@code sides} also an armed group
   * or an organisation; else null.
   */
  private static Actor party(Graph g, Actor a, boolean sides) {
    if (a == null) {
      return null;
    }
    if (a.kind() == ActorKind.STATE || a.kind() == ActorKind.GOVERNMENT) {
      return a.kind() == ActorKind.STATE ? a : g.ctx.actors().stateOf(a).orElse(null);
    }
    return sides && !a.isAdHoc() && (a.kind() == ActorKind.ARMED_GROUP || a.kind() == ActorKind.ORGANISATION)
        ? a : null;
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * "The EU urged the two neighbours to return to talks", "ready to mediate between both countries": a plural noun of
 * states ({@code pair-nouns.tsv}) counted as two or with "both" stands for the two states named before it in the
 * sentence other than the holders, else in the previous sentence ({@link PreviousSentence}); a government named by
 * its capital counts as its state ("Baku"). Exactly two, or nobody: three states named, or one, leave the noun
 * unresolved. A state the holder
 * is or belongs to is not its own target ("Armenia said the two neighbours …" is toward the other only). Stateless.
 */
final class Pairs {

  private Pairs() {}

  /** The states the noun {@code c} stands for, less the holders' own, or an empty list. */
  static List<ActorSpan> at(Graph g, IndexedWord c, List<ActorSpan> holders) {
    if (!g.pos(c).equals("NNS") || !g.lex.pairNouns.contains(g.lemmaOf(c)) || !counted(g, c)) {
      return List.of();
    }
    List<Actor> here = new ArrayList<>();
    for (int k = 0; k < g.idx(c); k++) {
      ActorSpan m = g.mentionAt(k);
      // "Russia criticised both countries": the holder is not one of the two it speaks of.
      if (m != null && !m.anonymous()
          && holders.stream().noneMatch(h -> g.ctx.actors().related(h.actor(), m.actor()))) {
        add(g, here, m.actor());
      }
    }
    List<Actor> states = here;
    if (here.isEmpty()) {
      states = new ArrayList<>();
      for (Actor a : PreviousSentence.previous(g).named()) {
        add(g, states, a);
      }
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

  /** Whether the noun is counted as two ("the two neighbours") or has "both" ("both countries"). */
  private static boolean counted(Graph g, IndexedWord c) {
    return g.children(c, "nummod").stream().anyMatch(n -> g.lemmaOf(n).equals("two") || n.word().equals("2"))
        || g.children(c, "det", "cc:preconj", "det:predet").stream().anyMatch(d -> g.lemmaOf(d).equals("both"));
  }

  /** Adds the state {@code a} is, or whose government it is, unless it is there already. */
  private static void add(Graph g, List<Actor> states, Actor a) {
    Actor s = a == null ? null : a.kind() == ActorKind.STATE ? a
        : a.kind() == ActorKind.GOVERNMENT ? g.ctx.actors().stateOf(a).orElse(null) : null;
    if (s != null && states.stream().noneMatch(x -> x.id().equals(s.id()))) {
      states.add(s);
    }
  }
}

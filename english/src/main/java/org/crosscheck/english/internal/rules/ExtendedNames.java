package org.crosscheck.english.internal.rules;

import java.util.Set;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A name the catalog knows only the start of: "the Popular Resistance Front" is a front of its own, though the
 * catalog lists a "Popular Resistance" and the tagger's run would otherwise split into that group and a "Front".
 * When the tagger marks a run of capitalised words as one organisation that ends in a noun of organisations
 * ({@code organisation-heads.tsv}) past the end of a catalog name of several words, every mention inside the run is
 * the whole run, an ad-hoc organisation. A catalog name of one word keeps its reading ("the Likud Party" is Likud), and
 * so do states, governments and persons ("the United States Congress" is no new organisation). Stateless.
 */
final class ExtendedNames {

  private static final Set<ActorKind> KEPT = Set.of(ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.PERSON);

  private ExtendedNames() {}

  /** The whole organisation {@code m} is part of the name of, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    EnglishSentence s = g.ctx.sentence();
    if (m.implied() || !s.ner(m.first()).equals(Graph.ORGANIZATION)) {
      return m;
    }
    int[] run = g.nerRun(m.first(), m.last(), Graph.ORGANIZATION);
    int from = run[0];
    int to = run[1];
    if (!g.lex.organisationHeads.contains(g.lemma(to)) || !g.capitalised(to) || !g.capitalised(from)) {
      return m;
    }
    ActorSpan known = null;
    for (int k = from; k <= to; k++) {
      ActorSpan inner = g.ctx.mentionAt(k).orElse(null);
      if (inner != null && !inner.actor().isAdHoc()) {
        if (inner.last() >= to || inner.first() == inner.last() || KEPT.contains(inner.actor().kind())) {
          return m;
        }
        known = inner;
        k = inner.last();
      }
    }
    if (known == null) {
      return m;
    }
    for (int k = known.last() + 1; k <= to; k++) {
      if (!g.capitalised(k)) {
        // "Popular Resistance fighters of the Front": a lower-case word joins two phrases, not one name.
        return m;
      }
    }
    String surface = g.text(from, to);
    return ActorSpan.of(from, to, g.ctx.actors().adHoc(surface, ActorKind.ORGANISATION), surface);
  }
}

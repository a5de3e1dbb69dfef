package org.crosscheck.english.internal.rules;

import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * An organisation the tagger marks as one name, "N of M" ("the Congress of South African Trade Unions", "the
 * National Federation of Fisheries Cooperative Associations"), is one actor, though the catalog knows only the group
 * after "of" ("South African trade unions") and the name's head is a word of its own ("Congress"). Only when what
 * follows "of" names no state or government: "the University of Nairobi" keeps the catalog's reading, a place.
 * Stateless.
 */
final class OrganisationNames {

  private OrganisationNames() {}

  /** The whole organisation {@code m} is part of the name of, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    int[] run = g.organisationRun(m);
    if (run == null) {
      return m;
    }
    int from = run[0];
    int to = run[1];
    int of = -1;
    for (int k = from + 1; k < to && of < 0; k++) {
      if (g.toks.get(k).word().equals("of")) {
        of = k;
      }
    }
    if (of < 0 || from == m.first() && to == m.last() || !Character.isUpperCase(g.toks.get(from).word().charAt(0))) {
      return m;
    }
    ActorSpan head = g.ctx.mentionAt(from).orElse(null);
    if (head != null && !head.actor().isAdHoc()) {
      return m;
    }
    for (int k = of + 1; k <= to; k++) {
      ActorSpan inner = g.ctx.mentionAt(k).orElse(null);
      // "the Development Bank of Latin America": a region's name is no state's, though its last word is one.
      if (inner != null && !RegionalDemonyms.named(g, inner)
          && (inner.actor().kind() == ActorKind.STATE || inner.actor().kind() == ActorKind.GOVERNMENT)) {
        return m;
      }
    }
    String surface = g.text(from, to);
    return ActorSpan.of(from, to, g.ctx.actors().adHoc(surface, ActorKind.ORGANISATION), surface);
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A carrier running its routes takes no stance: "Lufthansa suspended flights to Tel Aviv", "Air France cancelled its
 * flights to Bamako", "Turkish Airlines resumed flights to Baghdad" are an airline's business, not opposition to or
 * support of the government whose city the flights link. A verb whose direct object is a noun of scheduled travel
 * ({@code route-nouns.tsv}) is no cue when the verb's holders are named and none of them is a state or a government:
 * "Russia suspended flights to Georgia" is a state's measure, and keeps the verb's stance. Stateless.
 */
final class CarrierRoutes {

  private CarrierRoutes() {}

  /** Whether the verb {@code w} is a carrier running, halting or resuming its routes, so that it is no stance cue. */
  static boolean runs(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB")
        || g.children(w, "obj").stream().noneMatch(o -> g.lex.routeNouns.contains(g.lemmaOf(o)))) {
      return false;
    }
    List<ActorSpan> holders = Holders.of(g, w, false, null);
    return !holders.isEmpty() && holders.stream().noneMatch(h -> h.actor().kind() == ActorKind.STATE
        || h.actor().kind() == ActorKind.GOVERNMENT);
  }
}

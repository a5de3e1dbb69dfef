package org.crosscheck.english.internal.rules;

import java.util.Locale;
import java.util.Optional;
import org.crosscheck.ActorKind;
import org.crosscheck.EventCode;
import org.crosscheck.spi.ActorSpan;

/**
 * A province or a city is not its state: "Japan praised Ohio", "the EU criticised Bavaria", "Iran praised Basra"
 * are no stance toward the United States, Germany or Iraq, though the catalog files those places under their state
 * ({@code sub-national-places.tsv}). Force used on a place is used on its state ("Russian forces shelled Kherson":
 * CAMEO codes 15 to 20, posture to mass violence), so such a target stays; for any other cue the place is no target.
 * Capitals that stand for governments ("Beijing", "Washington") are governments in the catalog and are not touched.
 * Stateless.
 */
final class Provinces {

  private Provinces() {}

  /** Whether the target is a place inside a state standing in for the state, for a cue that uses no force. */
  static boolean standsIn(Graph g, ActorSpan target, Optional<EventCode> event) {
    if (target.actor().kind() != ActorKind.STATE
        || !g.lex.subNationalPlaces.containsKey(target.text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return event.map(e -> e.code().length() < 2 || e.code().substring(0, 2).compareTo("15") < 0).orElse(true);
  }
}

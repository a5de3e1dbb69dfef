package org.crosscheck.english.internal.rules;

import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import org.crosscheck.ActorKind;
import org.crosscheck.EventCode;
import org.crosscheck.spi.ActorSpan;

/**
 * A province is not its state: "Japan praised Ohio", "the EU criticised Bavaria" are no stance toward the United
 * States or Germany, though the catalog files those places under their state
 * ({@code sub-national-places.tsv}). What is said of a place is said of the place: for a verbal cue (praise,
 * criticism, demands, threats, protest: CAMEO roots 01, 02, 05, 10 to 14, or a curated cue with no code) it is no
 * target. What is done there is done to its state: a visit to a city is to its state's host, aid sent there is
 * aid to the state, and force used on a place is used on its state ("Russian forces shelled Kherson").
 * Cities are not touched: a capital stands for its government ("Kurti accused Belgrade", "Tokyo stood with
 * Manila"), and the catalog files many capitals under the state itself.
 * Stateless.
 */
final class Provinces {

  private Provinces() {}

  /** Whether the target is a place inside a state standing in for the state, for a cue of words alone. */
  static boolean standsIn(Graph g, ActorSpan target, Optional<EventCode> event) {
    if (target.actor().kind() != ActorKind.STATE
        || g.lex.subNationalPlaces.get(target.text().toLowerCase(Locale.ROOT)) != EnglishLexicon.PlaceClass.PROVINCE) {
      return false;
    }
    return event.map(e -> e.code().length() < 2 || VERBAL.contains(e.code().substring(0, 2))).orElse(true);
  }

  /** CAMEO's verbal roots: statements, appeals, praise, demands, disapproval, rejection, threats, protest. */
  private static final Set<String> VERBAL = Set.of("01", "02", "05", "10", "11", "12", "13",
      "14");
}

package org.crosscheck.english.internal.rules;

import java.util.Locale;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A place inside a state is not the state: "Florida's governor praised Israel" is Florida's governor, not the US
 * government; "the Kabul governor", "the Lagos police chief", "the Texas governor" likewise. The catalog calls a
 * state (or its government) by its cities and provinces too, and composes such a name with an office into the
 * national government. A mention that is a place of {@code sub-national-places.tsv}, an optional "'s", and an office
 * of {@code local-offices.tsv} becomes an actor of its own, a member of the state. An office a capital also names the
 * nation by (PROVINCE in the list: a government, a premier, a legislature) is local only with a province: "the
 * Kabul government" stays Afghanistan's. Offices the list lacks stay as the catalog composes them. Stateless.
 */
final class LocalOffices {

  private LocalOffices() {}

  /** The office of a place inside a state that {@code m} names, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied() || m.last() <= m.first() || m.actor().isAdHoc()
        || m.actor().kind() != ActorKind.GOVERNMENT && m.actor().kind() != ActorKind.ROLE) {
      return m;
    }
    for (int officeFrom = m.first() + 1; officeFrom <= m.last(); officeFrom++) {
      EnglishLexicon.OfficeClass office = g.lex.localOffices.get(words(g, officeFrom, m.last()));
      if (office == null) {
        continue;
      }
      int placeTo = officeFrom - 1;
      if (g.toks.get(placeTo).tag().equals("POS")) {
        placeTo--;
      }
      int placeFrom = m.first();
      if (placeFrom <= placeTo && g.toks.get(placeFrom).tag().equals("DT")) {
        placeFrom++;
      }
      EnglishLexicon.PlaceClass place = placeFrom > placeTo ? null
          : g.lex.subNationalPlaces.get(g.text(placeFrom, placeTo).toLowerCase(Locale.ROOT));
      if (place == null || office == EnglishLexicon.OfficeClass.PROVINCE
          && place != EnglishLexicon.PlaceClass.PROVINCE) {
        return m;
      }
      Optional<Actor> state = g.ctx.actors().stateOf(m.actor());
      Actor parent = state.orElse(m.actor());
      return ActorSpan.of(m.first(), m.last(), g.ctx.actors().adHocGroup(m.text(), ActorKind.ROLE, parent), m.text());
    }
    return m;
  }

  /** The lower-case lemmas of tokens {@code from..to}, as {@code local-offices.tsv} lists them. */
  private static String words(Graph g, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) {
      b.append(k > from ? " " : "").append(g.lemma(k).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}

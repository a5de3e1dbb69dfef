package org.crosscheck.english.internal.rules;

import java.util.Locale;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A city that news uses for an international body seated there, not for the state it lies in: "Brussels has
 * criticised Budapest", "London's row with Brussels" speak of the European Union, though the catalog files the name
 * as Belgium's. A mention whose whole text is a city of {@code seats.tsv} becomes the listed body, and so does a
 * government the catalog composes from the city and its people ("Brussels officials", "Brussels bureaucrats");
 * "a Brussels court" and other offices, mentions of their own, stay as the catalog and {@link LocalOffices} make them.
 * Stateless.
 */
final class Seats {

  private Seats() {}

  /** The body seated in the city {@code m} names, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied()) {
      return m;
    }
    String text = m.text().toLowerCase(Locale.ROOT);
    String body = g.lex.seats.get(text);
    int space = text.indexOf(' ');
    if (body == null && space > 0 && m.actor().kind() == ActorKind.GOVERNMENT
        && g.toks.get(m.last()).tag().equals("NNS")) {
      // "Brussels officials", "Brussels bureaucrats": the people of government the seat names are the body's (a
      // court or an office, one body, stays the city's).
      body = g.lex.seats.get(text.substring(0, space));
    }
    return body == null ? m : g.ctx.actors().catalog().actor(body)
        .map(a -> ActorSpan.of(m.first(), m.last(), a, m.text())).orElse(m);
  }
}

package org.crosscheck.english.internal.rules;

import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * A city that news uses for an international body seated there, not for the state it lies in: "Brussels has
 * criticised Budapest", "London's row with Brussels" speak of the European Union, though the catalog files the name
 * as Belgium's. A mention whose whole text is a city of {@code seats.tsv} becomes the listed body; "a Brussels court"
 * and other offices, mentions of their own, stay as the catalog and {@link LocalOffices} make them. Stateless.
 */
final class Seats {

  private Seats() {}

  /** The body seated in the city {@code m} names, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied()) {
      return m;
    }
    String body = g.lex.seats.get(m.text().toLowerCase(Locale.ROOT));
    return body == null ? m : g.ctx.actors().catalog().actor(body)
        .map(a -> ActorSpan.of(m.first(), m.last(), a, m.text())).orElse(m);
  }
}

package org.crosscheck.english.internal.rules;

import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * A demonym that is the second word of a region's adjective ("Latin American governments", "South American leaders",
 * {@code regional-demonyms.tsv}) names the region's states, not the state the demonym alone names: the catalog's
 * mention starting there names no actor. Stateless.
 */
final class RegionalDemonyms {

  private RegionalDemonyms() {}

  /** Whether the mention starts at the second word of a regional adjective. */
  static boolean named(Graph g, ActorSpan m) {
    return !m.implied() && at(g, m.first());
  }

  /** Whether token {@code i} is the second word of a regional adjective, a demonym that names no state there. */
  static boolean at(Graph g, int i) {
    if (i <= 0) {
      return false;
    }
    String pair = g.toks.get(i - 1).word() + " " + g.toks.get(i).word();
    return g.lex.regionalDemonyms.contains(pair.toLowerCase(Locale.ROOT));
  }
}

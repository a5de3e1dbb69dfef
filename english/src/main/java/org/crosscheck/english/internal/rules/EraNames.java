package org.crosscheck.english.internal.rules;

import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * A name hyphenated to a word of time or manner ({@code period-hyphens.tsv}: "Soviet-era factories", "Mubarak-era
 * laws", "Cuban-style socialism") dates or likens a thing: it names no actor there, so loans "to rebuild Soviet-era
 * factories" are no loans to the Soviet Union. Stateless.
 */
final class EraNames {

  private EraNames() {}

  /** Whether the mention is followed by a hyphen and a word of time or manner. */
  static boolean dating(Graph g, ActorSpan m) {
    int h = m.last() + 1;
    return !m.implied() && h + 1 < g.size() && g.toks.get(h).word().equals("-")
        && g.lex.periodHyphens.contains(g.toks.get(h + 1).word().toLowerCase(Locale.ROOT));
  }
}

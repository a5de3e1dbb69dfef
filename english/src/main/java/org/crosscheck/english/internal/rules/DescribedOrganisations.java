package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.spi.ActorSpan;

/**
 * An organisation a demonym describes, reached inside a target's phrase: "rejected claims by a German rescue
 * charity", "froze the accounts of an Iraqi bank". The charity is Germany's NGOs and the bank Iraq's business (the
 * catalog's composite of the state and the noun's sector, {@code organisation-sectors.tsv}), the target itself: the
 * search for a target stops at it instead of going on to its demonym, which would make the state the target though
 * the state takes no part. A group of people ("claims by Palestinian refugees") or a state's body ("the Iraqi army")
 * is left to the search as before. Stateless.
 */
final class DescribedOrganisations {

  private DescribedOrganisations() {}

  /** The country's organisation the noun {@code d} names with a demonym, or null. */
  static ActorSpan at(Graph g, IndexedWord d) {
    if (!g.pos(d).startsWith("NN")) {
      return null;
    }
    Optional<String> sector = CommonNouns.sector(g, d);
    if (sector.isEmpty() || !g.lex.organisationSectors.contains(sector.get().toLowerCase(Locale.ROOT))) {
      return null;
    }
    ActorSpan group = CommonNouns.at(g, d);
    boolean composite = group != null
        && group.actor().cameo().filter(c -> c.length() == 6 && c.endsWith(sector.get())).isPresent();
    return composite ? group : null;
  }
}

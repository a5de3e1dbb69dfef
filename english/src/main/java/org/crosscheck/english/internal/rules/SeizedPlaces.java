package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * "The RSF seized El Fasher, the army's last stronghold in Darfur": a name the catalog lacks, taken by a verb of
 * seizing (SEIZE in {@code governors.tsv}) and set beside a noun of ground held ({@code stronghold-nouns.tsv}: "the
 * army's last stronghold", "a rebel base"), is a place, whatever the tagger took it for; the seizure is toward whoever
 * held it, the noun's owner ("the army"), and toward no one when none is named. Stateless.
 */
final class SeizedPlaces {

  private SeizedPlaces() {}

  /** Whether {@code o}, an object of the verb {@code v}, is a place seized that the catalog lacks. */
  static boolean place(Graph g, IndexedWord v, IndexedWord o) {
    ActorSpan m = g.mentionOf(o);
    return g.governs(v, EnglishLexicon.GovernorClass.SEIZE) && m != null && m.actor().isAdHoc()
        && !ground(g, o).isEmpty();
  }

  /** The owners of the ground the seized places are set beside: "the army" of "the army's last stronghold". */
  static List<IndexedWord> holders(Graph g, IndexedWord v) {
    return g.children(v, "obj").stream().filter(o -> place(g, v, o))
        .flatMap(o -> ground(g, o).stream()).flatMap(n -> g.children(n, "nmod:poss").stream()).toList();
  }

  private static List<IndexedWord> ground(Graph g, IndexedWord o) {
    return g.children(o, "appos").stream()
        .filter(n -> g.lex.strongholdNouns.contains(g.lemmaOf(n).toLowerCase(Locale.ROOT))).toList();
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.ActorKind;

/**
 * "the pope's Kyiv visit", "her China trip", "condemned the chancellor's Moscow visit", "the destroyer's visit to the
 * Falklands": a state's place, or a people the catalog files for a land the tagger reads as a place, named with a
 * noun of visiting ({@code visits.tsv} PURPOSE) says where the visit goes. It is neither who pays the visit nor whom
 * a stance toward the visit is about; that is the visitor. A body's or a person's name with the noun stays whose the
 * visit is ("the UN mission", "the EU mission's findings", "the Biden visit"). The visit itself, as a cue, still
 * contacts the place it goes to ("Putin's Pyongyang visit"). Stateless.
 */
final class VisitedPlaces {

  private VisitedPlaces() {}

  /** Whether {@code c}, a dependent of the noun {@code noun}, only names the place the visit {@code noun} goes to. */
  static boolean destination(Graph g, IndexedWord noun, IndexedWord c) {
    var m = g.mentionOf(c);
    return m != null && (m.actor().kind() == ActorKind.STATE || m.actor().kind() == ActorKind.GOVERNMENT
        || m.actor().kind() == ActorKind.GROUP && g.ctx.sentence().ner(g.idx(c)).equals("LOCATION"))
        && g.lex.visits.get(g.lemmaOf(noun).toLowerCase(Locale.ROOT)) == EnglishLexicon.VisitClass.PURPOSE;
  }
}

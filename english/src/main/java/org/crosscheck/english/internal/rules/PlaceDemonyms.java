package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * "Al-Shabaab fighters attacked a hotel in the Somali capital", "rebels attacked a base near the Sudanese town of El
 * Fasher", "militants attacked a police station in the Pakistani province of Balochistan": a demonym before a noun of
 * a city or a part of a state's land ({@code settlement-nouns.tsv}) that stands in a phrase of place (PLACE in
 * {@code relations.tsv}: "in", "near", "at", "off") says where the place lies. The state it names is no party to what
 * happens there, so it is not the one other actor a stance with no target of its own falls back on; nor is the name
 * in the "of" phrase of a region's noun ("in the province of Balochistan"), which the catalog may file as a state or
 * a person. The name after "the city of" is left to the catalog, which reads a city as standing for its state.
 * A settlement that is what a verb acts on ("bombed the Lebanese capital") keeps its demonym as a target, and so does
 * one where a holder of another state acts ("Israeli jets struck targets in the Syrian capital", "Ukrainian drones
 * struck a refinery in the Russian region of Bryansk"): a strike on another state's ground is aimed at that state.
 * Stateless.
 */
final class PlaceDemonyms {

  private PlaceDemonyms() {}

  /**
   * Whether {@code w} is a demonym or a name before a settlement noun in a phrase of place, or the name in the "of"
   * phrase of a region's noun.
   */
  static boolean locates(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    String r = g.relToParent(w);
    EnglishLexicon.SettlementClass c = p == null ? null
        : g.lex.settlementNouns.get(g.lemmaOf(p).toLowerCase(java.util.Locale.ROOT));
    return c != null && g.pos(p).startsWith("NN")
        && (r.equals("amod") || r.equals("compound")
            || r.equals("nmod:of") && c == EnglishLexicon.SettlementClass.REGION)
        && g.lex.relations(EnglishLexicon.RelationClass.PLACE).contains(g.relToParent(p));
  }

  /**
   * Whether a holder belongs to a state other than the one the place's word names: a state or one of its bodies or
   * forces, striking another's ground.
   */
  static boolean foreign(Graph g, ActorSpan place, List<ActorSpan> holders) {
    return holders.stream().map(h -> state(g, h.actor()))
        .anyMatch(s -> s.isPresent() && !s.get().id().equals(place.actor().id()));
  }

  /** The state an actor is, or belongs to along its {@code memberOf} chain. */
  private static Optional<Actor> state(Graph g, Actor a) {
    if (a.kind() == ActorKind.STATE) {
      return Optional.of(a);
    }
    for (String id : g.ctx.actors().chain(a)) {
      Optional<Actor> x = g.ctx.actors().catalog().actor(id);
      if (x.isPresent() && x.get().kind() == ActorKind.STATE) {
        return x;
      }
    }
    return Optional.empty();
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * Where something happens is not whom it is about. A noun of ground or water ({@code location-nouns.tsv}) that is an
 * oblique of the verb ("took to the streets of Dhaka", "seized a tanker in the Gulf of Oman", "off the coast of
 * Libya") is a place, and so is the actor its "of" phrase names: the protest is no stance toward Bangladesh, the
 * seizure none toward Oman. As an object the noun is what is acted on ("shelled the outskirts of Kharkiv") and its
 * "of" phrase stays a target. A demonym before such a noun names where, as its "of" phrase does ("near the Venezuelan
 * border"), also where the parser hangs a multi-word preposition's phrase on the verb as a noun modifier ("close to
 * the Iranian frontier"). The name of a strait, a gulf or a sea is a place wherever it stands, so the state in it is
 * none ("the Taiwan Strait", "the Gulf of Oman"). A place the catalog does not know, which the tagger takes for a
 * location, is no party at all; nor is the state owning a name the catalog lacks in an "in" phrase ("in Colombia's
 * Choco"). Stateless.
 */
final class Locations {

  private Locations() {}

  /** Whether {@code dep}, attached to its verb by {@code rel}, is a place: an oblique noun of ground or water. */
  static boolean where(Graph g, IndexedWord dep, String rel) {
    return (rel.startsWith("obl") || misreadOblique(g, dep, rel)) && g.pos(dep).startsWith("NN")
        && g.lex.locationNouns.contains(g.lemmaOf(dep));
  }

  /**
   * Whether a noun the parser hung on a verb as a noun modifier is that verb's oblique: a multi-word preposition
   * ("close to the Iranian frontier", "next to the border") comes out as {@code nmod:close_to} on the verb.
   */
  private static boolean misreadOblique(Graph g, IndexedWord dep, String rel) {
    IndexedWord v = g.parent(dep);
    return rel.startsWith("nmod:") && v != null && g.pos(v).startsWith("VB");
  }

  /**
   * Whether {@code w} is the "of" phrase of such a place ("Oman" in "in the Gulf of Oman"), its possessor ("in
   * Yerevan's Liberty Square") or the demonym or name before it ("Venezuelan" in "near the Venezuelan border").
   */
  static boolean within(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    String r = g.relToParent(w);
    return p != null && (r.equals("nmod:of") || r.equals("nmod:poss") || r.equals("amod") || r.equals("compound"))
        && (where(g, p, g.relToParent(p)) || placeOfNoun(g, p) || !r.equals("amod") && named(g, p))
        || p != null && r.equals("nmod:poss") && ownedPlace(g, p);
  }

  /**
   * Whether {@code p} is a name the catalog lacks, owned by a state in an "in" phrase: "trapped thousands in
   * Colombia's Choco", "clashes in Sudan's Kordofan" name a region of the state, where the act happens.
   */
  private static boolean ownedPlace(Graph g, IndexedWord p) {
    org.crosscheck.spi.ActorSpan m = g.mentionOf(p);
    String rel = g.relToParent(p);
    return g.pos(p).startsWith("NNP") && (rel.equals("obl:in") || rel.equals("nmod:in"))
        && (m == null || m.actor().isAdHoc());
  }

  /** Whether {@code w} is in the "of" phrase, possessor or modifiers of a part a state is divided into. */
  static boolean inDivision(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    return p != null && within(g, w) && g.lex.divisionNouns.contains(g.lemmaOf(p).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether a noun of ground or water is where another noun's act happens ("a rally in Nairobi's main square"): a
   * place phrase of a noun ({@code relations.tsv} PLACE), as {@link #where} is one of a verb.
   */
  private static boolean placeOfNoun(Graph g, IndexedWord p) {
    return g.lex.relations(EnglishLexicon.RelationClass.PLACE).contains(g.relToParent(p))
        && g.lex.locationNouns.contains(g.lemmaOf(p).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the noun heads the name of a stretch of water or ground ("the Taiwan Strait", "the Gulf of Oman"),
   * wherever it stands: a name, so the state in it is no party, as the object of a verb too ("block the Gulf of Oman").
   */
  static boolean named(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NNP") && g.lex.locationNouns.contains(g.lemmaOf(w).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether an actor is a place the catalog does not know and the tagger takes for a location ("El Obeid", "the Red
   * Sea port of …"): a town or a sea is where something happens, not a party to it.
   */
  static boolean unknownPlace(Graph g, ActorSpan a) {
    if (!Headlines.madeUpName(a) || a.implied()) {
      return false;
    }
    boolean location = false;
    for (int k = a.first(); k <= a.last(); k++) {
      String ner = g.ctx.sentence().ner(k);
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
        return false;
      }
      location |= ner.equals("LOCATION");
    }
    // A pronoun standing for a made-up name ("He" after "…," Ivo Marek said) carries no tag of its own.
    return location;
  }
}

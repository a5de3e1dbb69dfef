package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * The ground a thing crosses is no party to a stance about it: in "would oppose a corridor through Armenian
 * territory" or "weapons shipped via Turkey" the state crossed is not whom the opposition or the shipment is toward.
 * A name is on a route when it is the noun of a ROUTE link ({@code relations.tsv}) or the demonym, compound,
 * possessor or "of" phrase of that noun, or a name in apposition to it: "funded clinics through the aid agency Y"
 * names the funder's channel, not whom the funds are for. Nor is the place a road leads to ({@link #destination}),
 * nor one it is named for with another ({@link #endpoint}). Used where no argument names the target ({@link FallbackTarget}) and, for a
 * road's end, among the verb's arguments ({@link Targets}). Stateless.
 */
final class Routes {

  private Routes() {}

  private static final Set<String> OWNER = Set.of("amod", "compound", "nmod:poss", "nmod:of");

  /**
   * Whether {@code head}, the last word of a name, is where a way ({@code road-nouns.tsv}) leads or comes from: the
   * "to" or "from" phrase of the road noun ("the highway to Accra", "aid crossings from Chad"), of a participle on it
   * ("roads leading to Brussels"), or of the verb right after the road noun it takes as object or oblique, where the
   * parser hangs the phrase ("blocked the highway to Accra", "attacked trucks on the highway to Accra").
   */
  static boolean destination(Graph g, IndexedWord head) {
    String r = g.relToParent(head);
    IndexedWord p = g.parent(head);
    if (p == null || !(r.equals("obl:to") || r.equals("nmod:to") || r.equals("obl:from") || r.equals("nmod:from"))) {
      return false;
    }
    if (road(g, p)) {
      return true;
    }
    if (g.relToParent(p).startsWith("acl") && g.pos(p).equals("VBG") && g.parent(p) != null) {
      return road(g, g.parent(p));
    }
    // The road noun is the last noun before the "to" phrase's own words.
    int phrase = g.idx(head) - 1;
    return g.children(p, "obj", "obl:").stream().anyMatch(o -> road(g, o) && g.idx(o) < phrase
        && g.children(o, "nmod:to", "nmod:from", "acl").isEmpty() && o.equals(lastNoun(g, phrase)));
  }

  /**
   * Whether {@code head} names an end of a road named for the places it joins: "the Dhaka-Aricha highway", "the
   * Lagos–Ibadan expressway" (compounds of a road noun, joined by a hyphen or a dash). A road's ends are where it runs,
   * not whom an act on it is toward. A road named for one place alone ("the airport road") is left to the others.
   */
  static boolean endpoint(Graph g, IndexedWord head) {
    IndexedWord cur = head;
    for (int d = 0; d < 3 && g.relToParent(cur).equals("compound"); d++) {
      IndexedWord p = g.parent(cur);
      if (p == null || !g.pos(p).startsWith("NN")) {
        return false;
      }
      if (road(g, p)) {
        for (int k = Math.max(0, g.idx(head) - 1); k < g.idx(p); k++) {
          if (DASHES.contains(g.toks.get(k).word())) {
            return true;
          }
        }
        return false;
      }
      cur = p;
    }
    return false;
  }

  private static final Set<String> DASHES = Set.of("-", "–", "—");

  private static boolean road(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NN") && g.lex.roadNouns.contains(g.lemmaOf(w).toLowerCase(java.util.Locale.ROOT));
  }

  /** The node of the last noun before position {@code i}, or null. */
  private static IndexedWord lastNoun(Graph g, int i) {
    for (int k = i - 1; k >= 0; k--) {
      IndexedWord n = g.node(k);
      if (n != null && g.pos(n).startsWith("NN")) {
        return n;
      }
    }
    return null;
  }

  /** Whether {@code head}, the last word of a name, names ground a thing crosses. */
  static boolean crossed(Graph g, IndexedWord head) {
    Set<String> route = g.lex.relations(EnglishLexicon.RelationClass.ROUTE);
    if (route.contains(g.relToParent(head))) {
      return true;
    }
    IndexedWord p = g.parent(head);
    return p != null && (OWNER.contains(g.relToParent(head)) || g.relToParent(head).equals("appos"))
        && g.pos(p).startsWith("NN") && route.contains(g.relToParent(p));
  }
}

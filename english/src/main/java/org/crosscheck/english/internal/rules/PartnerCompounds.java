package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * "Gabon ended the EU fishing deal", "Armenia renews Iran gas deal": a noun of a bond between parties
 * ({@code partner-nouns.tsv}) with an actor compounded before it names that actor as one party; when the bond is the
 * object of a verb whose subject names another actor, the subject is the other party, and holds the stance on the
 * bond toward the compounded actor (which the verb's own target, or the one other actor, then names), not the
 * reverse (elsewhere an actor compounded with a stance noun owns it: "the EU decision"). Not when the noun names its
 * parties otherwise ("Gabon's EU deal", "the EU deal with Spain"); "its EU deal" is the subject's own. Stateless.
 */
final class PartnerCompounds {

  private PartnerCompounds() {}

  /** The verb whose subject holds the stance on the bond {@code noun}, or null when the rule does not apply. */
  static IndexedWord verb(Graph g, IndexedWord noun) {
    IndexedWord v = g.parent(noun);
    if (v == null || !g.lex.partnerNouns.contains(g.lemmaOf(noun)) || !g.relToParent(noun).equals("obj")
        || !g.pos(v).startsWith("VB") || partners(g, noun).isEmpty()
        || !g.children(noun, "nmod:from", "nmod:by", "nmod:with", "nmod:between").isEmpty()
        || g.children(noun, "nmod:poss").stream()
            .anyMatch(p -> !g.lex.is(p.word(), EnglishLexicon.PronounClass.POSSESSIVE))) {
      return null;
    }
    List<IndexedWord> subjects = g.children(v, "nsubj");
    return subjects.stream().anyMatch(s -> g.mentionOf(s) != null && partners(g, noun).stream()
        .noneMatch(p -> g.mentionOf(p) != null && g.mentionOf(p).actor().equals(g.mentionOf(s).actor())))
        ? v : null;
  }

  /** The actors compounded before the bond: its other party. */
  static List<IndexedWord> partners(Graph g, IndexedWord noun) {
    return g.children(noun, "compound").stream()
        .filter(c -> g.idx(c) < g.idx(noun) && g.mentionOf(c) != null).toList();
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The medium, addressee or forum of an act: "denounced the sanctions in an interview with Telesur", "condemned the
 * raid in a statement carried by the state news agency QNA", "criticised it in a speech to the African Union",
 * "blocked the package at a meeting of EU ministers", "met on the sidelines of a NATO summit". An actor named inside
 * an "in", "at", "during" or "on" phrase headed by a noun of an occasion or medium of speech ({@code
 * channel-nouns.tsv}), reached through who is spoken with, to, before or at, whose the occasion is or who carries it,
 * is where or through whom the stance is voiced, not whom it is taken toward: no fallback target, nor the target of a
 * verb the parser hangs the occasion or its "to" phrase on. What the message is about ("a statement on Y's strikes",
 * "remarks about Y") is not read through it and stays a possible target. Stateless.
 */
final class Channels {

  /** The phrases that set an occasion or medium on the act. */
  private static final Set<String> OCCASION = Set.of("obl:in", "obl:at", "obl:during", "obl:on", "nmod:in", "nmod:at",
      "nmod:during", "nmod:on");

  /**
   * The links from an occasion noun down to a party of it: the interlocutor or addressee ("with", "to", "before",
   * "at"), its owner or members ("of", possessor, compound), who carries or airs it ("carried by", "broadcast by"), and
   * the words a name is built of (apposition, compound).
   */
  private static final Set<String> PARTY = Set.of("nmod:with", "nmod:to", "nmod:before", "nmod:at", "nmod:of",
      "nmod:poss", "compound", "amod", "appos", "acl", "obl:by", "obl:agent", "nmod:by", "nmod:agent");

  private Channels() {}

  /**
   * Whether {@code dep}, a "to" phrase the parser hung on the verb, is the addressee of an occasion noun just before it
   * ("condemned the attack in a speech to the Turkish parliament": the speech is to parliament, the condemnation is
   * not): the occasion noun stands in an "in", "at" or "during" phrase of the verb or of its object, and the "to"
   * follows it at once.
   */
  static boolean addressee(Graph g, IndexedWord verb, IndexedWord dep, String rel) {
    if (!rel.equals("obl:to")) {
      return false;
    }
    List<IndexedWord> occasions = new ArrayList<>(g.children(verb, OCCASION));
    for (IndexedWord o : g.children(verb, "obj")) {
      occasions.addAll(g.children(o, OCCASION));
    }
    int to = g.children(dep, "case").stream().mapToInt(g::idx).min().orElse(-1);
    return occasions.stream().anyMatch(o -> g.lex.channelNouns.contains(g.lemmaOf(o).toLowerCase(Locale.ROOT))
        && g.idx(o) + 1 == to);
  }

  /**
   * Whether {@code dep}, hung on a verb by {@code rel}, is an occasion or medium of the act ("met on the sidelines of a
   * NATO summit"): not what the act is toward, nor is anyone named inside it.
   */
  static boolean occasion(Graph g, IndexedWord dep, String rel) {
    return OCCASION.contains(rel) && g.lex.channelNouns.contains(g.lemmaOf(dep).toLowerCase(Locale.ROOT));
  }

  /** Whether the word heading an actor's name is a party of the occasion or medium an act is voiced in. */
  static boolean party(Graph g, IndexedWord head) {
    IndexedWord cur = head;
    for (int d = 0; cur != null && d < 5; d++) {
      IndexedWord p = g.parent(cur);
      String r = g.relToParent(cur);
      if (p == null) {
        return false;
      }
      if (d > 0 && OCCASION.contains(r) && g.lex.channelNouns.contains(g.lemmaOf(cur).toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!PARTY.contains(r)) {
        return false;
      }
      cur = p;
    }
    return false;
  }
}

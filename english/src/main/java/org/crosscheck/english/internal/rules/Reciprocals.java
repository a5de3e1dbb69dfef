package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A reciprocal pronoun as the argument of a cue ({@code reciprocals.tsv}: "Thailand and Cambodia accuse each other",
 * "Peru and Chile blamed one another for the fighting", "fired at each other", "opened the border to each other's
 * citizens") makes the cue hold between its conjoined holders both ways, whatever the verb. A meeting whose object,
 * or a contact whose "with" phrase, is a noun of its own ("Sudan and Chad met mediators in Doha", "talked with
 * diplomats") is contact with those, not between its subjects ({@link #withOthers}). Stateless.
 */
final class Reciprocals {

  private Reciprocals() {}

  /**
   * Whether the verb of contact {@code w} ({@code contact-acts.tsv}) meets someone its "with" phrase, or the object
   * of "meet", names by a noun: its conjoined subjects meet them, not each other.
   */
  static boolean withOthers(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || !g.lex.contactActs.containsKey(g.lemmaOf(w))) {
      return false;
    }
    // "met mediators", "talked with diplomats"; not what is negotiated or discussed ("negotiating a deal").
    return g.children(w, g.lemmaOf(w).equals("meet") ? List.of("obj", "obl:with") : List.of("obl:with")).stream()
        .anyMatch(o -> g.pos(o).startsWith("NN") && !g.lex.contactActs.containsKey(g.lemmaOf(o)));
  }

  /** Whether an object or prepositional object of the cue is a reciprocal pronoun. */
  static boolean aimed(Graph g, IndexedWord w) {
    for (IndexedWord o : g.children(w, g.lex.relations(EnglishLexicon.RelationClass.VERB_TARGET))) {
      if (reciprocal(g, o)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the target {@code t} is people of the holders' own, owned by a reciprocal ("each other's citizens"). */
  static boolean owned(Graph g, org.crosscheck.spi.ActorSpan t) {
    IndexedWord head = g.node(t.last());
    return head != null && g.children(head, "nmod:poss").stream().anyMatch(p -> phrase(g, p));
  }

  private static boolean reciprocal(Graph g, IndexedWord o) {
    // "opened the border to each other's citizens": whose citizens they are is what the act is toward.
    return phrase(g, o) || g.children(o, "nmod:poss").stream().anyMatch(p -> phrase(g, p));
  }

  private static boolean phrase(Graph g, IndexedWord o) {
    Set<Integer> words = new TreeSet<>();
    g.subtree(o, words, 0);
    StringBuilder b = new StringBuilder();
    for (int i : words) {
      String t = g.toks.get(i).word();
      if (g.node(i) != null && !g.pos(g.node(i)).equals("IN") && !g.pos(g.node(i)).equals("POS")) {
        b.append(b.length() == 0 ? "" : " ").append(t.toLowerCase(Locale.ROOT));
      }
    }
    return g.lex.reciprocals.contains(b.toString());
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A stance noun that names its holder ({@code stance-agents.tsv}: "ally", "critic", "backer") takes its possessor or
 * a name compounded with it as the one the stance is toward: "Israel's critics" criticise Israel and are not Israel,
 * "Galatasaray supporters" back the club; "Syria is Russia's closest ally" is Syria's support for Russia. A noun of the stance itself keeps its possessor as holder ("Russia's support
 * for Y"). Stateless.
 */
final class StanceAgents {

  private StanceAgents() {}

  /** Whether the nominal cue {@code w} names the one who holds its stance. */
  static boolean names(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NN") && g.lex.stanceAgents.contains(g.lemmaOf(w));
  }

  /**
   * The possessors of such a noun, and the names compounded with it ("Kremlin critics", "Galatasaray supporters"):
   * whom its holder's stance is toward, never its holder. Not a bloc the agents share ("NATO allies", {@link #bloc}),
   * nor a demonym, which says who the agents are ("Russian allies").
   */
  static List<IndexedWord> toward(Graph g, IndexedWord w) {
    if (!names(g, w)) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>(g.children(w, "nmod:poss"));
    List<IndexedWord> bloc = blocNames(g, w);
    for (IndexedWord c : g.children(w, "compound")) {
      if (g.pos(c).startsWith("NNP") && !bloc.contains(c) && g.demonym(c) == null) {
        out.add(c);
      }
    }
    if (out.isEmpty() && appositive(g, w) && g.children(w, "nmod:of", "nmod:to").isEmpty()) {
      // "X, Duterte's former police chief and a close ally,": the ally's is the one the first noun belongs to.
      IndexedWord first = g.firstConjunct(w);
      if (first != null) {
        out.addAll(g.children(first, "nmod:poss"));
      }
    }
    return out;
  }

  /**
   * Whether the noun {@code w} describes a party in apposition ("X, a close ally of Y,", "X, Y's chief and a close
   * ally,"): whom its stance is toward is then said by its own words, never by the rest of the sentence (no fallback
   * target), as the sentence goes on about other things.
   */
  static boolean appositive(Graph g, IndexedWord w) {
    if (!names(g, w)) {
      return false;
    }
    if (g.relToParent(w).equals("appos")) {
      return true;
    }
    IndexedWord first = g.firstConjunct(w);
    return first != null && g.relToParent(first).equals("appos");
  }

  /**
   * The modifiers of an ally's noun that name the bloc its allies share ({@code bloc-agents.tsv}): "NATO allies",
   * "its NATO and EU partners". The bloc is neither the holder nor whom the stance is toward.
   */
  static List<IndexedWord> bloc(Graph g, IndexedWord w) {
    // "NATO allies voiced solidarity with Y": allies who act together speak for their bloc.
    return g.relToParent(w).startsWith("nsubj") ? List.of() : blocNames(g, w);
  }

  /** The modifiers of an ally's noun that name an international body, whatever the noun's role. */
  private static List<IndexedWord> blocNames(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("NN") || !g.lex.blocAgents.contains(g.lemmaOf(w))) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>();
    // "NATO and EU allies": the enhanced graph makes each conjunct a compound of the noun.
    for (IndexedWord c : g.children(w, "compound")) {
      ActorSpan m = g.mentionOf(c);
      if (m != null && m.actor().kind() == ActorKind.INTERNATIONAL_BODY) {
        out.add(c);
      }
    }
    return out;
  }
}

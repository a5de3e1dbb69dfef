package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * Leaving an international body opposes it: "Mali, Niger and Burkina Faso quit ECOWAS", "the United States withdrew
 * from the WHO", "Burundi pulled out of the ICC" (a verb of leaving, {@code leaving-verbs.tsv}, with the relation
 * that names what is left), and the same said with a noun of departure as the verb's object ("completed its
 * withdrawal from the OAS", "announced its exit from ECOWAS", {@code departure-nouns.tsv}), which the dictionary
 * codes as a pullout of forces, a concession to whom is left. Only a state or its government leaving a body the
 * catalog lists as international: a minister leaving a post, a delegation a meeting or troops a country take no
 * stance toward it. Withdrawing something from a body ("withdrew its funding from the WHO") cuts a tie to it too.
 * Stateless.
 */
final class LeftBodies {

  private LeftBodies() {}

  /** Whether the verb {@code w} is a state leaving an international body. */
  static boolean leaves(Graph g, IndexedWord w) {
    return !bodies(g, w).isEmpty();
  }

  /** The international bodies the verb {@code w} has a state or government leave, in text order; empty if none. */
  static List<IndexedWord> bodies(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB")) {
      return List.of();
    }
    List<IndexedWord> left = new ArrayList<>();
    for (String rel : g.lex.leavingVerbs.get(g.lemmaOf(w))) {
      left.addAll(g.children(w, rel));
    }
    // "withdrew its funding from the WHO": the parser may hang the "from" phrase on what is withdrawn.
    boolean from = g.lex.leavingVerbs.containsEntry(g.lemmaOf(w), "obl:from");
    for (IndexedWord o : g.children(w, "obj")) {
      if (from || g.lex.departureNouns.contains(g.lemmaOf(o))) {
        left.addAll(g.children(o, "nmod:from"));
      }
    }
    left.removeIf(x -> !kind(g, x, ActorKind.INTERNATIONAL_BODY));
    if (left.isEmpty() || g.children(w, "nsubj").stream()
        .noneMatch(s -> kind(g, s, ActorKind.STATE) || kind(g, s, ActorKind.GOVERNMENT))) {
      return List.of();
    }
    return left;
  }

  /**
   * Whether token {@code i} of a sentence not yet parsed may be a state leaving a body: a verb of leaving, or a noun
   * of departure, in a sentence that names an international body ({@code mentions}). The parse decides the rest.
   */
  static boolean mayLeave(List<org.crosscheck.spi.Token> toks, int i, List<ActorSpan> mentions, EnglishLexicon lex) {
    org.crosscheck.spi.Token t = toks.get(i);
    return (t.tag().startsWith("VB") && lex.leavingVerbs.containsKey(t.lemma())
        || t.tag().startsWith("NN") && lex.departureNouns.contains(t.lemma()))
        && mentions.stream().anyMatch(m -> m.actor().kind() == ActorKind.INTERNATIONAL_BODY);
  }

  private static boolean kind(Graph g, IndexedWord w, ActorKind kind) {
    ActorSpan m = g.mentionOf(w);
    return m != null && m.actor().kind() == kind;
  }
}

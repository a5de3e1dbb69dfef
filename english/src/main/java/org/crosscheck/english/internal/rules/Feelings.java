package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * Who feels a feeling is not whom an act done amid it is toward. A feeling noun ({@code feeling-nouns.tsv}) that is an
 * adjunct of a verb ("defended the plan amid X anger", "approved the dam despite Y's concern") names, by its
 * demonym, possessor, compound or "of" phrase, those who feel it: the setting of the act, so they are no fallback
 * target of the act's stance. A feeling that is what the act is done to ("dismissed X anger") is left to the rules of
 * objects. Stateless.
 */
final class Feelings {

  /** How a feeling noun names who feels it: "Ugandan anger", "Uganda's anger", "Uganda anger", "the anger of X". */
  private static final Set<String> FEELER = Set.of("amod", "nmod:poss", "compound", "nmod:of");

  private Feelings() {}

  /** Whether the head of an actor's words names who feels a feeling given as the setting of a verb's act. */
  static boolean feeler(Graph g, IndexedWord head) {
    IndexedWord feeling = head == null ? null : g.parent(head);
    if (feeling == null || !FEELER.contains(g.relToParent(head)) || !g.pos(feeling).startsWith("NN")
        || !g.lex.feelingNouns.contains(g.lemmaOf(feeling).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    IndexedWord verb = g.parent(feeling);
    return verb != null && g.relToParent(feeling).startsWith("obl") && g.pos(verb).startsWith("VB");
  }
}

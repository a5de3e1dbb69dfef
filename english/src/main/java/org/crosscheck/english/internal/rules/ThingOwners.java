package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "The creditors, grouped in a committee co-chaired by China and France, reached their own agreement with Y": a
 * possessive in the object of a clause whose subject is a common noun that names no actor stands for that noun, so
 * for nobody; not for the nearest name before it (France), which the subject only describes. Only the clause the
 * possessive's noun belongs to is looked at, and only a subject the pronoun agrees with ("their" and "creditors"),
 * none of whose modifiers names an actor. A subject that is an actor or a group, or a part of one ("hundreds of
 * farmers"), is found before this rule is asked ({@link Antecedents}); an unnamed voice ("diplomats … their own
 * conclusions") stands for nobody here too. Stateless.
 */
final class ThingOwners {

  private ThingOwners() {}

  /** Whether the possessive {@code possessive} stands for its clause's subject, a noun that names no actor. */
  static boolean unnamed(Graph g, IndexedWord possessive) {
    IndexedWord noun = g.parent(possessive);
    IndexedWord verb = noun == null ? null : g.parent(noun);
    String r = noun == null ? "" : g.relToParent(noun);
    if (verb == null || !g.pos(verb).startsWith("VB") || !(r.equals("obj") || r.startsWith("obl"))) {
      return false;
    }
    for (IndexedWord s : g.children(verb, "nsubj")) {
      if (!g.pos(s).matches("NNS?") || !Antecedents.agrees(g, possessive, s)) {
        return false;
      }
      return g.children(s, "nmod:of", "nmod:poss", "compound", "amod").stream().noneMatch(g::namesActor);
    }
    return false;
  }
}

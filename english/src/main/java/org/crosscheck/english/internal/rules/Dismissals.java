package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A removal from office ({@code dismissal-verbs.tsv}): "the president dismissed central bank governor X", "sacked his
 * defence minister", "X was ousted by the board". Whoever removes a person from a post acts against that person. Only
 * with a person removed (a name the tagger takes for a person, or a noun of an office that names one, {@code
 * person-nouns.tsv}): "dismissed the claims" is a rejection (Allegations), "fired rockets" an attack of its own kind,
 * "removed checkpoints" no stance. Stateless.
 */
final class Dismissals {

  private Dismissals() {}

  /** Whether the verb {@code w} removes a person from office. */
  static boolean ofPerson(Graph g, IndexedWord w) {
    return g.lex.dismissalVerbs.contains(g.lemmaOf(w))
        && g.children(w, "obj", "nsubj:pass").stream().anyMatch(o -> g.ctx.sentence().ner(g.idx(o)).equals("PERSON")
            || g.lex.personNouns.contains(g.lemmaOf(o)));
  }
}

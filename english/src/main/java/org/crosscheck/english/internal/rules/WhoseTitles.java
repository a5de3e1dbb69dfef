package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "The party, whose spokesman John Doe accused the government of lying": the parser may make the title after "whose"
 * the object of the relative clause's verb and the name after it the subject. An object with an owner ("whose") right
 * before a person's name as subject is that person's title, the antecedent's man, and no target ("accused the
 * party"). A real fronted object is followed by a subject of another kind ("whose leader the police arrested",
 * "whose government Kenya accuses"). Stateless.
 */
final class WhoseTitles {

  private WhoseTitles() {}

  /** Whether {@code o}, an object of the verb {@code v}, is the title of the name that is the verb's subject. */
  static boolean title(Graph g, IndexedWord v, IndexedWord o) {
    if (g.children(o, "nmod:poss").isEmpty()) {
      return false;
    }
    // "whose spokesman John Doe": the name's first word, its own or a compound's, comes right after the title.
    return g.children(v, "nsubj").stream().anyMatch(s -> g.ctx.sentence().ner(g.idx(s)).equals("PERSON")
        && g.idx(o) + 1 == g.children(s, "compound").stream().mapToInt(g::idx).min().orElse(g.idx(s)));
  }
}

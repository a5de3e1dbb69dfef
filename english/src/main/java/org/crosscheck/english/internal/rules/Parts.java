package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * A noun that names a part, a body or a number of an actor ({@code part-nouns.tsv}: "wing", "delegation",
 * "group", "thousands") acts for the actor it is a part of: "the armed wing of X threatened …", "X's political wing
 * said …", "a delegation of Y officials praised …". The whole is the noun's "of" phrase, else, for a part (not a
 * number: "the basketball team"), a possessor or compound that names an actor, or a demonym ("a Russian
 * delegation"). Stateless.
 */
final class Parts {

  private Parts() {}

  /** The word that names the whole {@code noun} is a part of, or null when it is no part noun or names none. */
  static IndexedWord whole(Graph g, IndexedWord noun) {
    EnglishLexicon.PartClass kind = g.lex.partNouns.get(g.lemmaOf(noun));
    if (!g.pos(noun).startsWith("NN") || g.pos(noun).startsWith("NNP") || kind == null) {
      return null;
    }
    for (IndexedWord of : g.children(noun, "nmod:of")) {
      return of;
    }
    if (kind == EnglishLexicon.PartClass.NUMBER) {
      return null;
    }
    for (IndexedWord m : g.children(noun, "nmod:poss", "compound")) {
      if (g.namesActor(m)) {
        return m;
      }
    }
    // "a Russian delegation", "the Ukrainian delegation": a part whose adjective names its state; "Russian and
    // Ukrainian delegations" are two, no one whole.
    List<IndexedWord> states = g.children(noun, "amod").stream().filter(m -> g.demonym(m) != null).toList();
    return states.size() == 1 ? states.get(0) : null;
  }
}

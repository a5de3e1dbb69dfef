package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Chile and Peru reject border vote as Bolivia calls it legitimate": a clause set beside a stance (RIVAL_OPINION in
 * {@code relations.tsv}, "as") whose verb tells a view ({@code opinion-verbs.tsv}: "calls", "insists", "hails")
 * holds a rival's opinion of the same thing, so its subject is a holder of its own and no target of the stance. A
 * clause whose verb is a deed ("condemns strikes as Israeli troops press offensive") tells what is condemned, and
 * its doer stays a possible target; so does a view of the holder's own deed or thing ("condemned the raid as Y said
 * its jets hit militants": the subject of what is said is the speaker's, by a possessive pronoun). Stateless.
 */
final class RivalOpinions {

  private RivalOpinions() {}

  /** Whether {@code clause}, linked to the verb it hangs on by {@code rel}, tells a rival's view. */
  static boolean held(Graph g, IndexedWord clause, String rel) {
    return g.lex.relations(EnglishLexicon.RelationClass.RIVAL_OPINION).contains(rel)
        && g.pos(clause).startsWith("VB") && g.lex.opinionVerbs.contains(g.lemmaOf(clause)) && !ownDeed(g, clause);
  }

  /** Whether what the clause says has a subject that is the speaker's own ("its jets", "their vote"). */
  private static boolean ownDeed(Graph g, IndexedWord clause) {
    for (IndexedWord said : g.children(clause, "ccomp")) {
      for (IndexedWord s : g.children(said, "nsubj", "nsubj:pass")) {
        if (g.children(s, "nmod:poss").stream()
            .anyMatch(p -> g.lex.is(p.word(), EnglishLexicon.PronounClass.POSSESSIVE))) {
          return true;
        }
      }
    }
    return false;
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Chile and Peru reject border vote as Bolivia calls it legitimate": a clause set beside a stance (RIVAL_OPINION in
 * {@code relations.tsv}, "as") whose verb tells an onlooker's view ({@code opinion-verbs.tsv}: "calls", "hails")
 * holds a rival's opinion of the same thing, so its subject is a holder of its own and no target of the stance. A
 * clause whose verb is a deed ("condemns strikes as Israeli troops press offensive"), a defence or a denial ("as Y
 * insists the trial was fair": the doer answering for its deed) keeps its subject a possible target; so does a view
 * of the subject's own thing ("as Y hails its vote", "as Y calls its vote fair": a possessive pronoun on what the
 * verb takes). Stateless.
 */
final class RivalOpinions {

  private RivalOpinions() {}

  /** Whether {@code clause}, linked to the verb it hangs on by {@code rel}, tells a rival's view. */
  static boolean held(Graph g, IndexedWord clause, String rel) {
    return g.lex.relations(EnglishLexicon.RelationClass.RIVAL_OPINION).contains(rel)
        && g.pos(clause).startsWith("VB") && g.lex.opinionVerbs.contains(g.lemmaOf(clause)) && !ownDeed(g, clause);
  }

  /** Whether what the clause's verb takes is its subject's own ("its vote"). */
  private static boolean ownDeed(Graph g, IndexedWord clause) {
    return g.children(clause, "obj").stream().anyMatch(o -> g.children(o, "nmod:poss").stream()
        .anyMatch(p -> g.lex.is(p.word(), EnglishLexicon.PronounClass.POSSESSIVE)));
  }
}

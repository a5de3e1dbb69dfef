package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;

/**
 * "The rebels refused to talk, saying they do not trust Abiy": the parser may take a participle of saying ({@code
 * speech-verbs.tsv}) for the marker of the clause it reports, and hang that clause on the verb before the comma as
 * its complement, so that what is said falls under the refusal and its "not" cancels the refusal's. The graph is
 * mended before any rule reads it: the participle becomes an adverbial clause of that verb and the clause it marked
 * its complement, as the parser reads "…, saying that they do not trust Abiy" when it gets it right. Stateless.
 */
public final class SayingMarks {

  private SayingMarks() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord said = e.getDependent();
      IndexedWord clause = e.getGovernor();
      if (!e.getRelation().toString().equals("mark") || !"VBG".equals(said.tag())
          || !lex.speechVerbs.containsKey(RawGraphs.lemma(said)) || said.index() >= clause.index()) {
        continue;
      }
      SemanticGraphEdge up = null;
      for (SemanticGraphEdge in : g.incomingEdgeIterable(clause)) {
        String r = in.getRelation().toString();
        if (r.equals("ccomp") || r.equals("dep") || r.startsWith("advcl") || r.equals("parataxis")) {
          up = in;
        }
      }
      if (up == null || up.getGovernor().index() >= said.index()) {
        continue;
      }
      IndexedWord verb = up.getGovernor();
      g.removeEdge(e);
      g.removeEdge(up);
      GrammaticalRelation advcl = UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER;
      g.addEdge(verb, said, advcl, up.getWeight(), false);
      g.addEdge(said, clause, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, e.getWeight(), false);
      changed = true;
    }
    return changed;
  }
}

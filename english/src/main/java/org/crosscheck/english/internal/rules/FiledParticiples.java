package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Ukraine filed a complaint with the United Nations accusing Russia of war crimes", "Nicaragua brought a case before
 * the World Court accusing Germany", "Iran lodged a protest with the Swiss embassy accusing Washington": a participle
 * right after the forum a filing ({@code filed-texts.tsv}, {@code message-nouns.tsv}) is lodged with says what the
 * filing charges, and the filer charges it. The parser reads the forum as the participle's subject ("with X doing",
 * as in "with the army accusing the rebels, talks collapsed") or hangs the participle on the forum; a forum does not
 * accuse by being written to. The graph is mended before any rule reads it: the forum becomes the filing's "with"
 * (or "before", "at", "to") phrase again and the participle the verb's adverbial, whose subject is the filer. Only
 * after a verb whose object is such a filing; elsewhere "with X doing" keeps X as the doer. Stateless.
 */
public final class FiledParticiples {

  private static final Set<String> FORUM_PREPOSITIONS = Set.of("with", "before", "at", "to");

  private FiledParticiples() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge o : new ArrayList<>(g.edgeListSorted())) {
      if (!o.getRelation().toString().equals("obj") || !filing(lex, o.getDependent())) {
        continue;
      }
      IndexedWord verb = o.getGovernor();
      IndexedWord filing = o.getDependent();
      changed |= subjectForum(g, verb, filing) || describedForum(g, verb, filing);
    }
    return changed;
  }

  /** "filed a complaint with the UN accusing Y": the forum read as the subject of an absolute participle. */
  private static boolean subjectForum(SemanticGraph g, IndexedWord verb, IndexedWord filing) {
    for (IndexedWord head : List.of(verb, filing)) {
      for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(head))) {
        String rel = e.getRelation().toString();
        IndexedWord participle = e.getDependent();
        if (!(rel.startsWith("advcl:") || rel.startsWith("acl:")) || !"VBG".equals(participle.tag())
            || participle.index() < filing.index()) {
          continue;
        }
        IndexedWord forum = only(g, participle, "nsubj");
        IndexedWord mark = only(g, participle, "mark");
        if (forum == null || mark == null || !FORUM_PREPOSITIONS.contains(lower(mark))
            || !(mark.index() < forum.index() && forum.index() < participle.index())) {
          continue;
        }
        g.removeEdge(e);
        g.removeEdge(g.getEdge(participle, forum));
        g.removeEdge(g.getEdge(participle, mark));
        g.addEdge(forum, mark, UniversalEnglishGrammaticalRelations.CASE_MARKER, Double.NEGATIVE_INFINITY, false);
        g.addEdge(filing, forum, UniversalEnglishGrammaticalRelations.getNmod(lower(mark)), Double.NEGATIVE_INFINITY,
            false);
        g.addEdge(verb, participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER,
            Double.NEGATIVE_INFINITY, false);
        return true;
      }
    }
    return false;
  }

  /** "lodged a protest with the Swiss embassy accusing Y": the participle hung on the forum. */
  private static boolean describedForum(SemanticGraph g, IndexedWord verb, IndexedWord filing) {
    for (IndexedWord head : List.of(verb, filing)) {
      for (SemanticGraphEdge f : g.outgoingEdgeList(head)) {
        String rel = f.getRelation().toString();
        int colon = rel.indexOf(':');
        IndexedWord forum = f.getDependent();
        if (!(rel.startsWith("nmod:") || rel.startsWith("obl:"))
            || !FORUM_PREPOSITIONS.contains(rel.substring(colon + 1)) || forum.index() < filing.index()) {
          continue;
        }
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(forum))) {
          IndexedWord participle = e.getDependent();
          if (e.getRelation().toString().equals("acl") && "VBG".equals(participle.tag())
              && participle.index() > forum.index()) {
            g.removeEdge(e);
            g.addEdge(verb, participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER,
                Double.NEGATIVE_INFINITY, false);
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean filing(EnglishLexicon lex, IndexedWord w) {
    String lemma = w.lemma() == null ? lower(w) : w.lemma().toLowerCase(Locale.ROOT);
    return w.tag() != null && w.tag().startsWith("NN") && !w.tag().startsWith("NNP")
        && (lex.filedTexts.contains(lemma) || lex.messageNouns.contains(lemma));
  }

  private static IndexedWord only(SemanticGraph g, IndexedWord w, String rel) {
    IndexedWord found = null;
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().equals(rel)) {
        if (found != null) {
          return null;
        }
        found = e.getDependent();
      }
    }
    return found;
  }

  private static String lower(IndexedWord w) {
    return w.word().toLowerCase(Locale.ROOT);
  }
}

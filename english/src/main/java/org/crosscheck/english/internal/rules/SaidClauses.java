package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Netanyahu said Israel would strike Hezbollah", "Lavrov said Moscow would keep backing Damascus": without "that",
 * the parser may read "Netanyahu said Israel" as the subject clause of the reported verb, the reported subject as
 * the object of "said". The graph is mended before any rule reads it: when a verb of saying ({@code
 * speech-verbs.tsv}) with a subject of its own is the clausal subject of a verb that has a modal or is finite, and
 * its object is a name standing between the two, the reported verb becomes the complement of the verb of saying
 * and the name its subject (and the controlled subject of the verbs it governs: "would keep backing"). Stateless.
 */
public final class SaidClauses {

  private SaidClauses() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
      if (!e.getRelation().toString().equals("csubj")) {
        continue;
      }
      IndexedWord verb = e.getGovernor();
      IndexedWord said = e.getDependent();
      IndexedWord name = misreadSubject(g, verb, said, lex);
      if (name == null) {
        continue;
      }
      g.removeEdge(e);
      g.removeEdge(g.getEdge(said, name));
      g.addEdge(said, verb, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
      g.addEdge(verb, name, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
      for (IndexedWord x : children(g, verb, "xcomp")) {
        if (children(g, x, "nsubj").isEmpty()) {
          g.addEdge(x, name, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
              Double.NEGATIVE_INFINITY, true);
        }
      }
      if (g.getRoots().contains(verb)) {
        List<IndexedWord> roots = new ArrayList<>(g.getRoots());
        roots.set(roots.indexOf(verb), said);
        g.setRoots(roots);
      }
      changed = true;
    }
    return changed;
  }

  /** The name misread as the object of {@code said}, or null when the reading is not the misread one. */
  private static IndexedWord misreadSubject(SemanticGraph g, IndexedWord verb, IndexedWord said, EnglishLexicon lex) {
    String tag = said.tag() == null ? "" : said.tag();
    String lemma = said.lemma() != null ? said.lemma()
        : Morphology.lemmaStatic(said.word().toLowerCase(Locale.ROOT), tag);
    if (!tag.startsWith("VB") || !lex.speechVerbs.containsKey(lemma.toLowerCase(Locale.ROOT))
        || children(g, said, "nsubj").isEmpty()
        || !children(g, verb, "nsubj").isEmpty()) {
      return null;
    }
    boolean modal = children(g, verb, "aux").stream()
        .anyMatch(a -> "MD".equals(a.tag()));
    String verbTag = verb.tag() == null ? "" : verb.tag();
    if (!modal && !List.of("VBD", "VBZ", "VBP").contains(verbTag)) {
      return null;
    }
    List<IndexedWord> objects = children(g, said, "obj");
    if (objects.size() != 1) {
      return null;
    }
    IndexedWord name = objects.get(0);
    String nameTag = name.tag() == null ? "" : name.tag();
    return nameTag.startsWith("NNP") && said.index() < name.index() && name.index() < verb.index() ? name : null;
  }

  private static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String rel) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      if (e.getRelation().toString().equals(rel)) {
        out.add(e.getDependent());
      }
    }
    return out;
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Rebels backed by Rwanda attacked the town", "Gunmen linked to Boko Haram killed five farmers": the parser reads
 * the participle that describes the subject as the sentence's verb, with the noun as its subject, and hangs the real
 * verb on it as a bare dependent with no subject of its own. The graph is mended before any rule reads it: the
 * participle becomes a modifier of the noun (acl), the verb takes the participle's place and the noun as its subject,
 * with the words after it the parser had hung on the participle ("…, killing 11 soldiers and seizing vehicles"). A
 * participle with an auxiliary ("were backed by"), an object of its own, no subjectless finite verb after it, or
 * more than its own phrase between the two is left alone. Stateless.
 */
public final class ReducedRelatives {

  private ReducedRelatives() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (IndexedWord participle : new ArrayList<>(g.vertexSet())) {
      if (!"VBN".equals(participle.tag()) || !RawGraphs.children(g, participle, "aux", "aux:pass", "obj").isEmpty()) {
        continue;
      }
      List<IndexedWord> subjects = RawGraphs.children(g, participle, "nsubj");
      IndexedWord verb = verbAfter(g, participle);
      if (subjects.size() != 1 || subjects.get(0).index() > participle.index() || verb == null) {
        continue;
      }
      IndexedWord noun = subjects.get(0);
      if (!onlyItsPhraseBetween(g, participle, verb)) {
        continue;
      }
      g.removeEdge(g.getEdge(participle, noun));
      g.removeEdge(g.getEdge(participle, verb));
      for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(participle))) {
        g.removeEdge(in);
        g.addEdge(in.getGovernor(), verb, in.getRelation(), in.getWeight(), in.isExtra());
      }
      for (SemanticGraphEdge out : new ArrayList<>(g.outgoingEdgeList(participle))) {
        if (out.getDependent().index() > verb.index()) {
          g.removeEdge(out);
          if (g.getEdge(verb, out.getDependent()) == null) {
            g.addEdge(verb, out.getDependent(), out.getRelation(), out.getWeight(), out.isExtra());
          }
        }
      }
      RawGraphs.replaceRoot(g, participle, verb);
      g.addEdge(noun, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, Double.NEGATIVE_INFINITY,
          false);
      g.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
      for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
        // "ambushed a convoy, killing 11 soldiers": the enhanced graph gives a conjunct its first verb's subject.
        IndexedWord conjunct = e.getDependent();
        if (e.getRelation().toString().startsWith("conj")
            && RawGraphs.children(g, conjunct, "nsubj", "nsubj:pass").isEmpty()) {
          g.addEdge(conjunct, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY,
              true);
        }
      }
      changed = true;
    }
    return changed;
  }

  /**
   * Whether only the participle's own phrase ("backed by Rwanda") stands between it and the verb: in "the men returned
   * by Poland were "patriots" and accused Warsaw" a predicate and a conjunction do, and the verb is another's.
   */
  private static boolean onlyItsPhraseBetween(SemanticGraph g, IndexedWord participle, IndexedWord verb) {
    Set<IndexedWord> phrase = new HashSet<>();
    Deque<IndexedWord> todo = new ArrayDeque<>(List.of(participle));
    while (!todo.isEmpty()) {
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(todo.pop())) {
        String r = e.getRelation().toString();
        if (!r.equals("dep") && !r.startsWith("conj") && !r.equals("cc") && phrase.add(e.getDependent())) {
          todo.push(e.getDependent());
        }
      }
    }
    for (IndexedWord w : g.vertexSet()) {
      if (w.index() > participle.index() && w.index() < verb.index() && !phrase.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The first finite verb with no subject that the parser hangs on {@code participle} as a bare dependent after it. */
  private static IndexedWord verbAfter(SemanticGraph g, IndexedWord participle) {
    IndexedWord first = null;
    for (IndexedWord d : RawGraphs.children(g, participle, "dep")) {
      boolean subjectless = RawGraphs.children(g, d, "nsubj", "nsubj:pass").isEmpty();
      if (d.index() > participle.index() && RawGraphs.finite(d) && subjectless
          && (first == null || d.index() < first.index())) {
        first = d;
      }
    }
    return first;
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * "Netanyahu said Israel would strike Hezbollah", "Lavrov said Moscow would keep backing Damascus": without "that",
 * the parser may read "Netanyahu said Israel" as the subject clause of the reported verb, the reported subject as
 * the object of "said". The graph is mended before any rule reads it: when a verb of saying ({@code
 * speech-verbs.tsv}) with a subject of its own is the clausal subject of a verb that has a modal or is finite, and
 * its object is a name standing between the two, the reported verb becomes the complement of the verb of saying
 * and the name its subject (and the controlled subject of the verbs it governs: "would keep backing"). The parser
 * may also hang the reported verb on "said" as a bare dependent ("said Israel was attacking Y", "said Iran should be
 * sanctioned"), mended the same way when only the verb's auxiliaries stand between the name and it. A speaker after a
 * quote read as the object of "said" becomes its subject ({@link #inverted}). Stateless.
 */
public final class SaidClauses {

  private SaidClauses() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
      String rel = e.getRelation().toString();
      boolean reversed = rel.equals("csubj");
      if (!reversed && !rel.equals("dep")) {
        continue;
      }
      // "said Israel would strike" read as the clausal subject of "strike", or "said Israel was attacking" read
      // with the reported verb as a bare dependent of "said".
      IndexedWord verb = reversed ? e.getGovernor() : e.getDependent();
      IndexedWord said = reversed ? e.getDependent() : e.getGovernor();
      IndexedWord name = reversed ? misreadSubject(g, verb, said, lex) : misreadObject(g, verb, said, lex);
      if (name == null) {
        continue;
      }
      g.removeEdge(e);
      g.removeEdge(g.getEdge(said, name));
      g.addEdge(said, verb, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
      g.addEdge(verb, name, RawGraphs.children(g, verb, "aux:pass").isEmpty()
          ? UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT
          : UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT, Double.NEGATIVE_INFINITY, false);
      for (IndexedWord x : RawGraphs.children(g, verb, "xcomp")) {
        if (RawGraphs.children(g, x, "nsubj").isEmpty()) {
          g.addEdge(x, name, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
              Double.NEGATIVE_INFINITY, true);
        }
      }
      RawGraphs.replaceRoot(g, verb, said);
      changed = true;
    }
    return inverted(g, lex) || changed;
  }

  /**
   * '"We condemn Y's strikes," said Egypt's foreign minister': after a quote, the parser may read the speaker that
   * follows the verb of saying as its object. A verb of saying with no subject, a clause before it and one object after
   * it takes that object as its subject; so does one whose subject is a noun inside the quote ('"Only Moscow gains
   * from this," said X'), which becomes what was said.
   */
  private static boolean inverted(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (IndexedWord said : new ArrayList<>(g.vertexSet())) {
      List<IndexedWord> objects = RawGraphs.children(g, said, "obj");
      List<IndexedWord> subjects = RawGraphs.children(g, said, "nsubj");
      IndexedWord quoted = subjects.size() == 1 && quoted(g, subjects.get(0), said) ? subjects.get(0) : null;
      if (!saying(said, lex) || !subjects.isEmpty() && quoted == null || objects.size() != 1
          || objects.get(0).index() < said.index()) {
        continue;
      }
      List<IndexedWord> clauses = new ArrayList<>(RawGraphs.children(g, said, "ccomp"));
      clauses.addAll(RawGraphs.children(g, said, "parataxis"));
      if (quoted != null) {
        // '"Only Moscow gains from this," said X': the quote's noun read as the subject is what was said.
        g.removeEdge(g.getEdge(said, quoted));
        g.addEdge(said, quoted, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY,
            false);
      } else if (clauses.stream().noneMatch(c -> c.index() < said.index())) {
        continue;
      }
      IndexedWord speaker = objects.get(0);
      g.removeEdge(g.getEdge(said, speaker));
      g.addEdge(said, speaker, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
      changed = true;
    }
    return changed;
  }

  /**
   * Whether {@code noun} is inside a quotation that closes right before the verb of saying ('"…," said X'), not a
   * subject that a quoted phrase merely follows ('X said she was "disappointed" and accused Y').
   */
  private static boolean quoted(SemanticGraph g, IndexedWord noun, IndexedWord said) {
    java.util.Map<Integer, String> tags = new java.util.HashMap<>();
    g.vertexSet().forEach(w -> tags.put(w.index(), w.tag()));
    int opening = -1;
    for (int k = 1; k < noun.index(); k++) {
      opening = "``".equals(tags.get(k)) ? k : "''".equals(tags.get(k)) ? -1 : opening;
    }
    return opening > 0 && "''".equals(tags.get(said.index() - 1));
  }

  /** The name misread as the object of {@code said}, or null when the reading is not the misread one. */
  private static IndexedWord misreadSubject(SemanticGraph g, IndexedWord verb, IndexedWord said, EnglishLexicon lex) {
    if (!speaks(said, g, lex) || !RawGraphs.children(g, verb, "nsubj").isEmpty()) {
      return null;
    }
    boolean modal = RawGraphs.children(g, verb, "aux").stream()
        .anyMatch(a -> "MD".equals(a.tag()));
    if (!modal && !RawGraphs.finite(verb)) {
      return null;
    }
    List<IndexedWord> objects = RawGraphs.children(g, said, "obj");
    if (objects.size() != 1) {
      return null;
    }
    IndexedWord name = objects.get(0);
    return tag(name).startsWith("NNP") && said.index() < name.index() && name.index() < verb.index() ? name : null;
  }

  /**
   * The name misread as the object of {@code said} when the reported verb hangs on it as a bare dependent: a speech
   * verb's single object, a name, and only the reported verb's auxiliaries between it and the verb, one of them a
   * modal or in a tense ("said Israel was attacking", "said Iran should be sanctioned"), and the quote mark that
   * opens the reported words ("said Tokyo was "relying on …""). A bare dependent elsewhere is some other misreading,
   * left as it is.
   */
  private static IndexedWord misreadObject(SemanticGraph g, IndexedWord verb, IndexedWord said, EnglishLexicon lex) {
    List<IndexedWord> objects = RawGraphs.children(g, said, "obj");
    if (!speaks(said, g, lex) || !RawGraphs.children(g, verb, "nsubj", "nsubj:pass").isEmpty()
        || objects.size() != 1 || !tag(objects.get(0)).startsWith("NNP")) {
      return null;
    }
    IndexedWord name = objects.get(0);
    List<IndexedWord> aux = new ArrayList<>(RawGraphs.children(g, verb, "aux"));
    aux.addAll(RawGraphs.children(g, verb, "aux:pass"));
    // "said Tokyo was "relying on …"": a quote that opens before the reported verb stands between too.
    List<IndexedWord> gap = new ArrayList<>(aux);
    RawGraphs.children(g, verb, "punct").stream().filter(q -> tag(q).equals("``")).forEach(gap::add);
    boolean between = gap.size() == verb.index() - name.index() - 1
        && gap.stream().allMatch(a -> a.index() > name.index() && a.index() < verb.index());
    boolean tensed = aux.stream().anyMatch(a -> List.of("MD", "VBD", "VBZ", "VBP").contains(tag(a)));
    return said.index() < name.index() && !aux.isEmpty() && between && tensed ? name : null;
  }

  private static String tag(IndexedWord w) {
    return w.tag() == null ? "" : w.tag();
  }

  private static boolean speaks(IndexedWord said, SemanticGraph g, EnglishLexicon lex) {
    return saying(said, lex) && !RawGraphs.children(g, said, "nsubj").isEmpty();
  }

  /** Whether the word is a verb of saying ({@code speech-verbs.tsv}), whatever its subject. */
  static boolean saying(IndexedWord w, EnglishLexicon lex) {
    return tag(w).startsWith("VB") && lex.speechVerbs.containsKey(RawGraphs.lemma(w));
  }

}

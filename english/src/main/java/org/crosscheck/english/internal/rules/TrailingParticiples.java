package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;

/**
 * "The EU signed the deal, angering farmers who …", "Police fired tear gas, wounding protesters": a participle after
 * the comma that ends a clause tells what the clause's deed did. The parser may read the participle as an adjective of
 * the noun after it and that noun as the verb's second object ("signed the deal … farmers"), so that the verb's
 * stance reaches whom its deed only affected, and the participle joins the noun's name ("angering farmers"). The
 * graph is mended before any rule reads it: the participle becomes the verb's adverbial and the noun its object. Only
 * where the participle opens the noun's phrase, and the verb has an object of its own before the comma or the
 * participle is one of stance after a clause with no other comma ("rallied in Warsaw, accusing Donald Tusk of …").
 * <p>The parser may also hang such a participle on the noun before the comma as its adjectival clause ("admitted
 * Ethiopia as its ninth member, overriding objections from Somalia"), so that the noun seems to do the deed. A
 * present participle of stance after a comma that runs to the end of the sentence and hangs on an argument of a verb
 * is mended into that verb's adverbial: the clause's subject does it ({@link #repairHung}). A past participle ("as a member, backed by Kenya")
 * describes its noun and stays. Stateless.
 */
public final class TrailingParticiples {

  private TrailingParticiples() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    return repair(g, null);
  }

  /**
   * Mends {@code g} in place, also after a verb with no object of its own when the participle is one of stance
   * ({@code lex}): "protesters gathered outside parliament, accusing Tusk of …" has the parser make Tusk the object of
   * "gathered"; a comma between the verb and the participle's own comma ("praised, above all, leading figures") is a
   * parenthesis, and the noun stays the verb's. Returns whether anything changed.
   */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge o : new ArrayList<>(g.edgeListSorted())) {
      if (!o.getRelation().toString().equals("obj")) {
        continue;
      }
      IndexedWord verb = o.getGovernor();
      IndexedWord noun = o.getDependent();
      IndexedWord participle = opening(g, noun);
      if (participle == null || !comma(g, participle.index() - 1) || !earlierObject(g, verb, participle)
          && !(lex != null && cue(lex, participle) && noCommaBetween(g, verb, participle))) {
        continue;
      }
      g.removeEdge(o);
      g.removeEdge(g.getEdge(noun, participle));
      g.addEdge(verb, participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY,
          false);
      g.addEdge(participle, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
      changed = true;
    }
    return changed;
  }

  /**
   * Mends in {@code g} a stance participle the parser hung on an argument of a verb into that verb's adverbial;
   * returns whether anything changed.
   */
  public static boolean repairHung(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge a : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord participle = a.getDependent();
      IndexedWord noun = a.getGovernor();
      if (!a.getRelation().toString().equals("acl") || !"VBG".equals(participle.tag())
          || !comma(g, participle.index() - 1) || !last(g, participle) || !cue(lex, participle)) {
        continue;
      }
      SemanticGraphEdge up = g.incomingEdgeList(noun).stream()
          .filter(e -> e.getGovernor().tag() != null && e.getGovernor().tag().startsWith("VB"))
          .findFirst().orElse(null);
      if (up == null) {
        continue;
      }
      g.removeEdge(a);
      g.addEdge(up.getGovernor(), participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER,
          Double.NEGATIVE_INFINITY, false);
      changed = true;
    }
    return changed;
  }

  /**
   * Mends in {@code g} a participle that follows a speech verb set as an aside after the clause ("Soldiers shelled the
   * village, Amnesty said, accusing the army of …", "…, the group said, calling it …"): the parser hangs it on the
   * clause's verb, whose subject did not speak; it is the speaker's, and becomes the speech verb's adverbial. Only
   * right after the speech verb and its comma, the speech verb with a subject of its own. Returns whether anything
   * changed.
   */
  public static boolean repairAttributed(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge a : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord participle = a.getDependent();
      IndexedWord verb = a.getGovernor();
      String rel = a.getRelation().toString();
      if (!"VBG".equals(participle.tag()) || !(rel.equals("dep") || rel.startsWith("advcl"))
          || !comma(g, participle.index() - 1)) {
        continue;
      }
      IndexedWord speech = g.getNodeByIndexSafe(participle.index() - 2);
      SemanticGraphEdge aside = speech == null ? null : g.getEdge(verb, speech);
      String lemma = speech == null || speech.lemma() == null ? "" : speech.lemma().toLowerCase(java.util.Locale.ROOT);
      if (aside == null || !aside.getRelation().toString().matches("parataxis|dep") || !lex.speechVerbs.containsKey(lemma)
          || g.outgoingEdgeList(speech).stream().noneMatch(e -> e.getRelation().toString().equals("nsubj"))) {
        continue;
      }
      g.removeEdge(a);
      g.addEdge(speech, participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER,
          Double.NEGATIVE_INFINITY, false);
      changed = true;
    }
    return changed;
  }

  /**
   * Whether the participle is a verb of stance ({@code stance-verbs.tsv} or the CAMEO verbs): only its holder is at
   * stake; a participle of no stance ("acting on an application by Y") stays where the parser put it, so that the
   * actors it names stay out of the verb's clause.
   */
  private static boolean cue(EnglishLexicon lex, IndexedWord participle) {
    String lemma = (participle.lemma() != null ? participle.lemma() : participle.word()).toLowerCase(
        java.util.Locale.ROOT);
    return lex.stanceVerbs.containsKey(lemma) || lex.events.cue(lemma);
  }

  /** Whether nothing but punctuation follows the participle's phrase: it closes the sentence. */
  private static boolean last(SemanticGraph g, IndexedWord participle) {
    int end = g.descendants(participle).stream().mapToInt(IndexedWord::index).max().orElse(participle.index());
    for (IndexedWord w : g.vertexListSorted()) {
      if (w.index() > end && w.tag() != null && !w.tag().equals(".") && !w.tag().equals("''")) {
        return false;
      }
    }
    return true;
  }

  /** The noun's "-ing" adjective before it, or null; right after a comma it opens the noun's phrase. */
  private static IndexedWord opening(SemanticGraph g, IndexedWord noun) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("amod") && "VBG".equals(d.tag()) && d.index() < noun.index()) {
        return d;
      }
    }
    return null;
  }

  private static boolean comma(SemanticGraph g, int index) {
    IndexedWord w = g.getNodeByIndexSafe(index);
    return w != null && ",".equals(w.word());
  }

  private static boolean noCommaBetween(SemanticGraph g, IndexedWord verb, IndexedWord participle) {
    for (int k = verb.index() + 1; k < participle.index() - 1; k++) {
      if (comma(g, k)) {
        return false;
      }
    }
    return verb.index() < participle.index();
  }

  private static boolean earlierObject(SemanticGraph g, IndexedWord verb, IndexedWord participle) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().equals("obj") && e.getDependent().index() < participle.index() - 1) {
        return true;
      }
    }
    return false;
  }
}

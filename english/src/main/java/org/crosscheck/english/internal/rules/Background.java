package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a claim looks back: a past year, "historically", "during the war", a named period ("the Gulf War") in a
 * time or manner modifier of the cue or of the words it depends on (up to the speech verb that reports it). Years inside the objects ("suspected
 * of blowing up a plane in 1988") do not date the claim. Stateless.
 */
final class Background {

  private Background() {}

  static boolean looksBack(Graph g, IndexedWord w, SpeechFrames.Frame frame) {
    Set<String> time = g.lex.relations(EnglishLexicon.RelationClass.TIME);
    for (IndexedWord x : Clauses.predication(g, w, frame)) {
      if (frame != null && x.equals(frame.verb)) {
        break;
      }
      for (SemanticGraphEdge e : g.g.outgoingEdgeList(x)) {
        String r = Graph.rel(e);
        if (!(r.startsWith("obl") || r.startsWith("advmod") || r.startsWith("nmod:tmod") || r.startsWith("advcl")
            || time.contains(r))) {
          continue;
        }
        Set<Integer> sub = new HashSet<>();
        g.subtree(e.getDependent(), sub, 0);
        String text = words(g, sub);
        for (String phrase : g.lex.background(EnglishLexicon.BackgroundClass.HISTORY)) {
          if (text.contains(" " + phrase + " ")) {
            return true;
          }
        }
        for (int i : sub) {
          if (g.ctx.isPastYear(g.toks.get(i).word()) || era(g, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A named period: "the Gulf War", "the Syrian Civil War" (an ERA noun written with a capital, not first). */
  private static boolean era(Graph g, int i) {
    String w = g.toks.get(i).word();
    return i > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
        && g.lex.background(EnglishLexicon.BackgroundClass.ERA).contains(w.toLowerCase(Locale.ROOT));
  }

  /** The words of {@code idx} in sentence order, lower case, space-separated and space-padded. */
  private static String words(Graph g, Set<Integer> idx) {
    StringBuilder b = new StringBuilder(" ");
    for (int i = 0; i < g.size(); i++) {
      if (idx.contains(i)) {
        b.append(g.toks.get(i).word()).append(' ');
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}

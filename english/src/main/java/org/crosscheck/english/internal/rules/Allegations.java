package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Map;

/**
 * What an allegation says is its voice's word, not the narrator's: in "India rejected Pakistan's accusation that it
 * had backed the militants" nobody reports India backing them but Pakistan, and India denies it. A noun of allegation
 * ({@code allegations.tsv}, NOUN: accusation, claim, report) with a clause ("that …") opens a frame over it, voiced
 * by whoever the noun's possessor or "by" phrase names ("Pakistan's accusation"), else by an unnamed voice ("reports
 * that …"). When the noun is the object of a verb that rejects it (REJECT: reject, dismiss, refute), the frame is
 * that verb's, voiced by its subject, and reads as a denial ({@link Negation#denied}): support the subject denies of itself
 * is its own word against it, as with "denied claims that …". A verb of saying already frames its object's clause
 * ("denied reports that …"). Stateless.
 */
final class Allegations {

  private Allegations() {}

  /** Adds a frame for each allegation's clause not already inside a speech verb's frame for it. */
  static void frames(Graph g, Map<Integer, SpeechFrames.Frame> frames) {
    for (int i = 0; i < g.size(); i++) {
      IndexedWord n = g.node(i);
      if (n == null || !g.pos(n).startsWith("NN")
          || g.lex.allegations.get(g.lemmaOf(n)) != EnglishLexicon.AllegationClass.NOUN) {
        continue;
      }
      List<IndexedWord> clauses = g.children(n, "ccomp", "acl:that");
      IndexedWord v = g.parent(n);
      if (clauses.isEmpty() || v != null && frames.containsKey(g.idx(v))) {
        continue;
      }
      boolean rejected = v != null && g.relToParent(n).equals("obj") && rejects(g, v);
      SpeechFrames.Frame f = new SpeechFrames.Frame(rejected ? v : n);
      List<IndexedWord> voice = rejected ? g.children(v, "nsubj") : g.children(n, "nmod:poss", "nmod:by");
      if (voice.isEmpty()) {
        f.unnamed = true;
      } else {
        Speakers.set(g, f, voice.get(0));
      }
      clauses.forEach(c -> g.collect(c, f.content, 0));
      frames.put(-1000 - i, f);
    }
  }

  /** Whether {@code v} is a verb rejecting what its object alleges. */
  static boolean rejects(Graph g, IndexedWord v) {
    return g.pos(v).startsWith("VB") && g.lex.allegations.get(g.lemmaOf(v)) == EnglishLexicon.AllegationClass.REJECT;
  }
}

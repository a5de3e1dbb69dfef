package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * An attribution after a comma ("Israeli jets struck Hezbollah positions, the army said", "X has long supported the
 * Taliban, a US general said"): the parser often hangs the speech verb on the reported verb and takes the reported
 * verb's object for the speech verb's subject, the real speaker then a second subject or an apposition. The object
 * is the reported verb's; the speaker is the other noun; the reported clause is what is said. Stateless.
 */
final class TrailingAttributions {

  private TrailingAttributions() {}

  /** The object of {@code verb} the parser made the subject of a trailing speech verb, or null. */
  static IndexedWord object(Graph g, IndexedWord verb) {
    if (!g.pos(verb).startsWith("VB") || !g.children(verb, "obj").isEmpty()) {
      return null;
    }
    for (IndexedWord s : g.children(verb, "ccomp", "parataxis")) {
      IndexedWord z = misread(g, verb, s);
      if (z != null) {
        return z;
      }
    }
    return null;
  }

  /** The verb whose clause a trailing speech verb reports, or null when it is no trailing attribution. */
  static IndexedWord reported(Graph g, IndexedWord speech) {
    IndexedWord v = g.parent(speech);
    String r = g.relToParent(speech);
    if (v == null || !(r.equals("ccomp") || r.equals("parataxis")) || !g.pos(v).startsWith("VB")
        || !g.pos(speech).matches("VB[DPZ]") || g.idx(speech) < g.idx(v)) {
      return null;
    }
    List<IndexedWord> subj = g.children(speech, "nsubj");
    return !subj.isEmpty() && g.idx(subj.get(0)) > g.idx(v) && comma(g, start(g, subj.get(0)) - 1) ? v : null;
  }

  /**
   * Whether a verb of report, complaint or accusation the tagger took for a participle is the past tense of a trailing
   * attribution ("…, a rights group charged"): it hangs on the clause before it and has a subject of its own after a
   * comma, which a passive with its auxiliary left out ("two aid workers freed in Mali") never has.
   */
  static boolean mistaggedReport(Graph g, IndexedWord w) {
    IndexedWord v = g.parent(w);
    String r = g.relToParent(w);
    if (v == null || !g.pos(w).equals("VBN") || !(r.equals("parataxis") || r.equals("ccomp") || r.equals("dep"))
        || !g.pos(v).startsWith("VB") || g.idx(w) < g.idx(v) || !report(g, w)) {
      return false;
    }
    List<IndexedWord> subj = g.children(w, "nsubj");
    return !subj.isEmpty() && g.idx(subj.get(0)) > g.idx(v) && comma(g, start(g, subj.get(0)) - 1);
  }

  /** The speaker of a trailing speech verb whose first subject is a misread object, or null. */
  static IndexedWord speaker(Graph g, IndexedWord speech) {
    IndexedWord v = g.parent(speech);
    IndexedWord z = v == null ? null : misread(g, v, speech);
    return z == null ? null : real(g, z, speech);
  }

  /** Whether the verb reports what another clause says: speech, complaint, or accusation with no one accused. */
  static boolean report(Graph g, IndexedWord w) {
    return g.isSpeech(w) || Complaints.complaint(g, w) || Complaints.alleging(g, w);
  }

  private static IndexedWord misread(Graph g, IndexedWord verb, IndexedWord speech) {
    if (!report(g, speech) || g.idx(speech) < g.idx(verb) || !g.pos(verb).startsWith("VB")
        || !g.children(verb, "obj").isEmpty()) {
      return null;
    }
    List<IndexedWord> subj = g.children(speech, "nsubj");
    if (subj.isEmpty()) {
      return null;
    }
    IndexedWord z = subj.get(0);
    int i = g.idx(z);
    return i > g.idx(verb) && i < g.idx(speech) && real(g, z, speech) != null ? z : null;
  }

  /** The speaker beside a misread object: a second subject of the speech verb after it, or its apposition. */
  private static IndexedWord real(Graph g, IndexedWord z, IndexedWord speech) {
    for (IndexedWord s : g.children(speech, "nsubj")) {
      if (g.idx(s) > g.idx(z) && g.idx(s) < g.idx(speech)) {
        return s;
      }
    }
    for (IndexedWord a : g.children(z, "appos")) {
      if (g.idx(a) > g.idx(z) && g.idx(a) < g.idx(speech)) {
        return a;
      }
    }
    return null;
  }

  /** The first token of a noun's phrase. */
  private static int start(Graph g, IndexedWord noun) {
    java.util.Set<Integer> words = new java.util.TreeSet<>();
    g.subtree(noun, words, 0);
    return words.stream().mapToInt(Integer::intValue).min().orElse(g.idx(noun));
  }

  private static boolean comma(Graph g, int i) {
    return i >= 0 && i < g.size() && g.toks.get(i).word().equals(",");
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Security forces are abusing protesters, Amnesty International charged": a verb of speech, complaint or accusation
 * after the clause it reports, with no subject of its own because the parser hung the name before it elsewhere (an
 * apposition of the clause's last noun, a loose dependent). Its speaker is the name or described group between the
 * comma and the verb. Stateless.
 */
final class FrontedReports {

  private FrontedReports() {}

  /** The tags a speaker's noun phrase may open with: a determiner, a name, an adjective, a noun, a possessive. */
  private static final java.util.Set<String> OPENERS = java.util.Set.of("DT", "NNP", "NNPS", "NN", "NNS", "JJ",
      "PRP$", "CD");

  /** The head of whoever speaks a subjectless report verb {@code w} after its clause, or null. */
  static IndexedWord speaker(Graph g, IndexedWord w) {
    String tag = g.pos(w);
    // A finite verb: "a teacher sentenced to death" after a comma is a participle describing the teacher.
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
        || !g.children(w, "nsubj", "nsubj:pass", "obl:agent", "obl:by").isEmpty()
        || !(g.isSpeech(w) || Complaints.complaint(g, w) || Complaints.alleging(g, w))) {
      return null;
    }
    int i = g.idx(w);
    int comma = -1;
    for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
      if (g.toks.get(k).word().equals(",")) {
        comma = k;
        break;
      }
    }
    if (comma < 1 || comma == i - 1) {
      return null;
    }
    IndexedWord head = g.node(i - 1);
    IndexedWord first = g.node(comma + 1);
    if (head == null || !g.pos(head).startsWith("NN") || first == null || !OPENERS.contains(g.pos(first))) {
      // "…, including a teacher sentenced …": a phrase opened by a preposition or a verb is no speaker.
      return null;
    }
    for (int k = comma + 1; k < i - 1; k++) {
      // The words between are one noun phrase ending in its head: nothing of them hangs outside it.
      IndexedWord x = g.node(k);
      if (x == null || !inside(g, x, head, comma)) {
        return null;
      }
    }
    return g.mentionOf(head) != null || CommonNouns.at(g, head) != null ? head : null;
  }

  private static boolean inside(Graph g, IndexedWord x, IndexedWord head, int comma) {
    IndexedWord cur = x;
    for (int d = 0; cur != null && d < 6; d++) {
      if (cur.equals(head)) {
        return true;
      }
      if (g.idx(cur) <= comma) {
        return false;
      }
      cur = g.parent(cur);
    }
    return false;
  }
}

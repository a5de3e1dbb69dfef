package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

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
    IndexedWord described = described(g, w);
    if (described != null) {
      return described;
    }
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

  /**
   * The speaker the parser made a second object of the reported clause's verb, the report verb then a participle
   * describing it: "Egyptian soldiers shot two smugglers, a rights group charged on Monday". Only when the verb
   * already has its own object before the comma and the participle says no more than when (WHEN in {@code
   * relations.tsv}): "jailed two protesters, a student charged last week" sets the student beside the protesters, and
   * "a man charged with murder" is whom the charge befalls. Null otherwise.
   */
  static IndexedWord described(Graph g, IndexedWord w) {
    IndexedWord noun = g.parent(w);
    IndexedWord verb = noun == null ? null : g.parent(noun);
    if (verb == null || !g.pos(w).equals("VBN") || !g.relToParent(w).equals("acl")
        || !g.relToParent(noun).equals("obj") || !g.pos(verb).startsWith("VB") || !TrailingAttributions.report(g, w)
        || g.children(verb, "obj").stream().noneMatch(o -> g.idx(o) < g.idx(noun))) {
      return null;
    }
    int start = g.idx(noun);
    for (IndexedWord m : g.children(noun, "det", "compound", "amod", "nummod")) {
      start = Math.min(start, g.idx(m));
    }
    if (start < 1 || !g.toks.get(start - 1).word().equals(",")) {
      return null;
    }
    java.util.Set<String> when = g.lex.relations(EnglishLexicon.RelationClass.WHEN);
    for (SemanticGraphEdge e : g.g.outgoingEdgeList(w)) {
      if (!Graph.rel(e).equals("punct") && !when.contains(Graph.rel(e))) {
        return null;
      }
    }
    return g.mentionOf(noun) != null || CommonNouns.at(g, noun) != null ? noun : null;
  }

  /** Whether the noun is a speaker the parser made a second object of the clause it reports ({@link #described}). */
  static boolean speaks(Graph g, IndexedWord noun) {
    return g.children(noun, "acl").stream().anyMatch(w -> noun.equals(described(g, w)));
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

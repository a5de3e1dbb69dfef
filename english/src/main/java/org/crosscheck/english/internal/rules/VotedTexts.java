package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.spi.ActorSpan;

/**
 * A vote ({@code voting-verbs.tsv}) is cast for or against an actor named as its object ("voted for X", "voted in
 * favour of X", "voted against X") or a text put to the vote ({@code vote-documents.tsv}), and then it is toward the
 * text's author, named by a possessor, a demonym, a compound, a hyphen or a "by" agent ("voted for the resolution
 * drafted by X", "the X-sponsored text", "X's draft"). It is toward no one the text names or that what is voted on
 * concerns: "voted against the resolution condemning Y" opposes no Y, "voted for a ban on Z imports" backs no Z,
 * "voted for Y's expulsion" backs no Y. The text's own stance is not the voter's when the vote is against it
 * ({@link #against}), nor when the text is blocked ("vetoed a resolution condemning Y"). Stateless.
 */
final class VotedTexts {

  /** Links from a text to whoever wrote or put it forward. */
  private static final Set<String> AUTHOR_LINKS = Set.of("nmod:poss", "amod", "compound", "dep", "obl", "obl:by",
      "obl:agent", "acl");

  private VotedTexts() {}

  /** Whether {@code w} is a verb of voting. */
  static boolean votes(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("VB") && g.lex.votingVerbs.contains(g.lemmaOf(w).toLowerCase(Locale.ROOT));
  }

  /** Whether the vote {@code vote} is cast for or against {@code t}, directly or as the author of a voted text. */
  static boolean castFor(Graph g, IndexedWord vote, ActorSpan t) {
    List<String> rels = new ArrayList<>();
    List<IndexedWord> nodes = new ArrayList<>();
    IndexedWord cur = g.node(t.last());
    for (int d = 0; cur != null && d < 8 && !cur.equals(vote); d++) {
      rels.add(g.relToParent(cur));
      cur = g.parent(cur);
      nodes.add(cur);
    }
    if (cur == null || !cur.equals(vote) || rels.isEmpty()) {
      return false;
    }
    // The text nearest the vote: below it the path must name its author, above it only carry the vote to it.
    int text = -1;
    for (int i = nodes.size() - 2; i >= 0; i--) {
      if (g.lex.voteDocuments.contains(g.lemmaOf(nodes.get(i)).toLowerCase(Locale.ROOT))) {
        text = i;
        break;
      }
    }
    for (int i = 0; i < rels.size(); i++) {
      String r = rels.get(i);
      boolean ok = i <= text ? authorLink(rels, i) : r.startsWith("obl") || r.equals("nmod:of") || r.startsWith("conj")
          // "voted down X"; an object deeper down is another verb's, whose own cue speaks ("voted for arming X").
          || r.equals("obj") && i == rels.size() - 1;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the vote {@code vote} is cast for a deed, not a party or a text: "voted for arming Y", also when the
   * parser reads the gerund as the name's adjective ("voted for supporting Y", {@link GerundObjects}). The deed's own
   * cue says the stance; the vote adds none.
   */
  static boolean forDeed(Graph g, IndexedWord vote) {
    for (IndexedWord c : g.children(vote, "obl", "obl:", "advcl", "advcl:")) {
      if (g.pos(c).equals("VBG")
          || g.children(c, "amod").stream().anyMatch(a -> GerundObjects.object(g, a) != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code t} names an author of the text {@code text}: its possessor, a hyphen or compound before it, or the
   * "by" agent of a clause on it ("the government's bill", "the French-drafted text", "the bill submitted by X").
   */
  static boolean writtenBy(Graph g, ActorSpan t, IndexedWord text) {
    List<String> rels = new ArrayList<>();
    IndexedWord cur = g.node(t.last());
    for (int d = 0; cur != null && d < 6 && !cur.equals(text); d++) {
      rels.add(g.relToParent(cur));
      cur = g.parent(cur);
    }
    if (cur == null || !cur.equals(text) || rels.isEmpty()) {
      return false;
    }
    for (int i = 0; i < rels.size(); i++) {
      if (!authorLink(rels, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the {@code i}th link of a path up to a text keeps to its author. */
  private static boolean authorLink(List<String> rels, int i) {
    String r = rels.get(i);
    return AUTHOR_LINKS.contains(r) && (!r.equals("acl") || authorClause(rels, i)) || r.startsWith("conj");
  }

  /** "the text drafted by X": a clause on the text names its author only through its "by" agent. */
  private static boolean authorClause(List<String> rels, int acl) {
    return acl > 0 && (rels.get(acl - 1).equals("obl:by") || rels.get(acl - 1).equals("obl:agent"));
  }

  /**
   * Whether the clause below {@code cur}, hung on it by {@code rel}, is a text voted against ("voted against the
   * resolution condemning Y"): its stance is the text's, which the voter refuses, so no holder is found above it.
   */
  static boolean against(Graph g, IndexedWord cur, String rel, IndexedWord governor) {
    return rel.equals("obl:against") && votes(g, governor)
        && g.lex.voteDocuments.contains(g.lemmaOf(cur).toLowerCase(Locale.ROOT)) || refused(g, cur, rel, governor);
  }

  /**
   * Whether {@code cur} is a text (a text voted on or issued) that the verb {@code governor} stops ({@code
   * blocking-verbs.tsv}): "Hungary blocked an EU statement criticising China" is no criticism of Hungary's; the text's
   * stance is its authors'.
   */
  private static boolean refused(Graph g, IndexedWord cur, String rel, IndexedWord governor) {
    String text = g.lemmaOf(cur).toLowerCase(Locale.ROOT);
    return (rel.equals("obj") || rel.equals("nsubj:pass")) && g.pos(governor).startsWith("VB")
        && g.lex.blockingVerbs.contains(g.lemmaOf(governor).toLowerCase(Locale.ROOT))
        && (g.lex.voteDocuments.contains(text) || g.lex.issuedTexts.contains(text));
  }
}

package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.spi.Token;

/**
 * "France, which hosts a large diaspora, condemned Y": the parser often reads a relative clause set off by commas
 * after a sentence's first name as the sentence, and leaves the name without its verb (no stance, or a stance of
 * the clause's words). When the name at the start is no verb's subject after the aside, the sentence is parsed
 * again without the aside ({@link #aside}) and the rules read that parse; the aside's own words then have no node,
 * as a dateline's have none. Stateless.
 */
public final class RelativeAsides {

  private static final Set<String> RELATIVE = Set.of("which", "who", "whose");
  private static final int NAME_REACH = 6;
  private static final int ASIDE_REACH = 25;

  private RelativeAsides() {}

  /**
   * The tokens {@code {from, to}} of the aside, its commas included, when the sentence starts with a name (a proper
   * noun within its first words, no verb), a comma and "which", "who" or "whose", and a later comma is followed by a
   * verb in a tense; null otherwise.
   */
  public static int[] aside(List<Token> toks) {
    int open = -1;
    boolean name = false;
    for (int i = 0; i < Math.min(toks.size(), NAME_REACH + 1); i++) {
      String tag = toks.get(i).tag();
      if (tag.equals(",")) {
        open = i;
        break;
      }
      if (tag.startsWith("VB") || tag.equals("MD")) {
        return null;
      }
      name |= tag.startsWith("NNP");
    }
    if (!name || open < 1 || open + 1 >= toks.size()
        || !RELATIVE.contains(toks.get(open + 1).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int c = open + 3; c + 1 < toks.size() && c <= open + ASIDE_REACH; c++) {
      if (toks.get(c).tag().equals(",")) {
        String next = toks.get(c + 1).tag();
        // The tagger misled by the aside may take a past tense for a participle ("…, condemned Y").
        return next.equals("VBD") || next.equals("VBN") || next.equals("VBZ") || next.equals("VBP")
            || next.equals("MD") ? new int[] {open, c} : null;
      }
    }
    return null;
  }

  /** Whether a word before the aside is the subject of a verb after it: the parse needs no second try. */
  public static boolean parsedWell(SemanticGraph g, int[] aside) {
    for (SemanticGraphEdge e : g.edgeIterable()) {
      String rel = e.getRelation().toString();
      int dependent = e.getDependent().index() - 1;
      int governor = e.getGovernor().index() - 1;
      if (rel.startsWith("nsubj") && dependent < aside[0] && governor > aside[1]) {
        return true;
      }
    }
    return false;
  }
}

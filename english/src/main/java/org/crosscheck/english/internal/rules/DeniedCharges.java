package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * "Rwanda accused Burundi of harbouring rebels, a charge Burundi has denied": an allegation noun ({@code
 * allegations.tsv}, NOUN) set after a comma sums up the charge laid before it, and the verb that rejects it (REJECT)
 * right after the noun's own subject sets that subject against whoever laid the charge: the holder of the last verb
 * of accusation, complaint or saying before the comma ("X said Y was backed by Z, an allegation Z rejected"). The
 * parser hangs such a phrase anywhere (the noun as the verb's subject, an apposition, a loose dependent, a relative
 * clause's antecedent), so it is found by its words: comma, determiner, noun, an optional "that" or "which", a short
 * subject, auxiliaries and adverbs, the verb. Stateless.
 */
final class DeniedCharges {

  /** The most words a denier's name may take ("the ruling party's spokesman" is none of these). */
  private static final int SUBJECT_WORDS = 4;

  private DeniedCharges() {}

  /** The allegation noun the rejecting verb {@code v} takes after a comma, or null. */
  static IndexedWord charge(Graph g, IndexedWord v) {
    int end = subjectEnd(g, v);
    if (end < 0) {
      return null;
    }
    for (int j = end - 1; j >= Math.max(1, end - SUBJECT_WORDS - 1); j--) {
      String tag = g.toks.get(j).tag();
      if (tag.startsWith("VB") || tag.equals(",")) {
        return null;
      }
      IndexedWord n = g.node(j);
      if (n != null && tag.startsWith("NN")
          && g.lex.allegations.get(g.lemmaOf(n)) == EnglishLexicon.AllegationClass.NOUN && afterComma(g, j)
          // "a charge that rejects the findings": the verb's own object is something else.
          && g.children(v, "obj").stream().allMatch(o -> o.equals(n))) {
        return n;
      }
    }
    return null;
  }

  /** The head of the subject between the allegation noun and the rejecting verb {@code v}, or null. */
  static IndexedWord denier(Graph g, IndexedWord v) {
    return charge(g, v) == null ? null : g.node(subjectEnd(g, v));
  }

  /**
   * Whoever laid the charge the verb {@code v} rejects: the holders of the last verb of accusation, complaint or
   * saying before the allegation noun, not the denier itself; empty when there is none.
   */
  static List<ActorSpan> accusers(Graph g, IndexedWord v, List<ActorSpan> deniers) {
    IndexedWord n = charge(g, v);
    if (n == null) {
      return List.of();
    }
    for (int k = g.idx(n) - 1; k >= 0; k--) {
      IndexedWord a = g.node(k);
      if (a != null && g.pos(a).startsWith("VB") && (g.governs(a, EnglishLexicon.GovernorClass.REASON)
          || g.governs(a, EnglishLexicon.GovernorClass.COMPLAINT) || g.lex.speechVerbs.containsKey(g.lemmaOf(a)))) {
        List<ActorSpan> out = new ArrayList<>(Holders.of(g, a, false, null));
        out.removeIf(h -> deniers.stream().anyMatch(d -> d.actor().id().equals(h.actor().id())));
        return out;
      }
    }
    return List.of();
  }

  /**
   * The last word of the subject before the verb {@code v}, past its auxiliaries and adverbs ("has repeatedly
   * denied"), or -1 when {@code v} rejects no charge.
   */
  private static int subjectEnd(Graph g, IndexedWord v) {
    if (!Allegations.rejects(g, v)) {
      return -1;
    }
    int k = g.idx(v) - 1;
    while (k > 0 && (g.toks.get(k).tag().startsWith("RB") || g.toks.get(k).tag().equals("MD")
        || g.node(k) != null && List.of("have", "do", "be").contains(g.lemmaOf(g.node(k))))) {
      k--;
    }
    String tag = g.toks.get(k).tag();
    return k > 0 && g.node(k) != null && (tag.startsWith("NN") || tag.equals("PRP")) ? k : -1;
  }

  /**
   * Whether the words before the noun at {@code j}, past a determiner and adjectives, are a comma. By the words, not by
   * the noun's dependents as {@link ReactionNouns} counts them: the parser often hangs the "a" of such a phrase on
   * another word, and a fifth of the denials would be lost.
   */
  private static boolean afterComma(Graph g, int j) {
    int k = j - 1;
    while (k > 0 && (g.toks.get(k).tag().equals("DT") || g.toks.get(k).tag().startsWith("JJ"))) {
      k--;
    }
    return k >= 0 && g.toks.get(k).word().equals(",");
  }
}

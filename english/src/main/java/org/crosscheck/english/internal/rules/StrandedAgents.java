package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * The "by" agent of a passive of judgement that the parser hangs inside the reason it gives, not on the verb: "Y was
 * accused of stealing funds by X" (the "by" phrase on the gerund), "Y was criticised for his handling of the talks by
 * X" (on the noun of the reason or its "of" phrase). Such an agent is who judges, and the passive's subject is whom.
 * <p>Read so only where the reason can have no agent of its own: an active gerund, whose doer is the passive subject
 * (not "accused of being paid by X", where X pays), and a noun of the reason owned by a possessive pronoun ("his
 * handling"), whose doer is thus named. A "by" phrase on a noun of an act in the reason stays that act's doer
 * ("accused of ignoring warnings by X", "of covering up killings by X": who accuses is unsaid). Stateless.
 */
final class StrandedAgents {

  private StrandedAgents() {}

  /** The noun of the judging agent stranded in the reason of the passive verb {@code w}, or null. */
  static IndexedWord agent(Graph g, IndexedWord w) {
    if (!g.pos(w).equals("VBN") || g.children(w, "nsubj:pass").isEmpty() || g.children(w, "aux:pass").isEmpty()
        || !g.children(w, "obl:agent", "obl:by").isEmpty() || !g.governs(w, EnglishLexicon.GovernorClass.REASON)) {
      return null;
    }
    for (IndexedWord reason : g.children(w, "advcl:of", "advcl:for", "obl:of", "obl:for")) {
      IndexedWord by = null;
      if (g.pos(reason).equals("VBG") && g.children(reason, "nsubj", "nsubj:pass").isEmpty()
          && g.children(reason, "obj").stream().noneMatch(o -> act(g, o))) {
        by = first(g.children(reason, "obl:by"));
      } else if (g.pos(reason).startsWith("NN") && ownedByPronoun(g, reason)) {
        by = first(g.children(reason, "nmod:by"));
        for (IndexedWord of : g.children(reason, "nmod:of")) {
          if (by == null && !act(g, of)) {
            by = first(g.children(of, "nmod:by"));
          }
        }
      }
      if (by != null) {
        return by;
      }
    }
    return null;
  }

  private static IndexedWord first(List<IndexedWord> ws) {
    return ws.isEmpty() ? null : ws.get(0);
  }

  /**
   * A noun of an act someone else may have done, whose "by" phrase is that act's doer: "accused of ignoring warnings
   * by X", "of covering up killings by X", "his handling of calls by X" (harm, stance and intention nouns).
   */
  private static boolean act(Graph g, IndexedWord noun) {
    String lemma = g.lemmaOf(noun);
    return g.lex.harmNouns.contains(lemma) || g.lex.stanceNouns.containsKey(lemma)
        || g.lex.intentions.containsKey(lemma);
  }

  /** "his handling", "their role": the doer of the reason is named, so a "by" phrase cannot be its agent. */
  private static boolean ownedByPronoun(Graph g, IndexedWord noun) {
    return g.children(noun, "nmod:poss").stream().anyMatch(p -> g.pos(p).equals("PRP$"));
  }
}

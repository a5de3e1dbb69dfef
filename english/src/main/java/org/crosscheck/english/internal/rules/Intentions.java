package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;

/**
 * An infinitive controlled by a noun of intention ({@code intention-nouns.tsv}: "decision", "plan", "bid") is the
 * act of whoever the noun belongs to: "Syria denounced the French decision to arm the rebels" has France arming
 * them, not Syria; "X made the decision to …", "X has no plan to …" have X (the noun's governing verb is a light
 * or owner verb); "X denounced the decision to arm Y" names nobody who arms. The parser hangs the infinitive either
 * on the noun ({@code acl}) or on the governing verb with the noun as controller ({@code nsubj:xsubj}). An
 * infinitive under a noun of asking ("Y's demand to end the alliance", ASKED) is what is asked of another
 * ({@link #asked}), which {@link Complements} keeps from being anybody's stance. Stateless.
 */
final class Intentions {

  private Intentions() {}

  /**
   * The words that name who acts in an infinitive a noun of intention controls (empty: nobody the sentence names),
   * or empty when no such noun controls it.
   */
  static Optional<List<IndexedWord>> owners(Graph g, IndexedWord infinitive) {
    IndexedWord noun = controller(g, infinitive, EnglishLexicon.IntentionClass.NOUN);
    if (noun == null) {
      return Optional.empty();
    }
    List<IndexedWord> own = Holders.ofNoun(g, noun);
    if (!own.isEmpty()) {
      return Optional.of(own);
    }
    IndexedWord v = g.parent(noun);
    if (v != null && g.relToParent(noun).equals("obj") && owner(g, v)) {
      return Optional.of(g.children(v, "nsubj", "nsubj:xsubj"));
    }
    return Optional.of(List.of());
  }

  /** Whether the infinitive is what a noun of asking asks of another ("Y's demand to end …", ASKED). */
  static boolean asked(Graph g, IndexedWord infinitive) {
    return controller(g, infinitive, EnglishLexicon.IntentionClass.ASKED) != null;
  }

  private static IndexedWord controller(Graph g, IndexedWord infinitive, EnglishLexicon.IntentionClass kind) {
    if (!g.pos(infinitive).equals("VB")) {
      return null;
    }
    for (IndexedWord s : g.children(infinitive, "nsubj:xsubj")) {
      if (intention(g, s, kind)) {
        return s;
      }
    }
    IndexedWord p = g.parent(infinitive);
    return p != null && g.relToParent(infinitive).startsWith("acl") && intention(g, p, kind) ? p : null;
  }

  private static boolean intention(Graph g, IndexedWord n, EnglishLexicon.IntentionClass kind) {
    return g.pos(n).startsWith("NN") && !g.pos(n).startsWith("NNP") && g.lex.intentions.get(g.lemmaOf(n)) == kind;
  }

  private static boolean owner(Graph g, IndexedWord v) {
    String l = g.lemmaOf(v);
    return g.lex.lightVerbs.contains(l) || g.lex.intentions.get(l) == EnglishLexicon.IntentionClass.OWNER_VERB;
  }
}

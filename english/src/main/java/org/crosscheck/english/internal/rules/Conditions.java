package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * A threat is aimed at whoever its condition names: "Hamas threatened to resume attacks unless Israel lifted the
 * blockade", "Iran vowed to close the strait if the United States attacked" (THREAT verbs in {@code governors.tsv};
 * the condition is a clause introduced by a CONDITION word of {@code modality.tsv}, on the verb or on the threatened
 * act). Used only when the threat names no target of its own. A passive condition names whom it befalls, not who must
 * act ("threatened sanctions unless Imran Khan is released" is no threat to him). Stateless.
 */
final class Conditions {

  private Conditions() {}

  /** The subjects of the conditions a threat sets, when they name actors other than its holders. */
  static List<ActorSpan> targets(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (!g.verbOf(w, EnglishLexicon.GovernorClass.THREAT)) {
      return List.of();
    }
    List<IndexedWord> acts = new ArrayList<>(List.of(w));
    acts.addAll(g.children(w, "xcomp", "ccomp"));
    List<IndexedWord> conditions = new ArrayList<>();
    for (IndexedWord act : acts) {
      for (IndexedWord clause : g.children(act, "advcl:")) {
        // "unless Imran Khan is released": whom the condition frees or lifts is undergoing it, not threatened.
        if (g.children(clause, "nsubj:pass").isEmpty() && g.children(clause, "mark").stream()
            .anyMatch(m -> g.lex.is(m.word(), EnglishLexicon.ModalityClass.CONDITION))) {
          conditions.add(clause);
        }
      }
    }
    return Targets.subjectsOf(g, conditions, holders);
  }
}

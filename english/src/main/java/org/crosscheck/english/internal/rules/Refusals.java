package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.Stance;

/**
 * A refusal of an act that names no stance of its own is an opposition toward the one the act would serve: "X
 * refused to answer a request by Y", "X refused to hand the suspects over to Y" (REFUSAL verbs in
 * {@code governors.tsv}). When the refused act is itself a cue ("refused to help Y") that cue, negated, speaks
 * instead; a refused speech act ("declined to comment"), attribution, disclosure or answer ("declined to attribute the
 * attacks to Y", "declined to respond to Y's remarks", {@code withheld-acts.tsv}) is no stance, unless what is
 * answered was asked ("refused to reply to a request from Y"). The cue needs a named target, like a
 * dictionary verb: a refusal of nothing in particular is no claim. Stateless.
 */
final class Refusals {

  private Refusals() {}

  /** The refusal cues of the sentence, given the cues found already. */
  static List<StanceCues.Cue> find(Graph g, List<StanceCues.Cue> cues) {
    Set<IndexedWord> heads = cues.stream().map(StanceCues.Cue::head).collect(Collectors.toSet());
    return g.g.vertexSet().stream()
        .filter(w -> g.pos(w).startsWith("VB")
            && g.governs(w, EnglishLexicon.GovernorClass.REFUSAL)
            && !heads.contains(w) && refusedAct(g, w, heads))
        .sorted((a, b) -> Integer.compare(a.index(), b.index()))
        .map(w -> new StanceCues.Cue(w, Stance.OPPOSE, StanceCues.text(g, w), false, true, g.lemmaOf(w)))
        .toList();
  }

  private static boolean refusedAct(Graph g, IndexedWord w, Set<IndexedWord> heads) {
    List<IndexedWord> acts = g.children(w, "xcomp");
    return !acts.isEmpty() && acts.stream().noneMatch(x -> heads.contains(x)
        || g.lex.speechVerbs.containsKey(g.lemmaOf(x)) || g.lex.withheldActs.contains(g.lemmaOf(x)) && !asked(g, x));
  }

  /**
   * Whether the act answers what was asked of its subject ("refused to reply to a request from Y", {@code
   * intention-nouns.tsv} ASKED): refusing that answer rejects the demand, where declining to respond to remarks or
   * questions only withholds words.
   */
  private static boolean asked(Graph g, IndexedWord act) {
    return g.children(act, "obj", "obl:to").stream()
        .anyMatch(o -> g.lex.intentions.get(g.lemmaOf(o)) == EnglishLexicon.IntentionClass.ASKED);
  }
}

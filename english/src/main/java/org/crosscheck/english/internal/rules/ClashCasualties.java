package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "Government forces and the SDF clashed on Wednesday, killing at least nine fighters": the dead a participle after a
 * fight between sides ({@code symmetric.tsv}: "clash", "fight") counts fell on either side, so the killing is no act
 * of either side against a group of its own. The fight itself is the stance between the sides. Only a participle of
 * force after a comma, whose object is a group the text describes ("fighters", "people"), not a named actor.
 * Stateless.
 */
final class ClashCasualties {

  private ClashCasualties() {}

  /** Whether the cue {@code w}, toward {@code target}, counts the casualties of a clash it follows. */
  static boolean counted(Graph g, IndexedWord w, ActorSpan target) {
    IndexedWord clash = g.parent(w);
    if (target == null || clash == null || !g.pos(w).equals("VBG") || g.idx(w) == 0
        || !g.toks.get(g.idx(w) - 1).word().equals(",") || !g.relToParent(w).matches("advcl.*|dep|xcomp")
        || !g.lex.symmetric.contains(g.lemmaOf(clash)) || !Doers.force(g, w)) {
      return false;
    }
    IndexedWord head = g.node(target.last());
    return head != null && g.mentionOf(head) == null && CommonNouns.at(g, head) != null;
  }
}

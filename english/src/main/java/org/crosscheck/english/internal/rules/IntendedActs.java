package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Map;
import org.crosscheck.Stance;

/**
 * "The Union agreed to suspend Y", "the cabinet decided to expel Y's envoy", "parliament voted to sanction Y": a cue
 * of support or intent whose infinitive is a cue of opposition says only what that infinitive does. The agreement
 * is to act against Y, so a second claim of support toward Y, reached through the infinitive's object, is one
 * nobody wrote. So does one whose infinitive takes no side ("Zambia and Malawi agreed to hold talks": a meeting,
 * not support of each other). A verb of refusal is no agreement ("refused to recognise Y" opposes by refusing,
 * {@link Refusals}), and an infinitive negated ("agreed not to attack Y") is support of a sort its own claim does not
 * say. An infinitive a noun of intention controls is not the holder's act ("backed a plan to strike Y", {@link
 * ProposedActs}): the backing is the only claim, and it opposes Y. Stateless.
 */
final class IntendedActs {

  private IntendedActs() {}

  /** Whether the verb cue {@code w} of {@code stance} yields to an opposing infinitive cue it governs, or to talks. */
  static boolean yields(Graph g, IndexedWord w, Stance stance, Map<IndexedWord, Stance> heads) {
    return stance == Stance.SUPPORT && g.pos(w).startsWith("VB")
        && !g.governs(w, EnglishLexicon.GovernorClass.REFUSAL)
        && g.children(w, "xcomp").stream()
            .anyMatch(x -> (heads.get(x) == Stance.OPPOSE || talks(g, w, x)) && !ProposedActs.proposed(g, w, x)
                && g.children(x, "advmod", "neg").stream()
                .noneMatch(n -> g.lex.is(n.word(), EnglishLexicon.ModalityClass.NEGATION)));
  }

  /**
   * Whether {@code w} agrees ({@code truces.tsv} ACT) to the infinitive {@code x} that holds talks ({@code
   * talk-nouns.tsv} as its object: "agreed to hold talks"); "supported efforts to convene talks" backs those efforts.
   */
  private static boolean talks(Graph g, IndexedWord w, IndexedWord x) {
    return g.lex.truces.get(g.lemmaOf(w)) == EnglishLexicon.TruceClass.ACT && g.children(x, "obj").stream()
        .anyMatch(o -> g.lex.talkNouns.contains(g.lemmaOf(o).toLowerCase(java.util.Locale.ROOT)));
  }
}

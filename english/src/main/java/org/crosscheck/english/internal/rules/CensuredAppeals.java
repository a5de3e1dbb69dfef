package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Map;
import org.crosscheck.Stance;

/**
 * "Condemned the launch while urging Pyongyang to return to talks", "deeply regretted the ruling and urged Uganda to
 * end military trials": an appeal joined by its own asker to a censure of a thing whose owner is not named ({@link
 * OwnerlessThings}) asks the one asked to mend what it did, and presses it: OPPOSE rather than a neutral call. Not an
 * attack or a harm censured ("condemned the attack and urged the government to deploy more troops"): its doer is most
 * often another, whom the government is asked to stop. Nor a censure not made, nor an appeal to two parties at once,
 * which is even-handed. Stateless.
 */
final class CensuredAppeals {

  private CensuredAppeals() {}

  /** The cue, opposing the one asked when it is an appeal joined to its asker's censure of a thing. */
  static StanceCues.Cue toned(Graph g, StanceCues.Cue cue, Map<IndexedWord, Stance> heads) {
    return cue.stance() == Stance.NEUTRAL && !cue.nominal() && censures(g, cue.head(), heads)
        ? new StanceCues.Cue(cue.head(), Stance.OPPOSE, cue.text(), false, cue.dictionary(), cue.key()) : cue;
  }

  /** Whether the appeal {@code w} is joined to its asker's censure ({@code heads}: the sentence's cues) of a thing. */
  private static boolean censures(Graph g, IndexedWord w, Map<IndexedWord, Stance> heads) {
    // "urged the two neighbours to cooperate": an even-handed call presses neither (AppealAddressees).
    if (AppealAddressees.asked(g, w).isEmpty() || !AppealAddressees.oneAsked(g, w)) {
      return false;
    }
    IndexedWord p = OwnerlessThings.joined(g, w);
    // "did not set a deadline, but urged Y to …": a censure not made.
    return p != null && heads.get(p) == Stance.OPPOSE && !Negation.negated(g, p, null)
        && OwnerlessThings.objectsOf(g, p)
        && g.children(p, "obj").stream().noneMatch(o -> g.attackNoun(o) || Victims.harm(g, o));
  }
}

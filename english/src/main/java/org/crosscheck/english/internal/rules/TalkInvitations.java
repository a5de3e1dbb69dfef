package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.Stance;

/**
 * "The council will invite the two parties to talks", "offered talks to Y": an invitation to talks ({@code
 * invitation-verbs.tsv}, with a noun of {@code talk-nouns.tsv} as its object, or its "to" or "for" phrase on the verb
 * or on the invited) calls them to a meeting,
 * which takes no side, so it is NEUTRAL toward them; "invited Y to join the bloc" keeps its support. Stateless.
 */
final class TalkInvitations {

  private TalkInvitations() {}

  /** The stance the cue {@code cue} takes, {@code stance} unless it invites to talks. */
  static Stance toward(Graph g, IndexedWord cue, Stance stance) {
    if (stance != Stance.SUPPORT || !g.pos(cue).startsWith("VB")
        || !g.lex.invitationVerbs.contains(g.lemmaOf(cue).toLowerCase(Locale.ROOT))) {
      return stance;
    }
    // "offered talks to Y": the talks offered are the verb's object.
    boolean talks = g.children(cue, "obl:to", "obl:for", "obj").stream().anyMatch(p -> talk(g, p))
        || g.children(cue, "obj").stream()
            .anyMatch(o -> g.children(o, "nmod:to", "nmod:for").stream().anyMatch(p -> talk(g, p)));
    return talks ? Stance.NEUTRAL : stance;
  }

  private static boolean talk(Graph g, IndexedWord w) {
    return g.lex.talkNouns.contains(g.lemmaOf(w).toLowerCase(Locale.ROOT));
  }
}

package org.crosscheck.arabic.internal.rules;

import org.crosscheck.spi.SentenceContext;

/**
 * Which sentences the rules read: those with a speech marker, a stance cue or a protest act among their words. A sentence with a
 * speech marker and no cue yields no claim but names the speaker that a later "وأضاف" continues, so it is read too;
 * a sentence with neither can change nothing. Stateless.
 */
public final class CandidateFilter {

  private CandidateFilter() {}

  /** Whether the sentence can yield a claim or a voice for later sentences. */
  public static boolean isCandidate(SentenceContext<ArabicSentence> ctx, ArabicLexicon lex) {
    ArabicSentence s = ctx.sentence();
    for (int i = 0; i < s.size(); i++) {
      if (lex.speech.containsKey(s.folded(i))) {
        return true;
      }
    }
    Reading r = new Reading(ctx, lex);
    for (int i = 0; i < s.size(); i++) {
      if (!r.hasMention(i) && (StanceCues.at(r, i).isPresent() || lex.protests.act(r, i) != null)) {
        return true;
      }
    }
    return false;
  }
}

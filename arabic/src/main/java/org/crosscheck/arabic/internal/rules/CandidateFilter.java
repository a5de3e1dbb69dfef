package org.crosscheck.arabic.internal.rules;

import org.crosscheck.spi.SentenceContext;

/**
 * Which sentences the rules read: those with a speech marker, a stance cue, a protest act, a noun of protesters, a
 * verb of organising a protest, a verb of agreeing or signing ({@link Agreements}) or a predicate of condemnation
 * ({@link Evaluations}) among their words. A sentence with a
 * speech marker and no cue yields no claim but names the speaker that a later "وأضاف" continues, so it is read too;
 * a sentence with neither can change nothing. Stateless.
 */
public final class CandidateFilter {

  private CandidateFilter() {}

  /**
   * Whether token {@code i} is a noun of protesters, whose every act is a protest ({@link ProtestActs}), or a verb of
   * organising one ({@link Organisers}).
   */
  private static boolean protestWord(Reading r, int i) {
    for (ArabicStemmer.Stem st : r.s.stems(i)) {
      if (st.nominal() && r.lex.is(st.form(), ArabicLexicon.ObjectClass.PROTESTER)
          || st.verbal() && r.isVerb(i) && r.lex.is(st.form(), ArabicLexicon.ObjectClass.ORGANISE)) {
        return true;
      }
    }
    return false;
  }

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
      if (!r.hasMention(i) && (StanceCues.at(r, i).isPresent() || lex.protests.act(r, i) != null
          || Agreements.verb(r, i) || Evaluations.predicate(r, i)) || protestWord(r, i)) {
        return true;
      }
    }
    return false;
  }
}

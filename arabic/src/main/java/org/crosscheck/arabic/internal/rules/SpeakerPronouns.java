package org.crosscheck.arabic.internal.rules;

import org.crosscheck.Actor;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.PronounClass;
import org.crosscheck.spi.ActorSpan;

/**
 * What the clause's speaker stands for when a pronoun names it: "بلاده" (his country) is the speaker's state, "نحن"
 * and the suffix "-نا" (we, our) the organisation the speaker speaks for (a minister's "we" is his government).
 * Stateless.
 */
final class SpeakerPronouns {

  private SpeakerPronouns() {}

  /**
   * Whether token {@code j} stands for the speaker's state: "بلاده" as one word, or the pronoun the segmenter split
   * off "بلاد" (token {@code j - 1}).
   */
  static boolean isState(Reading r, int j) {
    return j > 0 && r.lex.is(r.key(j - 1), GrammarClass.COUNTRY_NOUN)
        && r.lex.is(r.word(j), PronounClass.COUNTRY_SUFFIX)
        || r.lex.is(r.key(j), PronounClass.STATE);
  }

  /** Whether "بلاد" at {@code j} is followed by the pronoun that makes it "his/her/our country". */
  static boolean isCountryOfSpeaker(Reading r, int j, int limit) {
    return r.lex.is(r.key(j), GrammarClass.COUNTRY_NOUN) && j + 1 < limit
        && r.lex.is(r.word(j + 1), PronounClass.COUNTRY_SUFFIX);
  }

  /** Whether token {@code j} is "نحن" (we). */
  static boolean isWe(Reading r, int j) {
    return r.lex.is(r.key(j), PronounClass.WE);
  }

  /** Whether token {@code j} is the first-person plural suffix ("أثبت" + "نا"). */
  static boolean isWeSuffix(Reading r, int j) {
    return r.lex.is(r.word(j), PronounClass.WE_SUFFIX) && r.tag(j).startsWith("PRP");
  }

  /** The state of the clause's speaker, as {@code words} name it; null when the clause has no speaker or none. */
  static ActorSpan state(Reading r, Segment seg, String words) {
    Actor v = seg.speaker();
    if (v == null) {
      return null;
    }
    return r.actors().stateOf(v).map(a -> ActorSpan.implied(a, words)).orElse(null);
  }

  /** The organisation the clause's speaker speaks for; null when there is no speaker or it speaks for itself. */
  static ActorSpan organisation(Reading r, Segment seg, String words) {
    Actor v = seg.speaker();
    if (v == null) {
      return null;
    }
    Actor org = r.actors().organisationOf(v);
    return org.id().equals(v.id()) ? null : ActorSpan.implied(org, words);
  }
}

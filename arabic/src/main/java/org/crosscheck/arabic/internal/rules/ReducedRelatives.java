package org.crosscheck.arabic.internal.rules;

import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;
import org.crosscheck.spi.ActorSpan;

/**
 * A subject cut off from its verb by a relative clause: an indefinite noun is described by a clause with no relative
 * pronoun ("انتحاري يقود دراجة مفخخة فجر نفسه", "مسلحون يرتدون زي الشرطة خطفوا …"), a definite one by "الذي/التي/
 * الذين" ("المسلحون الذين يرتدون الأقنعة هاجموا …"). Read back from the noun phrase before the verb: when an
 * imperfect verb governs it and an actor stands right before that verb (or before its relative pronoun), the actor
 * is the subject and the verb and its object the relative clause. Stateless.
 */
final class ReducedRelatives {

  private ReducedRelatives() {}

  /**
   * The subject before the relative clause whose object begins at {@code head}, or null when the words before
   * {@code head} are not an actor and an imperfect verb.
   */
  static ActorSpan subjectBefore(Reading r, Segment seg, int head) {
    int u = head - 1;
    if (u <= seg.from() || r.hasMention(u) || !r.isVerb(u) || !r.tag(u).equals("VBP")) {
      return null;
    }
    int k = u - 1;
    if (r.lex.is(r.folded(k), SyntaxClass.RELATIVE) && k > seg.from()) {
      k--;
    }
    if (!r.hasMention(k)) {
      return null;
    }
    ActorSpan m = r.mention(k);
    return m.last() == k && Holders.holderLike(m) && !Arguments.governed(r, m.first()) ? m : null;
  }
}

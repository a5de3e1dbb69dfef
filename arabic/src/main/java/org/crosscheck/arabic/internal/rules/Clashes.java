package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;
import org.crosscheck.spi.ActorSpan;

/**
 * A clash between two sides ({@code syntax.tsv}, SYMMETRIC: "اشتباكات بين قوات الأمن ومحتجين", "مواجهات عنيفة بين
 * الشرطة والمتظاهرين"): neither side is the doer, each opposes the other, so the cue makes one claim each way. The
 * sides are the actors after "بين" and after the "و" that follows the first, past words of quantity ("ومجموعات
 * من المحتجين"). Stateless.
 */
final class Clashes {

  private Clashes() {}

  /** The two sides of a clash, in the order the text names them. */
  record Sides(ActorSpan first, ActorSpan second) {}

  /** "بين", which introduces the two sides. */
  private static final String BETWEEN = "\u0628\u064a\u0646";
  /** How far after "بين" (and after "و") a side may start, past words of quantity. */
  static final int REACH = 4;

  /** The sides of the clash whose noun is at {@code cue}; empty when it is no noun of a clash or names no two sides. */
  static Optional<Sides> between(Reading r, Segment seg, int cue, boolean verbal) {
    if (verbal || !symmetric(r, cue)) {
      return Optional.empty();
    }
    int j = cue + 1;
    while (j < seg.to() && !r.hasMention(j) && (r.tag(j).contains("JJ") || r.lex.is(r.folded(j), SyntaxClass.FILLER))) {
      j++;
    }
    if (j >= seg.to() || !r.key(j).equals(BETWEEN)) {
      return Optional.empty();
    }
    ActorSpan first = side(r, seg, j + 1);
    if (first == null || first.last() + 2 >= seg.to() || !r.lex.is(r.word(first.last() + 1), GrammarClass.CONJUNCTION)) {
      return Optional.empty();
    }
    ActorSpan second = side(r, seg, first.last() + 2);
    return second == null || second.actor().id().equals(first.actor().id()) ? Optional.empty()
        : Optional.of(new Sides(first, second));
  }

  /** The actor that starts within reach of {@code from}, past words of quantity and "من"; or null. */
  private static ActorSpan side(Reading r, Segment seg, int from) {
    for (int k = from; k < Math.min(seg.to(), from + REACH); k++) {
      if (r.hasMention(k)) {
        ActorSpan m = r.mention(k);
        return m.media() || m.anonymous() || !Holders.holderLike(m) ? null : m;
      }
      if (!Arguments.quantifier(r, k) && !r.folded(k).equals("\u0645\u0646")) {
        return null;
      }
    }
    return null;
  }

  private static boolean symmetric(Reading r, int cue) {
    for (ArabicStemmer.Stem st : r.s.stems(cue)) {
      if (st.nominal() && r.lex.is(st.form(), SyntaxClass.SYMMETRIC)) {
        return true;
      }
    }
    return false;
  }
}

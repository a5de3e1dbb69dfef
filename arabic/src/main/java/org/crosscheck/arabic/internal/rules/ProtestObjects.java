package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ObjectClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Whom a protest is against when no actor follows its cue: news tells it by what the protesters chant, carry or
 * demand later in the clause ({@code objects.tsv}): "ضد X" ("هتفوا ضد الحكومة"), an adjective or noun of hostility and its preposition
 * ("شعارات معادية للرئيس", "رفضهم لسياسات الحكومة", "غضب من قرار الحكومة"), a masdar of ousting ("مطالبين باستقالة الحكومة", "للمطالبة برحيل الرئيس"), a verb of
 * demand, its masdar or participle, with its addressee ("لافتات تدعو الحكومة الى …", "لمطالبة الحكومة بـ…"), the
 * doer an agent phrase names in what they protest ("احتجاجا على مقتل شاب برصاص الشرطة"). The actor may stand after a construct noun or two
 * ("ضد سياسات الحكومة"), not a noun of its opponents ("ضد أعداء الحكومة"); it is never the protesters themselves, a news outlet, an unnamed source or a place. The
 * search stops at the end of the clause or at a verb of speech, which opens someone else's words. Stateless.
 */
final class ProtestObjects {

  private ProtestObjects() {}

  /** How far after the protest cue the marker may stand, in tokens. */
  static final int REACH = 30;
  /** "من", after a noun of anger ("غضب من قرار الحكومة"). */
  private static final String FROM = "\u0645\u0646";
  /** How many construct nouns or quotation marks may stand between the marker and the actor. */
  static final int GAP = 3;

  static Optional<ActorSpan> of(Reading r, Segment seg, int cue, ActorSpan holder) {
    int limit = Math.min(seg.to(), cue + REACH);
    for (int j = cue + 1; j < limit; j++) {
      if (r.lex.is(r.word(j), GrammarClass.CLAUSE_END) || r.lex.speech.containsKey(r.folded(j))) {
        break;
      }
      if (r.hasMention(j)) {
        j = r.mention(j).last();
        continue;
      }
      ActorSpan doer = Arguments.agentPhrase(r, seg, j);
      if (doer != null && acceptable(r, doer, holder)) {
        // "احتجاجا على مقتل شاب برصاص الشرطة": who did what the protest is against.
        return Optional.of(doer);
      }
      ObjectClass c = marker(r, j);
      if (c == null) {
        continue;
      }
      int from = j + 1;
      if (c == ObjectClass.HOSTILE_TO && from < limit && !r.hasMention(from)) {
        // "رفضهم لـ…", "غضب متزايد من …": a possessive or an adjective before the preposition.
        while (from + 1 < limit && !r.hasMention(from) && (r.tag(from).equals("PRP$")
            || r.tag(from).contains("JJ") && !r.tag(from).startsWith("DT"))) {
          from++;
        }
        if (!r.hasMention(from) && !r.lex.is(r.key(from), GrammarClass.TARGET_MARKER)
            && !r.folded(from).equals(FROM)) {
          continue;
        }
        from += r.hasMention(from) ? 0 : 1;
      }
      ActorSpan m = actorAfter(r, from, c == ObjectClass.DEMAND ? 1 : GAP, limit);
      if (m != null && acceptable(r, m, holder)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The class by which token {@code j} points at a protest's object, or null. */
  static ObjectClass marker(Reading r, int j) {
    if (r.lex.is(r.key(j), ObjectClass.DEMAND_NOUN)) {
      // "لمطالبة إدارة الرئيس بـ…", "مطالبين الوزير بـ…": the masdar or participle of demand (which the tagger
      // may call a gerund), its addressee after it, past a construct noun or two.
      return ObjectClass.DEMAND_NOUN;
    }
    for (ArabicStemmer.Stem st : r.s.stems(j)) {
      if (st.nominal() && !r.isVerb(j)) {
        for (ObjectClass c : new ObjectClass[] {ObjectClass.AGAINST, ObjectClass.HOSTILE_TO, ObjectClass.REMOVAL}) {
          if (r.lex.is(st.form(), c)) {
            return c;
          }
        }
      }
      if (st.verbal() && r.isVerb(j) && r.lex.is(st.form(), ObjectClass.DEMAND)) {
        return ObjectClass.DEMAND;
      }
    }
    return null;
  }

  /** The first actor in {@code [from, from + gap)}, past nouns and quotation marks only; or null. */
  private static ActorSpan actorAfter(Reading r, int from, int gap, int limit) {
    int skipped = 0;
    for (int k = from; k < limit; k++) {
      if (r.hasMention(k)) {
        return r.mention(k);
      }
      boolean quote = r.lex.is(r.word(k), GrammarClass.QUOTE);
      boolean noun = r.tag(k).contains("NN") && !r.isPunct(k) && !opponent(r, k);
      if (!quote && !noun || !quote && ++skipped >= gap) {
        return null;
      }
    }
    return null;
  }

  /** "ضد أعداء الجزائر": a noun of opponents turns the actor after it into the protesters' side. */
  static boolean opponent(Reading r, int k) {
    return r.nounIn(k, ObjectClass.OPPONENT);
  }

  private static boolean acceptable(Reading r, ActorSpan m, ActorSpan holder) {
    boolean self = !holder.implied() && m.first() >= holder.first() && m.last() <= holder.last()
        || m.actor().id().equals(holder.actor().id());
    return !self && !m.media() && !m.anonymous() && !Targets.locative(r, m);
  }
}

package org.crosscheck.arabic.internal.rules;

import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;
import org.crosscheck.spi.ActorSpan;

/**
 * The verb that governs a masdar and lends it its subject ({@code syntax.tsv}):
 * <ul>
 *   <li>قام before "بـ" and the masdar ("قامت القوات بإغلاق المعبر", "قام مسلحون بخطف …");</li>
 *   <li>a light verb whose object the masdar is, with at most the verb's subject, a plan noun and "لـ" between
 *       ("شن الجيش هجوما", "جددت روسيا دعمها", "لا تملك خطة لإنقاذ …");</li>
 *   <li>the verb of a claim of responsibility for it ("تبنت الحركة المسؤولية عن تفجير …");</li>
 *   <li>the clause's verb before an adverbial masdar, accusative or after the "لـ" of purpose ("خرج المتظاهرون
 *       احتجاجا على …", "تجمع متظاهرون للاحتجاج على …").</li>
 * </ul>
 * The genitive of قيام before "بـ" and the masdar ("إثر قيام مسلحين بخطف …") does it too.
 * And the doer a masdar names after it: "هجوم (انتحاري) شنه مسلحون" (a (suicide) attack that gunmen launched). Verbs are matched on
 * their stems, so that "قامت", "يقوم" and "شنت" count. Stateless.
 */
final class LightVerbs {

  private LightVerbs() {}

  /** How far before the masdar its light verb may stand, in tokens. */
  static final int REACH = 6;
  /** How far before its masdar قام and the like may stand, past their subject and a phrase of place or time. */
  static final int BI_REACH = 12;
  /** How far before an adverbial masdar the clause's verb may stand. */
  static final int ADVERBIAL_REACH = 16;

  /** The verb governing the masdar at {@code cue}, or -1. */
  static int governing(Reading r, Segment seg, int cue) {
    boolean bi = cue - 1 >= seg.from() && r.lex.is(r.folded(cue - 1), SyntaxClass.LIGHT_PREPOSITION);
    int last = bi ? cue - 2 : cue - 1;
    for (int v = last; v >= Math.max(seg.from(), cue - (bi ? BI_REACH : REACH)); v--) {
      if (r.isVerb(v) && !r.hasMention(v)) {
        if (is(r, v, bi ? SyntaxClass.LIGHT_VERB_BI : SyntaxClass.LIGHT_VERB)) {
          return v;
        }
        break;
      }
      // "قام متظاهرون في ضواحي المدينة بالاحتجاج": قام's subject may carry a phrase of place or time.
      boolean phrase = bi && (r.lex.is(r.key(v), GrammarClass.GOVERNING_PREPOSITION) || r.tag(v).equals("CD")
          || BRACKETS.contains(r.word(v)) || r.tag(v).equals("ADJ_NUM"));
      if (!r.hasMention(v) && !Arguments.nominal(r, v) && !r.tag(v).startsWith("PRP") && !phrase
          && !r.lex.is(r.folded(v), GrammarClass.PURPOSE_LAM) && r.lex.modalityOf(r.folded(v)).isEmpty()) {
        break;
      }
    }
    int claimed = responsibility(r, seg, cue);
    return claimed >= 0 ? claimed : adverbial(r, seg, cue);
  }

  /** Brackets, which a phrase of time before the masdar may hold ("في مارس (آذار) 2019"). */
  private static final String BRACKETS = "()";
  /** "عن", after "المسؤولية" in a claim of responsibility. */
  private static final String ABOUT = "\u0639\u0646";
  /** How many nouns may stand between "عن" and the event ("المسؤولية عن عملية تفجير"). */
  static final int RESPONSIBILITY_GAP = 2;

  /**
   * The verb of a claim of responsibility for the event the masdar names ("تبنت الحركة المسؤولية عن عملية
   * تفجير …", "أعلنت الجماعة مسؤوليتها عن الهجوم"): its subject did it. -1 when there is none.
   */
  private static int responsibility(Reading r, Segment seg, int cue) {
    int k = cue - 1;
    while (k > seg.from() && cue - k <= RESPONSIBILITY_GAP && !r.hasMention(k) && Arguments.nominal(r, k)
        && !r.key(k).equals(ABOUT)) {
      k--;
    }
    if (k <= seg.from() || !r.key(k).equals(ABOUT)) {
      return -1;
    }
    k--;
    if (k > seg.from() && r.tag(k).equals("PRP$")) {
      k--;
    }
    if (k <= seg.from() || !r.lex.is(r.key(k), SyntaxClass.RESPONSIBILITY)) {
      return -1;
    }
    for (int v = k - 1; v >= Math.max(seg.from(), k - REACH); v--) {
      if (r.isVerb(v) && !r.hasMention(v)) {
        return v;
      }
      if (!r.hasMention(v) && !Arguments.nominal(r, v)) {
        return -1;
      }
    }
    return -1;
  }

  /** The clause's verb an adverbial masdar belongs to ("احتجاجا", "للاحتجاج"), or -1. */
  private static int adverbial(Reading r, Segment seg, int cue) {
    boolean purpose = cue - 1 >= seg.from() && r.lex.is(r.word(cue - 1), GrammarClass.PURPOSE_LAM);
    boolean accusative = !r.tag(cue).startsWith("DT") && r.folded(cue).endsWith("ا");
    if (!purpose && !accusative) {
      return -1;
    }
    for (int v = cue - 1; v >= Math.max(seg.from(), cue - ADVERBIAL_REACH); v--) {
      if (r.lex.is(r.word(v), GrammarClass.COMMA) || r.lex.is(r.word(v), GrammarClass.COLON)) {
        return -1;
      }
      if (r.isVerb(v) && !r.hasMention(v)) {
        return v;
      }
    }
    return -1;
  }

  /**
   * "إثر قيام مسلحين بخطف …", "لقيام مجموعة من المتظاهرين بالتجمع": the actor in the genitive of the masdar of قام
   * ({@code syntax.tsv}, LIGHT_MASDAR_BI) before "بـ" and the masdar, past words of quantity; or null.
   */
  static ActorSpan masdarDoer(Reading r, Segment seg, int cue) {
    if (cue - 2 < seg.from() || !r.lex.is(r.folded(cue - 1), SyntaxClass.LIGHT_PREPOSITION)) {
      return null;
    }
    for (int q = cue - 2; q >= Math.max(seg.from(), cue - BI_REACH); q--) {
      if (!r.hasMention(q) && r.lex.is(r.key(q), SyntaxClass.LIGHT_MASDAR_BI)) {
        int k = q + 1;
        while (k < cue && !r.hasMention(k) && (Arguments.quantifier(r, k) || r.folded(k).equals(FROM))) {
          k++;
        }
        return k < cue && r.hasMention(k) ? r.mention(k) : null;
      }
      if (r.isVerb(q) || r.isPunct(q)) {
        return null;
      }
    }
    return null;
  }

  /** "من", between a quantity and what it counts. */
  private static final String FROM = "\u0645\u0646";

  /** "هجوم شنه مسلحون": the doer a light verb with an object pronoun names right after the masdar; or null. */
  static ActorSpan doerAfter(Reading r, Segment seg, int cue) {
    int v = cue + 1;
    while (v < seg.to() && !r.hasMention(v) && r.tag(v).contains("JJ")) {
      v++;
    }
    if (v + 2 >= seg.to() || !is(r, v, SyntaxClass.LIGHT_VERB) || !r.tag(v + 1).startsWith("PRP")) {
      return null;
    }
    for (int j = v + 2; j < Math.min(seg.to(), v + 2 + Arguments.REACH / 2); j++) {
      if (r.hasMention(j)) {
        return r.mention(j);
      }
      if (!r.lex.is(r.folded(j), SyntaxClass.FILLER) && !r.lex.is(r.key(j), SyntaxClass.QUANTIFIER)
          && !r.tag(j).equals("CD")) {
        return null;
      }
    }
    return null;
  }

  /** Whether one of the verb stems of token {@code v} is a light verb of class {@code c}. */
  static boolean is(Reading r, int v, SyntaxClass c) {
    for (ArabicStemmer.Stem st : r.s.stems(v)) {
      if (st.verbal() && r.lex.is(st.form(), c)) {
        return true;
      }
    }
    return false;
  }
}
